"""When an event takes place: its time zone, its end as a moment, its next occurrence.

Start and end are stored as aware datetimes (UTC in the database). ``time_zone`` names
the zone the event happens in (a zoneinfo name): the editor types wall-clock times in
it, the page shows them in it, and an all-day event's days are that zone's days.
"""

import datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from events.choices import DEFAULT_TIME_ZONE

ONE_DAY = datetime.timedelta(days=1)


@cache
def time_zone_names():
    return frozenset(available_timezones())


def zone(name):
    """The ZoneInfo of ``name``; the default zone for an unknown or empty name."""
    try:
        return ZoneInfo(name) if name in time_zone_names() else ZoneInfo(DEFAULT_TIME_ZONE)
    except ZoneInfoNotFoundError:
        return ZoneInfo(DEFAULT_TIME_ZONE)


def local(moment, tz):
    """``moment`` (aware) as a wall-clock time in ``tz``."""
    return moment.astimezone(tz)


def wall_time_in(value, tz):
    """The aware datetime that shows, in ``tz``, the wall-clock time of ``value`` (naive,
    or aware in another zone: its own wall-clock reading is kept)."""
    return value.replace(tzinfo=None).replace(tzinfo=tz)


def end_moment(start, end, tz, all_day):
    """The moment the event is over. An all-day event lasts until the midnight after its
    last day in its own zone; an event without an end, until its start (all day: the
    midnight after its first day)."""
    last = end or start
    if not all_day:
        return last
    day = local(last, tz).date() + ONE_DAY
    return datetime.datetime.combine(day, datetime.time(), tzinfo=tz)


def shift_year(moment, tz, years):
    """``moment``, ``years`` later, at the same wall-clock time in ``tz`` (29 February
    becomes 28 February in a common year)."""
    wall = local(moment, tz)
    year = wall.year + years
    try:
        wall = wall.replace(year=year)
    except ValueError:
        wall = wall.replace(year=year, day=28)
    return wall_time_in(wall, tz)


def next_occurrence(start, end, tz, all_day, now):
    """(start, end) of the first yearly occurrence of an event that is not over at
    ``now``: the event itself while it is not over."""
    years = 0
    while True:
        occurrence_start = shift_year(start, tz, years)
        occurrence_end = shift_year(end, tz, years) if end else None
        if end_moment(occurrence_start, occurrence_end, tz, all_day) > now:
            return occurrence_start, occurrence_end
        years += 1
        if years > 1000:  # a start before the year 1000 years ago: nothing sensible
            return start, end
