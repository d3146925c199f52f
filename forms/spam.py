"""Spam protection without a third-party service.

Two checks run on every POST to a form page, before the form is validated:

- a rate limit per client address (django-ratelimit, counted in the default cache);
- wagtail-honeypot's trap: a text field people never see, which must come back empty,
  and the time the form was shown, which must be more than HONEYPOT_TIME_INTERVAL
  seconds ago (people take longer than that to fill a form in).

A refused POST stores nothing and sends nothing; the page explains what a person can do.
"""

from dataclasses import dataclass

from django.conf import settings
from django_ratelimit.core import is_ratelimited
from wagtail_honeypot.models import HoneypotFormSubmissionMixin

RATE_LIMIT_GROUP = "forms.submit"
RETRY_AFTER_SECONDS = 3600


@dataclass(frozen=True)
class Refusal:
    reason: str
    status: int


RATE_LIMITED = Refusal("rate_limited", 429)
LOOKS_AUTOMATED = Refusal("looks_automated", 400)


def honeypot_settings():
    """The trap's field names and interval, as wagtail-honeypot reads them."""
    return (
        getattr(settings, "HONEYPOT_NAME_FIELD", "whf_name"),
        getattr(settings, "HONEYPOT_TIME_FIELD", "whf_time"),
        getattr(settings, "HONEYPOT_TIME_INTERVAL", 3),
    )


def honeypot_tripped(data):
    """True when the trap field is missing or filled in, or the form came back too fast.

    The same test as wagtail-honeypot's ``HoneypotFormSubmissionMixin``, which we do not
    use as is: it pretends a refused submission succeeded, and we tell people instead.
    """
    name_field, time_field, interval = honeypot_settings()
    if name_field not in data or time_field not in data:
        return True
    if data[name_field] != "":
        return True
    return not HoneypotFormSubmissionMixin.time_diff(data[time_field], interval)


def refusal_for(request, page):
    """Why this POST to ``page`` is refused (a ``Refusal``), or None to accept it.

    Every POST counts towards the rate limit, refused or not, valid or not.
    """
    rate = getattr(settings, "FORMS_RATE_LIMIT", None) or None
    if is_ratelimited(
        request, group=RATE_LIMIT_GROUP, key="ip", rate=rate, method="POST", increment=True
    ):
        return RATE_LIMITED
    if page.honeypot and honeypot_tripped(request.POST):
        return LOOKS_AUTOMATED
    return None
