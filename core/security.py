"""Security headers: the content security policy and the headers Django does not set.

Public pages get a strict policy with no 'unsafe-inline': every script and style is a file
served by the site. Wagtail's admin needs inline scripts and styles, so /admin/ (and only
/admin/) gets a relaxed policy, and may be framed by itself for the live preview.
"""

from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
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


def is_admin(request):
    return request.path_info.startswith(ADMIN_PREFIX)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with one policy for the public site and one for the admin."""

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
