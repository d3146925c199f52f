"""Applications to a prize call, their jurors and their scores: personal data, seen only
by the prize staff and the jurors of their edition (prize/access.py)."""

import os
import uuid

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from prize.storage import private_storage


def document_path(instance, filename):
    """A name nobody can guess; the applicant's own name is kept in ``document_name``."""
    extension = os.path.splitext(filename)[1].lower()
    return f"prize/{instance.call_id}/{uuid.uuid4().hex}{extension}"


class Application(models.Model):
    """Stored against the call's source-language page, whatever language it came in."""

    call = models.ForeignKey(
        "prize.PrizeCallPage", on_delete=models.CASCADE, related_name="applications"
    )
    language = models.CharField(max_length=16)
    authority = models.CharField(_("Applicant authority"), max_length=255)
    country = CountryField(_("Country"))
    project_title = models.CharField(_("Project title"), max_length=255)
    description = models.TextField(_("Description of the project"), max_length=10000)
    themes = models.ManyToManyField("practices.Theme", verbose_name=_("Themes"), blank=True)
    contact_email = models.EmailField(_("Contact email"))
    document = models.FileField(storage=private_storage, upload_to=document_path, max_length=255)
    document_name = models.CharField(max_length=255)
    submitted_at = models.DateTimeField(auto_now_add=True, db_index=True)
    is_winner = models.BooleanField(default=False)

    class Meta:
        ordering = ["submitted_at", "pk"]
        permissions = [
            ("score_application", "Can score the applications of the editions one judges"),
            ("manage_applications", "Can see, rank and export every prize application"),
        ]

    def __str__(self):
        return f"{self.project_title} ({self.authority})"


class Juror(models.Model):
    """A member of the Prize jury group judging one edition (one call)."""

    call = models.ForeignKey("prize.PrizeCallPage", on_delete=models.CASCADE, related_name="jurors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="prize_juries"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["call", "user"], name="unique_prize_juror"),
        ]

    def __str__(self):
        return str(self.user)


class Score(models.Model):
    """One juror's points for one application on one criterion."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "prize.PrizeCriterion", on_delete=models.CASCADE, related_name="scores"
    )
    juror = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="prize_scores"
    )
    points = models.PositiveSmallIntegerField(validators=[MinValueValidator(0)])
    comment = models.TextField(blank=True, max_length=5000)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["application", "criterion", "juror"], name="unique_prize_score"
            ),
        ]

    def __str__(self):
        return f"{self.points}"
