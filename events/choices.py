"""The kinds, statuses and recurrences of events, for the models, the listing and the feeds."""

from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "Europe/Paris"


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    CONFERENCE = "conference", _("Conference")
    STUDY_VISIT = "study_visit", _("Study visit")
    WEBINAR = "webinar", _("Webinar")
    COMMEMORATION = "commemoration", _("Commemoration")
    CAMPAIGN_DAY = "campaign_day", _("Campaign day")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class Recurrence(models.TextChoices):
    NONE = "", _("Once")
    YEARLY = "yearly", _("Every year")


class RegistrationState(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITING = "waiting", _("Waiting list")
    CANCELLED = "cancelled", _("Cancelled")
