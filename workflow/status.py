"""Translation status: for every language, which pages are translated, out of date, missing.

A page of the source language (English) is, in another language:
- translated: a real translation exists (not an alias) and was made from the current
  source text;
- out of date: a translation exists, but the English page was published again after the
  text the translation was made from was taken (wagtail-localize's TranslationSource,
  shared by every language) or after the translation was last published (its own
  date: when one language's translator takes in the English changes, the other
  languages' pages stay out of date until their translations are published again);
- missing: no translation, only the untranslated copy (alias) or nothing.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

TRANSLATED, OUT_OF_DATE, MISSING = "translated", "out_of_date", "missing"
STATES = (TRANSLATED, OUT_OF_DATE, MISSING)


@dataclass
class PageStatus:
    source: Page
    translation: Page | None
    state: str


@dataclass
class LanguageStatus:
    locale: Locale
    pages: list = field(default_factory=list)

    def count(self, state):
        return sum(1 for page in self.pages if page.state == state)

    @property
    def translated(self):
        return self.count(TRANSLATED)

    @property
    def out_of_date(self):
        return self.count(OUT_OF_DATE)

    @property
    def missing(self):
        return self.count(MISSING)

    @property
    def total(self):
        return len(self.pages)


def source_pages(source_locale):
    return list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .live()
        .order_by("path")
    )


def translation_state(source, translation, source_synced_at):
    if translation is None or translation.alias_of_id is not None:
        return MISSING
    references = [moment for moment in (source_synced_at, translation.last_published_at) if moment]
    if source.last_published_at and references and source.last_published_at > min(references):
        return OUT_OF_DATE
    return TRANSLATED


def translation_status(language_codes=None):
    """LanguageStatus for each target language (or the given ones), in a fixed number of queries."""
    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    codes = language_codes or [
        code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    locales = {
        locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)
    }
    sources = source_pages(source_locale)
    keys = [page.translation_key for page in sources]
    translations = defaultdict(dict)
    for page in Page.objects.filter(translation_key__in=keys, locale__in=locales.values()):
        translations[page.locale_id][page.translation_key] = page
    synced_by_key = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values_list(
            "object_id", "last_updated_at"
        )
    )
    report = []
    for code in codes:
        locale = locales.get(code)
        if locale is None:
            continue
        status = LanguageStatus(locale=locale)
        for source in sources:
            translation = translations[locale.pk].get(source.translation_key)
            state = translation_state(
                source, translation, synced_by_key.get(source.translation_key)
            )
            status.pages.append(PageStatus(source=source, translation=translation, state=state))
        report.append(status)
    return report
