"""Issue 16: the dashboard says what there is to do, as each role sees it (never a superuser).

A translator's panel lists, in their languages, the pages never translated, out of date,
in review and sent back (with the moderator's comment); a moderator's lists what awaits
review per language; each role reads what it may do.
"""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from news.models import PrizeAnnouncementPage
from tests.factories import StandardPageFactory
from workflow.roles import translators_group_name

from .test_translator_path import approve, submit_url, translation_into


def todo(html, key):
    """The titles listed under one of the translator's lists (empty when not shown)."""
    found = re.search(rf'<ul class="todo-{key}">(.*?)</ul>', html, re.S)
    if found is None:
        return []
    return [title.strip() for title in re.findall(r"<a [^>]*>([^<]*)</a>", found.group(1))]


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def reject(page, moderator, comment):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject", comment=comment)


def test_the_french_list_follows_a_source_change_a_rejection_and_a_publish(
    client, demo, make_user, django_capture_on_commit_callbacks
):
    marie = make_user("marie", translators_group_name("fr"))
    mona = make_user("mona", "Moderators")
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/")
    french = Page.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    client.force_login(marie)
    html = dashboard(client)
    assert "Translations to do" in html
    assert french.title not in todo(html, "out_of_date")

    # The English page changes: its French translation is out of date, with its link.
    english = english.specific
    english.title = "About the Alliance"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    html = dashboard(client)
    assert todo(html, "out_of_date") == [french.title]
    assert f'href="/admin/pages/{french.pk}/edit/"' in html

    # Submitted to Review: in review only; the moderator sees it under French.
    translation = translation_into(english, "fr")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    html = dashboard(client)
    assert todo(html, "in_review") == [french.title]
    assert todo(html, "out_of_date") == []
    client.force_login(mona)
    html = dashboard(client)
    review = re.search(r'<ul class="review-fr">(.*?)</ul>', html, re.S).group(1)
    assert f"/admin/pages/{french.pk}/edit/" in review
    assert 'class="review-de"' not in html

    # Sent back with a comment: the translator reads it.
    reject(french, mona, "Le titre manque.")
    client.force_login(marie)
    html = dashboard(client)
    assert todo(html, "sent_back") == [french.title]
    assert todo(html, "in_review") == []
    assert "Moderator's comment: Le titre manque." in html


def test_a_romani_page_leaves_the_lists_once_published(
    client, demo, make_user, django_capture_on_commit_callbacks, monkeypatch
):
    # The demo's pages fill more than LIST_LIMIT rows of the "missing" list: show them all.
    monkeypatch.setattr("workflow.dashboard.LIST_LIMIT", 500)
    english = PrizeAnnouncementPage.objects.get(locale__language_code="en", edition=4)
    client.force_login(make_user("rada", translators_group_name("rom")))
    html = dashboard(client)
    assert english.title in todo(html, "missing")
    assert f"{submit_url(english)}?select_locale=rom" in html
    # Only Romani: nothing of another language.
    assert "Romani (rom)" in html and "(fr)</th>" not in html

    rom = Locale.objects.get(language_code="rom")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(english), {"locales": [rom.pk]})
    translation = translation_into(english, "rom")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    romani = Page.objects.get(translation_key=english.translation_key, locale=rom)
    html = dashboard(client)
    assert english.title not in todo(html, "missing")
    assert todo(html, "in_review") == [romani.title]

    with django_capture_on_commit_callbacks(execute=True):
        approve(romani, make_user("mona", "Moderators"))
    html = dashboard(client)
    for key in ("missing", "out_of_date", "in_review", "sent_back"):
        assert romani.title not in todo(html, key), key


def test_snippets_never_translated_are_listed(client, demo, make_user, monkeypatch):
    from news.models import NewsTopic

    # The demo's pages alone fill the first LIST_LIMIT rows of Albanian's "missing" list;
    # the snippets follow them (a longer list shows them all).
    monkeypatch.setattr("workflow.dashboard.LIST_LIMIT", 500)

    topic = NewsTopic.objects.filter(locale__language_code="en").first()
    NewsTopic.objects.filter(
        translation_key=topic.translation_key, locale__language_code="sq"
    ).delete()
    client.force_login(make_user("arta", translators_group_name("sq")))
    html = dashboard(client)
    assert str(topic) in todo(html, "missing")
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["news", "newstopic", topic.pk]
    )
    assert f"{url}?select_locale=sq" in html


def test_the_panels_query_count_does_not_grow_with_pages(
    client, home, locales, make_user, django_assert_max_num_queries
):
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add_pages(numbers):
        for number in numbers:
            page = StandardPageFactory(parent=home, title=f"Page {number}", slug=f"page-{number}")
            french = page.copy_for_translation(locales["fr"], copy_parents=True)
            french.save_revision().publish()
            if number % 2:  # half of them out of date
                page.save_revision().publish()

    add_pages(range(2))
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    client.force_login(make_user("marie", translators_group_name("fr"), "Moderators"))
    dashboard(client)  # warm the per-process caches (content types, site)
    with CaptureQueriesContext(connection) as few:
        dashboard(client)

    add_pages(range(2, 20))
    with django_assert_max_num_queries(len(few)):
        html = dashboard(client)
    assert re.search(r'<td class="count-out-of-date">10</td>', html)
    assert "Awaiting review by language" in html


@pytest.mark.parametrize(
    ("groups", "shown", "hidden"),
    [
        (["Editors"], ["Editor</dt>"], ["Moderator</dt>", "Translator"]),
        (["Moderators"], ["Moderator</dt>"], ["Editor</dt>", "Translator"]),
        ([translators_group_name("rom")], ["Translator (Romani)"], ["Editor</dt>"]),
    ],
)
def test_each_role_reads_what_it_may_do(client, demo, make_user, groups, shown, hidden):
    client.force_login(make_user("someone", *groups))
    html = dashboard(client)
    assert "What you may do" in html
    for text in shown:
        assert text in html
    for text in hidden:
        assert text not in html
