"""Failing well: the database down, the service unavailable, a health check.

When the database is unreachable, visitors get the 503 page (a template that needs no
database), the log gets one line (no traceback: the cause is outside the code), and the
next request opens a new connection, so the site recovers by itself when the database is
back (CONN_HEALTH_CHECKS in the settings). A database that accepts connections but never
answers is the same case, within seconds: every wait for it is bounded (core/postgresql).
"""

import logging
import sys
from contextlib import nullcontext

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)

DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def error_language(request):
    """The language of the URL, else English: an error page never asks the database."""
    code = translation.get_language_from_path(request.path_info) if request else None
    return code or "en"


def render_error_page(request, template_name, status):
    language = error_language(request)
    with translation.override(language):
        html = render_to_string(template_name, {"LANGUAGE_CODE": language, "status": status})
    response = HttpResponse(html, status=status)
    response["Content-Language"] = language
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def service_unavailable(request):
    return render_error_page(request, "503.html", 503)


class DatabaseUnavailableMiddleware:
    """Turns a lost database connection in a view into the 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN_ERRORS):
            logger.warning("Database unavailable for %s: %s", request.path, exception)
            connection.close_if_unusable_or_obsolete()
            return service_unavailable(request)
        return None


def server_error(request):
    """handler500: the 500 page, or the 503 page when the database is the cause."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_DOWN_ERRORS):
        return service_unavailable(request)
    return render_error_page(request, "500.html", 500)


@never_cache
def health(request):
    """200 when the database and the cache answer, 503 otherwise; JSON says which."""
    checks = {"database": check_database(), "cache": check_cache()}
    status = 200 if all(checks.values()) else 503
    return JsonResponse(
        {name: "ok" if ok else "unavailable" for name, ok in checks.items()}, status=status
    )


def check_database():
    # On PostgreSQL, a database that never answers is "unavailable" after a second
    # (core/postgresql), not when the load balancer or gunicorn gives up.
    answer_within = getattr(connection, "answer_within", nullcontext)
    try:
        with answer_within(), connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.warning("Health check: database unavailable")
        connection.close_if_unusable_or_obsolete()
        return False


def check_cache():
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # noqa: BLE001 - any cache client error means "unavailable"
        logger.warning("Health check: cache unavailable")
        return False
