"""A page type reads only the query parameters it declares to the page cache.

The page cache keys a page on the parameters page types declare
(``cache_query_parameters``): a page reading one it does not declare would be stored
under the key of the address without it and served for the wrong filter. Every listing
is fetched with every parameter it reads; a page type that forgot one is refused.
"""

import datetime

import pytest
from django.test import override_settings

from core.page_cache import UndeclaredParameter
from news.models import NewsIndexPage
from tests.factories import (
    AdoptedTextIndexPageFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
    ParticipantIndexPageFactory,
    PracticeIndexPageFactory,
)

CACHED = override_settings(PAGE_CACHE_SECONDS=600)
YEAR = datetime.date.today().year


@pytest.fixture
def listings(home):
    NewsIndexPageFactory(parent=home, slug="news")
    PracticeIndexPageFactory(parent=home, slug="practices")
    ParticipantIndexPageFactory(parent=home, slug="participants")
    AdoptedTextIndexPageFactory(parent=home, slug="texts")
    EventIndexPageFactory(parent=home, slug="events")


@CACHED
@pytest.mark.parametrize(
    "url",
    [
        f"/en/news/?topic=housing&year={YEAR}&page=2",
        f"/en/practices/?q=school&country=CZ&theme=education&type=promising&year={YEAR}&page=2",
        "/en/practices/geojson/?q=school&country=CZ&theme=education&type=promising&year=2010",
        "/en/participants/?country=CZ&kind=city",
        "/en/participants/geojson/?country=CZ&kind=city",
        f"/en/texts/?kind=resolution&year={YEAR}&q=roma&page=2",
        "/en/search/?q=roma&page=2",
        f"/en/events/?kind=seminar&country=CZ&year={YEAR}",
        f"/en/events/geojson/?kind=seminar&country=CZ&year={YEAR}",
    ],
)
def test_every_listing_declares_what_it_reads(client, listings, url):
    response = client.get(url)  # PAGE_CACHE_STRICT: an undeclared parameter raises
    assert response.status_code == 200


@CACHED
def test_a_page_type_reading_an_undeclared_parameter_is_refused(client, listings, monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "cache_query_parameters", ("topic", "page"))
    from core import page_cache

    page_cache.query_parameters.cache_clear()
    try:
        with pytest.raises(UndeclaredParameter, match="year"):
            client.get(f"/en/news/?year={YEAR}")
    finally:
        monkeypatch.undo()
        page_cache.query_parameters.cache_clear()


@CACHED
@override_settings(PAGE_CACHE_STRICT=False)
def test_outside_the_tests_such_a_page_is_served_but_not_stored(client, listings, monkeypatch):
    from core import page_cache

    monkeypatch.setattr(NewsIndexPage, "cache_query_parameters", ("topic", "page"))
    page_cache.query_parameters.cache_clear()
    try:
        first = client.get(f"/en/news/?year={YEAR}")
        assert first.status_code == 200
        assert "X-Page-Cache" not in first
        assert "X-Page-Cache" not in client.get(f"/en/news/?year={YEAR}")

    finally:
        monkeypatch.undo()
        page_cache.query_parameters.cache_clear()


@CACHED
def test_a_parameter_another_page_type_reads_makes_no_key_here(client, listings):
    """``?q=`` is read by the practices list, not by the news list: junk there."""
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"
    for number in range(5):
        response = client.get(f"/en/news/?q=junk{number}")
        assert response.status_code == 200
        assert "X-Page-Cache" not in response  # rendered, not stored
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"
