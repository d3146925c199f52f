"""The prize applications in the admin: prize staff and each edition's jurors only.

Who sees what is prize/access.py's rule. Anyone else gets 403; a juror asking for an
edition or an application they do not judge gets 404, as if it did not exist.
"""

import csv

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Locale

from core.generation import bump_generation
from forms.exports import safe_cell
from prize.access import (
    PRIZE_JURY_GROUP,
    calls_for,
    is_juror_of,
    is_prize_staff,
    may_use_prize_admin,
)
from prize.forms import ScoreForm
from prize.models import Application, Juror, PrizeCallPage, Score
from prize.ranking import ranking


def private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def visible_calls(request):
    if not may_use_prize_admin(request.user):
        raise PermissionDenied
    source = PrizeCallPage.objects.filter(locale=Locale.get_default())
    return calls_for(request.user, source)


def call_of(request, call_id):
    return get_object_or_404(visible_calls(request), pk=call_id)


def application_of(request, pk):
    calls = visible_calls(request)
    return get_object_or_404(Application.objects.select_related("call"), pk=pk, call__in=calls)


def staff_only(request):
    if not is_prize_staff(request.user):
        raise PermissionDenied


def call_list(request):
    calls = visible_calls(request).annotate(count=Count("applications")).order_by("-edition")
    return private(TemplateResponse(request, "prize/admin/calls.html", {"calls": calls}))


def call_detail(request, call_id):
    call = call_of(request, call_id)
    staff = is_prize_staff(request.user)
    context = {"call": call, "staff": staff}
    if staff:
        context["ranks"] = ranking(call)
        context["jurors"] = call.jurors.select_related("user").order_by("user__username")
        context["candidates"] = (
            get_user_model()
            .objects.filter(groups__name=PRIZE_JURY_GROUP, is_active=True)
            .exclude(prize_juries__call=call)
            .order_by("username")
        )
    else:
        scored = Score.objects.filter(juror=request.user, application__call=call)
        context["scored"] = set(scored.values_list("application_id", flat=True))
        context["applications"] = call.applications.order_by("submitted_at", "pk")
    return private(TemplateResponse(request, "prize/admin/call.html", context))


def application_detail(request, pk):
    application = application_of(request, pk)
    call = application.call
    may_score = is_juror_of(request.user, call)
    criteria = list(call.criteria.all())
    own = {
        score.criterion_id: score
        for score in Score.objects.filter(application=application, juror=request.user)
    }
    form = None
    if may_score:
        data = request.POST if request.method == "POST" else None
        form = ScoreForm(data, criteria=criteria, scores=own)
        if data is not None and form.is_valid():
            save_scores(application, request.user, form)
            messages.success(request, _("Your scores have been saved."))
            return redirect("prize_application", pk=application.pk)
    elif request.method == "POST":
        raise PermissionDenied
    context = {
        "application": application,
        "call": call,
        "form": form,
        "staff": is_prize_staff(request.user),
        "themes": application.themes.all(),
    }
    return private(TemplateResponse(request, "prize/admin/application.html", context))


def save_scores(application, juror, form):
    for criterion in form.criteria:
        Score.objects.update_or_create(
            application=application,
            criterion=criterion,
            juror=juror,
            defaults={
                "points": form.cleaned_data[f"points_{criterion.pk}"],
                "comment": form.cleaned_data[f"comment_{criterion.pk}"],
            },
        )


def document(request, pk):
    """The applicant's document, as a download, to those who may see the application."""
    application = application_of(request, pk)
    if not application.document:
        raise Http404
    try:
        handle = application.document.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    response = FileResponse(handle, as_attachment=True, filename=application.document_name)
    response["X-Content-Type-Options"] = "nosniff"
    return private(response)


@require_POST
def set_winner(request, pk):
    staff_only(request)
    application = application_of(request, pk)
    application.is_winner = request.POST.get("winner") == "1"
    application.save(update_fields=["is_winner"])
    bump_generation()  # the call and its announcement show the winners
    return redirect("prize_application", pk=application.pk)


@require_POST
def jurors(request, call_id):
    staff_only(request)
    call = call_of(request, call_id)
    user_model = get_user_model()
    if request.POST.get("add"):
        user = get_object_or_404(
            user_model, pk=request.POST["add"], groups__name=PRIZE_JURY_GROUP, is_active=True
        )
        Juror.objects.get_or_create(call=call, user=user)
    if request.POST.get("remove"):
        Juror.objects.filter(call=call, user_id=request.POST["remove"]).delete()
    return redirect("prize_call", call_id=call.pk)


def export(request, call_id):
    """The ranking as CSV, cells made safe for spreadsheets (forms/exports.py)."""
    staff_only(request)
    call = call_of(request, call_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="prize-{call.edition}-ranking.csv"'
    writer = csv.writer(response)
    headings = [_("Rank"), _("Mean score"), _("Jurors"), _("Project title")]
    headings += [_("Applicant authority"), _("Country"), _("Contact email"), _("Winner")]
    writer.writerow([safe_cell(heading) for heading in headings])
    for number, row in enumerate(ranking(call), start=1):
        application = row.application
        mean = "" if row.mean is None else f"{row.mean:.2f}"
        cells = [number, mean, row.jurors, application.project_title, application.authority]
        cells += [application.country.code, application.contact_email, application.is_winner]
        writer.writerow([safe_cell(cell) for cell in cells])
    return private(response)
