"""A page not translated yet is found from every language, through its untranslated copy
there (issue 18: "a result from an untranslated page says so"), on PostgreSQL and SQLite:
at the copy's address, marked as English, and never when the page or its copy is hidden."""

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def body(text):
    return [("paragraph", f"<p>{text}</p>")]


def alias(page, locale):
    """The untranslated copy of ``page`` in ``locale``, as wagtail-localize makes it."""
    return page.copy_for_translation(locale, copy_parents=True, alias=True)


def results(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


@pytest.fixture
def mediators(home):
    return StandardPageFactory(
        parent=home,
        title="Housing mediators",
        slug="housing",
        body=body("A municipal practice of housing mediation with Roma families."),
    )


def test_an_untranslated_page_is_found_at_its_copys_address_marked_as_english(
    client, locales, mediators
):
    copy = alias(mediators, locales["fr"])
    response = results(client, "fr", "mediation")
    [result] = response.context["results"]
    assert (result.title, result.url, result.lang) == ("Housing mediators", "/fr/housing/", "en")
    assert copy.url_path.endswith("/housing/")
    html = response.content.decode()
    assert '<a href="/fr/housing/" lang="en">Housing mediators</a>' in html
    assert '<span class="language-note">(en anglais)</span>' in html
    assert 'class="search-result__snippet" lang="en"' in html


def test_the_english_visitor_sees_no_language_note(client, locales, mediators):
    alias(mediators, locales["fr"])
    response = results(client, "en", "mediation")
    [result] = response.context["results"]
    assert (result.url, result.lang) == ("/en/housing/", None)
    assert "language-note" not in response.content.decode()


def test_a_translated_page_is_found_in_its_translation_only(
    client, locales, mediators, translate_page
):
    translate_page(mediators.get_parent(), locales["fr"], title="Accueil")
    translate_page(
        mediators,
        locales["fr"],
        title="Médiateurs du logement",
        body=body("Une pratique de médiation pour le logement."),
    )
    found = results(client, "fr", "mediation").context["results"]
    assert [(result.title, result.lang) for result in found] == [("Médiateurs du logement", None)]
    # the English words no longer find the English page from French
    assert list(results(client, "fr", "municipal").context["results"]) == []


def test_a_page_without_a_copy_in_the_language_is_not_found_there(client, locales, mediators):
    alias(mediators, locales["de"])
    assert list(results(client, "fr", "mediation").context["results"]) == []
    assert len(results(client, "de", "mediation").context["results"]) == 1


def test_a_private_page_is_found_through_no_copy_in_any_language(client, locales, mediators):
    for code in OTHER_LANGUAGES:
        alias(mediators, locales[code])
    for code in OTHER_LANGUAGES:
        assert len(results(client, code, "mediation").context["results"]) == 1, code
    PageViewRestriction.objects.create(page=mediators, restriction_type="login")
    for code in ["en", *OTHER_LANGUAGES]:
        response = results(client, code, "mediation")
        assert list(response.context["results"]) == [], code
        assert "Housing mediators" not in response.content.decode(), code


def test_a_copy_unpublished_in_one_language_is_not_found_there(client, locales, mediators):
    french = alias(mediators, locales["fr"])
    alias(mediators, locales["de"])
    french.unpublish()
    assert list(results(client, "fr", "mediation").context["results"]) == []
    assert len(results(client, "de", "mediation").context["results"]) == 1


def test_the_type_filter_counts_untranslated_results(client, home, locales, mediators):
    alias(mediators, locales["fr"])
    response = results(client, "fr", "mediation", type="page")
    assert len(response.context["results"]) == 1
    assert response.context["kinds"]["total"] == 1
    assert [(o["kind"], o["count"]) for o in response.context["kinds"]["options"]] == [("page", 1)]
    assert list(results(client, "fr", "mediation", type="news").context["results"]) == []


@pytest.mark.skipif(connection.vendor != "postgresql", reason="ranking is PostgreSQL's")
def test_a_page_in_the_visitors_language_ranks_before_an_untranslated_one(
    client, home, locales, translate_page
):
    translate_page(home, locales["fr"], title="Accueil")
    schools = StandardPageFactory(parent=home, title="Schools", slug="s", body=body("x"))
    translate_page(schools, locales["fr"], title="Écoles", body=body("Médiation à l'école."))
    families = StandardPageFactory(
        parent=home, title="Roma families", slug="f", body=body("Mediation with families.")
    )
    alias(families, locales["fr"])
    found = results(client, "fr", "médiation").context["results"]
    # Each matches once in its text ("médiation" finds the English "mediation" by its
    # English stem); equal ranks would put "Roma families" first, by title.
    assert [(result.title, result.lang) for result in found] == [
        ("Écoles", None),
        ("Roma families", "en"),
    ]
