"""Which languages a page exists in, for the language switcher and hreflang links."""

from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.urls import get_urlconf, translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from core.generation import RecentValues
from core.languages import own_name
from core.visibility import private_q


@dataclass(frozen=True)
class PageTranslation:
    language_code: str
    name_local: str
    url: str
    absolute_url: str
    is_current: bool
    is_default: bool


def live_translations(page, request):
    """The page's live, public translations, the page itself included.

    Untranslated copies that wagtail-localize keeps in other locales (aliases of the
    source page) are left out: they are not a version of the page in that language.
    """
    pages = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .exclude(private_q())
        .select_related("locale")
        .order_by("locale__language_code")
    )
    translations = []
    for translation in pages:
        url = translation.get_url(request)
        if url is None:
            continue
        code = translation.locale.language_code
        translations.append(
            PageTranslation(
                language_code=code,
                name_local=own_name(code),
                url=url,
                absolute_url=request.build_absolute_uri(url),
                is_current=translation.pk == page.pk,
                is_default=code == settings.LANGUAGE_CODE,
            )
        )
    return translations


@lru_cache(maxsize=512)
def translated_paths(urlconf, path):
    """((language code, ``path`` in that language), ...) for every language of the site.

    ``translate_url`` resolves the path and reverses it in each language (some 100 µs a
    language); the answer depends only on the URLconf and the path, so each process
    keeps the last ones asked (a bounded number: any address can be asked).
    """
    return tuple((code, translate_url(path, code)) for code, _name in settings.LANGUAGES)


# The language links of views that are not pages, by the address asked (bounded: any
# address can be asked). They depend on the address and the active language only.
recent_view_translations = RecentValues(size=512)


def view_translations(request):
    """The current view (not a page) in every language of the site."""
    current = get_language()
    full_path = request.get_full_path()
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    key = (request.scheme, request.get_host(), full_path, current, urlconf)
    translations = recent_view_translations.get(key)
    if translations is None:
        path, mark, query = full_path.partition("?")
        translations = tuple(
            PageTranslation(
                language_code=code,
                name_local=own_name(code),
                url=translated + mark + query,
                absolute_url=request.build_absolute_uri(translated + mark + query),
                is_current=code == current,
                is_default=code == settings.LANGUAGE_CODE,
            )
            for code, translated in translated_paths(urlconf, path)
        )
        recent_view_translations.put(key, translations)
    return translations
