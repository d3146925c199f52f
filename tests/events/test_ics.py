"""The calendar files: the feed of a language and the file of an event parse with the
``icalendar`` library, with times in UTC, a yearly rule, statuses and escaping."""

import datetime

from icalendar import Calendar

from events.choices import EventKind, EventStatus, Recurrence
from tests.conftest import translate

from .conftest import paris


def vevents(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_a_strasbourg_0930_event_starts_at_0830z_in_winter_and_0730z_in_summer(client, make_event):
    make_event("Winter seminar", paris(2030, 1, 15, 9, 30), paris(2030, 1, 15, 17, 0))
    make_event("Summer seminar", paris(2030, 7, 15, 9, 30))
    raw = client.get("/en/events/feed.ics").content.decode()
    assert "DTSTART:20300115T083000Z" in raw
    assert "DTEND:20300115T160000Z" in raw
    assert "DTSTART:20300715T073000Z" in raw
    events = vevents(client.get("/en/events/feed.ics"))
    winter = events["Winter seminar"]
    assert winter.decoded("DTSTART") == datetime.datetime(2030, 1, 15, 8, 30, tzinfo=datetime.UTC)
    assert str(winter["STATUS"]) == "CONFIRMED"
    for event in events.values():
        assert str(event["UID"]).startswith("event-") and "DTSTAMP" in event


def test_2_august_repeats_every_year_as_a_whole_day(client, make_event):
    make_event(
        "Memorial Day",
        paris(2015, 8, 2),
        all_day=True,
        recurrence=Recurrence.YEARLY,
        kind=EventKind.COMMEMORATION,
    )
    raw = client.get("/en/events/memorial-day/event.ics").content.decode()
    assert "RRULE:FREQ=YEARLY" in raw
    assert "DTSTART;VALUE=DATE:20150802" in raw
    assert "DTEND;VALUE=DATE:20150803" in raw
    event = vevents(client.get("/en/events/memorial-day/event.ics"))["Memorial Day"]
    assert event.decoded("DTSTART") == datetime.date(2015, 8, 2)
    assert dict(event["RRULE"]) == {"FREQ": ["YEARLY"]}


def test_a_cancelled_event_says_so_and_text_is_escaped(client, make_event):
    make_event(
        "Seminar; Prague, Brno",
        paris(2030, 3, 1, 9),
        status=EventStatus.CANCELLED,
        introduction="First line,\nsecond; line",
        slug="seminar-prague",
    )
    raw = client.get("/en/events/seminar-prague/event.ics").content.decode()
    assert "STATUS:CANCELLED" in raw
    assert "SUMMARY:Seminar\\; Prague\\, Brno" in raw
    assert "DESCRIPTION:First line\\,\\nsecond\\; line" in raw
    event = vevents(client.get("/en/events/seminar-prague/event.ics"))["Seminar; Prague, Brno"]
    assert str(event["DESCRIPTION"]) == "First line,\nsecond; line"


def test_each_language_has_its_feed_with_the_same_uids(client, event_index, make_event, locales):
    event = make_event("Seminar", paris(2030, 3, 1, 9))
    translate(event_index, locales["fr"], title="Événements", slug="evenements")
    translate(event, locales["fr"], title="Séminaire")
    english = vevents(client.get("/en/events/feed.ics"))
    french = vevents(client.get("/fr/evenements/feed.ics"))
    assert list(french) == ["Séminaire"]
    assert french["Séminaire"]["UID"] == english["Seminar"]["UID"]
    assert "/fr/evenements/seminar/" in str(french["Séminaire"]["URL"])


def test_drafts_and_other_pages_have_no_calendar_file(client, home, make_event):
    draft = make_event("Draft", paris(2030, 3, 1, 9))
    draft.unpublish()
    assert client.get("/en/events/draft/event.ics").status_code == 404
    assert client.get("/en/events/nothing/event.ics").status_code == 404
    assert client.get("/en/feed.ics").status_code == 404  # the home page is no events index
    assert client.get("/en/events/event.ics").status_code == 404
    assert "Draft" not in client.get("/en/events/feed.ics").content.decode()
