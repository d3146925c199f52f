"""Guards a visitor relies on around practices: what a participant's page lists, and a
renamed theme seen at once on cached pages."""

from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import PracticePageFactory


def test_a_participant_page_lists_neither_draft_nor_private_practices(
    client, practices, practice_index
):
    obrnice = practices["obrnice"].participant
    draft = PracticePageFactory(
        parent=practice_index, title="Obrnice draft zqdraft", participant=obrnice, country="CZ"
    )
    draft.unpublish()
    private = PracticePageFactory(
        parent=practice_index, title="Obrnice private zqprivate", participant=obrnice
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    content = client.get(obrnice.url).content.decode()
    assert "Community life in Obrnice" in content  # the control: its public practice
    assert "zqdraft" not in content
    assert "zqprivate" not in content


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_renamed_theme_shows_on_the_next_request_of_a_cached_page(
    client, practices, practice_index, themes
):
    url = practice_index.url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert "Education" in first.content.decode()
    theme = themes["education"]
    theme.name = "Schooling and learning"
    theme.save()
    renamed = client.get(url)
    assert renamed["X-Page-Cache"] == "miss"
    assert "Schooling and learning" in renamed.content.decode()
    detail = client.get(practices["obrnice"].url).content.decode()
    assert "Schooling and learning" in detail
