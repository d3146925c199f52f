"""The registrations of an event in the admin, and their CSV export: form managers only.

Who may see them is the forms' rule (forms/access.py): superusers and holders of
``forms.view_submission`` (the Form managers group). Editing an event does not show its
registrations. The export's cells are made safe to open in a spreadsheet (forms/exports.py).
"""

import csv

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from events.choices import RegistrationState
from events.models.registrations import Registration
from forms.access import may_see_submissions
from forms.exports import safe_cell


def check(request):
    if not may_see_submissions(request.user):
        raise PermissionDenied


def event_list(request):
    """The events of the source language that have registrations, with their numbers."""
    check(request)
    event_page = apps.get_model("events", "EventPage")
    events = (
        event_page.objects.filter(registrations__isnull=False)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__state="confirmed")),
            waiting=Count("registrations", filter=Q(registrations__state="waiting")),
        )
        .order_by("-start")
        .distinct()
    )
    return TemplateResponse(request, "events/admin/events.html", {"events": events})


def registration_list(request, page_id):
    check(request)
    event = get_object_or_404(apps.get_model("events", "EventPage"), pk=page_id)
    registrations = Registration.objects.filter(event=event)
    if request.GET.get("export") == "csv":
        return export_csv(event, registrations)
    context = {"event": event, "registrations": registrations, "headings": headings()}
    return TemplateResponse(request, "events/admin/registrations.html", context)


COLUMNS = ("created_at", "state", "language", "name", "email", "organisation", "needs")


def headings():
    return [str(Registration._meta.get_field(name).verbose_name) for name in COLUMNS]


def export_csv(event, registrations):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="registrations-{event.slug}.csv"'
    writer = csv.writer(response)
    writer.writerow([safe_cell(heading) for heading in headings()])
    states = dict(RegistrationState.choices)
    for registration in registrations:
        row = [getattr(registration, name) for name in COLUMNS]
        row[0] = registration.created_at.isoformat()
        row[1] = str(states.get(registration.state, registration.state))
        writer.writerow([safe_cell(value) for value in row])
    return response
