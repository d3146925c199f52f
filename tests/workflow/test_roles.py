"""Translators may edit only their language's tree; the Review workflow covers every page."""

import pytest
from wagtail.models import Page

from workflow.review import WORKFLOW_NAME
from workflow.roles import FORM_MANAGERS, translators_group_name


def edit_status(client, user, page):
    client.force_login(user)
    return client.get(f"/admin/pages/{page.pk}/edit/").status_code


def test_a_translator_edits_only_their_own_language(client, demo, make_user):
    translator = make_user("marie", translators_group_name("fr"))
    french = Page.objects.get(locale__language_code="fr", url_path__endswith="/a-propos/")
    german = Page.objects.get(locale__language_code="de", url_path__endswith="/about-us/")
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/")
    assert edit_status(client, translator, french) == 200
    assert edit_status(client, translator, german) == 302  # refused: back to the dashboard
    assert edit_status(client, translator, english) == 302
    perms = french.permissions_for_user(translator)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert not german.permissions_for_user(translator).can_edit()


def test_a_translator_cannot_post_changes_to_another_language(client, demo, make_user):
    translator = make_user("marie", translators_group_name("fr"))
    german = Page.objects.get(locale__language_code="de", url_path__endswith="/about-us/")
    client.force_login(translator)
    response = client.post(f"/admin/pages/{german.pk}/edit/", {"title": "Hacked"})
    assert response.status_code == 302
    german.refresh_from_db()
    assert german.title != "Hacked"


def test_editors_write_english_and_moderators_publish_everywhere(demo, make_user):
    editor = make_user("erik", "Editors")
    moderator = make_user("mona", "Moderators")
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/about-us/")
    french = Page.objects.get(locale__language_code="fr", url_path__endswith="/a-propos/")
    assert english.permissions_for_user(editor).can_edit()
    assert not english.permissions_for_user(editor).can_publish()
    assert not french.permissions_for_user(editor).can_edit()
    assert french.permissions_for_user(moderator).can_publish()
    assert english.permissions_for_user(moderator).can_publish()


def test_every_page_is_under_the_review_workflow(demo):
    for page in Page.objects.filter(depth__gt=1):
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == WORKFLOW_NAME, page.url_path


def test_an_editor_submits_and_a_moderator_approves(client, demo, make_user):
    editor = make_user("erik", "Editors")
    moderator = make_user("mona", "Moderators")
    page = Page.objects.get(locale__language_code="en", url_path__endswith="/objectives/").specific
    page.title = "Our objectives"
    revision = page.save_revision(user=editor)
    workflow = page.get_workflow()
    state = workflow.start(page, editor)
    assert page.live_revision_id != revision.pk
    assert client.get("/en/objectives/").content.decode().count("Our objectives") == 0

    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(page, moderator)
    assert not task.user_can_access_editor(page, make_user("someone"))
    task.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live_revision_id == revision.pk
    assert "Our objectives" in client.get("/en/objectives/").content.decode()


def test_setup_translators_is_idempotent(demo):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.models import GroupPagePermission

    before = (Group.objects.count(), GroupPagePermission.objects.count())
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == before


def test_setup_translators_makes_the_form_managers_and_says_what_each_may_do(demo):
    import io

    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.models import GroupPagePermission

    from forms.models import CooperationFormPage, JoinFormPage

    Group.objects.filter(name=FORM_MANAGERS).delete()
    out = io.StringIO()
    call_command("setup_translators", stdout=out)
    text = out.getvalue()
    assert "Group: Form managers (created): see, export and delete form submissions" in text
    assert "Group: Editors (updated): add and change pages in the English tree" in text
    assert "Group: Translators: Romani (rom) (updated): add and change pages" in text

    managers = Group.objects.get(name=FORM_MANAGERS)
    codenames = set(managers.permissions.values_list("codename", flat=True))
    assert {"view_submission", "delete_submission", "change_notification_settings"} <= codenames
    # No other group may see or delete submissions.
    holders = Group.objects.filter(
        permissions__content_type__app_label="forms",
        permissions__codename__in=["view_submission", "delete_submission"],
    ).distinct()
    assert list(holders) == [managers]
    english_forms = {
        page.pk
        for model in (JoinFormPage, CooperationFormPage)
        for page in model.objects.filter(locale__language_code="en")
    }
    pages = GroupPagePermission.objects.filter(group=managers)
    assert {permission.page_id for permission in pages} == english_forms
    assert {permission.permission.codename for permission in pages} == {"change_page"}


def page_permissions(group_name):
    """{(page url_path, permission codename)} of the group named."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    rows = GroupPagePermission.objects.filter(group=Group.objects.get(name=group_name))
    return {(row.page.url_path, row.permission.codename) for row in rows}


@pytest.fixture
def three_homes(home, translate_page, locales):
    """English, French and German home pages (no other language has one)."""
    for code in ("fr", "de"):
        translate_page(home, locales[code])
    return home


def test_setup_roles_gives_each_group_exactly_its_pages(three_homes):
    from django.contrib.auth.models import Group

    from workflow.roles import setup_roles

    groups = setup_roles()
    home_path = three_homes.url_path
    assert page_permissions("Editors") == {
        (home_path, "add_page"),
        (home_path, "change_page"),
        (home_path, "lock_page"),
    }
    assert page_permissions("Moderators") == {
        ("/", "add_page"),
        ("/", "change_page"),
        ("/", "publish_page"),
        ("/", "lock_page"),
        ("/", "unlock_page"),
    }
    french = page_permissions("Translators: French (fr)")
    assert {codename for _path, codename in french} == {"add_page", "change_page"}
    french_home = Page.objects.get(locale__language_code="fr", depth=2)
    assert {path for path, _codename in french} == {french_home.url_path}
    # English has no translators' group; a language without a home page gets none yet.
    assert sorted(name for name in groups if name.startswith("Translators: ")) == [
        "Translators: French (fr)",
        "Translators: German (de)",
    ]
    assert not Group.objects.filter(name__startswith="Translators: English").exists()


def test_setup_roles_takes_back_page_permissions_no_longer_given(three_homes):
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    from workflow.roles import permission, setup_roles

    setup_roles()
    editors = Group.objects.get(name="Editors")
    german_home = Page.objects.get(locale__language_code="de", depth=2)
    GroupPagePermission.objects.create(
        group=editors, page=german_home, permission=permission("wagtailcore", "change_page")
    )
    GroupPagePermission.objects.create(
        group=editors, page=three_homes, permission=permission("wagtailcore", "publish_page")
    )
    setup_roles()
    assert page_permissions("Editors") == {
        (three_homes.url_path, "add_page"),
        (three_homes.url_path, "change_page"),
        (three_homes.url_path, "lock_page"),
    }


def test_every_group_may_use_images_and_documents(three_homes):
    from wagtail.models import Collection, GroupCollectionPermission

    from workflow.roles import setup_roles

    groups = setup_roles()
    root = Collection.get_first_root_node()
    for name, group in groups.items():
        rows = GroupCollectionPermission.objects.filter(group=group)
        # (Wagtail's own Editors group also holds change_image and change_document.)
        assert {(row.collection_id, row.permission.codename) for row in rows} >= {
            (root.pk, "add_image"),
            (root.pk, "choose_image"),
            (root.pk, "add_document"),
            (root.pk, "choose_document"),
        }, name
        assert group.permissions.filter(codename="access_admin").exists(), name


def test_setup_roles_without_an_english_home_says_so(root_page):
    from workflow.roles import setup_roles

    with pytest.raises(
        LookupError, match=r"^No English home page yet: run load_demo or create it first\.$"
    ):
        setup_roles()


def test_a_language_without_a_home_does_not_stop_the_languages_after_it(
    home, translate_page, locales
):
    """Only Romani, the last language, has a home besides English: the 22 languages
    between them, without one, are passed over and Romani still gets its translators."""
    from workflow.group_names import translators_group_name
    from workflow.roles import setup_roles

    translate_page(home, locales["rom"])
    groups = setup_roles()
    translators = sorted(name for name in groups if name.startswith("Translators: "))
    assert translators == [translators_group_name("rom")]


def test_a_permission_missing_from_a_flushed_database_is_made_again(db):
    from django.contrib.auth.models import Permission

    from workflow.roles import permission

    Permission.objects.filter(codename="access_admin").delete()
    made = permission("wagtailadmin", "access_admin")
    assert (made.content_type.app_label, made.content_type.model) == ("wagtailadmin", "admin")
    assert made.name == "Can access Wagtail admin"
    assert permission("wagtailadmin", "access_admin") == made  # found, not made twice
    with pytest.raises(Permission.DoesNotExist, match=r"^wagtailadmin\.no_such_thing$"):
        permission("wagtailadmin", "no_such_thing")


def test_each_group_is_summed_up_in_a_line():
    from workflow.roles import summary

    assert summary("Translators: French (fr)") == (
        "add and change pages, news topics and practice themes in French only; no form submissions"
    )
    assert summary("Editors").startswith("add and change pages in the English tree")
    assert summary("Communications") == ""
