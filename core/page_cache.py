"""The anonymous page cache: the middleware that answers anonymous visitors from it.

Anonymous GET requests for public pages are answered from the cache (Redis when
CACHE_URL points to one, so every app server shares it). Never cached: the admin, any
request carrying a session (logged-in editors, previews), responses that set a cookie or
carry a CSRF token (form pages), responses whose content security policy holds a nonce
(it must differ for every response: core/security.py), anything but 200, and responses
marked private.

Invalidation is by generation (core/generation.py): every stored page holds the
generation it was built in, and is served only in that generation; any change visitors
can see bumps it (core/invalidation.py), so the next request in every language is built
afresh, on every server. If the cache is down, pages are served uncached.
"""

import functools
import hashlib
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, QueryDict
from django.utils.cache import patch_cache_control, patch_response_headers

from core.generation import GENERATION_KEY, current_generation, shared_cache
from core.release import release

logger = logging.getLogger(__name__)

SKIPPED_PREFIXES = ("/admin/", "/healthz", "/documents/", "/static/", "/media/")
CACHED_HEADERS = (
    "Cache-Control",
    "Expires",
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Content-Security-Policy-Report-Only",
    "Permissions-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Vary",
    "Link",
)


def is_cacheable_request(request):
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
        return False
    if request.path_info.startswith(SKIPPED_PREFIXES + settings.PAGE_CACHE_SKIPPED_PREFIXES):
        return False
    # A session cookie means a logged-in editor (or a preview): never from the cache.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def is_cacheable_response(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if getattr(response, "kept_per_generation", False):
        return False  # its body is kept per generation in each process (core/chrome.py)
    if response.cookies or getattr(request, "META", {}).get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if request.META.get("CSRF_COOKIE_USED"):
        return False  # the page holds a CSRF token (a form): it belongs to one visitor
    if has_nonce(response):
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


def has_nonce(response):
    """True when the page's policy allows a script or style by nonce (a view that read
    ``request.csp_nonce``): served again, every visitor would get the same nonce, which
    an injected script could then carry."""
    return any(
        "'nonce-" in response.get(header, "")
        for header in ("Content-Security-Policy", "Content-Security-Policy-Report-Only")
    )


@functools.cache
def query_parameters():
    """The query parameters some cached page reads: each page type declares its own
    (``cache_query_parameters``, e.g. a listing's filters), the views that are not pages
    are in ``settings.PAGE_CACHE_QUERY_PARAMETERS``. No other parameter changes a page."""
    from wagtail.models import get_page_models

    names = set(settings.PAGE_CACHE_QUERY_PARAMETERS)
    for model in get_page_models():
        names.update(getattr(model, "cache_query_parameters", ()))
    return frozenset(names)


def has_unknown_parameters(request):
    """True when the address carries a parameter no page reads (``?utm_source=``, junk):
    such a request may be answered from the cache, but its page is not stored."""
    known = query_parameters()
    return any(name not in known for name in request.GET)


def cache_key(request):
    """The key of a page: its host, path and the query parameters pages read, in a fixed
    order and without empty values, so that junk parameters or their order add no key.
    The generation it was built in is kept in the value, not in the key, so that the page
    and the current generation are read in one round trip (``read_page``), and a page
    built again replaces its stale copy."""
    known = query_parameters()
    query = urlencode(
        sorted(
            (name, value)
            for name, values in request.GET.lists()
            if name in known
            for value in values
            if value
        )
    )
    raw = "|".join([request.get_host(), request.path, query, request.method])
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"page-cache:{release()}:{digest}"


def read_page(key):
    """(current generation, the stored page if it was built in that generation), in one
    round trip to the cache; (None, None) when the cache is down."""
    try:
        found = shared_cache().get_many([GENERATION_KEY, key])
    except Exception:  # noqa: BLE001 - any cache error means: no cache this time
        logger.warning("Page cache unavailable", exc_info=False)
        return None, None
    generation = found.get(GENERATION_KEY)
    if generation is None:  # a new or emptied cache: start a generation
        return current_generation(), None
    stored = found.get(key)
    if isinstance(stored, dict) and stored.get("generation") == generation:
        return generation, stored
    return generation, None


class ReadParameters(QueryDict):
    """The query string, noting which parameters the view asked for by name."""

    def __init__(self, *args, **kwargs):
        self.read = set()
        super().__init__(*args, **kwargs)
        self.read.clear()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def __copy__(self):
        copied = super().__copy__()
        copied.read = self.read  # a copy read by a template still counts
        return copied

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)


class UndeclaredParameter(ImproperlyConfigured):
    pass


def declared_parameters(request):
    """The query parameters the view that answered declares: the page type's
    (``cache_query_parameters``, noted by core/wagtail_hooks.py), or for a view that is
    not a page, PAGE_CACHE_QUERY_PARAMETERS."""
    declared = getattr(request, "cache_query_parameters", None)
    if declared is None:
        return frozenset(settings.PAGE_CACHE_QUERY_PARAMETERS)
    return declared


def may_store(request):
    """True when the page may be stored under its key: the address holds no parameter
    the page does not read (``?q=`` on the news list: a key of its own, filled by junk,
    for the same page), and the page read no parameter it does not declare.

    A page type that reads a parameter it does not declare would be stored under the key
    of the address without it and served for the wrong filter: such a page is not
    stored, and the mistake is logged (raised under PAGE_CACHE_STRICT, as in the tests)."""
    declared = declared_parameters(request)
    undeclared = sorted(getattr(request.GET, "read", set()) - declared)
    if undeclared:
        message = (
            f"{request.path} reads {', '.join(undeclared)} from the query string without "
            "declaring it (cache_query_parameters, docs/layout.md): not cached"
        )
        if settings.PAGE_CACHE_STRICT:
            raise UndeclaredParameter(message)
        logger.error(message)
        return False
    return not set(request.GET) - declared


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors from the cache; store what may be shared."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        generation, stored = read_page(key)
        if generation is None:
            return self.get_response(request)
        request._alliance_generation = generation  # the page chrome reads it from here too
        if stored is None:
            request.GET = ReadParameters(request.GET.urlencode(), encoding=request.encoding)
        else:
            response = HttpResponse(stored["content"], status=stored["status"])
            for name, value in stored["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if (
            is_cacheable_response(request, response)
            and not has_unknown_parameters(request)
            and may_store(request)
        ):
            # Browsers revalidate (the page may change at the next publish); a CDN purged
            # on publish (FRONTEND_CACHE_URL) may keep it as long as this cache does. The
            # headers are set before they are stored, so a hit carries the miss's.
            patch_response_headers(response, cache_timeout=0)
            if settings.FRONTEND_CACHE_URL:
                patch_cache_control(response, s_maxage=settings.PAGE_CACHE_SECONDS)
            headers = {name: response[name] for name in CACHED_HEADERS if name in response}
            try:
                shared_cache().set(
                    key,
                    {
                        "generation": generation,
                        "content": response.content,
                        "status": 200,
                        "headers": headers,
                    },
                    settings.PAGE_CACHE_SECONDS,
                )
            except Exception:  # noqa: BLE001
                logger.warning("Page cache unavailable: page not stored", exc_info=False)
            response["X-Page-Cache"] = "miss"
        return response
