"""What empties the page cache (core/page_cache.py): what visitors can see, and nothing else.

Each test reads the content generation before and after one action. A draft, a
translation draft, a workflow step, a login or a form submission must leave it as it
was: with 25 languages of translators saving drafts all day, each would otherwise empty
the page cache and every kept value on every server.
"""

import pytest
from django.core.management import call_command
from django.db.models.signals import post_save
from django.test import override_settings
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core.generation import current_generation
from news.models import NewsTopic
from tests.factories import StandardPageFactory, SubmissionFactory
from workflow.roles import translators_group_name

CACHED = override_settings(PAGE_CACHE_SECONDS=600)


@pytest.fixture
def objectives(home):
    objectives = StandardPageFactory(parent=home, title="Objectives", slug="objectives")
    objectives.save_revision().publish()
    return objectives


class Generation:
    def __init__(self):
        self.before = current_generation()

    @property
    def changed(self):
        return current_generation() != self.before


# Left as they were -----------------------------------------------------------------------


def test_a_draft_save_leaves_the_generation(objectives):
    generation = Generation()
    objectives.title = "Objectives (draft)"
    objectives.save_revision()
    assert not generation.changed


def test_a_new_draft_page_leaves_the_generation(home):
    generation = Generation()
    StandardPageFactory(parent=home, title="Not yet", slug="not-yet", live=False)
    assert not generation.changed


def test_a_translation_draft_leaves_the_generation(
    home, locales, objectives, django_capture_on_commit_callbacks
):
    """A translator types in wagtail-localize's editor: each string is saved as it is."""
    source, _created = TranslationSource.get_or_create_from_instance(objectives)
    translation = Translation.objects.create(source=source, target_locale=locales["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    generation = Generation()
    segment = source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=locales["fr"],
        context=segment.context,
        defaults={"data": "Objectifs (brouillon)"},
    )
    assert not generation.changed


def test_a_workflow_step_leaves_the_generation(
    client, home, locales, objectives, django_capture_on_commit_callbacks, django_user_model
):
    source, _created = TranslationSource.get_or_create_from_instance(objectives)
    translation = Translation.objects.create(source=source, target_locale=locales["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    call_command("setup_translators", stdout=open("/dev/null", "w"))
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("marie", "marie@example.org", "pw")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name=translators_group_name("fr")))
    client.force_login(user)
    generation = Generation()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code == 302
    assert translation.get_target_instance().workflow_in_progress
    assert not generation.changed
    with django_capture_on_commit_callbacks(execute=True):
        translation.get_target_instance().specific.save_revision().publish()
    assert generation.changed


def test_a_login_and_a_form_submission_leave_the_generation(client, home, django_user_model):
    from forms import demo as forms_demo

    join = forms_demo.ensure_form_page(home, forms_demo.JOIN)
    django_user_model.objects.create_user("ed", "ed@example.org", "a-long-password-1")
    generation = Generation()
    assert client.login(username="ed", password="a-long-password-1")
    SubmissionFactory(page=join, form_data={"motivation": "Because"})
    assert not generation.changed


def test_a_save_of_every_draft_field_at_once_leaves_the_generation(objectives):
    """The draft, lock and comment fields, all nine written together: still no change a
    visitor sees (core.invalidation.DRAFT_ONLY_FIELDS, listed here by hand)."""
    generation = Generation()
    post_save.send(
        sender=type(objectives),
        instance=objectives,
        created=False,
        update_fields=frozenset(
            {
                "latest_revision",
                "latest_revision_created_at",
                "draft_title",
                "has_unpublished_changes",
                "wagtail_admin_comments",
                "locked",
                "locked_by",
                "locked_at",
                "numchild",
            }
        ),
    )
    assert not generation.changed
    post_save.send(
        sender=type(objectives),
        instance=objectives,
        created=False,
        update_fields=frozenset({"draft_title", "title"}),
    )
    assert generation.changed


# Changed -----------------------------------------------------------------------------


def test_a_publish_changes_the_generation(objectives):
    generation = Generation()
    objectives.title = "Our objectives"
    objectives.save_revision().publish()
    assert generation.changed


def test_an_unpublish_changes_the_generation(objectives):
    generation = Generation()
    objectives.unpublish()
    assert generation.changed


def test_a_move_and_a_delete_change_the_generation(home, objectives):
    other = StandardPageFactory(parent=home, title="About", slug="about")
    generation = Generation()
    objectives.move(other, pos="last-child")
    assert generation.changed
    generation = Generation()
    objectives.delete()
    assert generation.changed


def test_a_view_restriction_changes_the_generation(objectives):
    generation = Generation()
    restriction = PageViewRestriction.objects.create(page=objectives, restriction_type="login")
    assert generation.changed
    generation = Generation()
    restriction.delete()
    assert generation.changed


def test_a_snippet_change_changes_the_generation(home, locales):
    generation = Generation()
    topic = NewsTopic.objects.create(name="Housing", slug="housing", locale=locales["en"])
    assert generation.changed
    generation = Generation()
    topic.name = "Housing and living"
    topic.save()
    assert generation.changed


def test_a_new_live_copy_changes_the_generation(home, locales, objectives):
    """An untranslated copy in another language is a objectives visitors see at once."""
    generation = Generation()
    objectives.copy_for_translation(locales["uk"], copy_parents=True, alias=True)
    assert generation.changed


# Headers of a hit ------------------------------------------------------------------------


@CACHED
def test_a_hit_carries_the_headers_of_the_miss_that_stored_it(client, objectives):
    miss = client.get("/en/objectives/")
    assert miss["X-Page-Cache"] == "miss"
    hit = client.get("/en/objectives/")
    assert hit["X-Page-Cache"] == "hit"
    for header in ("Cache-Control", "Expires", "Vary", "Content-Language"):
        assert hit.get(header) == miss.get(header), header
    assert "max-age=0" in hit["Cache-Control"]


@CACHED
@override_settings(FRONTEND_CACHE_URL="http://127.0.0.1:6081")
def test_behind_a_purged_cdn_public_pages_say_s_maxage(client, objectives):
    miss = client.get("/en/objectives/")
    hit = client.get("/en/objectives/")
    assert "s-maxage=600" in miss["Cache-Control"]
    assert hit["Cache-Control"] == miss["Cache-Control"]
