"""The page chrome (menu, footer, language links, counters, latest news) comes from the
cache, page cache on or off, and a change shows on the next request (core/chrome.py)."""

import pytest
from django.core.cache import cache

from core.models import AllianceSettings
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    StandardPageFactory,
)


@pytest.fixture
def about(home, locales, translate_page):
    page = StandardPageFactory(parent=home, title="About us", slug="about-us", show_in_menus=True)
    translate_page(home, locales["fr"], title="Accueil")
    return page


def menu_of(client, url):
    html = client.get(url).content.decode()
    start = html.index('<nav class="main-menu"')
    return html[start : html.index("</nav>", start)]


def test_the_chrome_is_built_once_then_read_from_the_cache(
    client, about, django_assert_max_num_queries
):
    first = client.get("/en/about-us/").content
    with django_assert_max_num_queries(8) as captured:
        second = client.get("/en/about-us/").content
    assert second == first
    sql = [query["sql"] for query in captured.captured_queries]
    assert not [q for q in sql if "core_alliancesettings" in q]  # the footer: from the cache
    wheres = [q.split(" WHERE ", 1)[-1] for q in sql]
    assert not [w for w in wheres if "show_in_menus" in w]  # and the menu too


def test_a_new_menu_page_shows_at_once_in_its_language_only(client, home, about, locales):
    assert "Housing" not in menu_of(client, "/en/about-us/")
    assert "Housing" not in menu_of(client, "/fr/")
    StandardPageFactory(parent=home, title="Housing", slug="housing", show_in_menus=True)
    assert "Housing" in menu_of(client, "/en/about-us/")
    assert "Housing" not in menu_of(client, "/fr/")  # not translated yet


def test_a_retitled_menu_page_shows_at_once(client, about):
    assert "About us" in menu_of(client, "/en/")
    about.title = "Who we are"
    about.save_revision().publish()
    menu = menu_of(client, "/en/")
    assert "Who we are" in menu
    assert "About us" not in menu


def test_an_unpublished_menu_page_leaves_the_menu_at_once(client, about):
    assert "About us" in menu_of(client, "/en/")
    about.unpublish()
    assert "About us" not in menu_of(client, "/en/")


def test_a_new_translation_joins_the_language_links_at_once(client, about, locales, translate_page):
    assert 'hreflang="fr"' not in client.get("/en/about-us/").content.decode()
    translate_page(about, locales["fr"], title="À propos")
    html = client.get("/en/about-us/").content.decode()
    assert '<link rel="alternate" hreflang="fr" href="http://testserver/fr/about-us/">' in html


def test_a_changed_setting_shows_in_the_footer_at_once(client, about):
    alliance = AllianceSettings.load()
    alliance.email = "old@example.org"
    alliance.save()
    assert "old@example.org" in client.get("/en/about-us/").content.decode()
    alliance.email = "roma.alliance@example.org"
    alliance.save()
    html = client.get("/en/about-us/").content.decode()
    assert "roma.alliance@example.org" in html
    assert "old@example.org" not in html


def test_the_home_counter_and_latest_news_follow_publishing(client, home):
    participants = ParticipantIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    ParticipantPageFactory(parent=participants, country="FR")
    assert "<strong>1</strong> city or region" in client.get("/en/").content.decode()
    second = ParticipantPageFactory(parent=participants, country="DE")
    item = NewsPageFactory(parent=news, title="Mediators trained in Brno")
    html = client.get("/en/").content.decode()
    assert "<strong>2</strong> cities and regions from <strong>2</strong>" in html
    assert "Mediators trained in Brno" in html
    second.unpublish()
    item.unpublish()
    html = client.get("/en/").content.decode()
    assert "<strong>1</strong> city or region" in html
    assert "Mediators trained in Brno" not in html


def test_pages_are_whole_when_the_cache_is_down(client, about, monkeypatch):
    """As django-redis answers with Redis down (IGNORE_EXCEPTIONS): nothing is found."""
    expected = client.get("/en/about-us/").content
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    monkeypatch.setattr(cache, "set", lambda *args, **kwargs: None)
    response = client.get("/en/about-us/")
    assert response.status_code == 200
    assert response.content == expected
