"""A French translator translates a news item, a moderator approves it, a visitor reads it.

wagtail-localize's editor has no workflow actions of its own: the site adds a "Submit to
Review" button above it (site/templates/wagtail_localize/admin/edit_translation.html), which
turns the translated strings into a draft revision and starts the Review workflow. Each
person uses their own browser context (signing out is the end of their context).
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect
from wagtail.models import Locale

from news.models import PrizeAnnouncementPage
from workflow.roles import translators_group_name

PASSWORD = "pw-correct-horse-42"
ENGLISH_TITLE = "Dosta!-Congress Prize Awarded to 3 Cities and Regions"
FRENCH_TITLE = "Le Prix Dosta!-Congrès décerné à 3 villes et régions"
NEW_TITLE = "Trois villes et régions reçoivent le Prix Dosta!-Congrès"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def sign_in(browser, live_server, username):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return context, page


def shoot(page, screenshot_dir, name):
    page.screenshot(path=str(screenshot_dir / f"{name}.png"), full_page=True)


@pytest.mark.django_db(transaction=True)
def test_a_translation_goes_through_review_to_the_french_site(
    live_server, demo_site, browser, screenshot_dir
):
    french = Locale.objects.get(language_code="fr")
    news = PrizeAnnouncementPage.objects.get(locale=french, edition=4)
    assert news.title == FRENCH_TITLE  # load_demo translated it through wagtail-localize
    news_url = f"{live_server.url}{news.url}"
    assert news.url.startswith("/fr/")
    make_user("marie", translators_group_name("fr"))
    make_user("mona", "Moderators")

    # The translator opens the French news in wagtail-localize's editor.
    context, page = sign_in(browser, live_server, "marie")
    page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    editor = page.locator(".js-translation-editor")
    expect(editor).to_be_visible()
    # The title's segment: its source (class "title") in English, its French translation.
    segment = editor.locator("li").filter(has=page.locator(".title", has_text=ENGLISH_TITLE)).last
    expect(segment).to_contain_text(FRENCH_TITLE)
    shoot(page, screenshot_dir, "translation-1-editor")
    segment.get_by_role("button", name="Edit", exact=True).click()
    field = segment.locator("textarea")
    expect(field).to_be_visible()
    field.fill(NEW_TITLE)
    segment.get_by_role("button", name="Save", exact=True).click()
    expect(field).to_have_count(0)
    expect(segment).to_contain_text(NEW_TITLE)
    expect(segment.get_by_text("Saving...")).to_have_count(0)
    expect(segment.get_by_role("button", name="Edit", exact=True)).to_be_visible()
    shoot(page, screenshot_dir, "translation-2-string-saved")

    # Submitted to Review: not live yet.
    page.get_by_role("button", name="Submit to Review").click()
    expect(page.get_by_text("was submitted to Review")).to_be_visible()
    expect(page.get_by_text("waiting for review by a moderator")).to_be_visible()
    shoot(page, screenshot_dir, "translation-3-submitted")
    context.close()
    news.refresh_from_db()
    assert news.title == FRENCH_TITLE
    assert news.workflow_in_progress

    # The moderator approves it from the dashboard.
    context, page = sign_in(browser, live_server, "mona")
    awaiting = page.locator("section", has_text="Awaiting your review")
    expect(awaiting.get_by_text(NEW_TITLE)).to_be_visible()
    shoot(page, screenshot_dir, "translation-4-awaiting-review")
    row = awaiting.locator("tr", has_text=NEW_TITLE)
    row.get_by_role("button", name="Actions").click()
    approve = row.get_by_role("button", name="Approve", exact=True)
    expect(approve).to_be_visible()
    with page.expect_navigation():
        approve.click()  # posts the action and comes back to the dashboard
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("tr", has_text=NEW_TITLE)).to_have_count(0)
    expect(page.get_by_role("heading", name="Awaiting your review")).to_have_count(0)
    shoot(page, screenshot_dir, "translation-5-approved")
    context.close()

    # A visitor reads the new title at the French address.
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(news_url)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text(NEW_TITLE)
    shoot(page, screenshot_dir, "translation-6-visitor")
    context.close()
    news.refresh_from_db()
    assert news.title == NEW_TITLE and news.live and not news.workflow_in_progress
