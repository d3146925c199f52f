"""The content generation: one number, shared by every app server through the cache, that
any change visitors can see bumps (core/invalidation.py says which), and what is kept
under it.

Everything kept between requests is kept under the generation it was built in: whole
pages (core/page_cache.py) and the values pages share (``cached``: the menu, the footer,
language links, counters, listings' counts, where an address leads...). A bump makes all
of it stale at once, in every language and on every server; nothing has to be deleted.

``cached(request, name, parts, build)`` is the one door: a value is built once per
generation for the inputs named in ``parts`` (plus the host and the code's release, which
are added), read at most once per request (memoized on the request), and kept by each
process too (``recent``, an LRU: its keys hold the generation, so it is never stale). If
the cache is down, everything is built from the database, as before.

The one rule when adding a page type: anything a page keeps through ``cached`` must name
in ``parts`` every input it depends on besides the content (language, page, filters);
content changes are covered by the generation. docs/layout.md says more.
"""

import contextvars
import logging
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import caches

from core.release import release

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"


def shared_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def first_generation():
    """A generation never used before: the time in microseconds. If the cache is emptied
    (Redis restarted), numbering starts again above every earlier generation, so nothing
    kept under an old one (core/chrome.py keeps values in each process too) comes back."""
    return time.time_ns() // 1000


def current_generation():
    try:
        generation = shared_cache().get(GENERATION_KEY)
        if generation is None:
            shared_cache().add(GENERATION_KEY, first_generation(), timeout=None)
            generation = shared_cache().get(GENERATION_KEY) or first_generation()
        return generation
    except Exception:  # noqa: BLE001 - any cache error means: no cache this time
        logger.warning("Page cache unavailable", exc_info=False)
        return None


def bump_generation():
    """Make every cached page stale, on every server that shares the cache."""
    try:
        shared_cache().incr(GENERATION_KEY)
    except ValueError:
        shared_cache().set(GENERATION_KEY, first_generation(), timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning("Page cache unavailable: could not invalidate", exc_info=False)


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
# The items of a page of a list, by filters and page: as many as the combinations
# visitors (and crawlers) ask for, kept apart for the same reason.
recent_lists = RecentValues(size=2048)


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
        stored = shared_cache().get(key)
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
            shared_cache().set(key, (value,), settings.CHROME_CACHE_SECONDS)
        except Exception:  # noqa: BLE001
            logger.warning("Cache unavailable: page chrome not stored", exc_info=False)
    memo[key] = value
    lru.put(key, value)
    return value
