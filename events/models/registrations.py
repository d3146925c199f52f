"""A person's registration for an event: a seat, or a place on its waiting list."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from events.choices import RegistrationState


class Registration(models.Model):
    """Stored against the event's source-language page, whatever language it came in,
    like the forms' submissions (one list and one export per event). Seen by the form
    managers only (forms/access.py, events/admin_views.py)."""

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    language = models.CharField(_("language"), max_length=16)
    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    needs = models.TextField(_("needs"), blank=True)
    state = models.CharField(_("state"), max_length=16, choices=RegistrationState.choices)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["event", "state"], name="registration_state_idx")]

    def __str__(self):
        return f"{self.name} ({self.get_state_display()})"
