"""iCalendar (RFC 5545) files of events, written with the ``icalendar`` library.

Times are written in UTC (``DTSTART:20270115T083000Z``), which every calendar reads the
same way, so no VTIMEZONE is needed; an all-day event has DATE values in its own zone
(DTEND the day after its last day, as RFC 5545 counts). A yearly day carries
``RRULE:FREQ=YEARLY``. The UID is the event's translation key, the same in every
language, so a calendar that subscribed in French and downloads the English file keeps
one event. The library escapes commas, semicolons and line breaks, and folds long lines.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from events.choices import EventStatus
from events.times import ONE_DAY, local

PRODID = "-//Alliance for Roma Inclusion//Events//EN"
STATUSES = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid(event, request=None):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL or "").hostname or "alliance.invalid"
    if request is not None:
        host = request.get_host().split(":")[0]
    return f"event-{event.translation_key}@{host}"


def utc(moment):
    return moment.astimezone(datetime.UTC)


def calendar_event(event, url, request=None, stamp=None):
    """The VEVENT of ``event`` (an EventPage or a ListedEvent)."""
    item = Event()
    item.add("uid", uid(event, request))
    item.add("dtstamp", utc(stamp or timezone.now()))
    item.add("summary", event.title)
    tz = event.tz
    if event.all_day:
        first = local(event.start, tz).date()
        last = local(event.end, tz).date() if event.end else first
        item.add("dtstart", first)
        item.add("dtend", last + ONE_DAY)
    else:
        item.add("dtstart", utc(event.start))
        if event.end:
            item.add("dtend", utc(event.end))
    if event.recurrence:
        item.add("rrule", vRecur(freq="YEARLY"))
    item.add("status", STATUSES.get(event.status, "CONFIRMED"))
    place = ", ".join(part for part in (event.venue, event.city, country(event)) if part)
    if place:
        item.add("location", place)
    elif event.online_url:
        item.add("location", event.online_url)
    if event.has_location:
        item.add("geo", (float(event.latitude), float(event.longitude)))
    if event.introduction:
        item.add("description", event.introduction)
    if url:
        item.add("url", url)
    return item


def country(event):
    return event.country_name


def calendar(name):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def calendar_of(events, name, request=None):
    """A calendar of ``[(event, its address)]``, as bytes."""
    cal = calendar(name)
    stamp = timezone.now()
    for event, url in events:
        cal.add_component(calendar_event(event, url, request, stamp))
    return cal.to_ical()
