"""Machine translation: DeepL when DEEPL_API_KEY is set, never for the languages it lacks.

wagtail-localize asks ``can_translate`` before showing its "Translate automatically" button
and again before sending anything, so a language listed here is never sent: Romani first
(no machine translation service knows it; people translate it), then those DeepL does not
offer. ``MACHINE_TRANSLATION_EXCLUDED_LANGUAGES`` in the settings extends the list.
"""

from django.conf import settings
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.dummy import DummyTranslator

NEVER_MACHINE_TRANSLATED = {"rom"}
DEEPL_MISSING = {"bs", "hr", "mk", "sq", "sr"}


def excluded_languages(extra=()):
    configured = getattr(settings, "MACHINE_TRANSLATION_EXCLUDED_LANGUAGES", ())
    return NEVER_MACHINE_TRANSLATED | set(configured) | set(extra)


class LanguageLimitedMixin:
    """Refuses the languages the service must never be asked for."""

    unsupported = frozenset()

    def can_translate(self, source_locale, target_locale):
        codes = {source_locale.language_code, target_locale.language_code}
        if codes & excluded_languages(self.unsupported):
            return False
        return super().can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        if not self.can_translate(source_locale, target_locale):
            raise ValueError(f"{self.display_name} is not used for {target_locale.language_code}")
        return super().translate(source_locale, target_locale, strings)


class AllianceDeepLTranslator(LanguageLimitedMixin, DeepLTranslator):
    unsupported = frozenset(DEEPL_MISSING)


class AllianceDummyTranslator(LanguageLimitedMixin, DummyTranslator):
    """wagtail-localize's test translator (reverses words), with the same exclusions."""


def is_unavailable_for(language_code):
    """True when a translator into ``language_code`` gets no machine translation."""
    from wagtail_localize.machine_translators import get_machine_translator

    translator = get_machine_translator()
    if translator is None:
        return False  # no service at all: the editor simply has none
    unsupported = getattr(translator, "unsupported", frozenset())
    return language_code in excluded_languages(unsupported)
