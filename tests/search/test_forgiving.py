"""Search that forgives (issue 18), on PostgreSQL: accents and case, words the site knows
for a misspelt one ("did you mean"), results saying what they are, and queries that
would trip a parser answered as any other."""

import datetime
import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.models import PageViewRestriction

from search.models import SearchWord
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="unaccent and pg_trgm are PostgreSQL's"
)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def titles(response):
    return [result.title for result in response.context["results"]]


def get(client, language, query, **params):
    return client.get(f"/{language}/search/", {"q": query, **params})


@pytest.fixture
def french(home, locales, translate_page):
    page = StandardPageFactory(
        parent=home, title="Education", slug="education", body=body("Schools in Heraklion.")
    )
    translate_page(home, locales["fr"], title="Accueil")
    return translate_page(
        page,
        locales["fr"],
        title="L'éducation",
        body=body("Les écoles d'Héraklion et l'ÉDUCATION des enfants."),
    )


def test_french_search_without_accents_finds_the_accented_pages(client, french):
    assert titles(get(client, "fr", "education")) == ["L'éducation"]
    assert titles(get(client, "fr", "heraklion")) == ["L'éducation"]
    assert titles(get(client, "fr", "HERAKLION")) == ["L'éducation"]
    # and the other way round: the accents typed, the text without them
    assert titles(get(client, "en", "Héraklion")) == ["Education"]


def test_romani_search_finds_a_page_by_its_words_without_their_accents(
    client, home, locales, translate_page
):
    page = StandardPageFactory(parent=home, title="Children", slug="children", body=body("x"))
    translate_page(home, locales["rom"], title="Kher")
    translate_page(page, locales["rom"], title="E čhave", body=body("E čhavorengo sikavipe."))
    assert titles(get(client, "rom", "chave")) == ["E čhave"]
    assert titles(get(client, "rom", "CHAVORENGO")) == ["E čhave"]
    # no stemmer for Romani: a plain match, not a prefix
    assert titles(get(client, "rom", "chav")) == []


def test_a_misspelt_word_offers_the_sites_word_as_a_link(client, home):
    StandardPageFactory(parent=home, title="Education", slug="e", body=body("For all."))
    response = get(client, "en", "educaton")
    assert titles(response) == []
    assert response.context["suggestion"] == "education"
    assert 'Did you mean <a href="?q=education">education</a>?' in response.content.decode()


def test_the_suggestion_is_in_the_visitors_language(client, french):
    response = get(client, "fr", "educaton")
    assert response.context["suggestion"] == "éducation"
    assert "Vouliez-vous dire" in response.content.decode()


def test_a_search_that_finds_something_offers_nothing(client, french):
    assert get(client, "fr", "education").context["suggestion"] is None


def test_results_say_their_type_date_and_filter_by_type(client, home):
    news_index = NewsIndexPageFactory(parent=home)
    news = NewsPageFactory(
        parent=news_index, title="Mediators meet", date=datetime.date(2021, 3, 4)
    )
    news.save_revision().publish()
    StandardPageFactory(parent=home, title="About mediators", slug="about", body=body("x"))
    response = get(client, "en", "mediators")
    content = response.content.decode()
    assert sorted(titles(response)) == ["About mediators", "Mediators meet"]
    assert '<time datetime="2021-03-04">March 4, 2021</time>' in content
    assert '<span class="search-result__kind">News</span>' in content
    assert '<span class="search-result__kind">Page</span>' in content
    assert "News (1)" in content and "Pages (1)" in content and "All results (2)" in content
    filtered = get(client, "en", "mediators", type="news")
    assert titles(filtered) == ["Mediators meet"]
    assert "All results (2)" in filtered.content.decode()
    # an unknown type is no filter
    assert len(titles(get(client, "en", "mediators", type="nonsense"))) == 2


BAD_QUERIES = [
    '"',
    '"unclosed quote',
    "back",
    "& | ! : * ( )",
    "education & (",
    "!!!",
    "a:* | !b",
    "-",
    "or",
    "'",
    "\\",
    "%",
    "x" * 1000,
    "education " * 100,
    "\x00",
    "edu\x00cation",
    "\x01\x02\x1b[31m",
    "<>",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_every_bad_query_answers_a_normal_page(client, french, query):
    for language in ("en", "fr", "rom"):
        assert get(client, language, query).status_code == 200


def test_a_lone_surrogate_escaped_in_the_url_answers_a_normal_page(client, french):
    assert client.get("/en/search/?q=%ED%A0%80").status_code == 200
    assert client.get("/en/search/?q=%00").status_code == 200


@pytest.mark.parametrize("rebuilt", [False, True])
def test_a_private_pages_word_is_neither_found_nor_suggested_in_any_language(
    client, home, locales, translate_page, rebuilt
):
    """The page is published, translated, then made private: its words stay in the word
    list until it is rebuilt, and are never offered, nor found, in any language."""
    private = StandardPageFactory(
        parent=home, title="Quixotry", slug="private", body=body("Zanzibarian quixotry.")
    )
    for language in LANGUAGES:
        if language != "en":
            translate_page(home, locales[language], title="Home")
            translate_page(private, locales[language], title="Quixotry")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    if rebuilt:
        call_command("rebuild_site_search", stdout=io.StringIO())
    for language in LANGUAGES:
        for query in ("quixotry", "zanzibarian"):
            assert titles(get(client, language, query)) == [], (language, query)
        for misspelt in ("quixotri", "zanzibarain"):
            response = get(client, language, misspelt)
            assert response.context["suggestion"] is None, (language, misspelt)
    assert SearchWord.objects.filter(folded="quixotry").exists() is not rebuilt
    # a page published inside a private section adds none of its words
    StandardPageFactory(parent=private, title="Snollygoster", slug="inside", body=body("x"))
    assert not SearchWord.objects.filter(folded="snollygoster").exists()


def test_past_the_candidates_the_count_says_more_than_and_title_matches_rank_first(
    client, home, monkeypatch
):
    monkeypatch.setattr("search.fulltext.CANDIDATES", 3)
    for number in range(6):
        StandardPageFactory(
            parent=home, title=f"Page {number}", slug=f"p{number}", body=body("mediation")
        )
    # made last: not among the first text matches the index gives, found by its title
    StandardPageFactory(parent=home, title="Mediation", slug="titled", body=body("mediation"))
    response = get(client, "en", "mediation")
    content = response.content.decode()
    assert "More than 3 results for “mediation”" in content
    assert titles(response)[0] == "Mediation"
    # too many to count by type: the links come without numbers
    assert "All results</a>" in content
    assert get(client, "en", "mediation", page=99).status_code == 200
