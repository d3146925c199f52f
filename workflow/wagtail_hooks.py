from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.widgets.button import Button
from wagtail_localize.views.edit_translation import edit_translation

from workflow.account import TranslationMailSettingsPanel
from workflow.dashboard import dashboard_panels
from workflow.drafts import started_translation
from workflow.glossary_report import GlossaryDriftMenuItem, GlossaryDriftView
from workflow.translators import (
    SUBMIT_PERMISSION,
    PageTranslationSubmitView,
    SnippetTranslationSubmitView,
    TranslationSubmittedView,
    translator_locale_ids,
)
from workflow.views import (
    TranslationStatusView,
    convert_to_alias,
    submit_translation_for_review,
    take_in_source_changes,
)


@hooks.register("register_admin_urls", order=-1)
def route_translation_views():
    """wagtail-localize's own addresses, to the views of workflow.translators (listed
    before wagtail-localize's: the first match wins), so every link to them is routed."""
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            PageTranslationSubmitView.as_view(),
            name="translators_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SnippetTranslationSubmitView.as_view(),
            name="translators_submit_snippet_translation",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="translators_convert_to_alias",
        ),
    ]


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status",
        ),
        path("reports/glossary-drift/", GlossaryDriftView.as_view(), name="glossary_drift"),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
        path(
            "translations/<int:translation_id>/take-in-source-changes/",
            take_in_source_changes,
            name="take_in_source_changes",
        ),
        path(
            "translations/submitted/<int:page_id>/",
            TranslationSubmittedView.as_view(),
            name="translation_submitted",
        ),
    ]


class TranslationStatusMenuItem(AdminOnlyMenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailadmin.access_admin")


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("translation_status"),
        icon_name="site",
        order=900,
    )


@hooks.register("register_reports_menu_item")
def register_glossary_drift_menu_item():
    return GlossaryDriftMenuItem(
        _("Glossary drift"), reverse("glossary_drift"), icon_name="doc-full", order=910
    )


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def translate_into_my_language(page, user, view_name=None, next_url=None):
    """A translator's "Translate this page" on an untranslated page (an alias of the
    English one) of their language; wagtail-localize shows its own to editors only."""
    if page.alias_of_id is None or user.has_perm(SUBMIT_PERMISSION):
        return
    locale = translator_locale_ids(user).get(page.locale_id)
    if locale is None:
        return
    url = reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id])
    yield Button(
        _("Translate this page"),
        f"{url}?{urlencode({'select_locale': locale.language_code})}",
        priority=60,
        icon_name="wagtail-localize-language",
    )


@hooks.register("before_edit_page", order=-1)
def edit_started_translation(request, page):
    """An untranslated copy whose translation was started opens in wagtail-localize's
    editor (wagtail-localize offers "Translate this page" for every alias): the page stays
    the alias visitors see until its translation is approved (workflow.drafts)."""
    translation = started_translation(page)
    if translation is not None:
        return edit_translation(request, translation, page.specific)
    return None


@hooks.register("construct_page_action_menu")
def hide_convert_to_alias(menu_items, request, context):
    """ "Convert to alias page" throws a translation away: only for those who publish."""
    page = context.get("page")
    if page is None or page.pk is None:
        return
    if not page.permissions_for_user(request.user).can_publish():
        menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


@hooks.register("construct_homepage_panels")
def add_workflow_panels(request, panels):
    """What there is to do in my languages, what awaits review, what my roles may do."""
    panels.extend(dashboard_panels(request.user))


@hooks.register("register_account_settings_panel")
def register_translation_mail_panel(request, user, profile):
    return TranslationMailSettingsPanel(request, user, profile)
