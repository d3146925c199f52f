"""Where staff notifications go and how long submissions are kept: superusers only."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from ..access import NOTIFICATION_SETTINGS

DEFAULT_RETENTION_DAYS = 365


@register_setting(icon="mail")
class FormsSettings(BaseGenericSetting):
    """Settings of the join and cooperation forms.

    The staff address decides who receives applicants' personal data: only superusers
    and the form managers (``change_notification_settings``) see it. The retention
    period is a promise made to the applicants: superusers only.
    """

    staff_email = models.EmailField(
        _("staff address"),
        blank=True,
        help_text=_(
            "The Alliance staff address that receives a notification of every submission. "
            "When empty, the contact address of the Alliance settings is used."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("retention period (days)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many days submissions are kept. The forms tell applicants this period, "
            "and the daily purge_submissions command deletes older submissions."
        ),
    )

    panels = [
        FieldPanel("staff_email", permission=NOTIFICATION_SETTINGS),
        FieldPanel("retention_days", permission="superuser"),
    ]

    class Meta:
        verbose_name = _("Forms settings")
        permissions = [
            (
                "change_notification_settings",
                "Can change who receives and who sends the forms' mails",
            )
        ]

    def __str__(self):
        return str(self._meta.verbose_name)
