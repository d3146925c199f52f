"""The anonymous page cache, and its invalidation.

Anonymous GET requests for public pages are answered from the cache (Redis when
CACHE_URL points to one, so every app server shares it). Never cached: the admin, any
request carrying a session (logged-in editors, previews), responses that set a cookie or
carry a CSRF token (form pages), anything but 200, and responses marked private.

Invalidation is by generation: every stored page holds the "site generation" it was built
in, and is served only in that generation; any change that can show on a page (publish,
unpublish, move, delete, a translation, a snippet, a setting, an image) bumps it, so the
next request in every language is built afresh, on every server. If the cache is down,
pages are served uncached.
"""

import contextlib
import contextvars
import functools
import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_response_headers
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.release import release

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
SKIPPED_PREFIXES = ("/admin/", "/healthz", "/documents/", "/static/", "/media/")
CACHED_HEADERS = (
    "Cache-Control",
    "Expires",
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "Permissions-Policy",
    "Referrer-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Cross-Origin-Opener-Policy",
    "Vary",
    "Link",
)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def first_generation():
    """A generation never used before: the time in microseconds. If the cache is emptied
    (Redis restarted), numbering starts again above every earlier generation, so nothing
    kept under an old one (core/chrome.py keeps values in each process too) comes back."""
    return time.time_ns() // 1000


def current_generation():
    try:
        generation = page_cache().get(GENERATION_KEY)
        if generation is None:
            page_cache().add(GENERATION_KEY, first_generation(), timeout=None)
            generation = page_cache().get(GENERATION_KEY) or first_generation()
        return generation
    except Exception:  # noqa: BLE001 - any cache error means: no cache this time
        logger.warning("Page cache unavailable", exc_info=False)
        return None


def bump_generation():
    """Make every cached page stale, on every server that shares the cache."""
    try:
        page_cache().incr(GENERATION_KEY)
    except ValueError:
        page_cache().set(GENERATION_KEY, first_generation(), timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning("Page cache unavailable: could not invalidate", exc_info=False)


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
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-store" not in cache_control


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
        found = page_cache().get_many([GENERATION_KEY, key])
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
        if stored is not None:
            response = HttpResponse(stored["content"], status=stored["status"])
            for name, value in stored["headers"].items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if is_cacheable_response(request, response) and not has_unknown_parameters(request):
            # Browsers revalidate (the page may change at the next publish); a CDN purged
            # on publish (FRONTEND_CACHE_URL) may keep it as long as this cache does. The
            # headers are set before they are stored, so a hit carries the miss's.
            patch_response_headers(response, cache_timeout=0)
            if settings.FRONTEND_CACHE_URL:
                patch_cache_control(response, s_maxage=settings.PAGE_CACHE_SECONDS)
            headers = {name: response[name] for name in CACHED_HEADERS if name in response}
            try:
                page_cache().set(
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


# What changes a page: the invalidation signals.


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    bump_generation()


def shows_on_pages(instance):
    """True for models whose changes show on public pages."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    shown = (
        Page,
        BaseGenericSetting,
        BaseSiteSetting,
        Site,
        Locale,
        Redirect,
        AbstractImage,
        AbstractDocument,
        PageViewRestriction,
    )
    return isinstance(instance, shown) or type(instance) in get_snippet_models()


# What Wagtail writes to a page when only its draft, its lock or its comments change: a
# draft save, a translation draft, a workflow step. Visitors see none of it.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_by",
        "locked_at",
        "numchild",
    }
)


def is_public_change(instance, created, update_fields):
    """False for a saved page whose change visitors cannot see: only draft fields written
    (``save_revision``, workflow locks), or a new page that is not live (a draft)."""
    from wagtail.models import Page

    if not isinstance(instance, Page):
        return True
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return False
    return not (created and not instance.live)


_unseen_writes = contextvars.ContextVar("alliance_unseen_writes", default=False)


@contextlib.contextmanager
def writes_visitors_do_not_see():
    """Saves inside this block leave what visitors see as it was: the caller undoes them
    before its transaction commits (workflow/views.py writes a translation's draft onto
    the page's row, as wagtail-localize does, then puts the published content back)."""
    token = _unseen_writes.set(True)
    try:
        yield
    finally:
        _unseen_writes.reset(token)


@receiver(post_save)
def model_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if kwargs.get("raw") or _unseen_writes.get():
        return
    if shows_on_pages(instance) and is_public_change(instance, created, update_fields):
        bump_generation()


@receiver(post_delete)
def model_deleted(sender, instance, **kwargs):
    if shows_on_pages(instance):
        bump_generation()
