"""Issue 16: a translation is a draft until a moderator approves it (workflow.drafts).

Starting a translation leaves what visitors see as it was (the untranslated copy, in
``<main lang="en">`` with the notice), in every language; submitting keeps it so; a
moderator's approval publishes the translation. A translation sent back is fixed and
resubmitted in the same review; an out-of-date translation takes in the English changes.
Each role logged in as that role only, never a superuser.
"""

import re

import pytest
from django.conf import settings
from django.test.client import encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment

from news.models import PrizeAnnouncementPage
from workflow.roles import translators_group_name
from workflow.status import OUT_OF_DATE, TRANSLATED, translation_status

from .test_dashboard import dashboard, reject, todo
from .test_translator_path import BOUNDARY, approve, submit_url, translation_into

NOTICE = 'class="notice notice--untranslated"'  # its text is in the visitor's language


def visit(client, page):
    """The page as a visitor sees it at its address: (status, html)."""
    page = Page.objects.get(pk=page.pk)
    response = client.get(page.url)
    return response.status_code, response.content.decode()


def shows_untranslated_copy(html, code):
    """The English text marked as English inside the language's page, with the notice."""
    return (
        re.search(rf'<html[^>]* lang="{code}"', html) is not None
        and re.search(r'<main [^>]*lang="en"', html) is not None
        and NOTICE in html
    )


def translate_string(client, translation, path, value):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url,
        encode_multipart(BOUNDARY, {"value": value}),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code in (200, 201), response.content


@pytest.fixture
def untranslated_news(demo):
    """The English prize news, an untranslated copy (alias) in every other language but
    French (load_demo translated it into French)."""
    english = PrizeAnnouncementPage.objects.get(locale__language_code="en", edition=4)
    copies = Page.objects.filter(translation_key=english.translation_key).exclude(pk=english.pk)
    assert copies.filter(alias_of=english).count() == len(settings.LANGUAGES) - 2
    return english


def test_starting_changes_nothing_visitors_see_in_any_language(
    client, untranslated_news, make_user, django_capture_on_commit_callbacks
):
    english = untranslated_news
    codes = [code for code, _name in settings.LANGUAGES if code not in ("en", "fr")]
    assert len(codes) == 23
    before = {}
    for code in codes:
        copy = Page.objects.get(translation_key=english.translation_key, locale__language_code=code)
        status, html = visit(client, copy)
        assert status == 200 and shows_untranslated_copy(html, code), code
        before[code] = html

    client.force_login(make_user("erik", "Editors"))
    ids = [locale.pk for locale in Locale.objects.filter(language_code__in=codes)]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(english), {"locales": ids})
    assert response.status_code == 302
    client.logout()

    for code in codes:
        assert translation_into(english, code).enabled, code
        copy = Page.objects.get(translation_key=english.translation_key, locale__language_code=code)
        assert copy.alias_of_id == english.pk, code  # still the untranslated copy
        status, html = visit(client, copy)
        assert status == 200 and shows_untranslated_copy(html, code), code
        assert html == before[code], code


def test_a_language_with_no_page_gets_an_unpublished_draft(
    client, home, locales, make_user, django_capture_on_commit_callbacks
):
    from django.core.management import call_command

    from tests.factories import StandardPageFactory

    english = StandardPageFactory(parent=home, title="Objectives", slug="objectives")
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    client.force_login(make_user("erik", "Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(english), {"locales": [locales["rom"].pk]})
    romani = Page.objects.get(translation_key=english.translation_key, locale=locales["rom"])
    assert not romani.live and romani.alias_of_id is None
    # Its missing parent: an untranslated copy, as wagtail-localize makes them.
    parent = Page.objects.get(translation_key=home.translation_key, locale=locales["rom"])
    assert parent.alias_of_id == home.pk


def test_a_romani_translation_stays_a_draft_until_approved(
    client, untranslated_news, make_user, django_capture_on_commit_callbacks
):
    english = untranslated_news
    romani = Page.objects.get(translation_key=english.translation_key, locale__language_code="rom")
    rada = make_user("rada", translators_group_name("rom"))
    mona = make_user("mona", "Moderators")
    client.force_login(rada)
    rom = Locale.objects.get(language_code="rom")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(english), {"locales": [rom.pk]})
    assert response["Location"] == f"/admin/pages/{romani.pk}/edit/"
    # The untranslated copy opens in wagtail-localize's editor, Submit to Review first.
    html = client.get(response["Location"]).content.decode()
    assert "js-translation-editor" in html and "translation-review-footer" in html

    translation = translation_into(english, "rom")
    translate_string(client, translation, "title", "O Dosta!-Kongreso Prizo")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    page = Page.objects.get(pk=romani.pk)
    assert page.workflow_in_progress and page.draft_title == "O Dosta!-Kongreso Prizo"
    assert page.alias_of_id == english.pk

    # The moderator reviews it in the editor: no "Convert to alias page" on an alias.
    client.force_login(mona)
    html = client.get(f"/admin/pages/{romani.pk}/edit/").content.decode()
    assert "js-translation-editor" in html and "convert_to_alias" not in html

    # In review: visitors still see the English page, marked, and follow its changes.
    client.logout()
    status, html = visit(client, romani)
    assert shows_untranslated_copy(html, "rom") and "O Dosta!-Kongreso Prizo" not in html
    english.title = "Dosta!-Congress Prize: three winners"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    status, html = visit(client, romani)
    assert "Dosta!-Congress Prize: three winners" in html and shows_untranslated_copy(html, "rom")
    page = Page.objects.get(pk=romani.pk)
    assert page.alias_of_id == english.pk and page.workflow_in_progress

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, mona)
    page = Page.objects.get(pk=romani.pk)
    assert page.alias_of_id is None and page.live and page.title == "O Dosta!-Kongreso Prizo"
    status, html = visit(client, page)
    assert status == 200 and re.search(r'<html[^>]* lang="rom"', html)
    assert "<h1" in html and "O Dosta!-Kongreso Prizo" in html
    assert NOTICE not in html and not re.search(r'<main [^>]*lang="en"', html)

    # A page of its own now: the English page's next publish leaves it alone.
    english.title = "Dosta!-Congress Prize: the winners"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    assert Page.objects.get(pk=romani.pk).title == "O Dosta!-Kongreso Prizo"


def test_a_translation_sent_back_is_fixed_and_resubmitted_in_the_same_review(
    client, untranslated_news, make_user, django_capture_on_commit_callbacks
):
    english = untranslated_news
    romani = Page.objects.get(translation_key=english.translation_key, locale__language_code="rom")
    rada = make_user("rada", translators_group_name("rom"))
    mona = make_user("mona", "Moderators")
    client.force_login(rada)
    rom = Locale.objects.get(language_code="rom")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(english), {"locales": [rom.pk]})
    translation = translation_into(english, "rom")
    translate_string(client, translation, "title", "O Prizo")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    state = Page.objects.get(pk=romani.pk).current_workflow_state

    reject(romani, mona, "Ramos o anav le Kongresosko.")
    html = dashboard(client)
    assert todo(html, "sent_back") == ["O Prizo"]
    assert f'href="/admin/pages/{romani.pk}/edit/"' in html
    # The dashboard's link: the editor, with the comment and Submit to Review again.
    html = client.get(f"/admin/pages/{romani.pk}/edit/").content.decode()
    assert "Moderator's comment: Ramos o anav le Kongresosko." in html
    assert reverse("submit_translation_for_review", args=[translation.pk]) in html

    translate_string(client, translation, "title", "O Dosta!-Kongreso Prizo")
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code == 302
    page = Page.objects.get(pk=romani.pk)
    resumed = page.current_workflow_state
    assert resumed.pk == state.pk and resumed.status == WorkflowState.STATUS_IN_PROGRESS
    assert resumed.current_task_state.revision.as_object().title == "O Dosta!-Kongreso Prizo"
    html = dashboard(client)
    assert todo(html, "sent_back") == [] and todo(html, "in_review") == ["O Dosta!-Kongreso Prizo"]

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, mona)
    client.logout()
    page = Page.objects.get(pk=romani.pk)
    assert page.title == "O Dosta!-Kongreso Prizo" and page.alias_of_id is None
    status, html = visit(client, page)
    assert "O Dosta!-Kongreso Prizo" in html and NOTICE not in html


def test_a_french_translation_sent_back_is_resubmitted(
    client, demo, make_user, django_capture_on_commit_callbacks
):
    french = PrizeAnnouncementPage.objects.get(locale__language_code="fr", edition=4)
    live_title = french.title
    english = PrizeAnnouncementPage.objects.get(locale__language_code="en", edition=4)
    translation = translation_into(english, "fr")
    client.force_login(make_user("marie", translators_group_name("fr")))
    translate_string(client, translation, "title", "Prix Dosta! : brouillon")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    mona = make_user("mona", "Moderators")
    reject(french, mona, "Le titre est trop court.")
    translate_string(client, translation, "title", "Le Prix Dosta!-Congrès à trois lauréats")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    page = Page.objects.get(pk=french.pk)
    assert page.title == live_title  # visitors still read the published French
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, mona)
    assert Page.objects.get(pk=french.pk).title == "Le Prix Dosta!-Congrès à trois lauréats"


def test_an_out_of_date_translation_takes_in_the_english_changes(
    client, demo, make_user, django_capture_on_commit_callbacks
):
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/").specific
    french = Page.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    german = Page.objects.get(translation_key=english.translation_key, locale__language_code="de")
    # A German translation too, made from the same English text.
    de = Locale.objects.get(language_code="de")
    client.force_login(make_user("erik", "Editors"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit_url(english), {"locales": [de.pk]})
    with django_capture_on_commit_callbacks(execute=True):
        translation_into(english, "de").save_target(publish=True)

    english.title = "About the Alliance"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    states = {
        status.locale.language_code: next(p for p in status.pages if p.source.pk == english.pk)
        for status in translation_status(["de", "fr"])
    }
    assert states["fr"].state == OUT_OF_DATE and states["de"].state == OUT_OF_DATE

    marie = make_user("marie", translators_group_name("fr"))
    client.force_login(marie)
    assert not marie.has_perm("wagtail_localize.submit_translation")
    html = dashboard(client)
    assert todo(html, "out_of_date") == [french.title]
    assert f'href="/admin/pages/{french.pk}/edit/"' in html
    translation = translation_into(english, "fr")
    take_in = reverse("take_in_source_changes", args=[translation.pk])
    html = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert take_in in html and "Take in the English changes" in html
    # wagtail-localize's own sync needs a right translators do not have.
    sync = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert client.get(sync).status_code == 302

    response = client.post(take_in)
    assert response["Location"] == f"/admin/pages/{french.pk}/edit/"
    assert StringSegment.objects.filter(
        source=translation.source, context__path="title", string__data="About the Alliance"
    ).exists()
    html = client.get(f"/admin/pages/{french.pk}/edit/").content.decode()
    assert take_in not in html
    assert Page.objects.get(pk=french.pk).title == french.title  # nothing published

    translate_string(client, translation, "title", "À propos de l’Alliance")
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert todo(dashboard(client), "in_review") == ["À propos de l’Alliance"]
    with django_capture_on_commit_callbacks(execute=True):
        approve(french, make_user("mona", "Moderators"))
    assert Page.objects.get(pk=french.pk).title == "À propos de l’Alliance"
    states = {
        status.locale.language_code: next(p for p in status.pages if p.source.pk == english.pk)
        for status in translation_status(["de", "fr"])
    }
    # French is up to date; German still shows the old English text: still out of date.
    assert states["fr"].state == TRANSLATED and states["de"].state == OUT_OF_DATE
    assert Page.objects.get(pk=german.pk).live


def test_another_languages_translator_cannot_take_in_changes(client, demo, make_user):
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/")
    translation = translation_into(english, "fr")
    synced = translation.source.last_updated_at
    client.force_login(make_user("hans", translators_group_name("de")))
    response = client.post(reverse("take_in_source_changes", args=[translation.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    translation.source.refresh_from_db()
    assert translation.source.last_updated_at == synced
    assert client.get(reverse("take_in_source_changes", args=[translation.pk])).status_code == 405
