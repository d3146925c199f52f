"""The texts the glossary is checked over, as (where, English, translation) triples of one
language: the interface catalog, the demo content and the site's translated pages
(docs/languages.md, "Glossary")."""

from importlib import import_module

import polib
from django.apps import apps
from django.conf import settings
from django.utils.module_loading import module_has_submodule
from wagtail.models import Locale, Page
from wagtail_localize.segments.extract import extract_segments

from core import glossary
from core.demo_helpers import DemoCatalog

LOCALE_DIR = settings.BASE_DIR / "locale"


def catalog_path(language_code, locale_dir=None):
    return (locale_dir or LOCALE_DIR) / language_code / "LC_MESSAGES" / "django.po"


def catalog_texts(language_code, locale_dir=None):
    """Each translated string of the language's catalog (each plural form on its own)."""
    path = catalog_path(language_code, locale_dir)
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        where = f"locale/{language_code}/LC_MESSAGES/django.po, msgid {entry.msgid[:70]!r}"
        if entry.msgid_plural:
            for index, text in sorted(entry.msgstr_plural.items()):
                source = entry.msgid if index == 0 else entry.msgid_plural
                yield where, source, text
        else:
            yield where, entry.msgid, entry.msgstr


def demo_catalogs():
    """(module name, DemoCatalog) of every app's demo module (``<app>/demo.py``): whatever
    catalogs a demo module holds, so that new demo content is checked as it is added."""
    for config in apps.get_app_configs():
        if not module_has_submodule(config.module, "demo"):
            continue
        module = import_module(f"{config.name}.demo")
        for value in vars(module).values():
            if isinstance(value, DemoCatalog):
                yield module.__name__, value


def demo_texts(language_code, catalogs=None):
    for name, catalog in demo_catalogs() if catalogs is None else catalogs:
        for english, text in catalog.strings(language_code).items():
            yield f"{name} demo string ({language_code}) for {english[:60]!r}", english, text


def segment_texts(instance):
    """{path: text} of a page's translatable strings, as wagtail-localize reads them."""
    texts = {}
    for segment in extract_segments(instance):
        value = getattr(segment, "string", None)
        if value is not None:
            texts[segment.path] = value.data
    return texts


def page_texts(language_code):
    """The translated pages of a language (not the untranslated copies), live and draft:
    each string beside the English page's string at the same place."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return
    pages = Page.objects.filter(locale=locale, alias_of__isnull=True).exclude(depth=1)
    for page in pages.specific().order_by("path"):
        source = page.get_translation_or_none(Locale.get_default())
        if source is None or source.pk == page.pk:
            continue
        english = segment_texts(source.specific)
        versions = [("live", page)]
        if page.has_unpublished_changes and page.latest_revision_id:
            versions.append(("draft", page.latest_revision.as_object()))
        for state, version in versions:
            for path, text in segment_texts(version).items():
                if path in english:
                    yield (page, state, path), english[path], text


def drifts(language_code, texts, terms=None):
    terms = terms or glossary.load()
    return terms.check(language_code, texts)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]
