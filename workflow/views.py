"""The admin report: translation status per language (Reports → Translation status)."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

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
