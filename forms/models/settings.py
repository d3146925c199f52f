"""Where staff notifications go and how long submissions are kept: superusers only."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

DEFAULT_RETENTION_DAYS = 365


@register_setting(icon="mail")
class FormsSettings(BaseGenericSetting):
    """Settings of the join and cooperation forms.

    Both panels are shown to superusers only: the staff address decides who receives
    applicants' personal data, and the retention period is a promise made to them.
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
        FieldPanel("staff_email", permission="superuser"),
        FieldPanel("retention_days", permission="superuser"),
    ]

    class Meta:
        verbose_name = _("Forms settings")

    def __str__(self):
        return str(self._meta.verbose_name)
