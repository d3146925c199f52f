"""Where a call stands at a given moment."""

from django.db import models


class CallState(models.TextChoices):
    BEFORE = "before"
    OPEN = "open"
    AFTER = "after"
