"""The admin dashboard: what there is to do in my languages, what awaits review, my role.

A translator sees, for each language of their translators' groups:
- never translated: English pages with only an untranslated copy (alias) or nothing in
  that language, and translatable snippets (news topics, practice themes) with no
  instance in it;
- out of date: as in the status report (``workflow.status.translation_state``), the
  English page's ``Page.last_published_at`` is later than wagtail-localize's
  ``TranslationSource.last_updated_at`` (when the text to translate was last taken from
  the English page) or than the translated page's ``Page.last_published_at``. Snippets
  have no publication date: only "never translated" applies to them;
- in review: the translated page has a Wagtail workflow in progress
  (``WorkflowState.status`` ``in_progress``);
- sent back: the moderator requested changes (``WorkflowState.status``
  ``needs_changes``), shown with the rejected task's ``TaskState.comment``.
A page in review or sent back is listed there only. A moderator sees the pages awaiting
review, grouped by language. Each panel runs a fixed number of queries, whatever the
number of pages.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from workflow.roles import EDITORS, MODERATORS
from workflow.status import MISSING, OUT_OF_DATE, translation_status
from workflow.translators import translator_languages

# The submissions branch (issue 15) creates this group; its help is shown once it exists.
FORM_MANAGERS = "Form managers"
# Items listed per list on the dashboard; the counts are complete, the status report
# lists the rest.
LIST_LIMIT = 20
# Group -> the role's help text in workflow/dashboard/role_help.html.
ROLE_GROUPS = [(EDITORS, "editor"), (MODERATORS, "moderator"), (FORM_MANAGERS, "form_manager")]


@dataclass
class Item:
    title: str
    url: str
    comment: str = ""


@dataclass
class LanguageWork:
    locale: Locale
    missing: list = field(default_factory=list)
    out_of_date: list = field(default_factory=list)
    in_review: list = field(default_factory=list)
    sent_back: list = field(default_factory=list)

    @property
    def is_empty(self):
        return not (self.missing or self.out_of_date or self.in_review or self.sent_back)

    def lists(self):
        """(key, items shown, number of items) of each list, in the dashboard's order."""
        return [
            (key, items[:LIST_LIMIT], len(items))
            for key, items in (
                ("sent_back", self.sent_back),
                ("out_of_date", self.out_of_date),
                ("missing", self.missing),
                ("in_review", self.in_review),
            )
        ]


def start_page_url(source, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def start_snippet_url(instance, locale):
    meta = instance._meta
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, instance.pk],
    )
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


def edit_page_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def active_page_workflows(locale_ids, statuses):
    """{page: WorkflowState} of the pages of these locales with a workflow in `statuses`."""
    page_ids = (
        Page.objects.filter(locale_id__in=locale_ids)
        .annotate(pk_text=Cast("pk", output_field=CharField()))
        .values("pk_text")
    )
    states = list(
        WorkflowState.objects.filter(
            status__in=statuses,
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=page_ids,
        ).select_related("current_task_state")
    )
    pages = Page.objects.filter(pk__in=[int(state.object_id) for state in states]).order_by("path")
    by_id = {state.object_id: state for state in states}
    return {page: by_id[str(page.pk)] for page in pages}


def missing_snippets(locales):
    """{locale id: [Item]} of the English translatable snippets with no instance there."""
    from workflow.permissions import translatable_snippet_models

    source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    missing = defaultdict(list)
    for model in translatable_snippet_models():
        sources = list(model._default_manager.filter(locale=source_locale))
        existing = set(
            model._default_manager.filter(
                locale__in=locales, translation_key__in=[s.translation_key for s in sources]
            ).values_list("locale_id", "translation_key")
        )
        for locale in locales:
            for source in sources:
                if (locale.pk, source.translation_key) not in existing:
                    missing[locale.pk].append(
                        Item(title=str(source), url=start_snippet_url(source, locale))
                    )
    return missing


def translator_work(language_codes):
    """LanguageWork for each of the languages, in a fixed number of queries."""
    report = translation_status(sorted(language_codes))
    locales = [status.locale for status in report]
    workflows = active_page_workflows(
        [locale.pk for locale in locales],
        [WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    workflow_ids = {page.pk for page in workflows}
    snippets = missing_snippets(locales)
    work = {}
    for status in report:
        language = LanguageWork(locale=status.locale)
        for item in status.pages:
            if item.translation is not None and item.translation.pk in workflow_ids:
                continue
            if item.state == MISSING:
                url = start_page_url(item.source, status.locale)
                language.missing.append(Item(title=item.source.title, url=url))
            elif item.state == OUT_OF_DATE:
                url = edit_page_url(item.translation)
                language.out_of_date.append(Item(title=item.translation.title, url=url))
        language.missing.extend(snippets[status.locale.pk])
        work[status.locale.pk] = language
    for page, state in workflows.items():
        language = work.get(page.locale_id)
        if language is None:
            continue
        item = Item(title=page.get_admin_display_title(), url=edit_page_url(page))
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            task_state = state.current_task_state
            item.comment = task_state.get_comment() if task_state else ""
            language.sent_back.append(item)
        else:
            language.in_review.append(item)
    return list(work.values())


def awaiting_review():
    """[(locale, [Item])] of the pages with a workflow in progress, by language."""
    locales = {locale.pk: locale for locale in Locale.objects.order_by("language_code")}
    workflows = active_page_workflows(list(locales), [WorkflowState.STATUS_IN_PROGRESS])
    by_locale = defaultdict(list)
    for page in workflows:
        by_locale[page.locale_id].append(
            Item(title=page.get_admin_display_title(), url=edit_page_url(page))
        )
    return [(locale, by_locale[pk]) for pk, locale in locales.items() if by_locale[pk]]


def group_names(user):
    return {group.name for group in user.groups.all()}


class TranslatorPanel(Component):
    name = "translations_to_do"
    template_name = "workflow/dashboard/translator_panel.html"
    order = 90

    def __init__(self, language_codes):
        self.language_codes = language_codes

    def get_context_data(self, parent_context):
        work = translator_work(self.language_codes)
        return {"work": work, "limit": LIST_LIMIT}


class ReviewPanel(Component):
    name = "awaiting_review_by_language"
    template_name = "workflow/dashboard/review_panel.html"
    order = 95

    def get_context_data(self, parent_context):
        return {"languages": awaiting_review()}


class RoleHelpPanel(Component):
    """What each of the user's roles may do: one template, the text per role."""

    name = "role_help"
    template_name = "workflow/dashboard/role_help.html"
    order = 1000

    def __init__(self, roles, languages):
        self.roles = roles
        self.languages = languages

    def get_context_data(self, parent_context):
        locales = Locale.objects.filter(language_code__in=self.languages).order_by("language_code")
        return {"roles": self.roles, "translator_locales": locales}


def dashboard_panels(user):
    """The panels of the workflow app for this user (none for a user without a role)."""
    names = group_names(user)
    languages = translator_languages(user)
    panels = []
    if languages:
        panels.append(TranslatorPanel(languages))
    if MODERATORS in names:
        panels.append(ReviewPanel())
    roles = [slug for group, slug in ROLE_GROUPS if group in names]
    if languages:
        roles.append("translator")
    if roles:
        panels.append(RoleHelpPanel(roles, languages))
    return panels
