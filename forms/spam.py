"""Spam protection without a third-party service.

Every POST to a form page meets, before its answers are validated:

- a rate limit per client address (django-ratelimit, counted in the default cache);
- wagtail-honeypot's trap: a text field people never see, which must come back empty;
- the form's time token, in the field where wagtail-honeypot puts the time the form was
  shown. wagtail-honeypot lets the browser send that time as a plain number, which any
  program can set to "a minute ago", and its API offers no way to change that (only the
  names of the fields and the interval are settings). So the token is made here, signed
  by the site (``django.core.signing``) for one form, and accepted only between
  ``HONEYPOT_TIME_INTERVAL`` seconds (people take longer than that to fill a form in) and
  ``FORMS_TOKEN_MAX_AGE`` seconds after the form was shown. A made-up, altered, old or
  other form's token is refused.

A refused POST stores nothing and sends nothing; the page explains what a person can do.

Only the posts that are stored, or refused as automated, count towards the rate limit: a
form sent back with errors (a person correcting a typo) does not.
"""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django_ratelimit.core import is_ratelimited

RATE_LIMIT_GROUP = "forms.submit"
RETRY_AFTER_SECONDS = 3600
TOKEN_SALT = "forms.spam.time-token"
DEFAULT_TOKEN_MAX_AGE = 12 * 3600


@dataclass(frozen=True)
class Refusal:
    reason: str
    status: int


RATE_LIMITED = Refusal("rate_limited", 429)
LOOKS_AUTOMATED = Refusal("looks_automated", 400)


def honeypot_settings():
    """The trap's field names and its shortest interval, as wagtail-honeypot names them."""
    return (
        getattr(settings, "HONEYPOT_NAME_FIELD", "whf_name"),
        getattr(settings, "HONEYPOT_TIME_FIELD", "whf_time"),
        getattr(settings, "HONEYPOT_TIME_INTERVAL", 3),
    )


def token_max_age():
    """How many seconds a shown form may be sent for."""
    return getattr(settings, "FORMS_TOKEN_MAX_AGE", DEFAULT_TOKEN_MAX_AGE)


def form_key(page):
    """What a token is made for: the form, the same in every language."""
    return str(page.translation_key)


def make_token(page):
    """The time token of ``page``'s form, dated now and signed by the site."""
    return signing.TimestampSigner(salt=TOKEN_SALT).sign(form_key(page))


def token_accepted(token, page):
    """True when ``token`` was made by ``make_token`` for ``page``'s form, at least
    ``HONEYPOT_TIME_INTERVAL`` and at most ``FORMS_TOKEN_MAX_AGE`` seconds ago."""
    signer = signing.TimestampSigner(salt=TOKEN_SALT)
    try:
        key = signer.unsign(token, max_age=token_max_age())
    except signing.BadSignature:  # made up, altered, or too old (SignatureExpired)
        return False
    # The signature holds: the token is "key:timestamp:signature", made by the site.
    made_at = signing.b62_decode(token.rsplit(signer.sep, 2)[1])
    _name_field, _time_field, interval = honeypot_settings()
    return key == form_key(page) and time.time() - made_at >= interval


def trap(page):
    """What the form shows of the trap (field names and a fresh token), None when off."""
    if not page.honeypot:
        return None
    name_field, time_field, _interval = honeypot_settings()
    return {"name_field": name_field, "time_field": time_field, "token": make_token(page)}


def honeypot_tripped(data, page):
    """True when the trap field is missing or filled in, or the time token is refused."""
    name_field, time_field, _interval = honeypot_settings()
    if name_field not in data or time_field not in data:
        return True
    if data[name_field] != "":
        return True
    return not token_accepted(data[time_field], page)


def rate_limited(request, count):
    """True when the client's address is over ``FORMS_RATE_LIMIT``; with ``count``, after
    counting this post (one atomic step in the cache)."""
    rate = getattr(settings, "FORMS_RATE_LIMIT", None) or None
    return is_ratelimited(
        request, group=RATE_LIMIT_GROUP, key="ip", rate=rate, method="POST", increment=count
    )


def refusal_for(request, page):
    """Why this POST to ``page`` is refused before its answers are read, or None.

    An address over the limit is refused; a post that trips the trap is refused and
    counted. Other posts are not counted yet: see ``refusal_of_valid``.
    """
    if rate_limited(request, count=False):
        return RATE_LIMITED
    if page.honeypot and honeypot_tripped(request.POST, page):
        rate_limited(request, count=True)
        return LOOKS_AUTOMATED
    return None


def refusal_of_valid(request):
    """Count a valid post about to be stored; RATE_LIMITED if it takes the address over."""
    return RATE_LIMITED if rate_limited(request, count=True) else None
