"""The home page's next events (a component any home template can include), and the
mark of a remembrance or awareness day that is near."""

import datetime

from django import template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from core import generation
from core.languages import active_locale
from core.page_urls import UrlsBelow
from events.choices import EventKind, Recurrence
from events.listing import event_rows, occurrence, visible_events

register = template.Library()

NEXT_EVENTS_COUNT = 3
NEAR = datetime.timedelta(days=14)
DAY_KINDS = (EventKind.COMMEMORATION, EventKind.CAMPAIGN_DAY)


def language_events(request):
    """The live, public events of the active language, kept per content generation."""
    urls = UrlsBelow.home(request)

    def build():
        locale = active_locale(request)
        if locale is None:
            return []
        return event_rows(visible_events().filter(locale=locale).order_by("start", "pk"), urls)

    return generation.cached(request, "home-events", [get_language(), urls.base_url], build)


def upcoming_events(request, count=NEXT_EVENTS_COUNT, now=None):
    """The next ``count`` events, soonest first; the yearly days within 14 days marked."""
    now = now or timezone.now()
    upcoming = [occurrence(event, now) for event in language_events(request)]
    upcoming = sorted((o for o in upcoming if o.upcoming), key=lambda o: (o.start, o.event.pk))
    near_days = [
        o
        for o in upcoming
        if o.event.recurrence == Recurrence.YEARLY
        and o.event.kind in DAY_KINDS
        and o.start - now <= NEAR
    ]
    return {"items": upcoming[:count], "near_days": near_days}


@register.simple_tag(takes_context=True)
def next_events(context, count=NEXT_EVENTS_COUNT, now=None):
    """The home page's list of the next events.

    Which events are next is worked out at each request (time passes without a content
    change); their markup, pictures and dates, is written once per content generation for
    each such list (it was 40 % of the home page's time at the benchmark's scale 1).
    """
    request = context.get("request")
    page = context.get("page")
    main_language = getattr(page, "main_language", None)
    events = upcoming_events(request, count, now)
    shown, near = (
        ",".join(f"{o.event.pk}@{int(o.start.timestamp())}" for o in events[name])
        for name in ("items", "near_days")
    )

    def build():
        return render_to_string(
            "events/components/next_events_list.html",
            {**events, "page": {"main_language": main_language}},
            request=request,
        )

    parts = [get_language(), main_language, shown, near]
    return generation.cached(request, "next-events", parts, build)
