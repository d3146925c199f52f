"""Who may do what: editors, moderators, and one translators' group per language.

- Editors write the English pages: add and change in the English tree, submit pages for
  translation; publishing goes through the Review workflow.
- Moderators approve: add, change, publish and unpublish in every language's tree.
- Translators of a language add and change pages in that language's tree only, and the
  translatable snippets (news topics, practice themes) of that language only: their group
  holds the add/change permissions on those models, workflow.permissions limits them to
  the group's language. Their work goes through the Review workflow as well.
- Editors and moderators add, change and delete those snippets in every language.
- Form managers (the Alliance staff) are the only ones who see, export and delete the
  form submissions, the applicants' personal data (``forms.access``), and set who
  receives and who sends the forms' mails; they change the form pages of the source
  language, through the Review workflow like everyone. They are also the prize staff:
  every prize application, the jurors of each edition, the ranking, the winners.
- The Prize jury sees the applications of the editions its members are named jurors of
  (by the prize staff, in the admin's Prize applications) and scores them; no other
  form submission, no page (``prize.access``).
All of them may use images and documents.
"""

from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale

from home.models import HomePage
from prize.access import PRIZE_JURY_GROUP
from workflow.group_names import (  # noqa: F401 - also imported from here
    TRANSLATORS_PREFIX,
    translators_group_language,
    translators_group_name,
)
from workflow.permissions import (
    STAFF_SNIPPET_ACTIONS,
    TRANSLATOR_SNIPPET_ACTIONS,
    translatable_snippet_models,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
FORM_MANAGERS = "Form managers"
PRIZE_JURY = PRIZE_JURY_GROUP
# Permissions some apps create in data migrations (so a flushed test database lacks them):
# (app label, model, codename) -> name, to make them again where missing.
KNOWN_PERMISSIONS = {
    ("wagtailadmin", "admin", "access_admin"): "Can access Wagtail admin",
    ("wagtail_localize", "translation", "submit_translation"): "Can submit translations",
    ("wagtailimages", "image", "choose_image"): "Can choose image",
    ("wagtaildocs", "document", "choose_document"): "Can choose document",
    ("wagtailcore", "page", "publish_page"): "Publish any page",
    ("wagtailcore", "page", "lock_page"): "Lock/unlock pages you've locked",
    ("wagtailcore", "page", "unlock_page"): "Unlock any page",
    (
        "participants",
        "participantpage",
        "publish_participant_contact",
    ): "Can publish a participant's contact",
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
# Form managers: the submissions (see, export, delete), the forms' mail addresses (the
# forms settings' staff address and each form page's sender).
FORM_MANAGER_PERMISSIONS = [
    ("forms", "view_submission"),
    ("forms", "delete_submission"),
    ("forms", "change_notification_settings"),
    ("forms", "change_formssettings"),
    ("prize", "manage_applications"),
]
# The Prize jury: the applications of the editions each member judges (prize.access).
PRIZE_JURY_PERMISSIONS = [("prize", "score_application")]
# What each group may do, as setup_translators reports it.
SUMMARIES = {
    EDITORS: "add and change pages in the English tree, start translations, "
    "manage news topics and practice themes; no form submissions",
    MODERATORS: "add, change, publish and unpublish pages in every language, approve in "
    "Review, publish a participant's contact, manage news topics and practice themes; "
    "no form submissions",
    FORM_MANAGERS: "see, export and delete form submissions (personal data), set the forms' "
    "mail addresses, change the English form pages (through Review), manage the prize "
    "applications, jurors, ranking and winners",
    PRIZE_JURY: "see and score the prize applications of the editions they are jurors of; "
    "no other form submission, no page",
}
TRANSLATORS_SUMMARY = (
    "add and change pages, news topics and practice themes in {language} only; no form submissions"
)


def permission(app_label, codename):
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    for (known_app, model, known_codename), name in KNOWN_PERMISSIONS.items():
        if (known_app, known_codename) == (app_label, codename):
            content_type, _created = ContentType.objects.get_or_create(
                app_label=app_label, model=model
            )
            return Permission.objects.create(
                content_type=content_type, codename=codename, name=name
            )
    raise Permission.DoesNotExist(f"{app_label}.{codename}")


def set_page_permissions(group, page, types):
    set_pages_permissions(group, [page], types)


def set_pages_permissions(group, pages, types):
    """`group` holds exactly the `types` of permission on exactly `pages` (and below)."""
    GroupPagePermission.objects.filter(group=group).exclude(page__in=pages).delete()
    for page in pages:
        for permission_type in types:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=page,
                permission=permission("wagtailcore", f"{permission_type}_page"),
            )
    GroupPagePermission.objects.filter(group=group).exclude(
        permission__codename__in=[f"{kind}_page" for kind in types]
    ).delete()


def set_media_permissions(group):
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission(app_label, codename)
        )


def admin_group(name, extra_permissions=()):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    for app_label, codename in extra_permissions:
        group.permissions.add(permission(app_label, codename))
    set_media_permissions(group)
    return group


def snippet_permissions(actions):
    """(app label, codename) of `actions` on every translatable snippet model."""
    return [
        (model._meta.app_label, get_permission_codename(action, model._meta))
        for model in translatable_snippet_models()
        for action in actions
    ]


def home_of(language_code):
    locale = Locale.objects.get(language_code=language_code)
    return HomePage.objects.filter(locale=locale).first()


def summary(group_name):
    """What the group `group_name` may do, in a line."""
    language = translators_group_language(Group(name=group_name))
    if language is not None:
        return TRANSLATORS_SUMMARY.format(language=get_language_info(language)["name"])
    return SUMMARIES.get(group_name, "")


def setup_roles():
    """Create or update every group; returns the groups by name. Safe to run again."""
    source_home = home_of(settings.LANGUAGE_CODE)
    if source_home is None:
        raise LookupError("No English home page yet: run load_demo or create it first.")
    groups = {}
    staff_snippets = snippet_permissions(STAFF_SNIPPET_ACTIONS)
    editors = admin_group(EDITORS, [("wagtail_localize", "submit_translation"), *staff_snippets])
    set_page_permissions(editors, source_home, ["add", "change", "lock"])
    groups[EDITORS] = editors

    moderators = admin_group(
        MODERATORS,
        [
            ("wagtail_localize", "submit_translation"),
            ("participants", "publish_participant_contact"),
            *staff_snippets,
        ],
    )
    root = source_home.get_parent()
    set_page_permissions(moderators, root, ["add", "change", "publish", "lock", "unlock"])
    groups[MODERATORS] = moderators

    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        home = home_of(code)
        if home is None:
            continue
        group = admin_group(
            translators_group_name(code), snippet_permissions(TRANSLATOR_SNIPPET_ACTIONS)
        )
        set_page_permissions(group, home, ["add", "change"])
        groups[group.name] = group

    form_managers = admin_group(FORM_MANAGERS, FORM_MANAGER_PERMISSIONS)
    form_pages = source_home.get_descendants(inclusive=True).type(FormMixin)
    set_pages_permissions(form_managers, list(form_pages), ["change"])
    groups[FORM_MANAGERS] = form_managers
    jury = admin_group(PRIZE_JURY, PRIZE_JURY_PERMISSIONS)
    set_pages_permissions(jury, [], [])
    groups[PRIZE_JURY] = jury
    return groups
