"""Layout at phone, tablet and desktop widths (issue 19), in English, Ukrainian, Greek and
Romani: form controls never overlap, no horizontal scroll at 320 px, the mark and the
headline in a phone's first screen, the menu opening without JavaScript, Noto Sans for
every script, and the home page's weight on a first visit."""

import pytest

from tests.browser.page_types import urls_of_every_page_type
from tests.browser.test_accessibility import violations

LANGUAGES = ["en", "uk", "el", "rom"]
WIDTHS = [390, 768, 1280]
PHONE = {"width": 390, "height": 844}

OVERLAPS = """() => {
    const boxes = [...document.querySelectorAll(
        'input:not([type=hidden]), select, button, textarea, summary, label, h1')]
        .filter((el) => el.checkVisibility({visibilityProperty: true})
            && !el.closest('.visually-hidden, .form-trap'))
        .map((el) => [el, el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && r.height > 0);
    const found = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const [a, ra] = boxes[i], [b, rb] = boxes[j];
            if (a.contains(b) || b.contains(a)) continue;
            if (a.tagName === 'LABEL' && (a.control === b)) continue;
            if (b.tagName === 'LABEL' && (b.control === a)) continue;
            const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            const name = (el) => el.outerHTML.slice(0, 60);
            if (x > 1 && y > 1) found.push(`${name(a)} / ${name(b)}`);
        }
    }
    return found;
}"""
SCROLLS = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth"


@pytest.fixture
def site_page(browser, live_server, demo_site):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(live_server.url) else route.abort()
        ),
    )
    yield page, live_server.url
    context.close()


def test_controls_never_overlap_and_nothing_scrolls_sideways_on_any_page_type(site_page):
    page, base = site_page
    overlapping, scrolling = {}, []
    for language in LANGUAGES:
        for _label, url in urls_of_every_page_type(language):
            page.set_viewport_size({"width": 1280, "height": 900})
            page.goto(f"{base}{url}")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                if found := page.evaluate(OVERLAPS):
                    overlapping[f"{url} at {width}"] = found
            page.set_viewport_size({"width": 320, "height": 700})
            if page.evaluate(SCROLLS):
                scrolling.append(url)
    assert overlapping == {}
    assert scrolling == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mark_and_headline_in_a_phones_first_screen_on_every_page_type(site_page, language):
    page, base = site_page
    for _label, url in urls_of_every_page_type(language):
        page.goto(f"{base}{url}")
        for selector in (".site-header__mark", "h1"):
            box = page.locator(selector).first.bounding_box()
            assert box["y"] + box["height"] <= PHONE["height"], (url, selector, box)
        assert not page.locator(".main-menu").is_visible()


def test_menu_opens_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/uk/")
    menu = page.locator(".main-menu")
    assert not menu.is_visible()
    page.locator(".site-menu__toggle").click()
    assert menu.is_visible()
    assert page.locator(".main-menu a").nth(1).is_visible()
    context.close()


def test_menu_is_always_shown_on_a_desktop(site_page):
    page, base = site_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/en/")
    assert not page.locator(".site-menu__toggle").is_visible()
    assert page.locator(".main-menu").is_visible()
    assert page.locator(".header-search input").is_visible()


def platform_fonts(page, selector):
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return {font["familyName"] for font in fonts}


@pytest.mark.parametrize(
    ("language", "subset"),
    # Romani's letters (č, š, ž...) come from the small Latin Extended-A face
    # (scripts/font_subsets.py), not Fontsource's whole latin-ext.
    [("uk", "U+400-45F"), ("el", "U+370-377"), ("rom", "U+100-17F")],
)
def test_every_script_renders_in_noto_sans(site_page, language, subset):
    page, base = site_page
    page.set_viewport_size({"width": 1280, "height": 900})  # the menu shown
    page.goto(f"{base}/{language}/")
    page.evaluate("document.fonts.ready")
    for selector in ("h1", ".hero__mission", ".site-footer__auspices", ".main-menu a"):
        assert platform_fonts(page, selector) == {"Noto Sans"}, (language, selector)
    loaded = page.evaluate(
        "[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.unicodeRange)"
    )
    assert any(subset in ranges for ranges in loaded), loaded


def test_home_page_first_visit_weighs_under_150_kb(browser, live_server, demo_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    sizes = []
    session.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
    page.goto(f"{live_server.url}/en/")
    page.wait_for_load_state("networkidle")
    total = sum(sizes)
    context.close()
    assert 20_000 < total < 150_000, total


def test_home_and_legal_pages_pass_axe_on_a_phone(browser, live_server, demo_site):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    page = context.new_page()
    found = {}
    for url in ("/rom/", "/el/accessibility/", "/fr/mentions-legales/"):
        page.goto(f"{live_server.url}{url}")
        page.locator(".site-menu__toggle").click()
        if problems := violations(page):
            found[url] = problems
    context.close()
    assert found == {}


def test_print_shows_the_content_without_the_site_tools(site_page):
    page, base = site_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/en/practices/")
    page.emulate_media(media="print")
    for selector in (".main-menu", ".header-search", ".filters", ".map", ".site-footer__legal"):
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator("h1").is_visible()
    assert page.locator(".practice-list__item").first.is_visible()
    printed = page.evaluate(
        """() => {
            const link = document.createElement('a');
            link.href = 'https://www.coe.int/congress';
            link.textContent = 'Congress';
            document.querySelector('main').append(link);
            return getComputedStyle(link, '::after').content;
        }"""
    )
    assert printed == '" (https://www.coe.int/congress)"'


def test_the_home_page_prints_its_counter_without_the_map_teaser(site_page):
    page, base = site_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{base}/en/")
    assert page.locator(".map-teaser__map").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".map-teaser__map").is_visible()
    assert page.locator(".participant-counter").is_visible()


def test_the_map_teaser_is_one_link_to_the_participants_map(site_page):
    # The counter's link covers the band: a click on the map of Europe follows it, and a
    # keyboard user reaches it as one link.
    page, base = site_page
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{base}/uk/")
        box = page.locator(".map-teaser__map").bounding_box()
        assert box["width"] > 300 and box["height"] > 250, (width, box)
        dots = page.locator(".map-teaser__dots circle")
        assert dots.count() > 10
        assert (
            sum(int(d) for d in dots.evaluate_all("(c) => c.map((e) => e.dataset.participants)"))
            == 30
        )
        link = page.locator(".map-teaser .participant-counter a")
        link.focus()
        assert page.evaluate("document.activeElement.getAttribute('href')") == "/uk/participants/"
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_url(f"{base}/uk/participants/")
