"""Filtering the participants of an index page, and their GeoJSON for the map."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import generation
from core.countries import country_name
from core.languages import text_language
from core.renditions import card_picture_html, listed_images
from core.text import collation_key
from participants.choices import ParticipantKind


def clean_choice(value, allowed):
    """``value`` when it is one of ``allowed``, else "" (bad input is ignored, not an error)."""
    return value if isinstance(value, str) and value in allowed else ""


@dataclass(frozen=True)
class ListedParticipant:
    """What the list and the map show of a participant, read without building its page."""

    pk: int
    title: str
    url: str
    kind: str
    summary: str
    country: str
    latitude: Decimal | None
    longitude: Decimal | None
    kind_label: str
    lang: str = ""  # the language of the title and summary (core/languages.py)
    # The card <picture> of its image ('' without one), written when the rows are read:
    # 30 pictures at every request were two thirds of the list's time (scale 1).
    picture: str = ""

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None


def listed_participants(index_page, request):
    """Every live, public participant of ``index_page`` (``ListedParticipant``, by
    title), read in one query once per content generation and language (the kind's
    label is in the visitor's language). They are the index page's children, so each
    one's URL is the index page's URL and its slug (the URL is part of the key: a
    preview of the index page with a new slug keeps its own)."""
    index_url = index_page.get_url(request) or ""

    def build():
        kind_labels = {value: str(label) for value, label in ParticipantKind.choices}
        rows = (
            index_page.participants()
            .annotate(lang=text_language())
            .values_list(
                "pk", "title", "slug", "kind", "summary", "country", "latitude", "longitude", "lang"
            )
        )
        images = listed_images(index_page.participants())
        return [
            ListedParticipant(
                pk,
                title,
                f"{index_url}{slug}/",
                kind,
                summary,
                code,
                lat,
                lon,
                kind_labels[kind],
                lang,
                card_picture_html(*images.get(pk, (None, ""))),
            )
            for pk, title, slug, kind, summary, code, lat, lon, lang in rows
        ]

    parts = [index_page.pk, get_language(), index_url]
    return generation.cached(request, "participant-rows", parts, build)


def participant_filters(index_page, request):
    """The participants of ``index_page`` filtered by ``?country=`` and ``?kind=``.

    Returns the context the template and the GeoJSON route share; no query once the
    participants are kept (``listed_participants``).
    """
    everyone = listed_participants(index_page, request)
    present = sorted(
        {participant.country for participant in everyone if participant.country},
        key=lambda code: collation_key(country_name(code)),
    )
    country = clean_choice(request.GET.get("country", ""), set(present))
    kind = clean_choice(request.GET.get("kind", ""), set(ParticipantKind.values))
    participants = [
        participant
        for participant in everyone
        if (not country or participant.country == country)
        and (not kind or participant.kind == kind)
    ]
    return {
        "participants": participants,
        "participants_by_country": group_by_country(participants),
        "country_choices": [(code, country_name(code)) for code in present],
        "kind_choices": ParticipantKind.choices,
        "selected_country": country,
        "selected_kind": kind,
        "is_filtered": bool(country or kind),
    }


def group_by_country(participants):
    """[(country name, [participants])] sorted by the country's name in the active language."""
    groups = defaultdict(list)
    for participant in participants:
        groups[participant.country].append(participant)
    return sorted(
        ((country_name(code), members) for code, members in groups.items()),
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
                    "lang": participant.lang,  # the language of the name
                    "kind": participant.kind,
                    "kind_label": participant.kind_label,
                    "country": participant.country,
                    "country_name": country_name(participant.country),
                    "url": participant.url,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features, "name": _("Participants")}
