"""The orders of the practice database: title (natural, in the page's language's
alphabet), newest, oldest, relevance; kept in the links; a bad value is the default."""

import re

import pytest
from django.db import connection

from tests.factories import PracticePageFactory

URL = "/en/practices/"
ON_POSTGRESQL = connection.vendor == "postgresql"


def ordered(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [practice.title for practice in response.context["practices"].object_list]


TITLE_ORDER = [
    "Athens housing",
    "Community life in Obrnice",
    "Heraklion programme",
    "Kocaeli programme",
    "Undated practice",
]


def test_the_default_order_is_by_title(client, practices):
    assert ordered(client, URL) == TITLE_ORDER
    assert ordered(client, URL + "?sort=title") == TITLE_ORDER


def test_newest_first_by_start_year_undated_last(client, practices):
    # Started 2015, 2012, 2010, 2007; no start year.
    assert ordered(client, URL + "?sort=newest") == [
        "Athens housing",
        "Kocaeli programme",
        "Heraklion programme",
        "Community life in Obrnice",
        "Undated practice",
    ]


def test_oldest_first_by_start_year_undated_last(client, practices):
    assert ordered(client, URL + "?sort=oldest") == [
        "Community life in Obrnice",
        "Heraklion programme",
        "Kocaeli programme",
        "Athens housing",
        "Undated practice",
    ]


def test_an_order_keeps_the_filters(client, practices):
    assert ordered(client, URL + "?country=GR&sort=oldest") == [
        "Heraklion programme",
        "Athens housing",
    ]


@pytest.mark.parametrize("value", ["bogus", "", "TITLE", "newest%00", "x" * 300, "relevance"])
def test_a_bad_order_gives_the_default_order(client, practices, value):
    """Relevance without search words is no order either: the default (title)."""
    response = client.get(URL, {"sort": value})
    assert response.status_code == 200
    assert [p.title for p in response.context["practices"].object_list] == TITLE_ORDER
    assert response.context["sort"] == "title"
    assert '<option value="title" selected>Title</option>' in response.content.decode()


def test_relevance_is_offered_and_the_default_only_with_search_words(client, practices):
    without = client.get(URL).content.decode()
    assert 'value="relevance"' not in without
    response = client.get(URL, {"q": "programme"})
    assert response.context["sort"] == "relevance"
    assert '<option value="relevance" selected>Best match</option>' in response.content.decode()
    assert ordered(client, URL + "?q=programme&sort=title") == [
        "Heraklion programme",
        "Kocaeli programme",
    ]


def test_the_order_changes_no_count(client, practices):
    default = client.get(URL + "?country=GR").context
    for sort in ("newest", "oldest", "title"):
        context = client.get(URL + f"?country=GR&sort={sort}").context
        for facet in ("country", "theme", "type", "year"):
            assert context[f"{facet}_choices"] == default[f"{facet}_choices"], (sort, facet)


def test_pagination_keeps_the_order(client, practices, practice_index):
    for n in range(12):
        PracticePageFactory(
            parent=practice_index, title=f"Extra {n:02}", country="GR", start_year=1990 + n
        )
    response = client.get(URL + "?country=GR&sort=oldest")
    first = [p.title for p in response.context["practices"].object_list]
    assert first == [f"Extra {n:02}" for n in range(10)]
    link = re.search(r'<a href="([^"]+)" rel="next">', response.content.decode()).group(1)
    assert "sort=oldest" in link and "country=GR" in link and "page=2" in link
    second = ordered(client, URL + link.replace("&amp;", "&"))
    assert second == ["Extra 10", "Extra 11", "Heraklion programme", "Athens housing"]


def test_clearing_the_filters_keeps_a_chosen_order(client, practices):
    content = client.get(URL + "?country=GR&sort=newest").content.decode()
    assert f'<a href="{URL}?sort=newest">Clear all filters</a>' in content
    content = client.get(URL + "?country=GR&sort=title").content.decode()
    assert f'<a href="{URL}">Clear all filters</a>' in content


def test_the_map_address_leaves_the_order_out(client, practices):
    content = client.get(URL + "?theme=education&sort=newest").content.decode()
    assert 'data-geojson-url="/en/practices/geojson/?theme=education"' in content


def test_titles_in_natural_order(client, practice_index):
    """Numbers compare as numbers, on PostgreSQL (ICU, numeric) and SQLite (Python)."""
    for title in ["Practice 10", "Practice 2", "practice 3", "Practice 1", "Practice 100"]:
        PracticePageFactory(parent=practice_index, title=title, country="CZ")
    assert ordered(client, URL) == [
        "Practice 1",
        "Practice 2",
        "practice 3",
        "Practice 10",
        "Practice 100",
    ]


CZECH_WORDS = ["Ihla", "Chata", "Hrad", "Cesta", "Čas"]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="the alphabets are PostgreSQL's ICU collations")
def test_titles_in_the_alphabet_of_the_language(client, home, practice_index, locales):
    """In Czech "ch" is a letter after "h"; in English it is "c" then "h"."""
    from tests.conftest import translate

    translate(home, locales["cs"], title="Domů")
    czech_index = translate(practice_index, locales["cs"], title="Praxe", slug="praxe")
    for word in CZECH_WORDS:
        PracticePageFactory(parent=practice_index, title=word, country="CZ")
        PracticePageFactory(parent=czech_index, title=word, country="CZ")
    assert ordered(client, URL) == ["Čas", "Cesta", "Chata", "Hrad", "Ihla"]
    assert ordered(client, czech_index.url) == ["Cesta", "Čas", "Hrad", "Chata", "Ihla"]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="the collations exist on PostgreSQL only")
def test_every_language_has_its_title_collation(locales):
    """Made by practices/migrations/0004: one per language ICU knows, ``und`` for the
    others (Romani)."""
    from django.conf import settings

    from practices.sorting import collation_name

    with connection.cursor() as cursor:
        cursor.execute("SELECT collname FROM pg_collation WHERE collname LIKE 'alliance_title_%%'")
        existing = {row[0] for row in cursor.fetchall()}
    for code, _name in settings.LANGUAGES:
        assert collation_name(code) in existing, code
    assert collation_name("rom") == "alliance_title_und"
    assert collation_name("cs") == "alliance_title_cs"
