"""The events of an index page: read as rows once per content generation, then split
around "now" at every request (upcoming first, then past by year) and filtered by kind,
country and year, each option with the number of events choosing it would show."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.apps import apps
from django.utils import timezone
from django.utils.translation import get_language

from core import generation
from core.countries import country_name
from core.languages import text_language
from core.listings import parse_choice, parse_year
from core.renditions import listed_images
from core.text import collation_key
from core.visibility import private_q
from events.choices import EventKind, EventStatus, Recurrence
from events.times import end_moment, local, next_occurrence, zone

FILTERS = ("kind", "country", "year")


@dataclass(frozen=True)
class ListedEvent:
    """What the list, the map and the feed show of an event, without building its page."""

    pk: int
    title: str
    url: str
    kind: str
    status: str
    start: datetime
    end: datetime | None
    time_zone: str
    all_day: bool
    recurrence: str
    country: str
    city: str
    venue: str
    introduction: str
    latitude: Decimal | None
    longitude: Decimal | None
    online_url: str
    lang: str
    translation_key: str = ""
    image: object = None  # the image (its card renditions prefetched), or None
    image_alt: str = ""  # empty for a decorative image

    @property
    def tz(self):
        return zone(self.time_zone)

    @property
    def kind_label(self):
        return str(EventKind(self.kind).label) if self.kind in EventKind.values else ""

    @property
    def country_name(self):
        return country_name(self.country)

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_recurring(self):
        return self.recurrence == Recurrence.YEARLY


@dataclass(frozen=True)
class Occurrence:
    """An event as it stands at a moment: the occurrence shown (a recurring day's next)."""

    event: ListedEvent
    start: datetime
    end: datetime | None
    upcoming: bool

    @property
    def local_start(self):
        return local(self.start, self.event.tz)

    @property
    def local_end(self):
        return local(self.end, self.event.tz) if self.end else None

    @property
    def year(self):
        return self.local_start.year


def event_rows(queryset, url_of):
    """ListedEvent of each page of ``queryset`` (one query)."""
    names = [
        "pk", "title", "url_path", "kind", "status", "start", "end", "time_zone", "all_day",
        "recurrence", "country", "city", "venue", "introduction", "latitude", "longitude",
        "online_url", "lang", "translation_key",
    ]  # fmt: skip
    rows = queryset.annotate(lang=text_language()).values_list(*names)
    images = listed_images(queryset)
    listed = []
    for row in rows:
        values = dict(zip(names, row, strict=True))
        values["image"], values["image_alt"] = images.get(values["pk"], (None, ""))
        values["url"] = url_of(values["pk"], values.pop("url_path"))
        values["translation_key"] = str(values["translation_key"])
        listed.append(ListedEvent(**values))
    return listed


def visible_events():
    """Every live, public event page (any language)."""
    return apps.get_model("events", "EventPage").objects.live().exclude(private_q())


def listed_events(index_page, request):
    """The live, public events of ``index_page``, kept per content generation."""
    index_url = index_page.get_url(request) or ""
    base_path = index_page.url_path

    def url_of(_pk, url_path):
        return index_url + url_path[len(base_path) :]

    def build():
        return event_rows(visible_events().child_of(index_page).order_by("start", "pk"), url_of)

    parts = [index_page.pk, get_language(), index_url]
    return generation.cached(request, "event-rows", parts, build)


def occurrence(event, now):
    if event.is_recurring:
        start, end = next_occurrence(event.start, event.end, event.tz, event.all_day, now)
    else:
        start, end = event.start, event.end
    upcoming = end_moment(start, end, event.tz, event.all_day) > now
    return Occurrence(event, start, end, upcoming)


def split(occurrences):
    """(upcoming, soonest first; past, latest first, as [(year, [occurrences])])."""
    upcoming = sorted((o for o in occurrences if o.upcoming), key=lambda o: (o.start, o.event.pk))
    past = sorted(
        (o for o in occurrences if not o.upcoming),
        key=lambda o: (o.start, o.event.pk),
        reverse=True,
    )
    by_year = defaultdict(list)
    for item in past:
        by_year[item.year].append(item)
    return upcoming, sorted(by_year.items(), reverse=True)


def matches(item, selected, skip=None):
    return all(
        not value or name == skip or facet_value(item, name) == value
        for name, value in selected.items()
    )


def facet_value(item, name):
    if name == "kind":
        return item.event.kind
    if name == "country":
        return item.event.country
    return item.year


def counted(occurrences, selected, name):
    """{value: how many events choosing ``value`` for ``name`` would show}."""
    counts = defaultdict(int)
    for item in occurrences:
        if matches(item, selected, skip=name):
            counts[facet_value(item, name)] += 1
    return counts


def event_filters(events, request, now=None):
    """The context of the list, its filters and the map, for ``events`` at ``now``."""
    now = now or timezone.now()
    occurrences = [occurrence(event, now) for event in events]
    countries = {o.event.country for o in occurrences if o.event.country}
    years = {o.year for o in occurrences}
    selected = {
        "kind": parse_choice(request.GET.get("kind"), EventKind.values),
        "country": parse_choice(request.GET.get("country"), countries),
        "year": parse_year(request.GET.get("year"), years),
    }
    shown = [o for o in occurrences if matches(o, selected)]
    upcoming, past_by_year = split(shown)
    kinds = counted(occurrences, selected, "kind")
    by_country = counted(occurrences, selected, "country")
    by_year = counted(occurrences, selected, "year")
    return {
        "events": shown,
        "upcoming": upcoming,
        "past_by_year": past_by_year,
        "kind_choices": [(v, label, kinds[v]) for v, label in EventKind.choices if kinds[v]],
        "country_choices": sorted(
            ((code, country_name(code), n) for code, n in by_country.items() if n),
            key=lambda choice: collation_key(choice[1]),
        ),
        "year_choices": [(year, year, by_year[year]) for year in sorted(by_year, reverse=True)],
        "selected_kind": selected["kind"],
        "selected_country": selected["country"],
        "selected_year": selected["year"] or "",
        "is_filtered": any(selected.values()),
    }


def event_listing(index_page, request):
    context = event_filters(listed_events(index_page, request), request)
    query = "&".join(
        f"{name}={context[f'selected_{name}']}" for name in FILTERS if context[f"selected_{name}"]
    )
    url = index_page.get_url(request) + index_page.reverse_subpage("geojson")
    context["geojson_url"] = f"{url}?{query}" if query else url
    context["feed_url"] = index_page.get_url(request) + "feed.ics"
    return context
