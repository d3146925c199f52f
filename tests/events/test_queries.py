"""Query budgets of the events list, an event page and the feed: bounded whatever the
number of events (CaptureQueriesContext)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import paris

# Measured (PostgreSQL, a second request: the rows kept per content generation): the
# list, filtered or not, 1 query; the feed 4 (its page found by address); an event page
# taking registrations, 3.
LIST_BUDGET = 4
PAGE_BUDGET = 6


def queries(client, url):
    client.get(url)  # the first request fills what is kept per generation
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def make_many(make_event, count, start_number=0):
    for number in range(start_number, start_number + count):
        make_event(
            f"Seminar {number}",
            paris(2000 + number, 5, 1, 9, 30),
            country=["CZ", "FR", "GR"][number % 3],
            location="SRID=4326;POINT(13.696 50.505)",
        )


def test_the_list_costs_the_same_for_3_and_12_events(client, make_event):
    make_many(make_event, 3)
    few = queries(client, "/en/events/")
    make_many(make_event, 9, start_number=3)
    many = queries(client, "/en/events/")
    assert many == few
    assert many <= LIST_BUDGET
    assert queries(client, "/en/events/?country=FR&year=2004") <= LIST_BUDGET
    assert queries(client, "/en/events/feed.ics") <= LIST_BUDGET
    assert queries(client, "/en/events/geojson/") <= LIST_BUDGET


def test_an_event_page_stays_within_its_budget(client, make_event):
    make_event(
        "Seminar",
        paris(2099, 5, 1, 9, 30),
        registration=True,
        capacity=5,
        programme=[("session", {"title": "Welcome", "speakers": ["A", "B"]})],
    )
    assert queries(client, "/en/events/seminar/") <= PAGE_BUDGET
