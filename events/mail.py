"""The mails of a registration, in the language it was made in, each with the event's
``.ics`` attached: the confirmation (a seat, or a place on the waiting list) and the
mail to a person given a seat when someone cancels. A mail that cannot be sent is
logged; the registration stays."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from events.ics import calendar_of
from events.registration import cancel_token, event_page_in

logger = logging.getLogger(__name__)


def absolute(url):
    if url.startswith("http"):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def cancel_url(page, registration):
    return absolute(
        page.get_url() + page.reverse_subpage("cancel", args=[cancel_token(registration)])
    )


def send_registration_mail(registration, promoted=False):
    """Send the confirmation (or, with ``promoted``, the news of a seat); True if sent."""
    source = registration.event.specific
    with translation.override(registration.language):
        page = event_page_in(source, registration.language).specific
        context = {
            "registration": registration,
            "page": page,
            "promoted": promoted,
            "page_url": absolute(page.get_url()),
            "cancel_url": cancel_url(page, registration),
        }
        if promoted:
            subject = gettext("A seat is yours: %(title)s") % {"title": page.title}
        else:
            subject = gettext("Your registration: %(title)s") % {"title": page.title}
        body = render_to_string("events/mail/registration.txt", context)
        ics = calendar_of([(page, absolute(page.get_url()))], page.title)
    message = EmailMessage(subject, body, to=[registration.email])
    message.attach("event.ics", ics, "text/calendar")
    try:
        message.send()
    except Exception:
        logger.exception("Registration mail to registration %s not sent", registration.pk)
        return False
    return True
