"""The translation status report, and the actions the site adds to wagtail-localize's
editor: Submit to Review, Take in the English changes, Convert to alias (publishers only)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views import convert

from workflow.drafts import save_translation_draft
from workflow.status import MISSING, OUT_OF_DATE, TRANSLATED, translation_status


class TranslationStatusView(TemplateView):
    template_name = "workflow/translation_status.html"
    page_title = _("Translation status")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = self.request.GET.get("language")
        report = translation_status()
        selected = next((s for s in report if s.locale.language_code == language), None)
        context.update(
            {
                "report": report,
                "selected": selected,
                "states": {
                    TRANSLATED: _("Translated"),
                    OUT_OF_DATE: _("Out of date"),
                    MISSING: _("Missing"),
                },
                "page_title": self.page_title,
            }
        )
        return context


def translation_page(request, translation_id):
    """The target page of an enabled translation, if the user may edit it."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return translation, page.specific


@require_POST
def submit_translation_for_review(request, translation_id):
    """wagtail-localize's editor has no workflow actions: this is its "Submit to Review".

    The translated strings become a draft revision of the target page (what visitors see
    is unchanged: ``workflow.drafts``) and the page's workflow (Review) starts, or resumes
    where a moderator asked for changes; a moderator's approval publishes that revision.
    """
    translation, page = translation_page(request, translation_id)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This translation is already waiting for review."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    workflow = page.get_workflow()
    try:
        with transaction.atomic():
            page = save_translation_draft(translation, request.user)
            if state is not None:  # sent back: the same review goes on
                state.resume(request.user)
            elif workflow is not None:
                workflow.start(page, request.user)
    except ValidationError as error:
        problems = "; ".join(" ".join(errors) for errors in error.message_dict.values())
        messages.error(
            request, _("The translation cannot be submitted: %(errors)s") % {"errors": problems}
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    if workflow is None and state is None:
        messages.success(request, _("The translation is saved as a draft."))
    else:
        messages.success(
            request,
            _("“%(page)s” was submitted to %(workflow)s.")
            % {
                "page": page.get_admin_display_title(),
                "workflow": (workflow or state.workflow).name,
            },
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def take_in_source_changes(request, translation_id):
    """wagtail-localize's "Sync translated pages" without its rights or its publishing:
    the text to translate is taken again from the English page (wagtail-localize's
    ``TranslationSource.update_from_db``), so that its new strings show in the editor.
    Nothing is published or saved onto any page: the translator translates the new
    strings and submits to Review. The source is shared by every language: the other
    languages' editors show the new strings too (their status stays out of date until
    their own translation is published again: ``workflow.status``)."""
    translation, page = translation_page(request, translation_id)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.warning(request, _("This translation is already waiting for review."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    translation.source.update_from_db()
    messages.success(
        request,
        _("The English page's changes are in: translate the new strings, then submit to Review."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for those who may publish the page only.

    It throws the translation away (the page shows the English text again): a translator,
    whose work goes through Review, is never offered it.
    """
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
