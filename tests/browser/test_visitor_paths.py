"""The visitor's main paths in Chromium: search, filter the practices, and the weight of a
text page. Screenshots go to test-artifacts/."""

import re

from playwright.sync_api import expect

PAGE_WEIGHT_LIMIT = 100 * 1024  # HTML, CSS and JavaScript of a text page, uncompressed


def test_search_from_the_header(live_server, demo_site, page, screenshot):
    page.goto(f"{live_server.url}/en/")
    page.get_by_label("Search the site").fill("Obrnice")
    page.get_by_label("Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=Obrnice"))
    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    titles = results.all_inner_texts()
    assert any("Obrnice" in title for title in titles), titles
    expect(page.locator(".search-result__snippet mark").first).to_be_visible()
    screenshot("search-obrnice")
    results.filter(has_text="Community life in Obrnice").first.click()
    expect(page.locator("h1")).to_contain_text("Community life in Obrnice")


def test_filter_the_practices_without_javascript(live_server, demo_site, browser, screenshot_dir):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/practices/")
    expect(page.locator(".practice-list > li, .listing > li, article").first).to_be_visible()
    page.get_by_label("Country").select_option("GR")
    page.get_by_role("button", name="Search").last.click()
    expect(page).to_have_url(re.compile(r"country=GR"))
    content = page.content()
    assert "Heraklion" in content
    assert "Community life in Obrnice" not in content
    page.screenshot(path=str(screenshot_dir / "practices-greece.png"), full_page=True)
    context.close()


def test_a_text_page_is_light(live_server, demo_site, browser):
    context = browser.new_context()
    page = context.new_page()
    sizes = {}

    def record(response):
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script") and response.url.startswith(
            live_server.url
        ):
            sizes[response.url] = len(response.body())

    page.on("response", record)
    page.goto(f"{live_server.url}/en/about-us/", wait_until="networkidle")
    context.close()
    total = sum(sizes.values())
    assert any(url.endswith("/en/about-us/") for url in sizes)
    assert any(url.endswith(".css") for url in sizes)
    assert total < PAGE_WEIGHT_LIMIT, f"{total} bytes: {sizes}"
    print(f"page weight of /en/about-us/: {total} bytes over {len(sizes)} files")
