"""RSS and Atom feeds: one per language, absolute links, only live public news."""

import datetime

import feedparser
import pytest

from tests.factories import NewsPageFactory, PrizeAnnouncementPageFactory
from tests.news.conftest import make_draft, make_private

FEEDS = ["rss", "atom"]


@pytest.fixture
def news(news_index, french_news_index):
    NewsPageFactory(parent=news_index, title="Older", date=datetime.date(2022, 1, 1))
    PrizeAnnouncementPageFactory(
        parent=news_index, title="Prize news", slug="prize-news", date=datetime.date(2023, 1, 1)
    )
    make_draft(NewsPageFactory(parent=news_index, title="Draft"))
    make_private(NewsPageFactory(parent=news_index, title="Private"))
    NewsPageFactory(parent=french_news_index, title="Nouvelle", date=datetime.date(2023, 6, 1))


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("kind", FEEDS)
def test_english_feed_lists_live_public_english_news_newest_first(client, news, kind):
    response, feed = parse(client, f"/en/news/feed/{kind}/")
    assert not feed.bozo, feed.bozo_exception
    expected_version = "rss20" if kind == "rss" else "atom10"
    assert feed.version == expected_version
    assert [entry.title for entry in feed.entries] == ["Prize news", "Older"]
    assert feed.entries[0].link == "http://testserver/en/news/prize-news/"
    assert feed.feed.link == "http://testserver/en/news/"
    assert feed.entries[0].published_parsed[:3] == (2023, 1, 1)
    content_type = "application/rss+xml" if kind == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(content_type)


@pytest.mark.parametrize("kind", FEEDS)
def test_french_feed_lists_the_french_news_only(client, news, kind):
    _response, feed = parse(client, f"/fr/news/feed/{kind}/")
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Nouvelle"]
    assert feed.entries[0].link.startswith("http://testserver/fr/actualites/")
    assert feed.feed.get("language") == "fr"


def test_feed_links_are_absolute(client, news):
    _response, feed = parse(client, "/en/news/feed/atom/")
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.id.startswith("http://testserver/")


def test_feed_of_a_language_without_news_is_empty_but_valid(client, news):
    _response, feed = parse(client, "/de/news/feed/rss/")
    assert not feed.bozo
    assert feed.entries == []


def test_every_page_links_the_feeds_in_head_and_footer(client, news_index):
    for url in ["/en/", news_index.url]:
        content = client.get(url).content.decode()
        head = content.split("</head>")[0]
        assert (
            '<link rel="alternate" type="application/rss+xml" title="News (RSS)" '
            'href="/en/news/feed/rss/">' in head
        )
        assert 'type="application/atom+xml"' in head
        footer = content.split('<footer class="site-footer">')[1]
        assert "Follow us" in footer
        assert 'href="/en/news/feed/rss/"' in footer
    french = client.get("/fr/news/feed/rss/")
    assert french.status_code == 200


def test_feed_links_follow_the_language(client, french_news_index):
    content = client.get(french_news_index.url).content.decode()
    assert 'href="/fr/news/feed/rss/"' in content.split("</head>")[0]
