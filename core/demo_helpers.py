"""Helpers for the demo content: locales, the site, and translations made the way a
translator makes them, through wagtail-localize's own models.

Each content app's ``demo.py`` builds its English pages and passes them here with a
``DemoCatalog`` of their translations.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import PageIndex, synchronize_tree

DEMO_TOOL_NAME = "load_demo"


class MissingDemoTranslation(Exception):
    """The catalog lacks a translation for a string of a demo page."""


class DemoCatalog:
    """English demo strings and their translations, keyed by the English text.

    ``catalog.t("About us", fr="À propos")`` records the French and returns the English,
    so pages are written once, in English, with their translations beside them.
    """

    def __init__(self):
        self._by_language = defaultdict(dict)

    def t(self, english, **translations):
        for language_code, text in translations.items():
            self._by_language[language_code][english] = text
        return english

    def strings(self, language_code):
        return self._by_language[language_code]

    def add(self, language_code, translations):
        """Add a ``{english: translation}`` mapping for one language."""
        self._by_language[language_code].update(translations)

    def languages(self):
        return sorted(self._by_language)


def paragraphs_html(texts):
    """Rich text of one paragraph per text."""
    return "".join(f"<p>{text}</p>" for text in texts)


def paragraph_blocks(texts):
    """StreamField content of one paragraph block per text."""
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def ensure_locales():
    """One Wagtail locale per language of ``settings.LANGUAGES``; returns them by code."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return {locale.language_code: locale for locale in Locale.objects.all()}


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def source_home():
    """The home page of the source language: the default site's root page, which
    home/demo.py makes first (so content apps need not import ``home``)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def remove_welcome_page():
    """Delete Wagtail's "Welcome" page (a bare Page with no children) if it is still there.

    Its Site goes with it; ``ensure_default_site`` makes the site again.
    """
    for page in Page.objects.filter(depth=2, content_type=ContentType.objects.get_for_model(Page)):
        if not page.get_children().exists():
            page.delete()


def ensure_default_site(home):
    """Make ``home`` the root page of the default site."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()


def is_translated(page, locale):
    """True when ``page`` has a real translation (not an untranslated alias) in ``locale``."""
    return Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=True
    ).exists()


def fill_translation(instance, locale, catalog, update=False):
    """The Translation of ``instance`` into ``locale``, every string filled from ``catalog``.

    Creates the TranslationSource, the Translation and one StringTranslation per
    segment, exactly what wagtail-localize's editor stores, so translators can go on
    from there. With ``update``, the source is first synced with the instance (as "Sync
    translated pages" does).
    """
    strings = catalog.strings(locale.language_code)
    if update:
        source, _created = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    missing = [segment.string.data for segment in segments if segment.string.data not in strings]
    if missing:
        raise MissingDemoTranslation(
            f"No {locale.language_code} translation for: " + " | ".join(missing)
        )
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": DEMO_TOOL_NAME,
            },
        )
    return translation


@transaction.atomic
def translate_page(page, locale, catalog, update=False):
    """Translate ``page`` into ``locale`` from ``catalog`` and publish the translation.

    A page already translated into ``locale`` is left as it is, unless ``update``.
    """
    if is_translated(page, locale) and not update:
        return page.get_translation(locale)
    translation = fill_translation(page, locale, catalog, update=update)
    # Saved as a draft, then published here and now: wagtail-localize's own publish waits
    # for transaction.on_commit and would save the page from a copy made before its
    # children were added.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated


@transaction.atomic
def translate_snippet(instance, locale, catalog):
    """Translate a translatable snippet into ``locale`` (once) from ``catalog``."""
    model = type(instance)
    existing = model.objects.filter(translation_key=instance.translation_key, locale=locale).first()
    if existing is not None:
        return existing
    fill_translation(instance, locale, catalog).save_target(publish=True)
    return model.objects.get(translation_key=instance.translation_key, locale=locale)


def translate_pages(pages, catalog, languages=None, update=False):
    """Translate each page into the given languages (default: every language the catalog
    has strings for), parents first."""
    locales = ensure_locales()
    for page in sorted(pages, key=lambda page: page.depth):
        for code in languages or catalog.languages():
            translate_page(page, locales[code], catalog, update=update)


def synchronize_all_locales():
    """Give every locale the whole tree of the source locale.

    Pages not translated yet become aliases of the source page (they show its text),
    and a LocaleSynchronization makes pages created later in the admin follow.
    """
    source = source_locale()
    page_index = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=source.pk):
        if not LocaleSynchronization.objects.filter(locale=locale).exists():
            LocaleSynchronization.objects.bulk_create(
                [LocaleSynchronization(locale=locale, sync_from=source)]
            )
        synchronize_tree(source, locale, page_index=page_index)
