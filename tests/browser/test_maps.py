"""The maps draw with the site's own Leaflet and no request leaves the machine."""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from participants.models import ParticipantPage
from tests.browser.test_map_clusters import MARKERS, wait_for_shown

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def offline(page):
    """Abort every request to another machine, and keep a list of them."""
    left = []

    def guard(route):
        host = urlparse(route.request.url).hostname
        if host in LOCAL_HOSTS or route.request.url.startswith("data:"):
            route.continue_()
        else:
            left.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    return left


@pytest.fixture
def local_tiles(settings, live_server):
    """Tiles from the live server itself (they 404, which Leaflet survives)."""
    settings.MAP_TILE_URL = f"{live_server.url}/tiles/{{z}}/{{x}}/{{y}}.png"


def test_participants_map_shows_every_participant_as_a_marker_or_in_a_cluster(
    live_server, demo_site, local_tiles, page, offline, screenshot
):
    # Database first: SQLite's shared in-memory database does not like two threads at once.
    expected = ParticipantPage.objects.live().filter(locale__language_code="en").count()
    assert expected == 30
    scripts = []
    page.on("request", lambda request: scripts.append(request.url))
    page.goto(f"{live_server.url}/en/participants/")
    wait_for_shown(page, expected)
    assert f"{live_server.url}/static/vendor/leaflet/leaflet.js" in scripts
    assert page.evaluate("typeof L !== 'undefined' && L.version") == "1.9.4"
    assert offline == []
    page.locator(MARKERS).first.click()
    expect(page.locator(".leaflet-popup-content a")).to_have_count(1)
    screenshot("participants-map")


def test_a_popup_marks_a_name_not_yet_translated_with_its_language(
    live_server, demo_site, local_tiles, page, offline
):
    """Ukrainian shows the English participants (untranslated copies); French its own."""
    for language, expected in [("uk", "en"), ("fr", None)]:
        page.goto(f"{live_server.url}/{language}/participants/")
        page.locator(MARKERS).first.click()
        link = page.locator(".leaflet-popup-content a")
        expect(link).to_have_count(1)
        assert link.get_attribute("lang") == expected, language
    assert offline == []


def test_participants_map_with_the_default_tiles_only_loses_the_tiles(
    live_server, demo_site, page, offline
):
    # Wait until Leaflet has asked for a tile (and the guard refused it): no race.
    with page.expect_event(
        "requestfailed", lambda request: urlparse(request.url).hostname == "tile.openstreetmap.org"
    ):
        page.goto(f"{live_server.url}/fr/participants/")
    wait_for_shown(page, 30)
    assert offline, "the default tile server is elsewhere"
    assert all(urlparse(url).hostname == "tile.openstreetmap.org" for url in offline)


def test_practices_map_shows_the_matching_practices(
    live_server, demo_site, local_tiles, page, offline
):
    page.goto(f"{live_server.url}/en/practices/?theme=education")
    wait_for_shown(page, 7)  # the demo's practices of education (practices/demo*.py)
    page.goto(f"{live_server.url}/en/practices/?country=GR")
    expect(page.locator(".leaflet-marker-icon")).to_have_count(1)
    assert offline == []


def test_participants_list_reads_without_javascript(live_server, demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/participants/")
    expect(page.locator("[data-map]")).to_be_hidden()
    expect(page.get_by_role("link", name="Heraklion")).to_be_visible()
    page.get_by_label("Kind").select_option("region")
    page.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"kind=region"))
    expect(page.get_by_role("link", name="Kocaeli")).to_be_visible()
    expect(page.get_by_role("link", name="Heraklion")).to_have_count(0)
    context.close()


def test_admin_location_map_works_offline(
    live_server, demo_site, local_tiles, page, offline, screenshot
):
    get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    obrnice = ParticipantPage.objects.get(locale__language_code="en", slug="obrnice")
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("pw-123456789")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/pages/{obrnice.pk}/edit/")
    field_map = page.locator(".leaflet-field.leaflet-container")
    expect(field_map).to_be_visible()
    expect(field_map.locator(".leaflet-marker-icon")).to_have_count(1)
    expect(page.locator("#id_location_latlng")).to_have_value(re.compile(r"^50\.505,13\.696"))
    # Typing coordinates moves the point the page will store.
    page.locator("#id_location_latlng").fill("35.339,25.144")
    expect(page.locator("#id_location")).to_have_value("SRID=4326;POINT(25.144 35.339)")
    assert offline == []
    screenshot("admin-participant-location")


def test_a_profile_shows_its_place_on_a_small_map(
    live_server, demo_site, local_tiles, page, offline, screenshot
):
    participant = ParticipantPage.objects.live().filter(locale__language_code="en").first()
    assert participant.has_location
    page.goto(f"{live_server.url}{participant.url}")
    place = page.locator("[data-map][data-point]")
    expect(place).to_be_visible()
    expect(place.locator(".leaflet-marker-icon")).to_have_count(1)
    assert place.get_attribute("data-markers") == "1"
    assert place.locator(".leaflet-marker-icon").get_attribute("title") == participant.title
    assert offline == []
    screenshot("participant-profile-map")
