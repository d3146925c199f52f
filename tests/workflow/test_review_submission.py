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


# What Wagtail writes on a page's row when only its draft changes (save_revision).
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
}


def test_submitting_writes_nothing_visitors_see_on_the_live_row(
    client, french_translation, make_user
):
    """The draft is built in memory and saved as a revision only: the page's row gets
    the draft's bookkeeping, never the draft itself (workflow.drafts.save_translation_draft)."""
    from django.db.models.signals import post_save

    page = french_translation.get_target_instance()
    translate_title(french_translation, "Accueil revu")
    client.force_login(make_user("marie", translators_group_name("fr")))
    writes = []

    def noted(sender, instance, update_fields=None, **kwargs):
        if isinstance(instance, Page) and instance.pk == page.pk:
            writes.append(set(update_fields) if update_fields is not None else "every field")

    post_save.connect(noted, weak=False, dispatch_uid="noted-writes")
    try:
        client.post(reverse("submit_translation_for_review", args=[french_translation.pk]))
    finally:
        post_save.disconnect(dispatch_uid="noted-writes")
    assert writes and all(fields != "every field" for fields in writes), writes
    assert set().union(*writes) <= DRAFT_BOOKKEEPING | {"locked", "locked_at", "locked_by"}
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == "Accueil revu"


def test_submitting_an_untranslated_copy_keeps_the_copy_visitors_see_and_saves_a_draft(
    client, home, locales, make_user
):
    from tests.factories import StandardPageFactory

    about = StandardPageFactory(parent=home, title="About us", slug="about-us")
    french_home = home.copy_for_translation(locales["fr"])
    french_home.save_revision().publish()
    copy = about.copy_for_translation(locales["fr"], alias=True)  # as the site copies it
    source, _created = TranslationSource.get_or_create_from_instance(about)
    translation = Translation.objects.create(source=source, target_locale=locales["fr"])
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    translate_title(translation, "À propos")
    client.force_login(make_user("marie", translators_group_name("fr")))
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code == 302
    page = Page.objects.get(pk=copy.pk)
    # Until a moderator approves, it stays the untranslated copy (workflow.drafts)
    assert page.alias_of_id == about.pk
    assert page.title == "About us"  # visitors still see the English text
    assert page.get_latest_revision_as_object().title == "À propos"
    assert page.workflow_in_progress
