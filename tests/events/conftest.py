"""Fixtures of the event tests: an events index under the English home page, and
``make_event`` for events at given moments (aware datetimes, their own time zone)."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from events.models import EventIndexPage, EventPage

PARIS = ZoneInfo("Europe/Paris")


def paris(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=PARIS)


@pytest.fixture(autouse=True)
def fresh_rate_limit(settings):
    """The rate limit counts in the cache; tests send a form the moment they open it."""
    cache.clear()
    settings.HONEYPOT_TIME_INTERVAL = 0
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def event_index(home):
    index = EventIndexPage(title="Events", slug="events")
    home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def make_event(event_index):
    def make(title, start, end=None, parent=None, **fields):
        fields.setdefault("slug", title.lower().replace(" ", "-"))
        page = EventPage(title=title, start=start, end=end, **fields)
        (parent or event_index).add_child(instance=page)
        return publish(page)

    return make


def trap_fields_in(html):
    inputs = BeautifulSoup(html, "html.parser").select(".form-trap input")
    return {element["name"]: element.get("value", "") for element in inputs}


def answers(**overrides):
    data = {
        "name": "Ana Example",
        "email": "ana@example.org",
        "organisation": "City of Example",
        "needs": "",
        "consent": "on",
    }
    data.update(overrides)
    return data


def register(client, page, **overrides):
    """Open ``page`` and send its registration form as a browser does."""
    url = page.get_url()
    html = client.get(url).content.decode()
    return client.post(f"{url}register/", {**answers(**overrides), **trap_fields_in(html)})
