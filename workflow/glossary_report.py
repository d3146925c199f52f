"""Reports → Glossary drift: per language, the interface strings and the translated pages
(live and drafts) where a glossary term is not translated as locale/glossary.csv says.

Translators see their own languages; moderators and superusers every language
(docs/languages.md, "Glossary")."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem

from core import glossary
from core.glossary_texts import catalog_texts, page_texts
from core.languages import own_name
from workflow.roles import MODERATORS
from workflow.translators import translator_languages


def glossary_languages(user):
    """The language codes whose drift ``user`` may see, in the site's order."""
    if not (user.is_active and user.is_authenticated):
        return []
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    if user.is_superuser or user.groups.filter(name=MODERATORS).exists():
        return codes
    own = translator_languages(user)
    return [code for code in codes if code in own]


def page_drifts(terms, language_code):
    """The drifts of the language's translated pages: (page, state, drift)."""
    found = []
    for (page, state, path), source, text in page_texts(language_code):
        for drift in terms.check(language_code, [(path, source, text)]):
            found.append({"page": page, "state": state, "drift": drift})
    return found


class GlossaryDriftView(TemplateView):
    template_name = "workflow/glossary_drift.html"
    page_title = _("Glossary drift")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        languages = glossary_languages(self.request.user)
        if not languages:
            raise PermissionDenied
        language = self.request.GET.get("language") or (
            languages[0] if len(languages) == 1 else None
        )
        if language is not None and language not in languages:
            raise PermissionDenied
        context.update(
            page_title=self.page_title,
            languages=[(code, own_name(code)) for code in languages],
            language=language,
        )
        if language is not None:
            terms = glossary.load()
            context.update(
                language_name=own_name(language),
                register=terms.register.get(language, ""),
                terms=[(term.english[0], term.approved(language)) for term in terms.terms],
                catalog_drifts=terms.check(language, catalog_texts(language)),
                page_drifts=page_drifts(terms, language),
            )
        return context


class GlossaryDriftMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(glossary_languages(request.user))
