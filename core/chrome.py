"""What every page shows around its own content, built once per content generation.

The menu, the footer, the language links of a page, the counters and teasers of the home
page, the active Wagtail locale: each is the same for every visitor of a language, and
costs queries to build. They are kept per content generation (core/generation.py):
any change visitors can see makes the next request on any server build them afresh, so
they are never stale. This holds whether the full-page cache is on or off
(PAGE_CACHE_SECONDS), and for logged-in editors too (nothing here depends on who is
asking).
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Site

from core.generation import cached
from core.languages import active_locale, text_language


def localized_url(page, request):
    """The URL of ``page`` in the active language (see ``localized``), or ''."""
    if page is None:
        return ""

    def build():
        return page.localized.get_url(request) or ""

    return cached(request, "localized-url", [page.pk, get_language()], build)


def localized_home(request):
    """The home page of the active language (the site's root page if it has none)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    locale = active_locale(request)
    root = site.root_page
    if locale is not None and root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return root.specific


def home_place(request):
    """(URL, url_path) of the home page of the active language, or (None, None)."""

    def build():
        home = localized_home(request)
        return (home.get_url(request), home.url_path) if home is not None else (None, None)

    return cached(request, "home-place", [get_language()], build)


def site_chrome(request):
    """The home page's URL, the menu and the footer of the active language, and whether
    the site shows demonstration content (``demo``). Each menu item holds the language of
    its title (``lang``)."""
    return cached(request, "site", [get_language()], lambda: build_site_chrome(request))


def build_site_chrome(request):
    from core.models import DemoSettings
    from core.visibility import private_q

    # Read, not DemoSettings.load(): a page view never writes the setting's row.
    demo = DemoSettings.objects.filter(is_demo=True).exists()
    home = localized_home(request)
    if home is None:
        return {"home_url": "", "menu": [], "footer": "", "demo": demo}
    # Each item with the language of its title: an untranslated copy's is its source's.
    items = home.get_children().live().exclude(private_q()).in_menu().order_by("path")
    menu = [
        {"title": item.title, "url": item.get_url(request), "path": item.path, "lang": item.lang}
        for item in items.annotate(lang=text_language())
    ]
    footer = render_to_string("components/footer.html", {"home": home}, request=request)
    return {"home_url": home.get_url(request), "menu": menu, "footer": footer, "demo": demo}
