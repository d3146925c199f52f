"""The join and cooperation form pages, built on Wagtail's form builder."""

from urllib.parse import urlsplit

from django import forms as django_forms
from django.conf import settings
from django.db import models
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import EmailFormMixin, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import Locale
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_honeypot.models import HoneypotFormMixin
from wagtail_localize.fields import SynchronizedField

from core.models import BasePage

from .. import spam
from ..access import NOTIFICATION_SETTINGS
from ..builder import AllianceFormBuilder
from .settings import FormsSettings
from .submissions import LANGUAGE_FIELD, Submission

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
CONSENT_FIELD = "consent"
RESERVED_FIELD_NAMES = {CONSENT_FIELD, LANGUAGE_FIELD, "submit_time"}
THANKS_PATH = "thanks"
THANKS_COOKIE = "form_sent"
THANKS_COOKIE_MAX_AGE = 15 * 60


class AllianceFormPageForm(WagtailAdminFormPageForm):
    """The admin form of a form page: no field may take a name the page uses itself."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if name in RESERVED_FIELD_NAMES:
                form.add_error(
                    "label",
                    _(
                        "The name “%(name)s” is reserved: the form has it already. "
                        "Please choose another label."
                    )
                    % {"name": name},
                )
        return cleaned_data


class AllianceFormPage(HoneypotFormMixin, EmailFormMixin, FormMixin, BasePage):
    """What both form pages share: texts, consent, spam checks, storing and mailing.

    Every language has its own page (a translation, or an untranslated copy), but all
    of them store their submissions against the page of the source language, recording
    the language used: one list and one export per form, with one column per field.
    """

    CONSENT_FIELD = CONSENT_FIELD

    base_form_class = AllianceFormPageForm
    form_builder = AllianceFormBuilder

    intro = RichTextField(
        _("introduction"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown above the form: who it is for and what happens next."),
    )
    privacy_text = RichTextField(
        _("privacy notice"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_(
            "Shown above the consent checkbox: what the data is used for and who sees it. "
            "The retention period of the forms settings is added after it."
        ),
    )
    consent_label = models.CharField(
        _("consent checkbox label"),
        max_length=255,
        default="I agree that the Alliance stores and uses these data to handle my request.",
        help_text=_("The checkbox every applicant must tick before the form can be sent."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=TEXT_FEATURES,
        blank=True,
        help_text=_("Shown once the form has been sent."),
    )

    override_translatable_fields = [
        SynchronizedField("to_address", overridable=False),
        SynchronizedField("from_address", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "form_fields",
            label=_("Form fields"),
            help_text=_(
                "The questions of the form. A field's stored name is made from its first "
                "label and never changes, so answers keep their column in the export."
            ),
        ),
        FieldPanel("privacy_text"),
        FieldPanel("consent_label"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "subject",
                    help_text=_(
                        "Subject of the confirmation mail sent to the applicant. "
                        "When empty, a standard subject is used."
                    ),
                ),
                FieldPanel(
                    "from_address",
                    permission=NOTIFICATION_SETTINGS,
                    help_text=_("Sender of the mails. When empty, the site's default sender."),
                ),
            ],
            heading=_("Mails"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "honeypot",
                    help_text=_(
                        "Refuse submissions that fill a hidden trap field or come "
                        "back faster than a person can type."
                    ),
                )
            ],
            heading=_("Spam protection"),
        ),
    ]

    class Meta:
        abstract = True

    # Which page holds the submissions

    def get_source_page(self):
        """The page of the default language, which holds the submissions of every language.

        An alias (an untranslated copy) uses its original's. The page itself when it is in
        the default language, or has no translation in it.
        """
        if not hasattr(self, "_source_page"):
            default = Locale.get_default()
            source = None
            if self.alias_of_id:
                source = self.alias_of.specific.get_source_page()
            elif self.pk and self.locale_id != default.pk:
                source = self.get_translation_or_none(default)
            self._source_page = source or self
        return self._source_page

    def get_submission_class(self):
        return Submission

    @property
    def submissions_list_view_class(self):
        """Wagtail's list, with exports safe to open and written to the audit log."""
        from forms.admin_views import AllianceSubmissionsListView

        return AllianceSubmissionsListView

    def get_submissions(self):
        """The submissions of this form in every language."""
        return Submission.objects.filter(page=self.get_source_page())

    def get_data_fields(self):
        """Columns of the submissions list and export: date, language, one per field."""
        return [
            ("submit_time", _("Submission date")),
            (LANGUAGE_FIELD, _("Language")),
            *((field.clean_name, field.label) for field in self.get_form_fields()),
            (CONSENT_FIELD, self.consent_label),
        ]

    # The form

    def get_form_fields(self):
        """The page's fields, each with ``source_field``: the same field in the source page.

        The form builder stores choices under the source field's texts.
        """
        fields = list(self.form_fields.all())
        source = self.get_source_page()
        by_key = {}
        if source.pk != self.pk:
            by_key = {field.translation_key: field for field in source.form_fields.all()}
        for field in fields:
            field.source_field = by_key.get(field.translation_key, field)
        return fields

    def get_form_class(self):
        """The editor's fields, then the consent checkbox, which is always there and required."""
        form_class = super().get_form_class()
        consent = django_forms.BooleanField(
            label=self.consent_label,
            required=True,
            error_messages={
                "required": _("Please tick this box: we cannot accept the form without it.")
            },
        )
        return type(form_class.__name__, (form_class,), {CONSENT_FIELD: consent})

    def applicant_email(self, form):
        """The answer to the form's first email field: where the confirmation goes."""
        for field in self.get_form_fields():
            if field.field_type == "email":
                return form.cleaned_data.get(field.clean_name) or ""
        return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = FormsSettings.load(request_or_site=request).retention_days
        context["trap"] = spam.trap(self)
        return context

    # Addresses: the form, and its thank-you page

    def route(self, request, path_components):
        """The form at the page's address; its thank-you page at ``thanks/`` below it."""
        if path_components == [THANKS_PATH] and self.live:
            return RouteResult(self, kwargs={"thanks": True})
        return super().route(request, path_components)

    def get_thanks_url(self, request=None):
        return f"{self.get_url(request)}{THANKS_PATH}/"

    # Serving

    def serve(self, request, *args, thanks=False, **kwargs):
        """The form (Wagtail's ``serve`` for a GET), a POST of it, or its thank-you page."""
        if thanks:
            return self.serve_thanks(request)
        if request.method == "POST":
            return self.serve_post(request)
        return super().serve(request, *args, **kwargs)

    def serve_post(self, request):
        """Refuse automated or too frequent POSTs; show an invalid form again with its
        messages; store a valid one, then redirect to the thank-you page.

        A refused POST stores nothing and gets a page telling a person what to do. Only
        stored and automated posts count towards the rate limit (``forms.spam``). The
        redirect (Post/Redirect/Get) lets the thank-you page be reloaded without sending
        the form again.
        """
        refusal = spam.refusal_for(request, self)
        if refusal is not None:
            return self.render_refusal(request, refusal)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if not form.is_valid():
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context)
        refusal = spam.refusal_of_valid(request)
        if refusal is not None:
            return self.render_refusal(request, refusal)
        submission = self.process_form_submission(form)
        return self.redirect_to_thanks(request, submission)

    def redirect_to_thanks(self, request, submission):
        """A redirect to the thank-you page, with a signed cookie naming the submission.

        The cookie is sent only to the thank-you address, for ``THANKS_COOKIE_MAX_AGE``
        seconds: that page shows the sender their own confirmation address, and nobody
        else's (a made-up or altered cookie is ignored).
        """
        url = self.get_thanks_url(request)
        response = HttpResponseRedirect(url)
        response.set_signed_cookie(
            THANKS_COOKIE,
            str(submission.pk),
            salt=THANKS_COOKIE,
            max_age=THANKS_COOKIE_MAX_AGE,
            path=urlsplit(url).path,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response

    def sent_submission(self, request):
        """The submission this browser has just sent with this form, or None."""
        pk = request.get_signed_cookie(
            THANKS_COOKIE, default=None, salt=THANKS_COOKIE, max_age=THANKS_COOKIE_MAX_AGE
        )
        if pk is None or not pk.isdigit():
            return None
        return self.get_submissions().filter(pk=int(pk)).first()

    def serve_thanks(self, request):
        """The thank-you page, in the page's language, for the sender only.

        Never stored by any cache (the page cache, a proxy, the browser): it may show the
        sender's address. Without a submission of this browser it thanks without details.
        """
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        response = self.render_landing_page(request, self.sent_submission(request))
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    def render_refusal(self, request, refusal):
        context = self.get_context(request)
        context["refusal"] = refusal
        context["token_max_hours"] = max(1, spam.token_max_age() // 3600)
        response = TemplateResponse(
            request, "forms/form_refused.html", context, status=refusal.status
        )
        if refusal is spam.RATE_LIMITED:
            response["Retry-After"] = str(spam.RETRY_AFTER_SECONDS)
        return response

    def process_form_submission(self, form):
        """Store the submission against the source page, then send its two mails.

        The submission is saved first and on its own: a mail that fails is logged and
        left for ``resend_form_mails``; it never costs the applicant their submission.
        """
        from ..mail import send_submission_mails

        submission = Submission.objects.create(
            page=self.get_source_page(),
            form_data=form.cleaned_data,
            language=self.locale.language_code,
            applicant_email=self.applicant_email(form),
        )
        send_submission_mails(submission, page=self)
        return submission


class JoinFormPage(AllianceFormPage):
    """Join the Alliance: a local or regional authority applies to become a participant.

    Its submissions list offers to turn an application into a draft participant profile
    (forms/participant_draft.py).
    """

    @property
    def submissions_list_view_class(self):
        from forms.admin_views import JoinSubmissionsListView

        return JoinSubmissionsListView

    class Meta:
        verbose_name = _("join form page")
        verbose_name_plural = _("join form pages")


class CooperationFormPage(AllianceFormPage):
    """Cooperate as NGO: an NGO proposes a cooperation with the Alliance."""

    class Meta:
        verbose_name = _("cooperation form page")
        verbose_name_plural = _("cooperation form pages")
