"""Drafts and private events appear nowhere, in any of the 25 languages: not in the list,
the map's GeoJSON, the calendar feed, the home page's next events, nor at their address.

The events are made in English, restricted or unpublished, then copied into every
language the way the site does it (``synchronize_all_locales``); one private event also
gets a real French translation, whose own words must stay hidden too.
"""

import pytest
from django.conf import settings

from core.demo_helpers import synchronize_all_locales
from events.models import EventIndexPage, EventPage
from tests.conftest import translate
from tests.security.privacy_content import LOCATION, marked, publish, restrict, unpublish

from .conftest import paris

LANGUAGES = [code for code, _name in settings.LANGUAGES]
START = paris(2099, 3, 1, 9, 30)


@pytest.fixture
def events(home, locales):
    index = EventIndexPage(title="Events", slug="events")
    home.add_child(instance=index)
    publish(index)

    def event(marker):
        page = EventPage(
            start=START, country="CZ", location=LOCATION, introduction=f"About {marker}",
            **marked(marker),
        )  # fmt: skip
        index.add_child(instance=page)
        return publish(page)

    public = event("zqpublicevent")
    private = restrict(event("zqprivateevent"), "pw")
    login = restrict(event("zqloginevent"), "login")
    draft = unpublish(event("zqdraftevent"))
    translate(private, locales["fr"], title="Événement zqfrenchprivateevent")
    synchronize_all_locales()
    return {"index": index, "public": public, "private": private, "login": login, "draft": draft}


HIDDEN = ["zqprivateevent", "zqloginevent", "zqdraftevent", "zqfrenchprivateevent"]


def test_private_and_draft_events_appear_nowhere_in_any_language(client, events):
    key = events["index"].translation_key
    seen_public = set()
    for code in LANGUAGES:
        index = EventIndexPage.objects.get(translation_key=key, locale__language_code=code)
        url = index.get_url()
        for address in [url, f"{url}geojson/", f"{url}feed.ics", f"/{code}/", f"{url}?country=CZ"]:
            response = client.get(address)
            assert response.status_code == 200, (code, address)
            text = response.content.decode()
            for marker in HIDDEN:
                assert marker not in text, (code, address, marker)
            if "zqpublicevent" in text:
                seen_public.add((code, address.replace(url, "").replace(f"/{code}/", "home")))
    assert len(seen_public) == 5 * len(LANGUAGES)  # the public control is seen everywhere


def test_every_copy_of_a_private_event_asks_instead_of_showing_itself(client, events):
    for name in ("private", "login", "draft"):
        key = events[name].translation_key
        for page in EventPage.objects.filter(translation_key=key):
            url = page.get_url() or f"/{page.locale.language_code}/events/{page.slug}/"
            response = client.get(url)
            text = response.content.decode()
            assert "About zq" not in text, (name, page.locale.language_code)
            assert client.get(f"{url}event.ics").status_code == 404
            if name == "draft":
                assert response.status_code == 404
