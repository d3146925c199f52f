"""Translators start translations into their own language, and editors see what they sent.

wagtail-localize's "Translate" views (the form behind "Translate this page", the status
report's "Translate" and the untranslated page's button) require the model permission
``wagtail_localize.submit_translation``, which translators' groups do not hold: it would
also let them sync every language's translations of a page (the "Sync translated pages"
view asks for it alone). Instead these views are routed (``workflow.wagtail_hooks``,
same addresses) to subclasses that let a translator in with the choice of locales
narrowed to their own languages, and only for an English source.

For a page, starting publishes nothing (``workflow.drafts.start_page_translations``): the
untranslated copy visitors see stays as it is until a moderator approves the translation.
After a submission, wagtail-localize goes to the new translation's edit view, which an
editor may not open (it is another language's tree): such a user lands on a page saying
what was sent instead.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.generic import TemplateView
from wagtail.models import Locale, Page
from wagtail_localize.components import TranslationComponentManager
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)

from workflow.drafts import start_page_translations
from workflow.roles import translators_group_language

SUBMIT_PERMISSION = "wagtail_localize.submit_translation"


def translator_languages(user):
    """The language codes of the translators' groups the user belongs to."""
    if not (user.is_active and user.is_authenticated):
        return set()
    cached = getattr(user, "_translator_languages", None)
    if cached is None:
        cached = {
            code for code in map(translators_group_language, user.groups.all()) if code is not None
        }
        user._translator_languages = cached
    return cached


def translator_locales(user):
    return Locale.objects.filter(language_code__in=translator_languages(user)).order_by(
        "language_code"
    )


def translator_locale_ids(user):
    """{locale id: locale} of the user's translators' groups, computed once per request."""
    cached = getattr(user, "_translator_locales", None)
    if cached is None:
        cached = {locale.pk: locale for locale in translator_locales(user)}
        user._translator_locales = cached
    return cached


def is_source(instance):
    return instance.locale.language_code == settings.LANGUAGE_CODE


class TranslatorSubmitMixin:
    """Lets a translator (without the submit permission) translate into their languages."""

    limited_to = None  # None: every locale, as wagtail-localize offers them
    submitted_locales = None  # the form's choice, once it is valid

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(SUBMIT_PERMISSION):
            return super().dispatch(request, *args, **kwargs)
        self.limited_to = list(translator_locales(request.user))
        if not self.limited_to:
            raise PermissionDenied
        self.object = self.get_object()
        if not is_source(self.object):
            raise PermissionDenied
        self.components = TranslationComponentManager.from_request(
            request, source_object_instance=self.object
        )
        # wagtail-localize's own dispatch only adds the permission check made above.
        return TemplateView.dispatch(self, request, *args, **kwargs)

    def get_form(self):
        form = super().get_form()
        if self.limited_to is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=[locale.pk for locale in self.limited_to])
        return form

    def form_valid(self, form):
        self.submitted_locales = list(form.cleaned_data["locales"])
        return super().form_valid(form)


class PageTranslationSubmitView(TranslatorSubmitMixin, SubmitPageTranslationView):
    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize's, without publishing the English text as the translation."""
        locales = list(form.cleaned_data["locales"])
        self.submitted_locales = locales
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            pages += list(self.object.get_descendants().filter(alias_of__isnull=True))
        mappings = {}
        for page in pages:
            mappings.update(start_page_translations(page, locales, self.request.user))
        self.components.save(self.object, sources_and_translations=mappings)
        translated = None
        if len(locales) == 1:
            translated = self.object.get_translation_or_none(locales[0])
        names = ", ".join(str(locale.get_display_name()) for locale in locales)
        messages.success(self.request, self.get_success_message(names))
        return redirect(self.get_success_url() or self.get_default_success_url(translated))

    def get_default_success_url(self, translated_page=None):
        if self.submitted_locales is None:  # "Go back" before submitting
            if self.limited_to is not None:
                return reverse("wagtailadmin_home")
            return super().get_default_success_url(translated_page)
        user = self.request.user
        if translated_page is not None and translated_page.permissions_for_user(user).can_edit():
            return reverse("wagtailadmin_pages:edit", args=[translated_page.id])
        codes = ",".join(locale.language_code for locale in self.submitted_locales)
        return "{}?{}".format(
            reverse("translation_submitted", args=[self.object.pk]), urlencode({"locales": codes})
        )


class SnippetTranslationSubmitView(TranslatorSubmitMixin, SubmitSnippetTranslationView):
    pass


class TranslationSubmittedView(TemplateView):
    """Where a page sent for translation lands: which languages, and what happens next."""

    template_name = "workflow/translation_submitted.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = get_object_or_404(Page, pk=self.kwargs["page_id"]).specific
        codes = self.request.GET.get("locales", "").split(",")
        translations = {
            translated.locale.language_code: translated
            for translated in page.get_translations().select_related("locale")
        }
        languages = []
        for locale in Locale.objects.filter(language_code__in=codes).order_by("language_code"):
            translated = translations.get(locale.language_code)
            can_edit = translated is not None and (
                translated.permissions_for_user(self.request.user).can_edit()
            )
            languages.append({"locale": locale, "page": translated, "can_edit": can_edit})
        context.update(
            {
                "page": page,
                "languages": languages,
                "can_edit_source": page.permissions_for_user(self.request.user).can_edit(),
            }
        )
        return context
