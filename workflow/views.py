"""The admin report: translation status per language (Reports → Translation status)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation
from wagtail_localize.views import convert

from core.invalidation import writes_visitors_do_not_see
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


@require_POST
def submit_translation_for_review(request, translation_id):
    """wagtail-localize's editor has no workflow actions: this is its "Submit to Review".

    The translated strings become a draft revision of the target page, and the page's
    workflow (Review) starts; a moderator's approval publishes that revision.
    """
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    page = page.specific
    workflow = page.get_workflow()
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for review."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    with transaction.atomic(), writes_visitors_do_not_see():
        live_revision_id = page.live_revision_id if page.live else None
        translation.save_target(user=request.user, publish=False)
        page = Page.objects.get(pk=page.pk).specific
        if live_revision_id is not None:
            # save_target(publish=False) also writes the draft onto the page's row, which
            # is what visitors see: put the published content back there; the draft lives
            # on in its revision until a moderator approves it.
            Revision.objects.get(pk=live_revision_id).as_object().save(clean=False)
            page = Page.objects.get(pk=page.pk).specific
    if workflow is None:
        messages.success(request, _("The translation is saved as a draft."))
    else:
        workflow.start(page, request.user)
        messages.success(
            request,
            _("“%(page)s” was submitted to %(workflow)s.")
            % {"page": page.get_admin_display_title(), "workflow": workflow.name},
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
