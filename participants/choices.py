"""The kinds of participant, for the models, the filters and the map alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParticipantKind(models.TextChoices):
    CITY = "city", _("City")
    REGION = "region", _("Region")
    OTHER = "other", _("Other local authority")
