"""Registering for an event: the form, the seat or the waiting list, cancelling.

Registrations are stored against the event's source-language page, whatever language
they came in (``source_event``). Seats are given out under a lock on that page's
``events_eventpage`` row (``SELECT ... FOR UPDATE``): two people asking for the last
seat at once are served one after the other, so one gets it and the other waits. SQLite
has no row locks but runs one writer at a time, which gives the same result.

A cancellation link carries the registration's id signed by the site
(``django.core.signing``, its own salt): no account is needed, and a made-up or altered
link changes nothing. Cancelling a seat gives it to the first person waiting.
"""

from dataclasses import dataclass

from django import forms
from django.apps import apps
from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from events.choices import RegistrationState
from events.models.registrations import Registration

CANCEL_SALT = "events.registration.cancel"
ACTIVE = (RegistrationState.CONFIRMED, RegistrationState.WAITING)


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=255)
    email = forms.EmailField(label=_("Your email address"))
    organisation = forms.CharField(label=_("Organisation"), max_length=255, required=False)
    needs = forms.CharField(
        label=_("Needs (access, interpretation, diet)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the Alliance stores these data to handle my registration."),
        error_messages={
            "required": _("Please tick this box: we cannot accept the form without it.")
        },
    )


def source_event(page):
    """The event page of the source language, which holds every language's registrations."""
    if page.alias_of_id:
        page = page.alias_of.specific
    default = Locale.get_default()
    if page.locale_id != default.pk:
        page = page.get_translation_or_none(default) or page
    return page.specific


def event_page_in(source, language):
    """The event's page in ``language`` (its source page when it has none there)."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == source.locale_id:
        return source
    return source.get_translation_or_none(locale) or source


def lock_event(source):
    """The source event's row, locked until the end of the transaction."""
    event_page = apps.get_model("events", "EventPage")
    return (
        event_page.objects.select_for_update(of=("self",)).only("pk", "capacity").get(pk=source.pk)
    )


def has_seat(event):
    if event.capacity is None:
        return True
    confirmed = Registration.objects.filter(event_id=event.pk, state=RegistrationState.CONFIRMED)
    return confirmed.count() < event.capacity


@dataclass(frozen=True)
class Outcome:
    registration: Registration | None
    already: bool = False


def register(page, data, language):
    """Store a registration for ``page``'s event: a seat while there is one, else the
    waiting list. The same address registered already: nothing is stored."""
    source = source_event(page)
    with transaction.atomic():
        event = lock_event(source)
        existing = Registration.objects.filter(
            event_id=event.pk, email__iexact=data["email"], state__in=ACTIVE
        ).first()
        if existing is not None:
            return Outcome(existing, already=True)
        state = RegistrationState.CONFIRMED if has_seat(event) else RegistrationState.WAITING
        registration = Registration.objects.create(
            event_id=event.pk,
            language=language,
            name=data["name"],
            email=data["email"],
            organisation=data.get("organisation", ""),
            needs=data.get("needs", ""),
            state=state,
        )
    return Outcome(registration)


def cancel_token(registration):
    """``<id>-<signature>``: letters, digits, ``-`` and ``_`` only, as a page address's
    segment must be (Signer's own ``:`` separator is not allowed there)."""
    pk = str(registration.pk)
    return f"{pk}-{signing.Signer(salt=CANCEL_SALT).signature(pk)}"


def registration_of(token, page):
    """The registration ``token`` names, for ``page``'s event; None for a made-up,
    altered or other event's token."""
    pk, _sep, signature = str(token).partition("-")
    if not (pk.isascii() and pk.isdigit() and len(pk) < 19):
        return None
    if not constant_time_compare(signature, signing.Signer(salt=CANCEL_SALT).signature(pk)):
        return None
    return Registration.objects.filter(pk=int(pk), event_id=source_event(page).pk).first()


def cancel(registration):
    """Cancel ``registration``; returns the person given its seat, or None."""
    with transaction.atomic():
        event = lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.state == RegistrationState.CANCELLED:
            return None
        freed = registration.state == RegistrationState.CONFIRMED
        registration.state = RegistrationState.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["state", "cancelled_at"])
        if not freed or not has_seat(event):
            return None
        waiting = Registration.objects.filter(event_id=event.pk, state=RegistrationState.WAITING)
        promoted = waiting.order_by("created_at", "pk").first()
        if promoted is not None:
            promoted.state = RegistrationState.CONFIRMED
            promoted.save(update_fields=["state"])
        return promoted
