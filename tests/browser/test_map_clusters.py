"""The practices map at the Alliance's size (bench/generate.py at scale 1: 130 participants,
1,000 practices) groups its markers in clusters that open by mouse and by keyboard, and
follows the listing's filters."""

import re
import time

import pytest
from playwright.sync_api import expect

from core.generation import bump_generation
from practices.models import PracticePage
from tests.browser.test_accessibility import violations

CLUSTERS = "[data-map] .marker-cluster"
MARKERS = "[data-map] .leaflet-marker-icon:not(.marker-cluster)"


@pytest.fixture
def browser_context_args(browser_context_args):
    """The site's policy forbids evaluating strings: bypassed to wait on the map's state
    and inject axe (the pages' own scripts still run under it in the other tests)."""
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def scale_one(demo_site):
    """The demo plus scale 1's synthetic participants and practices (bench/generate.py)."""
    from bench.generate import Generator

    generator = Generator(1)
    generator.practices(generator.participants())
    bump_generation()


@pytest.fixture
def map_page(live_server, scale_one, settings, page):
    settings.MAP_TILE_URL = f"{live_server.url}/tiles/{{z}}/{{x}}/{{y}}.png"
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
        ),
    )
    return page


SHOWN = """() => {
    const clusters = [...document.querySelectorAll('[data-map] .marker-cluster')];
    const held = clusters.reduce(
        (sum, n) => sum + Number(n.querySelector('[aria-hidden]').textContent), 0);
    return held + document.querySelectorAll(
        '[data-map] .leaflet-marker-icon:not(.marker-cluster)').length;
}"""


def wait_for_shown(page, expected, timeout=10):
    """Wait until the clusters' counts and the single markers add up to ``expected``
    (while Leaflet animates, the clusters of two zoom levels are on the page). Polled from
    here: ``wait_for_function`` evaluates a string, which the site's CSP refuses."""
    deadline = time.monotonic() + timeout
    shown = None
    while time.monotonic() < deadline:
        shown = page.evaluate(SHOWN)
        if shown == expected:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{shown} shown on the map, {expected} expected")


def test_the_practices_map_at_scale_one_shows_clusters_not_a_blob(live_server, map_page):
    page = map_page
    total = PracticePage.objects.live().filter(locale__language_code="en").count()
    assert total > 1000
    page.goto(f"{live_server.url}/en/practices/")
    clusters = page.locator(CLUSTERS)
    wait_for_shown(page, total)
    # A few dozen clusters, each with its count, stand for over a thousand practices.
    assert 1 < clusters.count() < 100
    assert page.locator(MARKERS).count() < 100
    name = clusters.first.get_attribute("aria-label") or clusters.first.inner_text()
    assert re.search(r"Places grouped here: \d+", name)
    box = clusters.first.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert violations(page) == []


def test_a_cluster_opens_on_click(live_server, map_page):
    page = map_page
    page.goto(f"{live_server.url}/en/practices/")
    expect(page.locator(CLUSTERS).first).to_be_visible()
    zoom_before = page.locator(".leaflet-proxy").get_attribute("style")
    page.locator(CLUSTERS).first.click()
    # Zoomed in (the map's scale changed), or spread out where the practices share a point.
    expect(page.locator(".leaflet-proxy")).not_to_have_attribute("style", zoom_before)


def test_a_cluster_and_a_marker_open_by_keyboard(live_server, map_page):
    page = map_page
    page.goto(f"{live_server.url}/en/practices/?country=CZ&theme=education")
    cluster = page.locator(CLUSTERS).first
    expect(cluster).to_be_visible()
    cluster.focus()
    expect(cluster).to_be_focused()
    # Enter opens the cluster until single markers show, then one marker's popup.
    for _ in range(20):
        if page.locator(MARKERS).count():
            break
        page.locator(CLUSTERS).first.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(400)
    marker = page.locator(MARKERS).first
    expect(marker).to_be_visible()
    assert marker.get_attribute("tabindex") == "0"
    marker.focus()
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup-content a")
    expect(link).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".leaflet-popup")).to_have_count(0)
    expect(page.locator(MARKERS).first).to_be_focused()


def test_the_map_changes_with_a_filter(live_server, map_page):
    page = map_page
    page.goto(f"{live_server.url}/en/practices/")
    expect(page.locator(CLUSTERS).first).to_be_visible()
    everything = PracticePage.objects.live().filter(locale__language_code="en").count()
    wait_for_shown(page, everything)
    page.get_by_label("Country").select_option("CY")
    page.locator("form.filters").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"country=CY"))
    heading = page.locator("#results-title").inner_text()
    listed = int(re.match(r"(\d+) practices?", heading).group(1))
    assert 0 < listed < everything
    # The map shows the practices of Cyprus only: as many as the list counts.
    expect(page.locator("[data-map][data-markers]")).to_have_attribute("data-markers", str(listed))
    wait_for_shown(page, listed)
