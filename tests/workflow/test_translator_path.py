"""Issue 16: each role's whole path, logged in as that role only (never a superuser).

A translator starts a translation into their own language (wagtail-localize's "Translate"
views, routed by workflow.translators), translates it in wagtail-localize's editor, and
submits it to Review; an editor sends a page for translation and lands on a page saying
what happened; a translator is refused everything outside their language.
"""

import re

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import encode_multipart
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from forms.models import JoinFormPage
from news.models import PrizeAnnouncementPage
from workflow.roles import translators_group_name

BOUNDARY = "BoUnDaRy"


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def translation_into(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def approve(page, moderator):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")


@pytest.fixture
def romani_news(demo):
    english = PrizeAnnouncementPage.objects.get(locale__language_code="en", edition=4)
    romani = PrizeAnnouncementPage.objects.get(locale__language_code="rom", edition=4)
    assert romani.alias_of_id == english.pk  # not translated yet: the English text
    return english, romani


def test_a_romani_translator_translates_and_a_moderator_publishes(
    client, romani_news, make_user, django_capture_on_commit_callbacks
):
    english, romani = romani_news
    client.force_login(make_user("rada", translators_group_name("rom")))

    # The untranslated Romani page offers "Translate this page", into Romani only.
    response = client.get(f"/admin/pages/{romani.pk}/edit/")
    assert response.status_code == 200
    response = client.get(f"{submit_url(english)}?select_locale=rom")
    assert response.status_code == 200
    offered = response.context["form"].fields["locales"].queryset
    assert [locale.language_code for locale in offered] == ["rom"]
    rom = Locale.objects.get(language_code="rom")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(english), {"locales": [rom.pk]})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{romani.pk}/edit/"

    # wagtail-localize's editor: "Submit to Review" is the main action, no alias.
    response = client.get(response["Location"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "translation-review-footer" in html and "Submit to Review" in html
    assert "convert_to_alias" not in html

    translation = translation_into(english, "rom")
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url,
        encode_multipart(BOUNDARY, {"value": "O Dosta!-Kongreso Prizo"}),
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code in (200, 201)
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code == 302
    page = Page.objects.get(pk=romani.pk)
    assert page.workflow_in_progress and page.draft_title == "O Dosta!-Kongreso Prizo"

    moderator = make_user("mona", "Moderators")
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator)
    client.logout()
    page.refresh_from_db()
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200 and page.url.startswith("/rom/")
    assert re.search(r'<html[^>]* lang="rom"', html)
    assert "O Dosta!-Kongreso Prizo" in html


def test_a_french_translator_uses_a_po_file_from_the_status_report(
    client, demo, make_user, django_capture_on_commit_callbacks
):
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/objectives/")
    # Not translated into French yet, as every untranslated page: an alias of the English
    # one (the demo translated it: take that away).
    Page.objects.filter(translation_key=english.translation_key, locale__language_code="fr").update(
        alias_of=english
    )
    Translation.objects.filter(
        source__object_id=english.translation_key, target_locale__language_code="fr"
    ).delete()
    client.force_login(make_user("marie", translators_group_name("fr")))
    report = client.get(reverse("translation_status") + "?language=fr").content.decode()
    link = f"{submit_url(english)}?select_locale=fr"
    assert link in report
    assert client.get(link).status_code == 200
    fr = Locale.objects.get(language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit_url(english), {"locales": [fr.pk]})
    french = Page.objects.get(translation_key=english.translation_key, locale=fr)
    assert response["Location"] == f"/admin/pages/{french.pk}/edit/"

    translation = translation_into(english, "fr")
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    title = next(entry for entry in po if entry.msgctxt == "title")
    title.msgstr = "Titre traduit hors ligne"
    upload = SimpleUploadedFile("page.po", str(po).encode(), content_type="text/x-gettext")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code in (200, 302)
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    page = Page.objects.get(pk=french.pk)
    assert page.workflow_in_progress and page.draft_title == "Titre traduit hors ligne"


def test_an_editor_sends_a_page_into_three_languages(client, romani_news, make_user):
    english, _romani = romani_news
    client.force_login(make_user("erik", "Editors"))
    codes = ["de", "it", "rom"]
    ids = [locale.pk for locale in Locale.objects.filter(language_code__in=codes)]
    response = client.post(submit_url(english), {"locales": ids})
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sent for translation" in html
    for name in ("German", "Italian", "Romani"):
        assert name in html
    for code in codes:
        assert translation_into(english, code).enabled


def test_a_translator_is_refused_outside_their_language(client, romani_news, make_user):
    english, romani = romani_news
    client.force_login(make_user("rada", translators_group_name("rom")))
    german = Page.objects.get(translation_key=english.translation_key, locale__language_code="de")
    french = Page.objects.get(translation_key=english.translation_key, locale__language_code="fr")
    assert client.get(f"/admin/pages/{german.pk}/edit/").status_code == 302
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 302
    # Only an English source; only into their language.
    assert client.get(submit_url(french)).status_code == 302
    de = Locale.objects.get(language_code="de")
    response = client.post(submit_url(english), {"locales": [de.pk]})
    assert response.status_code == 200  # the form refuses the choice
    assert not Translation.objects.filter(
        target_locale=de, source__object_id=english.translation_key
    ).exists()
    # A French translation is not theirs to throw away; nor settings, users, forms.
    convert = reverse("wagtail_localize:convert_to_alias", args=[french.pk])
    assert client.get(convert).status_code == 302
    join = JoinFormPage.objects.get(locale__language_code="en")
    submissions = reverse("wagtailforms:list_submissions", args=[join.pk])
    for url in ("/admin/users/", submissions, "/admin/settings/core/alliancesettings/"):
        assert client.get(url).status_code in (302, 403), url


def test_an_editor_who_may_publish_is_told_what_converting_loses(client, demo, make_user):
    french = PrizeAnnouncementPage.objects.get(locale__language_code="fr", edition=4)
    client.force_login(make_user("mona", "Moderators"))
    response = client.get(reverse("wagtail_localize:convert_to_alias", args=[french.pk]))
    assert response.status_code == 200
    assert "This cannot be undone" in response.content.decode()
