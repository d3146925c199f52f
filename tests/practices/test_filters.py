"""The practice database: each filter, their combinations, faceted counts, search, pages."""

import re

import pytest

from tests.factories import PracticePageFactory

URL = "/en/practices/"


def titles(client, query=""):
    response = client.get(URL + query)
    assert response.status_code == 200
    return {practice.title for practice in response.context["practices"].object_list}


def choices(client, query, facet):
    response = client.get(URL + query)
    return {value: count for value, _label, count in response.context[f"{facet}_choices"]}


ALL = {
    "Community life in Obrnice",
    "Heraklion programme",
    "Kocaeli programme",
    "Athens housing",
    "Undated practice",
}


def test_without_filters_every_live_public_practice_is_listed(client, practices):
    assert titles(client) == ALL


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?country=GR", {"Heraklion programme", "Athens housing"}),
        ("?country=gr", {"Heraklion programme", "Athens housing"}),
        ("?theme=housing", {"Community life in Obrnice", "Athens housing"}),
        ("?theme=education", {"Community life in Obrnice", "Heraklion programme"}),
        ("?type=promising", {"Kocaeli programme", "Athens housing"}),
        ("?year=2007", {"Community life in Obrnice"}),
        ("?year=2013", {"Community life in Obrnice", "Heraklion programme", "Kocaeli programme"}),
        ("?year=2014", {"Community life in Obrnice", "Kocaeli programme"}),
        ("?year=2016", {"Community life in Obrnice", "Athens housing"}),
        ("?country=GR&theme=housing", {"Athens housing"}),
        ("?theme=education&type=replicated", {"Heraklion programme"}),
        ("?country=GR&year=2011", {"Heraklion programme"}),
        ("?theme=housing&type=promising&year=2015&country=GR", {"Athens housing"}),
        ("?country=TR&theme=housing", set()),
    ],
)
def test_filters_alone_and_combined(client, practices, query, expected):
    assert titles(client, query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "?country=XX",
        "?theme=gardening",
        "?type=legendary",
        "?year=abc",
        "?year=99999",
        "?year=",
        "?page=999",
        "?page=-1",
        "?page=abc",
        "?q=" + "x" * 500,
        "?country=%00&theme=%FF",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, practices, query):
    response = client.get(URL + query)
    assert response.status_code == 200
    assert response.content.decode().count("<h1>") == 1


def test_bad_values_are_ignored_not_applied(client, practices):
    assert titles(client, "?country=XX&year=abc&type=legendary") == ALL


@pytest.mark.parametrize(
    "year", ["abc", "-2007", "+2007", "2_007", "99999", "9" * 5000, "", "²", "٢٠٠٧", "２００７"]
)
def test_a_bad_year_lists_every_practice_with_no_year_chosen(client, practices, year):
    """The same parse_year as the news and texts lists (core/listings.py): a year in
    other digits than ASCII ones is no filter, even when int() would read it as 2007."""
    response = client.get(URL, {"year": year})
    assert response.status_code == 200
    assert {practice.title for practice in response.context["practices"].object_list} == ALL
    assert response.context["selected"]["year"] == ""


def test_counts_beside_each_choice(client, practices):
    assert choices(client, "", "country") == {"CZ": 2, "GR": 2, "TR": 1}
    themes = choices(client, "", "theme")
    assert themes["education"] == 2
    assert themes["housing"] == 2
    assert themes["health"] == 1
    assert themes["employment"] == 0
    # The undated practice has no type: counted under "not assessed".
    assert choices(client, "", "type") == {
        "demonstrated": 1,
        "replicated": 1,
        "promising": 2,
        "not-assessed": 1,
    }
    years = choices(client, "", "year")
    assert years[2007] == 1
    assert years[2013] == 3
    assert years[2016] == 2
    assert min(years) == 2007


def test_counts_apply_the_other_filters_but_not_their_own(client, practices):
    query = "?country=GR&theme=housing"
    # Countries counted with the theme filter only: housing is in CZ and GR.
    assert choices(client, query, "country") == {"CZ": 1, "GR": 1, "TR": 0}
    # Themes counted with the country filter only: GR has health, education, housing.
    themes = choices(client, query, "theme")
    assert (themes["health"], themes["education"], themes["housing"]) == (1, 1, 1)
    assert themes["culture-and-awareness"] == 0
    assert choices(client, query, "type") == {
        "demonstrated": 0,
        "replicated": 0,
        "promising": 1,
        "not-assessed": 0,
    }


def test_counts_are_shown_in_the_form(client, practices):
    content = client.get(URL + "?country=GR").content.decode()
    assert re.search(r'<option value="GR" selected>Greece \(2\)</option>', content)
    assert re.search(r'<option value="housing">Housing \(1\)</option>', content)


def test_search_finds_a_practice_by_a_word_of_its_body(client, practices):
    assert titles(client, "?q=violin") == {"Kocaeli programme"}
    assert titles(client, "?q=mediator") == {"Heraklion programme"}


def test_search_combines_with_filters_and_counts(client, practices):
    assert titles(client, "?q=programme&country=GR") == {"Heraklion programme"}
    assert choices(client, "?q=programme", "country") == {"CZ": 0, "GR": 1, "TR": 1}


def test_no_match_says_so(client, practices):
    response = client.get(URL + "?q=submarine")
    content = response.content.decode()
    assert "No practice matches your search." in content
    assert 'class="practice-list"' not in content
    assert "data-map" not in content


def test_drafts_and_private_practices_are_never_listed(client, practices):
    content = client.get(URL).content.decode()
    assert "Draft practice" not in content
    assert "Private practice" not in content
    assert "Draft practice" not in client.get(URL + "?q=practice").content.decode()


def test_pagination_keeps_every_filter(client, practices, practice_index):

    for n in range(12):
        PracticePageFactory(parent=practice_index, title=f"Extra {n:02}", country="GR")
    response = client.get(URL + "?country=GR&q=extra")
    page = response.context["practices"]
    assert page.paginator.count == 12
    content = response.content.decode()
    link = re.search(r'<a href="([^"]+)" rel="next">', content).group(1)
    assert "country=GR" in link and "q=extra" in link and "page=2" in link
    second = client.get(URL + link.replace("&amp;", "&"))
    assert second.status_code == 200
    assert len(second.context["practices"].object_list) == 2
    prev = re.search(r'<a href="([^"]+)" rel="prev">', second.content.decode()).group(1)
    assert "country=GR" in prev and "q=extra" in prev


def test_map_of_the_matching_practices(client, practices):
    import json

    response = client.get(URL + "?theme=education")
    content = response.content.decode()
    assert 'data-geojson-url="/en/practices/geojson/?theme=education"' in content
    collection = json.loads(client.get("/en/practices/geojson/?theme=education").content)
    assert collection["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in collection["features"]}
    assert set(by_name) == {"Community life in Obrnice", "Heraklion programme"}
    # At the participant's location, longitude first.
    assert by_name["Community life in Obrnice"]["geometry"]["coordinates"] == [13.696, 50.505]


def test_a_theme_named_in_no_language_of_the_list_shows_in_its_own(client, practices, locales):
    """A theme with no name in the page's language nor the default one (made in French
    only) is shown under its French name, marked so, and the practice is still listed."""
    from practices.models import Theme

    gardens = Theme.objects.create(locale=locales["fr"], slug="jardins", name="Jardins partagés")
    athens = practices["athens"]
    athens.themes.add(gardens)
    athens.save_revision().publish()
    response = client.get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Athens housing" in content
    assert re.search(r'<[^>]+lang="fr"[^>]*>Jardins partagés<', content), content
