"""Theme names as pages show them: in the page's language, else the default locale's,
each with its language."""

from typing import NamedTuple

from django.apps import apps
from wagtail.models import Locale

from core import generation


def theme_model():
    """The theme model, by name: practices/models.py imports this module."""
    return apps.get_model("practices", "Theme")


class ThemeName(NamedTuple):
    """A theme's name as a page shows it, and its language: the default locale's for a
    theme not yet translated."""

    name: str
    lang: str


def theme_names(locale_id):
    """{slug: ThemeName} in the given locale, falling back on the default locale's names."""
    default_id = Locale.get_default().pk
    names = {}
    rows = (
        theme_model()
        .objects.filter(locale_id__in={locale_id, default_id})
        .values_list("slug", "name", "locale_id", "locale__language_code")
    )
    for slug, name, _locale_id, lang in sorted(rows, key=lambda row: row[2] == locale_id):
        names[slug] = ThemeName(name, lang)
    return names


def cached_theme_names(request, locale_id):
    """``theme_names``, once per content generation (themes are snippets: a change bumps it)."""
    return generation.cached(request, "theme-names", [locale_id], lambda: theme_names(locale_id))
