"""Addresses from url_path alone (core/page_urls.py) are Wagtail's own."""

from django.test import RequestFactory
from django.utils import translation

from core.page_urls import UrlsBelow
from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory


def test_below_a_page_and_below_the_home_page_of_each_language(home, locales, translate_page):
    news = NewsIndexPageFactory(parent=home, slug="news")
    item = NewsPageFactory(parent=news, slug="congress")
    about = StandardPageFactory(parent=home, slug="about")
    french_home = translate_page(home, locales["fr"], title="Accueil")
    french_about = translate_page(about, locales["fr"], title="À propos", slug="a-propos")
    request = RequestFactory().get("/")
    below_news = UrlsBelow.page(news, request)
    assert below_news(item.pk, item.url_path) == item.get_url(request) == "/en/news/congress/"
    with translation.override("en"):
        below_home = UrlsBelow.home(request)
        for page in (home, about, news, item):
            assert below_home(page.pk, page.url_path) == page.get_url(request)
    with translation.override("fr"):
        below_home = UrlsBelow.home(request)
        for page in (french_home, french_about):
            assert below_home(page.pk, page.url_path) == page.get_url(request)
        assert below_home(french_about.pk, french_about.url_path) == "/fr/a-propos/"
        # A page elsewhere in the tree (the English one) is asked to Wagtail.
        assert below_home(about.pk, about.url_path) == "/en/about/"


def test_no_base_asks_wagtail(home):
    about = StandardPageFactory(parent=home, slug="about")
    urls = UrlsBelow.page(None, RequestFactory().get("/"))
    assert urls(about.pk, about.url_path) == "/en/about/"
    assert urls(about.pk + 1000, "/nowhere/") is None
