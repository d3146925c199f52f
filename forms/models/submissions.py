"""A submission of a join or cooperation form, in whatever language it was sent."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

LANGUAGE_FIELD = "language"


class Submission(AbstractFormSubmission):
    """Data sent through a form page, stored against the form's source-language page.

    ``language`` records the language of the page the applicant used; the two ``*_sent``
    flags record which mails have gone, so ``resend_form_mails`` can send the others.
    """

    language = models.CharField(
        _("language"),
        max_length=16,
        help_text=_("The language of the page the form was sent from."),
    )
    applicant_email = models.EmailField(
        _("applicant's email"),
        blank=True,
        help_text=_("Where the confirmation goes: the form's email field."),
    )
    confirmation_sent = models.BooleanField(
        _("confirmation sent"),
        default=False,
        help_text=_("Whether the applicant's confirmation mail has been sent."),
    )
    notification_sent = models.BooleanField(
        _("notification sent"),
        default=False,
        help_text=_("Whether the staff notification mail has been sent."),
    )
    participant_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("participant profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The draft participant profile made from this join application."),
    )

    class Meta(AbstractFormSubmission.Meta):
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")
        indexes = [models.Index(fields=["submit_time"], name="forms_submission_time_idx")]

    def get_data(self):
        """The stored answers, the date and the language: one column each in the export."""
        return {**super().get_data(), LANGUAGE_FIELD: self.language}

    @property
    def mails_pending(self):
        return not self.notification_sent or (
            bool(self.applicant_email) and not self.confirmation_sent
        )
