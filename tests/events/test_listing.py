"""Upcoming and past around "now", time zones respected; the filters and their counts;
the page in two languages; the home page's next events."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from events.choices import EventKind, EventStatus, Recurrence
from events.listing import event_filters, listed_events
from events.templatetags import event_tags
from events.templatetags.event_tags import upcoming_events
from tests.conftest import translate

from .conftest import paris

UTC = datetime.UTC


def split_at(index, now, query=""):
    request = RequestFactory().get(f"/en/events/{query}")
    context = event_filters(listed_events(index, request), request, now=now)
    upcoming = [item.event.title for item in context["upcoming"]]
    past = [(year, [item.event.title for item in items]) for year, items in context["past_by_year"]]
    return upcoming, past, context


def test_an_event_ending_today_is_upcoming_until_it_ends(event_index, make_event):
    # 9:00-17:00 in Strasbourg on 15 January 2030 is 08:00-16:00 UTC.
    make_event("Seminar", paris(2030, 1, 15, 9), paris(2030, 1, 15, 17))
    at_noon = datetime.datetime(2030, 1, 15, 12, 0, tzinfo=UTC)
    just_before_end = datetime.datetime(2030, 1, 15, 15, 59, tzinfo=UTC)
    at_end = datetime.datetime(2030, 1, 15, 16, 0, tzinfo=UTC)
    assert split_at(event_index, at_noon)[:2] == (["Seminar"], [])
    assert split_at(event_index, just_before_end)[:2] == (["Seminar"], [])
    assert split_at(event_index, at_end)[:2] == ([], [(2030, ["Seminar"])])


def test_an_all_day_event_lasts_until_midnight_in_its_own_zone(event_index, make_event):
    tokyo = ZoneInfo("Asia/Tokyo")
    make_event(
        "Day in Tokyo",
        datetime.datetime(2030, 3, 1, tzinfo=tokyo),
        all_day=True,
        time_zone="Asia/Tokyo",
    )
    # Midnight after 1 March in Tokyo is 15:00 UTC on 1 March.
    assert split_at(event_index, datetime.datetime(2030, 3, 1, 14, 59, tzinfo=UTC))[0] == [
        "Day in Tokyo"
    ]
    assert split_at(event_index, datetime.datetime(2030, 3, 1, 15, 0, tzinfo=UTC))[0] == []


def test_upcoming_soonest_first_then_past_by_year_latest_first(event_index, make_event):
    make_event("Later", paris(2031, 5, 1, 9))
    make_event("Sooner", paris(2030, 6, 1, 9))
    make_event("Old", paris(2013, 5, 1, 9))
    make_event("Older", paris(2013, 2, 1, 9))
    make_event("Oldest", paris(2012, 2, 1, 9))
    now = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    upcoming, past, _context = split_at(event_index, now)
    assert upcoming == ["Sooner", "Later"]
    assert past == [(2013, ["Old", "Older"]), (2012, ["Oldest"])]


def test_a_yearly_day_shows_its_next_occurrence(event_index, make_event):
    make_event(
        "2 August",
        paris(2015, 8, 2),
        all_day=True,
        recurrence=Recurrence.YEARLY,
        kind=EventKind.COMMEMORATION,
    )
    upcoming, past, context = split_at(event_index, datetime.datetime(2030, 8, 3, tzinfo=UTC))
    assert upcoming == ["2 August"] and past == []
    assert context["upcoming"][0].local_start.date() == datetime.date(2031, 8, 2)
    on_the_day = datetime.datetime(2030, 8, 2, 12, tzinfo=UTC)
    assert split_at(event_index, on_the_day)[2]["upcoming"][0].local_start.date() == (
        datetime.date(2030, 8, 2)
    )


def test_filters_offer_each_choice_with_how_many_it_would_show(event_index, make_event):
    make_event("Prague seminar", paris(2013, 5, 1, 9), country="CZ")
    make_event("Paris seminar", paris(2014, 5, 1, 9), country="FR")
    make_event("Paris webinar", paris(2014, 6, 1, 9), country="FR", kind=EventKind.WEBINAR)
    now = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    _upcoming, past, context = split_at(event_index, now, "?country=FR")
    assert past == [(2014, ["Paris webinar", "Paris seminar"])]
    assert [(value, count) for value, _label, count in context["kind_choices"]] == [
        ("seminar", 1),
        ("webinar", 1),
    ]
    assert [(value, count) for value, _label, count in context["country_choices"]] == [
        ("CZ", 1),  # the country filter's own counts ignore the country chosen
        ("FR", 2),
    ]
    assert [(value, count) for value, _label, count in context["year_choices"]] == [(2014, 2)]
    _upcoming, past, _context = split_at(event_index, now, "?kind=seminar&year=2013")
    assert past == [(2013, ["Prague seminar"])]


def test_bad_filters_are_ignored(event_index, make_event):
    make_event("Seminar", paris(2013, 5, 1, 9), country="CZ")
    now = datetime.datetime(2030, 1, 1, tzinfo=UTC)
    _upcoming, past, context = split_at(event_index, now, "?kind=party&country=XX&year=２０１３")
    assert past == [(2013, ["Seminar"])]
    assert not context["is_filtered"]


def test_the_list_and_the_event_in_english_and_french(client, event_index, make_event, locales):
    event = make_event(
        "Seminar in Strasbourg",
        paris(2030, 1, 15, 9, 30),
        paris(2030, 1, 15, 17),
        city="Strasbourg",
        country="FR",
        status=EventStatus.CANCELLED,
        introduction="An international seminar.",
        languages="en, fr",
    )
    french_index = translate(event_index, locales["fr"], title="Événements", slug="evenements")
    translate(event, locales["fr"], title="Séminaire à Strasbourg", introduction="Un séminaire.")
    english = client.get("/en/events/").content.decode()
    assert "Seminar in Strasbourg" in english
    french = client.get(french_index.url).content.decode()
    assert "Séminaire à Strasbourg" in french and "Seminar in Strasbourg" not in french
    page = client.get("/fr/evenements/seminar-in-strasbourg/").content.decode()
    assert "Un séminaire." in page
    assert "09:30" in page and "17:00" in page  # the event's own time, not UTC
    assert "anglais, français" in page.lower()  # the event's languages, named in French
    assert '"eventStatus": "https://schema.org/EventCancelled"' in page
    assert '"@type": "Event"' in page


@pytest.mark.parametrize(("days_before", "marked"), [(14, True), (3, True), (15, False)])
def test_the_home_page_marks_a_yearly_day_when_near(
    rf, event_index, make_event, days_before, marked
):
    make_event(
        "Roma Day",
        paris(2015, 4, 8),
        all_day=True,
        recurrence=Recurrence.YEARLY,
        kind=EventKind.CAMPAIGN_DAY,
    )
    now = datetime.datetime(2030, 4, 8, tzinfo=ZoneInfo("Europe/Paris")) - datetime.timedelta(
        days=days_before
    )
    request = rf.get("/en/")
    from django.utils import translation

    with translation.override("en"):
        context = upcoming_events(request, now=now)
    assert [item.event.title for item in context["items"]] == ["Roma Day"]
    assert bool(context["near_days"]) is marked


def test_the_next_events_follow_the_time_without_a_content_change(
    client, home, event_index, make_event, settings, monkeypatch
):
    """Their markup is kept per content generation, but which events are next is not:
    an event that has ended leaves the home page's list, and the one after it comes in,
    with no publish in between."""
    settings.CHROME_CACHE_SECONDS = 600
    make_event("First seminar", paris(2040, 3, 2, 9, 30))
    for number in range(2, 5):
        make_event(f"Seminar {number}", paris(2040, 3, 2 + number, 9, 30))
    clock = {"now": datetime.datetime(2040, 3, 1, tzinfo=ZoneInfo("UTC"))}
    monkeypatch.setattr(event_tags.timezone, "now", lambda: clock["now"])

    def next_titles():
        html = client.get("/en/").content.decode()
        listed = BeautifulSoup(html, "html.parser").select(".next-events .event-item__title")
        return [item.get_text(strip=True) for item in listed]

    assert next_titles() == ["First seminar", "Seminar 2", "Seminar 3"]
    assert next_titles() == ["First seminar", "Seminar 2", "Seminar 3"]  # kept
    clock["now"] = datetime.datetime(2040, 3, 3, tzinfo=ZoneInfo("UTC"))
    assert next_titles() == ["Seminar 2", "Seminar 3", "Seminar 4"]


def test_the_home_page_shows_the_next_events(client, home, event_index, make_event):
    make_event("Next seminar", paris(2099, 1, 15, 9, 30))
    make_event("Old seminar", paris(2001, 1, 15, 9, 30))
    html = client.get("/en/").content.decode()
    assert "Next seminar" in html
    assert "Old seminar" not in html
