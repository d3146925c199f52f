"""What every page shows around its own content, built once per content generation.

The menu, the footer, the language links of a page, the counters and teasers of the home
page, the active Wagtail locale: each is the same for every visitor of a language, and
costs queries to build. They are kept in the cache under the "site generation" of
core/page_cache.py, which any publish, unpublish, move, translation, snippet, setting or
image change bumps: the next request on any server builds them afresh, so they are
never stale. This holds whether the full-page cache is on or off (PAGE_CACHE_SECONDS),
and for logged-in editors too (nothing here depends on who is asking).

Keys also hold the release of the code (core/release.py): a deploy never reads values
kept by other code. Within one request, each value is read from the cache at most once
(memoized on the request), and each process keeps the values it used last (``recent``:
their keys hold the generation, so they are never stale). If the cache is down,
everything is built from the database, as before.
"""

import contextvars
import logging
import threading
from collections import OrderedDict

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import get_language
from wagtail.models import Locale, Site

from core.page_cache import current_generation, page_cache
from core.release import release

logger = logging.getLogger(__name__)


_MISSING = object()


class RecentValues:
    """The values this process used last, by key: a key holds the generation, so a value
    found here is as fresh as one from the shared cache, without its round trip and
    unpickling. Bounded (least recently used first out); values must not be mutated."""

    def __init__(self, size):
        self.size = size
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, default=None):
        with self.lock:
            value = self.values.get(key, default)
            if value is not default:
                self.values.move_to_end(key)
            return value

    def put(self, key, value):
        with self.lock:
            self.values[key] = value
            self.values.move_to_end(key)
            while len(self.values) > self.size:
                self.values.popitem(last=False)

    def clear(self):
        with self.lock:
            self.values.clear()


recent = RecentValues(size=512)
# Where addresses lead (core/routing.py): many small values, kept apart so that a crawler
# walking every page does not push the menu, the footer and the sitemaps out of ``recent``.
recent_routes = RecentValues(size=8192)


_current_request = contextvars.ContextVar("alliance_current_request", default=None)


class CurrentRequestMiddleware:
    """Lets code that is not handed the request (a model method, a Wagtail hook) read the
    generation once per request too, from the request being served."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def request_generation(request):
    """The site generation, read once per request (None when the cache is down)."""
    if request is None:
        request = _current_request.get()
    if request is None:
        return current_generation()
    if not hasattr(request, "_alliance_generation"):
        request._alliance_generation = current_generation()
    return request._alliance_generation


def cached(request, name, parts, build, keep=None, lru=None):
    """``build()``, kept under ``name`` and ``parts`` for the current generation.

    ``parts`` must hold everything the value depends on besides the content (language,
    host, page): the host and scheme of ``request`` are added, since URLs depend on them.
    ``keep(value)``, when given, says whether a value is worth keeping (a miss, such as
    an address that leads nowhere, is built again each time rather than stored).
    ``lru``: where this process keeps the value (``recent`` unless told).
    """
    lru = recent if lru is None else lru
    generation = request_generation(request)
    if generation is None or not settings.CHROME_CACHE_SECONDS:
        return build()
    origin = f"{request.scheme}://{request.get_host()}" if request is not None else "-"
    key = ":".join(["chrome", release(), str(generation), name, origin, *map(str, parts)])
    memo = request.__dict__.setdefault("_alliance_chrome", {}) if request is not None else {}
    if key in memo:
        return memo[key]
    value = lru.get(key, _MISSING)
    if value is not _MISSING:
        memo[key] = value
        return value
    # Stored in a 1-tuple, so that a value of None is told from a miss, and from the None
    # that django-redis answers when Redis is down (IGNORE_EXCEPTIONS).
    try:
        stored = page_cache().get(key)
    except Exception:  # noqa: BLE001 - any cache error means: build it this time
        logger.warning("Cache unavailable: page chrome built from the database", exc_info=False)
        stored = None
    if isinstance(stored, tuple) and len(stored) == 1:
        value = stored[0]
    else:
        value = build()
        if keep is not None and not keep(value):
            return value
        try:
            page_cache().set(key, (value,), settings.CHROME_CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("Cache unavailable: page chrome not stored", exc_info=False)
    memo[key] = value
    lru.put(key, value)
    return value


def active_locale(request=None):
    """The Wagtail locale of the active language (None if it has none), one lookup a
    generation. Adding or changing a locale bumps the generation."""

    def build():
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return cached(request, "locale", [get_language()], build)


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
    """The home page's URL, the menu and the footer of the active language. Each menu item
    holds the language of its title (``lang``)."""
    return cached(request, "site", [get_language()], lambda: build_site_chrome(request))


def build_site_chrome(request):
    from core.languages import text_language
    from core.visibility import private_q

    home = localized_home(request)
    if home is None:
        return {"home_url": "", "menu": [], "footer": ""}
    # Each item with the language of its title: an untranslated copy's is its source's.
    items = home.get_children().live().exclude(private_q()).in_menu().order_by("path")
    menu = [
        {"title": item.title, "url": item.get_url(request), "path": item.path, "lang": item.lang}
        for item in items.annotate(lang=text_language())
    ]
    footer = render_to_string("components/footer.html", {"home": home}, request=request)
    return {"home_url": home.get_url(request), "menu": menu, "footer": footer}
