"""A visitor changes language on a page and lands on the same page in that language."""

import re

from playwright.sync_api import expect


def test_switch_from_english_to_french_on_about_us(live_server, demo_site, page, screenshot):
    page.goto(f"{live_server.url}/en/about-us/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("About us")

    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="français").click()

    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("À propos")
    screenshot("about-us-fr")


def test_root_sends_a_french_browser_to_french(live_server, demo_site, browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("h1")).to_contain_text("Alliance européenne")
    context.close()


def test_pages_read_without_javascript(live_server, demo_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    page.locator(".language-switcher summary").click()
    page.get_by_role("link", name="français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    context.close()
