"""Practice pages: tree rules, creation in the admin, rendering, translation, themes."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from participants.models import ParticipantPage
from practices.models import PracticeIndexPage, PracticePage, Theme
from tests.factories import PracticePageFactory


def test_tree_rules(home, practice_index):
    assert PracticeIndexPage.allowed_parent_page_models() == [HomePage]
    assert PracticeIndexPage.allowed_subpage_models() == [PracticePage]
    assert PracticePage.allowed_parent_page_models() == [PracticeIndexPage]
    assert PracticePage.allowed_subpage_models() == []
    assert not PracticeIndexPage.can_create_at(home)
    assert PracticePage.can_create_at(practice_index)


def test_the_themes_are_seeded(themes):
    assert set(themes) == {
        "education",
        "housing",
        "employment",
        "health",
        "culture-and-awareness",
        "anti-discrimination",
        "social-services",
        "participation",
    }


def practice_form(**overrides):
    data = {
        "title": "Community life in Obrnice",
        "slug": "community-life",
        "participant": "",
        "country": "CZ",
        "practice_type": "demonstrated",
        "start_year": "2007",
        "end_year": "",
        "summary": "Interlocking projects.",
        "body": streamfield([]),
        "documents": streamfield([]),
        "images": streamfield([]),
        "prizes": streamfield(
            [("prize", {"name": "4th Dosta!-Congress Prize", "year": "2013", "place": "1st"})]
        ),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_a_practice_in_the_admin(admin_client, practice_index, themes):
    url = f"/admin/pages/add/practices/practicepage/{practice_index.pk}/"
    data = practice_form()
    data["themes"] = [themes["education"].pk, themes["housing"].pk]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PracticePage.objects.get(slug="community-life")
    assert page.live
    assert sorted(theme.slug for theme in page.themes.all()) == ["education", "housing"]
    assert page.prizes[0].value["place"] == "1st"


def test_admin_refuses_an_end_before_the_start(admin_client, practice_index):
    url = f"/admin/pages/add/practices/practicepage/{practice_index.pk}/"
    response = admin_client.post(url, practice_form(start_year="2010", end_year="2005"))
    assert response.status_code == 200
    assert not PracticePage.objects.filter(slug="community-life").exists()


def test_admin_needs_a_country_or_a_participant(admin_client, practice_index):
    url = f"/admin/pages/add/practices/practicepage/{practice_index.pk}/"
    response = admin_client.post(url, practice_form(country=""))
    assert response.status_code == 200
    assert not PracticePage.objects.filter(slug="community-life").exists()


def test_practice_page_renders_its_facts(client, practices):
    page = practices["heraklion"]
    page.prizes = [("prize", {"name": "4th Dosta!-Congress Prize", "year": 2013, "place": "2nd"})]
    page.save_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>Heraklion programme</h1>" in content
    assert ">Heraklion</a>" in content
    assert "Education, Health" in content
    assert "2010–2013" in content
    assert "Replicated" in content
    assert "4th Dosta!-Congress Prize (2013): 2nd" in content
    assert "mediator seminars" in content


def test_draft_practice_is_not_served(client, practices, practice_index):
    draft = PracticePage.objects.get(title="Draft practice")
    assert client.get(draft.url or f"/en/practices/{draft.slug}/").status_code == 404


@pytest.fixture
def french(practices, practice_index, home, locales, translate_page, themes):
    for theme in themes.values():
        copy = theme.copy_for_translation(locales["fr"])
        copy.name = {"education": "Éducation", "housing": "Logement"}.get(theme.slug, theme.name)
        copy.save()
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(practice_index, locales["fr"], title="Bonnes pratiques", slug="bonnes-pratiques")
    participant = practices["obrnice"].participant
    translate_page(participant.get_parent(), locales["fr"], title="Participants")
    translate_page(participant, locales["fr"], title="Obrnice (fr)")
    return translate_page(practices["obrnice"], locales["fr"], title="Vie communautaire")


def test_french_database_lists_french_practices_with_french_theme_names(client, french):
    response = client.get("/fr/bonnes-pratiques/?theme=education")
    assert response.status_code == 200
    content = response.content.decode()
    assert ">Vie communautaire</a>" in content
    assert "Heraklion programme" not in content
    assert "Éducation, Logement" in content
    assert '<option value="education" selected>Éducation (1)</option>' in content
    assert "Obrnice (fr)" in content


def test_the_list_shows_the_participant_as_published_now(client, french):
    """Participants' titles are kept per content generation: a publish or an unpublish
    shows in the list on the next request."""
    participant = ParticipantPage.objects.get(title="Obrnice (fr)")
    assert "Obrnice (fr)" in client.get("/fr/bonnes-pratiques/").content.decode()
    participant.title = "Obrnice (commune)"
    participant.save_revision().publish()
    content = client.get("/fr/bonnes-pratiques/").content.decode()
    assert "Obrnice (commune), " in content and "Obrnice (fr)" not in content
    participant.unpublish()  # the English participant is shown instead, marked English
    english = french.participant.title
    content = client.get("/fr/bonnes-pratiques/").content.decode()
    assert f'<span lang="en">{english}</span>, ' in content
    assert "Obrnice (commune)" not in content
    french.participant.unpublish()  # then no participant at all
    content = client.get("/fr/bonnes-pratiques/").content.decode()
    assert f"{english}, " not in content
    assert ">Vie communautaire</a>" in content


def test_french_practice_links_to_the_french_participant(client, french):
    content = client.get(french.url).content.decode()
    assert ">Obrnice (fr)</a>" in content
    assert "Éducation, Logement" in content


def test_french_search_stays_in_french(client, french):
    content = client.get("/fr/bonnes-pratiques/?q=mediator").content.decode()
    assert "Heraklion programme" not in content
    assert "No practice matches your search." in content or "Aucune" in content


def test_theme_slug_is_unique_per_language(themes, locales):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Theme.objects.create(locale=locales["en"], slug="education", name="Schooling")


def test_practice_factory_country_defaults_from_participant(practices):
    page = PracticePageFactory.build(country="", participant=practices["obrnice"].participant)
    page.clean()
    assert page.country.code == "CZ"
