"""What a search result says of itself: its type, date and place, read from its page when
it is indexed (search/indexing.py) and kept on its entry (SearchEntry.kind, date, place,
country). The content apps are named by label only: the search imports none of them.
"""

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from search.models import SearchEntry


@dataclass(frozen=True)
class Label:
    kind: str
    date: str | None = None  # the page model's field (a date, or a datetime)
    place: str | None = None  # a field or a lookup giving the city or place's name
    country: str | None = None  # a country code field


# Model label -> what its results say. Any other page is a "page".
LABELS = {
    "news.newspage": Label("news", date="date"),
    "news.prizeannouncementpage": Label("news", date="date"),
    # not the practice's participant: it may be unpublished or private (its name would
    # show in a public result; tests/security/test_privacy.py)
    "practices.practicepage": Label("practice", country="country"),
    "texts.adoptedtextpage": Label("text", date="adoption_date"),
    "participants.participantpage": Label("participant", date="date_joined", country="country"),
    "events.eventpage": Label("event", date="start", place="city", country="country"),
}
PAGE = Label("page")

# The types a visitor filters by, in this order, with their names (plural, as the
# sections of the site are called) and the name of one result (singular).
KIND_NAMES = {
    "news": (_("News"), _("News")),
    "practice": (_("Good practices"), _("Good practice")),
    "text": (_("Adopted texts"), _("Adopted text")),
    "participant": (_("Participants"), _("Participant")),
    "event": (_("Events"), _("Event")),
    "page": (_("Pages"), _("Page")),
}


def kind_name(kind):
    return KIND_NAMES.get(kind, KIND_NAMES["page"])[1]


def fields_of(label):
    return [name for name in (label.date, label.place, label.country) if name]


def values_of(label, row):
    """SearchEntry's label fields from a row of ``fields_of(label)``'s values."""
    values = dict(zip(fields_of(label), row, strict=True))
    day = values.get(label.date)
    if isinstance(day, datetime.datetime):
        day = day.date()
    return {
        "kind": label.kind,
        "date": day,
        "place": str(values.get(label.place) or "")[:255],
        "country": str(values.get(label.country) or "")[:2],
    }


def label_of_model(model):
    return LABELS.get(model._meta.label_lower, PAGE)


def attribute(obj, lookup):
    for name in lookup.split("__"):
        obj = getattr(obj, name, None) if obj is not None else None
    return obj


def labels_for(page):
    """The label fields of ``page`` (a specific page), for its entry."""
    label = label_of_model(type(page))
    return values_of(label, [attribute(page, name) for name in fields_of(label)])


def refresh_labels():
    """The label fields of every entry again, a query per page type (after a migration
    that added them, or ``rebuild_site_search``)."""
    SearchEntry.objects.update(kind=PAGE.kind, date=None, place="", country="")
    for model_label, label in LABELS.items():
        try:
            model = apps.get_model(model_label)
        except LookupError:
            continue
        indexed = SearchEntry.objects.values("page_id")
        # a subclass's own rows (a prize is also a news page) come with its own label
        rows = model.objects.filter(pk__in=indexed, content_type__model=model._meta.model_name)
        entries = [
            SearchEntry(page_id=pk, **values_of(label, row))
            for pk, *row in rows.values_list("pk", *fields_of(label)).iterator()
        ]
        SearchEntry.objects.bulk_update(
            entries, ["kind", "date", "place", "country"], batch_size=500
        )
