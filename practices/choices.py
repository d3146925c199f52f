"""Choices and bounds the practice models, the filters and the listings all need."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1950
MAX_YEAR = 2100


class PracticeType(models.TextChoices):
    DEMONSTRATED = "demonstrated", _("Demonstrated")
    REPLICATED = "replicated", _("Replicated")
    PROMISING = "promising", _("Promising")


# The type filter's value for the practices with no type (not assessed).
NOT_ASSESSED = "not-assessed"
