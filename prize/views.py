"""The public side of a prize call: its state, the form, a POST of the form."""

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.models import Locale

from forms import spam
from prize.admin_form import CALL_TIME_ZONE
from prize.choices import CallState
from prize.forms import ApplicationForm


def source_call(page):
    """The call page of the source language, which holds every language's applications."""
    if page.alias_of_id:
        page = page.alias_of.specific
    default = Locale.get_default()
    if page.locale_id != default.pk:
        page = page.get_translation_or_none(default) or page
    return page.specific


def winners_of(call):
    return list(source_call(call).applications.filter(is_winner=True))


def call_context(page, request, form=None):
    state = page.state()
    is_open = state == CallState.OPEN
    return {
        "call_state": state,
        "opens_at": page.opens_at.astimezone(CALL_TIME_ZONE),
        "closes_at": page.last_minute.astimezone(CALL_TIME_ZONE),
        "criteria": list(page.criteria.all()),
        "form": (form or ApplicationForm(locale=page.locale)) if is_open else None,
        "trap": spam.trap(page) if is_open else None,
        "apply_url": page.get_url(request) + page.reverse_subpage("apply"),
        "winners": winners_of(page) if state == CallState.AFTER else [],
    }


def private(response):
    """Never kept by a cache: it holds a fresh spam token, or one applicant's answers."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def private_if_open(page, response):
    return private(response) if page.state() == CallState.OPEN else response


def render(page, request, context, template, status=200):
    full = page.get_context(request)
    full.update(context)
    return private(TemplateResponse(request, template, full, status=status))


def apply(page, request):
    """A POST of the application form. Outside the call's dates nothing is read or
    stored, whatever the POST holds; then the spam checks, then the answers."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if page.state() != CallState.OPEN:
        return render(page, request, {"refused_closed": True}, page.get_template(request), 409)
    refusal = spam.refusal_for(request, page)
    if refusal is None:
        form = ApplicationForm(request.POST, request.FILES, locale=page.locale)
        if not form.is_valid():
            context = call_context(page, request, form=form)
            return render(page, request, context, page.get_template(request))
        refusal = spam.refusal_of_valid(request)
    if refusal is not None:
        context = {"refusal": refusal, "token_max_hours": max(1, spam.token_max_age() // 3600)}
        return render(page, request, context, "forms/form_refused.html", refusal.status)
    application = form.save(commit=False)
    application.call = source_call(page)
    application.language = page.locale.language_code
    application.document_name = form.cleaned_data["document"].name[:255]
    application.save()
    form.save_m2m()
    return render(page, request, {"application": application}, "prize/application_sent.html")
