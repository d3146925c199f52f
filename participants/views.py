"""Filtering the participants of an index page, and their GeoJSON for the map."""

from collections import defaultdict

from django.utils.translation import gettext as _
from django_countries import countries

from core.text import collation_key
from participants.models import ParticipantKind


def clean_choice(value, allowed):
    """``value`` when it is one of ``allowed``, else "" (bad input is ignored, not an error)."""
    return value if isinstance(value, str) and value in allowed else ""


def participant_filters(index_page, request):
    """The participants of ``index_page`` filtered by ``?country=`` and ``?kind=``.

    Returns the context the template and the GeoJSON route share. Two queries whatever the
    number of participants: the country choices and the list.
    """
    everyone = index_page.participants()
    present = sorted(
        {code for code in everyone.values_list("country", flat=True) if code},
        key=lambda code: collation_key(countries.name(code)),
    )
    country = clean_choice(request.GET.get("country", ""), set(present))
    kind = clean_choice(request.GET.get("kind", ""), set(ParticipantKind.values))
    participants = everyone
    if country:
        participants = participants.filter(country=country)
    if kind:
        participants = participants.filter(kind=kind)
    participants = list(participants)
    return {
        "participants": participants,
        "participants_by_country": group_by_country(participants),
        "country_choices": [(code, countries.name(code)) for code in present],
        "kind_choices": ParticipantKind.choices,
        "selected_country": country,
        "selected_kind": kind,
        "is_filtered": bool(country or kind),
    }


def group_by_country(participants):
    """[(country name, [participants])] sorted by the country's name in the active language."""
    groups = defaultdict(list)
    for participant in participants:
        groups[participant.country.code].append(participant)
    return sorted(
        ((countries.name(code), members) for code, members in groups.items()),
        key=lambda group: collation_key(group[0]),
    )


def participants_geojson(participants, request):
    """A FeatureCollection of the participants that have a location.

    Coordinates are [longitude, latitude], as GeoJSON (RFC 7946) orders them.
    """
    features = []
    for participant in participants:
        if not participant.has_location:
            continue
        features.append(
            {
                "type": "Feature",
                "id": participant.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(participant.longitude), float(participant.latitude)],
                },
                "properties": {
                    "name": participant.title,
                    "kind": participant.kind,
                    "kind_label": str(ParticipantKind(participant.kind).label),
                    "country": participant.country.code,
                    "country_name": countries.name(participant.country.code),
                    "url": participant.get_url(request),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features, "name": _("Participants")}
