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
