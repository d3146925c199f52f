"""Security headers: the content security policy and the headers Django does not set.

The policy is django-csp's, through its public API: the standard
``CONTENT_SECURITY_POLICY`` setting (config/settings/base.py) is the public pages'
policy, strict, with no 'unsafe-inline': every script and style is a file served by the
site. The middleware below extends it the way django-csp documents (``get_policy_parts``):

- the origins of ``MAP_TILE_URL`` and ``CSP_IMAGE_URLS`` are added to ``img-src``
  everywhere (read at each response, so a changed setting is seen);
- under /admin/ (and only there) Wagtail's needs are added: inline scripts and styles,
  ``eval``, ``blob:`` images, ``data:`` fonts, the address look-up
  (``CSP_ADMIN_CONNECT_URLS``), and the admin may frame itself (the live preview).

Whatever the setting says (``report-uri``, more origins, ``upgrade-insecure-requests``)
holds on both; ``CONTENT_SECURITY_POLICY_REPORT_ONLY`` gets the same additions, and
``EXCLUDE_URL_PREFIXES``, the decorators (``csp_update``, ``csp_replace``, ``csp``,
``csp_exempt``) and the nonce (``request.csp_nonce``) work as django-csp documents.

The middleware sits below the page cache (config/settings/base.py): a page stored there
keeps the header it was built with, and a page whose policy holds a nonce is never
stored (core/page_cache.py), so no two visitors ever get the same nonce.
"""

import functools
from urllib.parse import urlsplit

from csp.constants import SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


def origins(urls):
    """Origins (scheme://host) of URLs or URL templates, e.g. the map tile server's
    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` gives ``https://*.tile.example.org``."""
    if isinstance(urls, str):
        urls = [urls]
    found = []
    for url in urls or ():
        parts = urlsplit(url.replace("{s}", "a"))
        if parts.scheme and parts.netloc:
            found.append(f"{parts.scheme}://{parts.netloc.replace('a.', '*.', 1)}")
    return found


def setting_value(name):
    """A setting's value, hashable (a list of URLs as a tuple)."""
    value = getattr(settings, name, None)
    return tuple(value) if isinstance(value, list | tuple) else value


@functools.lru_cache(maxsize=16)
def additions(admin, tile_url, image_urls, admin_connect_urls):
    """(update, replace): what the site adds to the configured policy, for the admin or
    the public pages, given the settings it reads."""
    images = [*origins(tile_url), *origins(image_urls)]
    if not admin:
        return {"img-src": images}, {}
    update = {
        "script-src": [UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [UNSAFE_INLINE],
        "img-src": ["blob:", *images],
        "font-src": ["data:"],
        "connect-src": origins(admin_connect_urls),
    }
    return update, {"frame-ancestors": [SELF]}


def as_list(value):
    return list(value) if isinstance(value, list | tuple | set) else [value]


def merged_update(ours, view):
    """Our additions, then a view's own (``csp_update``): both lists kept."""
    update = {name: list(values) for name, values in ours.items()}
    for name, values in (view or {}).items():
        if values is not None:
            update[name] = [*update.get(name, []), *as_list(values)]
    return update


def is_admin(request):
    return request.path_info.startswith(ADMIN_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the site's additions to the configured policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        update, replace = additions(
            is_admin(request),
            setting_value("MAP_TILE_URL"),
            setting_value("CSP_IMAGE_URLS"),
            setting_value("CSP_ADMIN_CONNECT_URLS"),
        )
        parts.update = merged_update(update, parts.update)
        if replace:  # a view's own csp_replace wins over ours
            parts.replace = {**replace, **(parts.replace or {})}
        return parts


class SecurityHeadersMiddleware:
    """Permissions-Policy everywhere; the admin may frame itself (Wagtail's live preview).

    Sits below XFrameOptionsMiddleware, which then leaves the admin's SAMEORIGIN alone and
    sends DENY everywhere else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_admin(request):
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
        return response
