"""Issue 16: a Romani translator starts a translation from their dashboard, a moderator
sends it back, the translator fixes it, the moderator approves, a visitor reads it.

Each person signs in as that role only (never a superuser), in their own browser context.
Until the approval, visitors at /rom/... see the English page marked as English, with the
notice (workflow.drafts).
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from news.models import PrizeAnnouncementPage
from workflow.roles import translators_group_name

from .test_translation_workflow import ENGLISH_TITLE, make_user, shoot, sign_in

FIRST_TRY = "Dosta!-Kongreso Prizo"
ROMANI_TITLE = "O Dosta!-Kongreso Prizo dino 3 forurenge thaj regionenge"
COMMENT = "Ramos o anav sa: so dine thaj kaske."


def edit_title(page, old, new):
    """In wagtail-localize's editor: the title's segment → Edit → type → Save."""
    editor = page.locator(".js-translation-editor")
    expect(editor).to_be_visible()
    segment = editor.locator("li").filter(has=page.locator(".title", has_text=ENGLISH_TITLE)).last
    if old:
        expect(segment).to_contain_text(old)
    segment.get_by_role("button", name=re.compile(r"^(Translate|Edit)$")).click()
    field = segment.locator("textarea")
    expect(field).to_be_visible()
    field.fill(new)
    segment.get_by_role("button", name="Save", exact=True).click()
    expect(field).to_have_count(0)
    expect(segment).to_contain_text(new)
    expect(segment.get_by_text("Saving...")).to_have_count(0)


def moderate(page, title, action):
    """On the moderator's dashboard: the row's Actions → ``action``."""
    awaiting = page.locator("section", has_text="Awaiting your review")
    row = awaiting.locator("tr", has_text=title)
    expect(row).to_be_visible()
    row.get_by_role("button", name="Actions").click()
    button = row.get_by_role("button", name=action, exact=True)
    expect(button).to_be_visible()
    return button


def visitor_sees(browser, url):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(url)
    return context, page


@pytest.mark.django_db(transaction=True)
def test_a_romani_translator_works_from_the_dashboard_through_review(
    live_server, demo_site, browser, screenshot_dir, monkeypatch
):
    # The demo's pages fill more than LIST_LIMIT rows of the "missing" list: show them all.
    monkeypatch.setattr("workflow.dashboard.LIST_LIMIT", 500)
    romani = PrizeAnnouncementPage.objects.get(locale__language_code="rom", edition=4)
    assert romani.alias_of_id is not None  # not translated yet
    news_url = f"{live_server.url}{romani.url}"
    assert romani.url.startswith("/rom/")
    make_user("rada", translators_group_name("rom"))
    make_user("mona", "Moderators")

    # The translator's dashboard: never translated → the news → Translate (Romani) → Submit.
    context, page = sign_in(browser, live_server, "rada")
    link = page.locator("ul.todo-missing a", has_text=ENGLISH_TITLE)
    expect(link).to_be_visible()
    shoot(page, screenshot_dir, "dashboard-1-translator")
    link.click()
    expect(page.get_by_label("Romani")).to_be_checked()
    page.get_by_role("button", name="Submit").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{romani.pk}/edit/$"))
    edit_title(page, None, FIRST_TRY)
    shoot(page, screenshot_dir, "dashboard-2-translated")
    page.get_by_role("button", name="Submit to Review").click()
    expect(page.get_by_text("was submitted to Review")).to_be_visible()
    context.close()

    # Waiting for review: the visitor still reads the English page, marked as English.
    context, visit = visitor_sees(browser, news_url)
    expect(visit.locator("html")).to_have_attribute("lang", "rom")
    expect(visit.locator("main")).to_have_attribute("lang", "en")
    expect(visit.locator(".notice--untranslated")).to_be_visible()
    expect(visit.locator("h1")).to_have_text(ENGLISH_TITLE)
    context.close()

    # The moderator requests changes, with a comment.
    context, page = sign_in(browser, live_server, "mona")
    moderate(page, FIRST_TRY, "Request changes").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Comment").fill(COMMENT)
    with page.expect_navigation():
        dialog.get_by_role("button", name="Request changes").click()
    expect(page.locator("tr", has_text=FIRST_TRY)).to_have_count(0)
    context.close()

    # Sent back: the translator reads the comment, fixes the title, submits again.
    context, page = sign_in(browser, live_server, "rada")
    sent_back = page.locator("ul.todo-sent_back")
    expect(sent_back).to_contain_text(COMMENT)
    shoot(page, screenshot_dir, "dashboard-3-sent-back")
    sent_back.get_by_role("link", name=FIRST_TRY).click()
    expect(page.locator(".moderator-comment")).to_contain_text(COMMENT)
    edit_title(page, FIRST_TRY, ROMANI_TITLE)
    page.get_by_role("button", name="Submit to Review").click()
    expect(page.get_by_text("was submitted to Review")).to_be_visible()
    context.close()

    # The moderator approves it from the dashboard: it is published.
    context, page = sign_in(browser, live_server, "mona")
    approve = moderate(page, ROMANI_TITLE, "Approve")
    with page.expect_navigation():
        approve.click()
    expect(page.locator("tr", has_text=ROMANI_TITLE)).to_have_count(0)
    context.close()

    # The visitor reads it in Romani, no longer marked as English.
    context, visit = visitor_sees(browser, news_url)
    expect(visit.locator("html")).to_have_attribute("lang", "rom")
    expect(visit.locator("h1")).to_have_text(ROMANI_TITLE)
    expect(visit.locator(".notice--untranslated")).to_have_count(0)
    expect(visit.locator("main")).not_to_have_attribute("lang", "en")
    shoot(visit, screenshot_dir, "dashboard-4-visitor")
    context.close()
    page_row = Page.objects.get(pk=romani.pk)
    assert page_row.alias_of_id is None and page_row.live and not page_row.workflow_in_progress
