"""Security headers: the content security policy and the headers Django does not set.

Public pages get a strict policy with no 'unsafe-inline': every script and style is a file
served by the site. Wagtail's admin needs inline scripts and styles, so /admin/ (and only
/admin/) gets a relaxed policy, and may be framed by itself for the live preview.
"""

import functools
from urllib.parse import urlsplit

from csp.constants import HEADER, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
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


def extra_origins(setting_name):
    """Origins (scheme://host) of the URLs in a setting, e.g. the map tile server."""
    origins = []
    urls = getattr(settings, setting_name, []) or []
    if isinstance(urls, str):
        urls = [urls]
    for url in urls:
        parts = urlsplit(url.replace("{s}", "a"))
        if parts.scheme and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc.replace('a.', '*.', 1)}")
    return origins


def public_policy():
    images = [SELF, "data:", *extra_origins("MAP_TILE_URL"), *extra_origins("CSP_IMAGE_URLS")]
    return {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": images,
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }


def admin_policy():
    images = [
        SELF,
        "data:",
        "blob:",
        *extra_origins("MAP_TILE_URL"),
        *extra_origins("CSP_IMAGE_URLS"),
    ]
    return {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": images,
        "font-src": [SELF, "data:"],
        "connect-src": [SELF, *extra_origins("CSP_ADMIN_CONNECT_URLS")],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }


def settings_key(name):
    """A setting's value, hashable (a list of URLs as a tuple)."""
    value = getattr(settings, name, None)
    return tuple(value) if isinstance(value, list | tuple) else value


@functools.lru_cache(maxsize=8)
def policy_header(admin, *setting_values):
    """The policy as django-csp writes it, for the admin or the public site; the values
    of the settings it reads are part of the key, so a changed setting is seen."""
    return build_policy(config=admin_policy() if admin else public_policy())


# What django-csp's decorators set on a response: a policy of that view's own.
PER_VIEW_ATTRIBUTES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt_ro",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)


def is_admin(request):
    return request.path_info.startswith(ADMIN_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one policy for the public site and one for the admin.

    django-csp builds the policy afresh for every response, a header already set
    included (a page from the page cache carries its own), through dataclass copies: a
    fifth of the time of a page served from the cache. Without a nonce, a per-view
    policy (its decorators) or a report-only policy, the header is one of two strings,
    built once for the settings they depend on (``policy_header``).
    """

    def process_response(self, request, response):
        if not self.is_plain(request, response):
            return super().process_response(request, response)
        if response.status_code in (500, 404) and settings.DEBUG:
            return response  # django-csp leaves Django's debug pages alone
        if HEADER not in response and not getattr(response, "_csp_exempt", False):
            response[HEADER] = policy_header(
                is_admin(request),
                settings_key("MAP_TILE_URL"),
                settings_key("CSP_IMAGE_URLS"),
                settings_key("CSP_ADMIN_CONNECT_URLS"),
            )
        # As django-csp does: asking for a nonce from now on is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    @staticmethod
    def is_plain(request, response):
        return (
            getattr(request, "_csp_nonce", None) is None
            and not any(hasattr(response, name) for name in PER_VIEW_ATTRIBUTES)
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            and not getattr(settings, "CONTENT_SECURITY_POLICY", None)
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if parts.config is None:
            parts.config = admin_policy() if is_admin(request) else public_policy()
        return PolicyParts(parts.config, parts.update, parts.replace, parts.nonce)


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
