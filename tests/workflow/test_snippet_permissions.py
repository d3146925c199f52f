"""Translatable snippets: a translator edits only their language's topics and themes."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from news.models import NewsTopic
from practices.models import Theme
from workflow.permissions import LanguagePermissionPolicy, translatable_snippet_models
from workflow.roles import translators_group_name

SNIPPETS = [
    pytest.param(NewsTopic, "wagtailsnippets_news_newstopic", id="news-topic"),
    pytest.param(Theme, "wagtailsnippets_practices_theme", id="practice-theme"),
]


@pytest.fixture
def roles(home, translate_page, locales):
    """English, French and German home pages, and the groups setup_translators makes."""
    for code in ("fr", "de"):
        translate_page(home, locales[code])
    call_command("setup_translators", stdout=open("/dev/null", "w"))


@pytest.fixture
def snippets(roles):
    """An English, French and German instance of each snippet model, named by language."""

    def make(model):
        english = model.objects.create(
            locale=Locale.objects.get(language_code="en"), name="Health", slug="health-x"
        )
        made = {"en": english}
        for code, name in [("fr", "Santé"), ("de", "Gesundheit")]:
            copy = english.copy_for_translation(Locale.objects.get(language_code=code))
            copy.name = name
            copy.save()
            made[code] = copy
        return made

    return make


def url(prefix, action, *args):
    return reverse(f"{prefix}:{action}", args=args)


def test_the_translatable_snippets_use_the_language_policy():
    assert set(translatable_snippet_models()) == {NewsTopic, Theme}
    for model in (NewsTopic, Theme):
        assert isinstance(policy_registry.get_by_type(model), LanguagePermissionPolicy)


def test_translators_groups_hold_add_and_change_on_the_snippets(roles):
    group = Group.objects.get(name=translators_group_name("fr"))
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_newstopic", "change_newstopic", "add_theme", "change_theme"} <= codenames
    assert "delete_newstopic" not in codenames
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"change_newstopic", "delete_theme"} <= editors


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_a_translator_edits_their_language_only(client, snippets, make_user, model, prefix):
    made = snippets(model)
    client.force_login(make_user("marie", translators_group_name("fr")))

    assert client.get(url(prefix, "edit", made["fr"].pk)).status_code == 200
    refused = client.get(url(prefix, "edit", made["de"].pk))
    assert refused.status_code == 302
    assert refused.url == reverse("wagtailadmin_home")
    assert client.get(url(prefix, "edit", made["en"].pk)).status_code == 302


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_a_translator_cannot_post_to_another_language(client, snippets, make_user, model, prefix):
    made = snippets(model)
    client.force_login(make_user("marie", translators_group_name("fr")))
    response = client.post(
        url(prefix, "edit", made["de"].pk), {"name": "Hacked", "slug": "health-x"}
    )
    assert response.status_code == 302
    made["de"].refresh_from_db()
    assert made["de"].name == "Gesundheit"

    response = client.post(
        url(prefix, "edit", made["fr"].pk), {"name": "Santé publique", "slug": "health-x"}
    )
    assert response.status_code == 302
    made["fr"].refresh_from_db()
    assert made["fr"].name == "Santé publique"


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_a_translator_lists_only_their_language(client, snippets, make_user, model, prefix):
    snippets(model)
    client.force_login(make_user("marie", translators_group_name("fr")))
    response = client.get(url(prefix, "list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Santé" in html
    assert "Gesundheit" not in html
    assert ">Health<" not in html


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_a_translator_adds_only_in_their_language(client, snippets, make_user, model, prefix):
    snippets(model)
    client.force_login(make_user("marie", translators_group_name("fr")))
    assert client.get(url(prefix, "add") + "?locale=fr").status_code == 200
    assert client.get(url(prefix, "add") + "?locale=de").status_code == 302
    response = client.post(url(prefix, "add") + "?locale=de", {"name": "Neu", "slug": "neu"})
    assert response.status_code == 302
    assert not model.objects.filter(slug="neu").exists()


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_editors_and_moderators_edit_every_language(client, snippets, make_user, model, prefix):
    made = snippets(model)
    for user in (make_user("erik", "Editors"), make_user("mona", "Moderators")):
        client.force_login(user)
        assert client.get(url(prefix, "edit", made["de"].pk)).status_code == 200
        html = client.get(url(prefix, "list")).content.decode()
        assert "Gesundheit" in html and "Santé" in html


def test_a_translator_in_two_languages_reaches_both(snippets, make_user):
    made = snippets(NewsTopic)
    user = make_user("ana", translators_group_name("fr"), translators_group_name("de"))
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_instance(user, "change", made["de"])
    assert not policy.user_has_permission_for_instance(user, "change", made["en"])
    assert not policy.user_has_permission_for_instance(user, "delete", made["fr"])
    allowed = set(policy.instances_user_has_permission_for(user, "change"))
    assert allowed >= {made["fr"], made["de"]} and made["en"] not in allowed
    users = set(policy.users_with_permission_for_instance("change", made["de"]))
    assert user in users
    assert make_user("marie", translators_group_name("fr")) not in set(
        policy.users_with_permission_for_instance("change", made["de"])
    )


def test_setup_translators_twice_keeps_the_snippet_permissions(roles):
    group = Group.objects.get(name=translators_group_name("fr"))
    before = set(group.permissions.values_list("pk", flat=True))
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    assert set(group.permissions.values_list("pk", flat=True)) == before


def test_wagtail_localize_editor_checks_the_snippet_language(snippets, make_user):
    from wagtail_localize.views import edit_translation

    made = snippets(NewsTopic)
    translator = make_user("marie", translators_group_name("fr"))
    assert edit_translation.user_can_edit_instance(translator, made["fr"])
    assert not edit_translation.user_can_edit_instance(translator, made["de"])
    assert edit_translation.user_can_edit_instance(make_user("erik", "Editors"), made["de"])


def grant(user, codename):
    """``user`` holds the permission ``codename`` of its own (not through a group)."""
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename=codename))
    return type(user).objects.get(pk=user.pk)  # a fresh object: no cached permissions


def test_an_inactive_translator_reaches_no_language(snippets, make_user):
    made = snippets(NewsTopic)
    translator = make_user("marie", translators_group_name("fr"))
    translator.is_active = False
    translator.save()
    policy = policy_registry.get_by_type(NewsTopic)
    assert not policy.user_has_permission_for_instance(translator, "change", made["fr"])
    assert not policy.user_has_permission_for_locale(translator, "add", made["fr"].locale)
    assert list(policy.instances_user_has_permission_for(translator, "change")) == []


def test_an_anonymous_visitor_reaches_no_language(snippets):
    from django.contrib.auth.models import AnonymousUser

    made = snippets(NewsTopic)
    policy = policy_registry.get_by_type(NewsTopic)
    assert not policy.user_has_permission_for_instance(AnonymousUser(), "change", made["fr"])
    assert list(policy.instances_user_has_permission_for(AnonymousUser(), "change")) == []


def test_a_superuser_reaches_every_language(snippets, make_user):
    made = snippets(NewsTopic)
    admin = make_user("root")
    admin.is_superuser = True
    admin.save()
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_instance(admin, "delete", made["de"])
    assert policy.user_has_permission_for_locale(admin, "add", made["de"].locale)
    assert set(policy.instances_user_has_permission_for(admin, "change")) == set(made.values())
    assert admin in set(policy.users_with_permission_for_instance("change", made["de"]))


def test_a_permission_of_the_users_own_reaches_every_language(snippets, make_user):
    made = snippets(NewsTopic)
    user = grant(make_user("olga"), "change_newstopic")
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_instance(user, "change", made["de"])
    assert policy.user_has_permission_for_instance(user, "change", made["en"])
    assert not policy.user_has_permission_for_instance(user, "delete", made["de"])
    assert set(policy.instances_user_has_permission_for(user, "change")) == set(made.values())
    assert user in set(policy.users_with_permission_for_instance("change", made["de"]))
    assert user not in set(policy.users_with_permission_for_instance("delete", made["de"]))


def test_a_permission_through_a_group_other_than_translators_reaches_every_language(
    snippets, make_user
):
    from django.contrib.auth.models import Permission

    made = snippets(NewsTopic)
    group = Group.objects.create(name="Communications")
    group.permissions.add(Permission.objects.get(codename="change_newstopic"))
    user = make_user("carl", "Communications")
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_instance(user, "change", made["de"])
    assert policy.user_has_permission_for_locale(user, "add", None) is False  # no add
    assert policy.user_has_permission_for_locale(user, "change", made["de"].locale)
    assert set(policy.instances_user_has_permission_for(user, "change")) == set(made.values())
    assert user in set(policy.users_with_permission_for_instance("change", made["de"]))


def test_a_translator_creates_in_their_language_only(snippets, make_user):
    made = snippets(NewsTopic)
    translator = make_user("marie", translators_group_name("fr"))
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_locale(translator, "add", made["fr"].locale) is True
    assert policy.user_has_permission_for_locale(translator, "add", made["de"].locale) is False
    assert policy.user_has_permission_for_locale(translator, "add", None) is False
    assert policy.user_has_permission_for_locale(translator, "delete", made["fr"].locale) is False


def test_a_user_without_permissions_reaches_no_snippet(snippets, make_user):
    made = snippets(NewsTopic)
    user = make_user("nobody")
    policy = policy_registry.get_by_type(NewsTopic)
    assert not policy.user_has_permission_for_instance(user, "change", made["fr"])
    assert list(policy.instances_user_has_permission_for(user, "change")) == []
    assert user not in set(policy.users_with_permission_for_instance("change", made["fr"]))


def test_who_may_change_a_snippet_depends_on_its_language(snippets, make_user):
    made = snippets(NewsTopic)
    make_user("marie", translators_group_name("fr"))
    make_user("hans", translators_group_name("de"))
    make_user("erik", "Editors")
    make_user("nobody")
    policy = policy_registry.get_by_type(NewsTopic)

    def names(action, instance):
        users = policy.users_with_permission_for_instance(action, instance)
        return sorted(user.username for user in users)

    assert names("change", made["de"]) == ["erik", "hans"]
    assert names("change", made["fr"]) == ["erik", "marie"]
    # Translators may not delete: the editors may, in any language.
    assert names("delete", made["fr"]) == ["erik"]


def test_the_reach_of_a_user_is_worked_out_once_per_request(
    snippets, make_user, django_assert_num_queries
):
    made = snippets(NewsTopic)
    translator = make_user("marie", translators_group_name("fr"))
    policy = policy_registry.get_by_type(NewsTopic)
    assert policy.user_has_permission_for_instance(translator, "change", made["fr"])
    with django_assert_num_queries(0):
        assert policy.user_has_permission_for_instance(translator, "change", made["fr"])
        assert not policy.user_has_permission_for_instance(translator, "change", made["de"])


@pytest.mark.parametrize("action", ["add", "change", "delete", "view"])
def test_any_snippet_permission_of_the_users_own_lists_every_language(
    client, snippets, make_user, action
):
    snippets(NewsTopic)
    user = grant(make_user("olga"), "access_admin")
    client.force_login(grant(user, f"{action}_newstopic"))
    html = client.get(url("wagtailsnippets_news_newstopic", "list")).content.decode()
    assert "Gesundheit" in html and "Santé" in html and ">Health<" in html


@pytest.mark.parametrize(("model", "prefix"), SNIPPETS)
def test_an_editor_may_delete_in_any_language_a_translator_in_none(
    client, snippets, make_user, model, prefix
):
    made = snippets(model)
    client.force_login(make_user("erik", "Editors"))
    assert client.get(url(prefix, "delete", made["de"].pk)).status_code == 200
    client.force_login(make_user("marie", translators_group_name("fr")))
    assert client.get(url(prefix, "delete", made["fr"].pk)).status_code == 302


def test_the_localize_editor_check_adds_the_language_to_wagtail_localizes_own(
    snippets, make_user, monkeypatch
):
    """``limit_localize_editor`` wraps wagtail-localize's check (here a stand-in that
    allows all but the user "refused"), once, and asks the language of snippets only."""
    from wagtail.models import Page
    from wagtail_localize.views import edit_translation

    from workflow.permissions import limit_localize_editor

    made = snippets(NewsTopic)
    asked = []

    def wagtail_localizes_check(user, instance):
        asked.append((user.username, instance))
        return user.username != "refused"

    monkeypatch.setattr(edit_translation, "user_can_edit_instance", wagtail_localizes_check)
    limit_localize_editor()
    check = edit_translation.user_can_edit_instance
    limit_localize_editor()
    assert edit_translation.user_can_edit_instance is check  # not wrapped twice
    french = make_user("marie", translators_group_name("fr"))
    refused = make_user("refused", "Editors")
    assert check(french, made["fr"]) is True
    assert asked == [("marie", made["fr"])]
    assert check(french, made["de"]) is False
    assert check(refused, made["fr"]) is False
    page = Page.objects.get(depth=2, locale__language_code="de")
    assert check(french, page) is True  # pages: wagtail-localize's check alone
    assert check(refused, page) is False


def test_permissions_for_another_model_or_only_to_view_reach_no_other_language(snippets, make_user):
    """A French translator who also holds a permission on practice themes, or only the
    permission to view news topics (of their own or through a group), may not change a
    German news topic."""
    from django.contrib.auth.models import Permission

    made = snippets(NewsTopic)
    french = translators_group_name("fr")
    for name, codename in [("Communications", "change_theme"), ("Readers", "view_newstopic")]:
        Group.objects.create(name=name).permissions.add(Permission.objects.get(codename=codename))
    mixed = [
        make_user("theo", french, "Communications"),
        make_user("vera", french, "Readers"),
        grant(make_user("olaf", french), "change_theme"),
        grant(make_user("viktor", french), "view_newstopic"),
    ]
    policy = policy_registry.get_by_type(NewsTopic)
    for user in mixed:
        assert policy.user_has_permission_for_instance(user, "change", made["fr"]), user
        assert not policy.user_has_permission_for_instance(user, "change", made["de"]), user
    users = policy.users_with_permission_for_instance("change", made["de"])
    assert not {user.username for user in users} & {"theo", "vera", "olaf", "viktor"}


def test_the_viewset_registers_the_language_policy_once(monkeypatch):
    """``register_permissions`` (run once at start-up) gives a translatable snippet model
    the language policy, and keeps a policy already registered; here with a registry of
    the test's own, and without Wagtail's part (its permission hook)."""
    import wagtail.permissions
    from wagtail.permissions import PolicyRegistry
    from wagtail.snippets.views.snippets import SnippetViewSet

    from workflow import permissions

    registry = PolicyRegistry()
    monkeypatch.setattr(wagtail.permissions, "policy_registry", registry)
    monkeypatch.setattr(permissions, "policy_registry", registry)
    monkeypatch.setattr(SnippetViewSet, "register_permissions", lambda viewset: None)
    viewset = object.__new__(permissions.TranslatableSnippetViewSet)
    viewset.model = NewsTopic
    viewset.register_permissions()
    policy = registry.get_by_type(NewsTopic, fallback=False)
    assert type(policy) is LanguagePermissionPolicy
    assert policy.model is NewsTopic
    viewset.register_permissions()
    assert registry.get_by_type(NewsTopic, fallback=False) is policy


def test_an_editor_who_also_translates_is_among_who_may_change_every_language(snippets, make_user):
    made = snippets(NewsTopic)
    make_user("both", "Editors", translators_group_name("fr"))
    policy = policy_registry.get_by_type(NewsTopic)
    for code in ("en", "fr", "de"):
        users = policy.users_with_permission_for_instance("change", made[code])
        assert "both" in {user.username for user in users}, code


def test_a_snippet_not_yet_given_a_language_is_reached_by_no_translator(snippets, make_user):
    """An instance without a locale yet (a new, unsaved one) is of no language: a
    translator may not act on it, an editor may, and nothing fails on the way."""
    snippets(NewsTopic)
    marie = make_user("marie", translators_group_name("fr"))
    erik = make_user("erik", "Editors")
    policy = policy_registry.get_by_type(NewsTopic)
    new_topic = NewsTopic(name="Unsaved", slug="unsaved")
    assert policy.user_has_permission_for_instance(marie, "change", new_topic) is False
    assert policy.user_has_permission_for_instance(erik, "change", new_topic) is True
    users = policy.users_with_permission_for_instance("change", new_topic)
    assert sorted(user.username for user in users) == ["erik"]
