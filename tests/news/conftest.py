"""Fixtures of the news tests: an English news index and helpers to fill it."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def french_news_index(news_index, locales, translate_page):
    """The French home and news index (real translations)."""
    return translate_page(news_index, locales["fr"], title="Actualités", slug="actualites")


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret-123"
    )
    return page


def make_draft(page):
    page.unpublish()
    page.refresh_from_db()
    return page
