"""The "Submit to Review" action above wagtail-localize's editor."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from workflow.roles import translators_group_name


@pytest.fixture
def french_translation(home, locales, django_capture_on_commit_callbacks):
    """The English home, translated into French (and German) through wagtail-localize."""
    source, _created = TranslationSource.get_or_create_from_instance(home)
    translations = {}
    for code in ("fr", "de"):
        translation = Translation.objects.create(source=source, target_locale=locales[code])
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        translations[code] = translation
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    return translations["fr"]


def translate_title(translation, value):
    segment = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        defaults={"data": value},
    )


def test_submitting_keeps_the_live_page_and_starts_the_review(
    client, french_translation, make_user
):
    page = french_translation.get_target_instance()
    live_title = page.title
    translate_title(french_translation, "Accueil revu")
    client.force_login(make_user("marie", translators_group_name("fr")))
    url = reverse("submit_translation_for_review", args=[french_translation.pk])
    response = client.post(url)
    assert response.status_code == 302
    page = Page.objects.get(pk=page.pk)
    assert page.title == live_title  # visitors still see the published text
    assert page.draft_title == "Accueil revu"
    assert page.workflow_in_progress
    assert page.get_latest_revision_as_object().title == "Accueil revu"


def test_another_languages_translator_cannot_submit(client, french_translation, make_user):
    client.force_login(make_user("hans", translators_group_name("de")))
    url = reverse("submit_translation_for_review", args=[french_translation.pk])
    assert client.post(url).status_code == 302  # refused: back to the dashboard
    page = Page.objects.get(pk=french_translation.get_target_instance().pk)
    assert not page.workflow_in_progress
    assert client.get(url).status_code == 405
