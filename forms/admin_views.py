"""Admin views of the submissions: safe and logged exports, logged deletions, and the join
applications list, which offers to make a draft participant profile of each.

Who may open them is decided by ``forms.access`` (Wagtail's ``get_forms_for_user`` with
the project's hook); these views add what Wagtail's lack.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.models import Locale

from forms import audit
from forms.access import DELETE_SUBMISSIONS, may_see_submissions, may_see_submissions_of
from forms.exports import safe_cell
from forms.models.submissions import Submission
from participants.models import ParticipantIndexPage


def may_add_participants(user):
    index = ParticipantIndexPage.objects.filter(locale=Locale.get_default()).first()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


class AllianceSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions list, whose exports are safe to open and written to the log."""

    def get_heading(self, queryset, field):
        return safe_cell(super().get_heading(queryset, field))

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        audit.log_export(self.form_page, self.request.user, spreadsheet_format, queryset.count())
        return response


class JoinSubmissionsListView(AllianceSubmissionsListView):
    """The join applications, with a column to turn an application into a profile."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.is_export or not may_add_participants(self.request.user):
            return context
        rows = context.get("data_rows") or []
        headings = context.get("data_headings")
        if headings is None:
            return context
        headings.append({"name": "participant", "label": _("Participant profile"), "order": None})
        drafts = dict(
            Submission.objects.filter(pk__in=[row["model_id"] for row in rows]).values_list(
                "pk", "participant_page_id"
            )
        )
        token = get_token(self.request)
        for row in rows:
            row["fields"].append(
                render_to_string(
                    "forms/admin/participant_draft_cell.html",
                    {
                        "submission_id": row["model_id"],
                        "page_id": drafts.get(row["model_id"]),
                        "csrf_token": token,
                    },
                )
            )
        return context


class AuditedDeleteSubmissionsView(DeleteSubmissionsView):
    """Wagtail's delete view (in its place: ``forms/wagtail_hooks.py``), for those who hold
    the delete permission too, writing each deletion to the log."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(DELETE_SUBMISSIONS):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def handle_delete(self, submissions):
        with transaction.atomic():
            rows = submissions.count()
            super().handle_delete(submissions)
            if rows:
                audit.log_deletion(self.page, self.request.user, rows)


def make_draft_of_application(request, submission_id):
    """Make the draft profile of a join application: for those who may both see the
    application and add participant pages. Answers POST only (``participant_draft_view``,
    wrapped rather than decorated so that mutation testing measures it)."""
    if not may_see_submissions(request.user):
        raise PermissionDenied
    submission = get_object_or_404(Submission, pk=submission_id)
    if not may_see_submissions_of(request.user, submission.page):
        raise PermissionDenied
    if submission.page.specific_class.__name__ != "JoinFormPage":
        raise Http404("Not a join application")
    if not may_add_participants(request.user):
        messages.error(request, _("You may not create participant profiles."))
        return redirect(reverse("wagtailforms:list_submissions", args=[submission.page_id]))
    from forms.participant_draft import CannotMakeDraft, make_participant_draft

    try:
        page = make_participant_draft(submission, user=request.user)
    except CannotMakeDraft as error:
        messages.error(request, str(error))
        return redirect(reverse("wagtailforms:list_submissions", args=[submission.page_id]))
    messages.success(
        request,
        _("Draft profile “%(title)s” created: complete it and submit it.") % {"title": page.title},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


participant_draft_view = require_POST(make_draft_of_application)
