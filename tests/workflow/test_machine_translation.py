"""Machine translation: DeepL with a key, never for Romani; the dummy translator in tests."""

from unittest import mock

import pytest
from django.http import Http404
from django.test import override_settings
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.edit_translation import apply_machine_translation

from workflow.machine_translation import (
    AllianceDeepLTranslator,
    AllianceDummyTranslator,
    is_unavailable_for,
)


def test_deepl_is_never_asked_for_romani_or_the_languages_it_lacks(locales):
    deepl = AllianceDeepLTranslator({"AUTH_KEY": "test:fx"})
    assert deepl.can_translate(locales["en"], locales["fr"])
    assert deepl.can_translate(locales["en"], locales["cs"])
    for code in ["rom", "sq", "mk", "sr", "bs", "hr"]:
        assert not deepl.can_translate(locales["en"], locales[code]), code


def start_translation(page, locale):
    """What "Translate" in the admin does: the target page and its Translation."""
    page.copy_for_translation(locale)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return Translation.objects.create(source=source, target_locale=locale)


def test_a_romani_translation_sends_nothing_to_deepl(home, locales, admin_user):
    translation = start_translation(home, locales["rom"])
    deepl = AllianceDeepLTranslator({"AUTH_KEY": "test:fx"})
    with mock.patch("wagtail_localize.machine_translators.deepl.requests.post") as post:
        with pytest.raises(Http404):  # wagtail-localize's answer to "cannot translate"
            apply_machine_translation(translation.pk, admin_user, deepl)
        with pytest.raises(ValueError):
            deepl.translate(locales["en"], locales["rom"], [])
    post.assert_not_called()


def test_deepl_is_called_for_french(home, locales, admin_user):
    translation = start_translation(home, locales["fr"])
    deepl = AllianceDeepLTranslator({"AUTH_KEY": "test:fx"})
    response = mock.Mock()
    response.json.side_effect = lambda: {
        "translations": [{"text": "traduit"}] * len(post.call_args.args[1]["text"])
    }
    with mock.patch(
        "wagtail_localize.machine_translators.deepl.requests.post", return_value=response
    ) as post:
        assert apply_machine_translation(translation.pk, admin_user, deepl)
    post.assert_called_once()
    assert post.call_args.args[1]["target_lang"] == "FR"


def test_dummy_translator_fills_a_french_translation(home, locales, admin_user):
    translation = start_translation(home, locales["fr"])
    dummy = AllianceDummyTranslator({})
    assert apply_machine_translation(translation.pk, admin_user, dummy)
    total, translated = translation.get_progress()
    assert total == translated > 0
    assert not dummy.can_translate(locales["en"], locales["rom"])


def test_the_editor_says_when_machine_translation_is_unavailable(admin_client, home, locales):
    assert is_unavailable_for("rom")
    assert not is_unavailable_for("fr")
    start_translation(home, locales["rom"])
    rom_home = home.get_translation(locales["rom"])
    content = admin_client.get(f"/admin/pages/{rom_home.pk}/edit/").content.decode()
    assert "Machine translation is not available for Romani" in content


@override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=None)
def test_without_a_machine_translator_no_language_is_said_to_lack_one(locales):
    """The editor's notice ("not available for Romani") is only for a site that has one."""
    assert not is_unavailable_for("rom")
    assert not is_unavailable_for("fr")
