"""The mails of a submission: a confirmation to the applicant, in the language of the
page they used, and a notification to the Alliance staff, in the site's source language.

They are sent after the submission is stored. A mail that cannot be sent is logged and
its flag stays false, so ``resend_form_mails`` (or a later call of
``send_submission_mails``) sends it again; the submission itself is never at risk.
"""

import datetime
import logging
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.models import Locale

from core.models import AllianceSettings

from .models.settings import FormsSettings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Answer:
    label: str
    text: str


def page_for_language(submission):
    """The form page in the submission's language (the source page when there is none)."""
    source = submission.page.specific
    locale = Locale.objects.filter(language_code=submission.language).first()
    if locale is None or locale.pk == source.locale_id:
        return source
    return source.get_translation_or_none(locale) or source


def staff_address():
    """The staff address of the forms settings, else the Alliance's contact address."""
    return FormsSettings.load().staff_email or AllianceSettings.load().email


def display(value, labels=None):
    """One answer as text, in the active language."""
    labels = labels or {}
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(labels.get(str(item), str(item)) for item in value)
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, Decimal):
        value = value.normalize() if value == value.to_integral() else value
        return f"{value:f}"
    return labels.get(str(value), str(value))


def answers(page, submission):
    """Label and answer of every field of ``page``, consent included, in page order."""
    builder = page.form_builder([])
    result = []
    for field in page.get_form_fields():
        value = submission.form_data.get(field.clean_name)
        result.append(Answer(field.label, display(value, builder.choice_labels(field))))
    consent = submission.form_data.get(page.CONSENT_FIELD)
    result.append(Answer(page.consent_label, display(bool(consent))))
    return result


def confirmation_message(submission, page):
    with translation.override(submission.language or settings.LANGUAGE_CODE):
        context = {
            "page": page,
            "submission": submission,
            "answers": answers(page, submission),
            "retention_days": FormsSettings.load().retention_days,
            "contact_email": staff_address(),
        }
        subject = page.subject or gettext("We have received your form: %(title)s") % {
            "title": page.title
        }
        body = render_to_string("forms/mail/confirmation.txt", context)
    reply_to = [address for address in [staff_address()] if address]
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=page.from_address or settings.DEFAULT_FROM_EMAIL,
        to=[submission.applicant_email],
        reply_to=reply_to,
    )


def notification_message(submission, recipient):
    source = submission.page.specific
    with translation.override(settings.LANGUAGE_CODE):
        admin_path = reverse("wagtailforms:list_submissions", args=[source.pk])
        context = {
            "page": source,
            "submission": submission,
            "answers": answers(source, submission),
            "language_name": language_name(submission.language),
            "submissions_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + admin_path,
        }
        subject = gettext("New submission: %(title)s (%(language)s)") % {
            "title": source.title,
            "language": submission.language,
        }
        body = render_to_string("forms/mail/notification.txt", context)
    reply_to = [submission.applicant_email] if submission.applicant_email else []
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=source.from_address or settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        reply_to=reply_to,
    )


def language_name(code):
    try:
        return translation.get_language_info(code)["name"]
    except KeyError:
        return code


def deliver(message, submission, kind):
    """Send ``message``; True when it went. A failure is logged, never raised."""
    try:
        message.send(fail_silently=False)
    except Exception:
        # Whatever the mail backend raises (SMTPException, OSError, a bad header...),
        # the submission is stored and the mail will be sent again.
        logger.exception("Could not send the %s mail of form submission %s", kind, submission.pk)
        return False
    return True


def mark(submission, flag):
    setattr(submission, flag, True)
    type(submission).objects.filter(pk=submission.pk).update(**{flag: True})


def send_submission_mails(submission, page=None):
    """Send the mails of ``submission`` not sent yet; return how many went.

    ``page`` is the form page the applicant used (found from the submission's language
    when not given).
    """
    sent = 0
    if submission.applicant_email and not submission.confirmation_sent:
        page = page or page_for_language(submission)
        if deliver(confirmation_message(submission, page), submission, "confirmation"):
            mark(submission, "confirmation_sent")
            sent += 1
    if not submission.notification_sent:
        recipient = staff_address()
        if not recipient:
            logger.warning(
                "Form submission %s: no staff address in the forms settings, notification not sent",
                submission.pk,
            )
        elif deliver(notification_message(submission, recipient), submission, "notification"):
            mark(submission, "notification_sent")
            sent += 1
    return sent
