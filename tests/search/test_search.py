"""Site search: current language only, live public pages, snippets, pagination, stemming."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from search.models import SearchEntry
from tests.factories import StandardPageFactory

ON_POSTGRESQL = connection.vendor == "postgresql"


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


@pytest.fixture
def pages(home, locales, translate_page):
    english = StandardPageFactory(
        parent=home,
        title="Housing mediators",
        slug="housing",
        body=body("A municipal practice of housing mediation with Roma families."),
    )
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(
        english,
        locales["fr"],
        title="Médiateurs du logement",
        body=body("Une pratique municipale de médiation pour le logement des familles roms."),
    )
    draft = StandardPageFactory(
        parent=home, title="Draft housing", slug="draft", body=body("housing draft")
    )
    draft.unpublish()
    private = StandardPageFactory(
        parent=home, title="Private housing", slug="private", body=body("housing private")
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return english


def result_titles(response):
    return [result.title for result in response.context["results"]]


def test_search_finds_pages_of_the_current_language_only(client, pages):
    assert result_titles(client.get("/en/search/", {"q": "housing"})) == ["Housing mediators"]
    assert result_titles(client.get("/fr/search/", {"q": "logement"})) == ["Médiateurs du logement"]
    assert result_titles(client.get("/fr/search/", {"q": "housing"})) == []


def test_drafts_and_private_pages_are_never_found(client, pages):
    content = client.get("/en/search/", {"q": "housing"}).content.decode()
    assert "Draft housing" not in content
    assert "Private housing" not in content


def test_unpublishing_removes_a_page_from_the_index(client, pages):
    pages.unpublish()
    assert not SearchEntry.objects.filter(page_id=pages.pk).exists()
    assert result_titles(client.get("/en/search/", {"q": "mediation"})) == []


def test_snippets_are_highlighted_and_escaped(client, pages):
    content = client.get("/en/search/", {"q": "mediation"}).content.decode()
    assert "<mark>mediation</mark>" in content
    hostile = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in hostile
    assert "&lt;script&gt;" in hostile


def test_empty_state_says_what_to_do(client, pages):
    content = client.get("/en/search/", {"q": "zzzyyyxxx"}).content.decode()
    assert "Nothing matches your search." in content
    assert "0 results" in content


@pytest.mark.parametrize("page_number", ["abc", "999", "-1", ""])
def test_bad_page_numbers_give_a_normal_page(client, pages, page_number):
    response = client.get("/en/search/", {"q": "housing", "page": page_number})
    assert response.status_code == 200


def test_pagination_keeps_the_query(client, home):
    for number in range(12):
        StandardPageFactory(parent=home, slug=f"mediation-{number}", body=body("mediation"))
    content = client.get("/en/search/", {"q": "mediation"}).content.decode()
    assert 'href="?q=mediation&amp;page=2"' in content
    second = client.get("/en/search/", {"q": "mediation", "page": 2})
    assert len(second.context["results"]) == 2


def test_rebuild_command_indexes_every_live_page(pages):
    SearchEntry.objects.all().delete()
    call_command("rebuild_site_search", stdout=open("/dev/null", "w"))
    # home, housing, and the private page (its restriction is checked at each search)
    assert SearchEntry.objects.filter(locale__language_code="en").count() == 3
    assert SearchEntry.objects.filter(locale__language_code="fr").count() == 2


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stemming is PostgreSQL's full-text search")
def test_french_search_stems_plurals(client, pages):
    assert result_titles(client.get("/fr/search/", {"q": "pratiques"})) == [
        "Médiateurs du logement"
    ]
    assert result_titles(client.get("/fr/search/", {"q": "médiations municipales"})) == [
        "Médiateurs du logement"
    ]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stemming is PostgreSQL's full-text search")
def test_english_search_stems_and_ranks(client, pages):
    assert result_titles(client.get("/en/search/", {"q": "practices"})) == ["Housing mediators"]


def snippets(response):
    return [str(result.snippet) for result in response.context["results"]]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="headlines are PostgreSQL's ts_headline")
def test_a_match_far_into_a_long_page_is_highlighted_in_whole_words(client, home):
    filler = " ".join(f"alphabetically{number}" for number in range(400))
    StandardPageFactory(
        parent=home, slug="long", title="Long", body=body(f"{filler} mediation omega {filler}")
    )
    (snippet,) = snippets(client.get("/en/search/", {"q": "mediation"}))
    assert "<mark>mediation</mark> omega" in snippet
    # the excerpt given to ts_headline is cut at words: no word is shown in part
    assert all(
        re.fullmatch(r"alphabetically\d+|omega|…|<mark>mediation</mark>", word)
        for word in snippet.split()
    )


@pytest.mark.skipif(not ON_POSTGRESQL, reason="headlines are PostgreSQL's ts_headline")
@pytest.mark.parametrize(
    ("text", "queries", "word"),
    [
        # "happy" is stemmed "happi", which the text never contains as written
        ("{filler} a happy ending", ["happy"], "happy"),
        # "art" is first written inside "start", far from the word itself: the excerpt
        # there has nothing to highlight
        ("To start with, {filler} some art.", ["art", "art -housing"], "art"),
    ],
)
def test_a_word_the_excerpt_misses_still_gets_its_headline_from_the_whole_text(
    client, home, text, queries, word
):
    filler = " ".join(["plain"] * 300)
    StandardPageFactory(
        parent=home, slug="far", title="Page", body=body(text.format(filler=filler))
    )
    for query in queries:
        (snippet,) = snippets(client.get("/en/search/", {"q": query}))
        assert f"<mark>{word}</mark>" in snippet


def test_a_page_found_by_its_title_only_shows_the_start_of_its_text(client, home):
    StandardPageFactory(
        parent=home, slug="titled", title="Mediation", body=body("Nothing else to say here.")
    )
    (snippet,) = snippets(client.get("/en/search/", {"q": "mediation"}))
    assert "Nothing else to say here." in snippet
    assert "<mark>" not in snippet


def test_accents_and_case_never_matter_on_any_database(client, home, locales, translate_page):
    page = StandardPageFactory(parent=home, title="Crete", slug="crete", body=body("Crete."))
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(page, locales["fr"], title="Héraklion", body=body("Le port d'Héraklion."))
    assert result_titles(client.get("/fr/search/", {"q": "HERAKLION"})) == ["Héraklion"]
    assert result_titles(client.get("/fr/search/", {"q": "héraklion"})) == ["Héraklion"]


def test_a_misspelt_word_offers_the_sites_word_on_any_database(client, home):
    StandardPageFactory(parent=home, title="Education", slug="e", body=body("For all."))
    response = client.get("/en/search/", {"q": "educaton"})
    assert result_titles(response) == []
    assert 'Did you mean <a href="?q=education">education</a>?' in response.content.decode()
