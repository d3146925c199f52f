"""The kinds of adopted text, for the models and the listings alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TextKind(models.TextChoices):
    RESOLUTION = "resolution", _("Resolution")
    RECOMMENDATION = "recommendation", _("Recommendation")
    DECLARATION = "declaration", _("Declaration")
