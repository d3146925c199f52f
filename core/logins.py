"""Login limits (django-axes): the address a login is counted under, and the lockout page.

Failures are counted per pair of user name and address (AXES_LOCKOUT_PARAMETERS), so
someone guessing an editor's password locks that editor out from their own address only.
"""

import ipaddress

from axes.helpers import get_cool_off
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import get_language


def _is_address(value):
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or behind PROXY_COUNT proxies the address the
    outermost of them saw (that many entries from the right of X-Forwarded-For).

    Entries further left were written by the client and are never trusted. A request
    that did not pass through every proxy, or a malformed entry, falls back to
    REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR")
    count = settings.PROXY_COUNT
    if not count:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count or not _is_address(forwarded[-count]):
        return remote
    return forwarded[-count]


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets (AXES_LOCKOUT_CALLABLE): when to try again.

    Every attempt during the lockout starts the cool-off again (django-axes'
    AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the wait runs from this request.
    """
    cool_off = get_cool_off(request)
    context = {"LANGUAGE_CODE": get_language()}
    status = settings.AXES_HTTP_RESPONSE_CODE
    if cool_off:
        now = getattr(request, "axes_attempt_time", None) or timezone.now()
        retry_at = now + cool_off
        context.update(retry_at=retry_at, wait=timeuntil(retry_at, now))
    response = render(request, settings.AXES_LOCKOUT_TEMPLATE, context, status=status)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
