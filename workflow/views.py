"""The admin report: translation status per language (Reports → Translation status)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationLog
from wagtail_localize.views import convert

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
    with transaction.atomic():
        page = save_draft(translation, request.user)
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


def save_draft(translation, user):
    """The translated strings as a new draft revision of the target page; returns the page.

    Not ``translation.save_target(publish=False)``: that also writes the draft onto the
    page's row, which is what visitors see. Here the draft is built in memory
    (wagtail-localize's ``get_ephemeral_translated_instance``, the one its preview uses)
    and only its revision is saved (Wagtail's ``save_revision`` writes nothing on the row
    but the draft's bookkeeping), so the live page and the content generation stay as
    they were. The rest is what ``save_target`` does around it: a slug free among the
    siblings, the source's view restrictions, the translation log.
    """
    source, locale = translation.source, translation.target_locale
    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    if draft.alias_of_id:  # an untranslated copy becomes a page of its own, as in save_target
        draft.alias_of_id = None
        draft.save(update_fields=["alias_of_id"], clean=False)
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), draft.pk)
    revision = draft.save_revision(user=user)
    source.sync_view_restrictions(source.as_instance(), draft)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return Page.objects.get(pk=draft.pk).specific


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for those who may publish the page only.

    It throws the translation away (the page shows the English text again): a translator,
    whose work goes through Review, is never offered it.
    """
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)
