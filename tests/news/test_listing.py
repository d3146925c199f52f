"""The news index: order, pagination, topic and year filters, what never appears."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from news.models import NewsPageTopic
from tests.factories import NewsPageFactory, NewsTopicFactory, PrizeAnnouncementPageFactory
from tests.news.conftest import make_draft, make_private


def titles(response):
    return re.findall(
        r'class="news-item__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def add_topic(page, topic):
    NewsPageTopic.objects.create(page=page, topic=topic, locale=page.locale)


def test_news_are_listed_newest_first(client, news_index):
    NewsPageFactory(parent=news_index, title="Old", date=datetime.date(2019, 3, 1))
    NewsPageFactory(parent=news_index, title="New", date=datetime.date(2024, 3, 1))
    PrizeAnnouncementPageFactory(parent=news_index, title="Middle", date=datetime.date(2021, 3, 1))
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert titles(response) == ["New", "Middle", "Old"]
    assert "Prize announcement" in response.content.decode()


def test_news_are_paginated_by_ten(client, news_index):
    for day in range(12):
        NewsPageFactory(
            parent=news_index, title=f"Item {day:02d}", date=datetime.date(2024, 1, day + 1)
        )
    first = client.get(news_index.url)
    assert len(titles(first)) == 10
    assert titles(first)[0] == "Item 11"
    assert 'href="?page=2"' in first.content.decode()
    second = client.get(news_index.url, {"page": 2})
    assert titles(second) == ["Item 01", "Item 00"]
    assert 'href="?page=1"' in second.content.decode()


def test_pagination_links_keep_the_filters(client, news_index):
    topic = NewsTopicFactory(name="Housing", slug="housing")
    for day in range(12):
        page = NewsPageFactory(parent=news_index, date=datetime.date(2023, 1, day + 1))
        add_topic(page, topic)
    response = client.get(news_index.url, {"topic": "housing", "year": "2023"})
    content = response.content.decode()
    assert 'href="?topic=housing&amp;year=2023&amp;page=2"' in content
    second = client.get(news_index.url, {"topic": "housing", "year": "2023", "page": "2"})
    assert len(titles(second)) == 2


def test_topic_filter(client, news_index):
    housing = NewsTopicFactory(name="Housing", slug="housing")
    education = NewsTopicFactory(name="Education", slug="education")
    add_topic(NewsPageFactory(parent=news_index, title="About housing"), housing)
    add_topic(NewsPageFactory(parent=news_index, title="About schools"), education)
    NewsPageFactory(parent=news_index, title="About nothing")
    response = client.get(news_index.url, {"topic": "housing"})
    assert titles(response) == ["About housing"]
    content = response.content.decode()
    assert '<option value="housing" selected>Housing</option>' in content
    assert '<option value="education">Education</option>' in content


def test_year_filter(client, news_index):
    NewsPageFactory(parent=news_index, title="In 2013", date=datetime.date(2013, 10, 30))
    NewsPageFactory(parent=news_index, title="In 2014", date=datetime.date(2014, 1, 1))
    NewsPageFactory(parent=news_index, title="Late 2013", date=datetime.date(2013, 12, 31))
    response = client.get(news_index.url, {"year": "2013"})
    assert titles(response) == ["Late 2013", "In 2013"]
    assert '<option value="2013" selected>2013</option>' in response.content.decode()


def test_no_news_matches(client, news_index):
    topic = NewsTopicFactory(name="Health", slug="health")
    NewsPageFactory(parent=news_index, date=datetime.date(2020, 1, 1))
    add_topic(NewsPageFactory(parent=news_index, date=datetime.date(2021, 1, 1)), topic)
    response = client.get(news_index.url, {"topic": "health", "year": "2020"})
    assert response.status_code == 200
    assert titles(response) == []
    assert "No news matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"page": "999"},
        {"page": "abc"},
        {"topic": "nope"},
        {"topic": "<script>"},
        {"year": "2020", "topic": "", "page": "-1"},
    ],
)
def test_bad_filter_values_give_a_normal_page(client, news_index, query):
    NewsPageFactory(parent=news_index, title="Only item", date=datetime.date(2020, 1, 1))
    response = client.get(news_index.url, query)
    assert response.status_code == 200
    assert titles(response) == ["Only item"]


def test_drafts_private_pages_and_other_languages_are_not_listed(
    client, news_index, french_news_index
):
    NewsPageFactory(parent=news_index, title="Public")
    make_draft(NewsPageFactory(parent=news_index, title="Draft"))
    make_private(NewsPageFactory(parent=news_index, title="Private"))
    NewsPageFactory(parent=french_news_index, title="En français")
    assert titles(client.get(news_index.url)) == ["Public"]
    assert titles(client.get(french_news_index.url)) == ["En français"]


def test_a_private_news_index_hides_its_news_elsewhere(client, home, news_index):
    """News under a restricted index are private too (restrictions apply to descendants)."""
    NewsPageFactory(parent=news_index, title="Public")
    assert "Public" in client.get(home.url).content.decode()
    make_private(news_index)
    assert "Public" not in client.get("/en/news/feed/rss/").content.decode()
    assert "Public" not in client.get(home.url).content.decode()


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, renditions) like a running site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def fill(news_index, start, count, topic, image):
    for n in range(start, start + count):
        page = NewsPageFactory(
            parent=news_index, date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
        )
        if image is not None and n % 2 == 0:
            page.image = image
            page.image_alt = "A photo of the news"
            page.save()
        add_topic(page, topic)


def test_number_of_queries_does_not_grow_with_the_news(client, news_index, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="Photo", file=get_test_image_file())
    topic = NewsTopicFactory(name="Housing", slug="housing")
    fill(news_index, 0, 5, topic, image)
    urls = [news_index.url, f"{news_index.url}?topic=housing&year=2020", "/en/"]
    with_five = [count_queries(client, url) for url in urls]
    fill(news_index, 5, 45, topic, image)
    with_fifty = [count_queries(client, url) for url in urls]
    print("queries (index, filtered index, home) with 5 and 50 news:", with_five, with_fifty)
    assert with_five == with_fifty, (with_five, with_fifty)


def count_shown(response):
    return re.search(r"(\d+) news items?", response.content.decode()).group(1)


def test_the_number_of_news_follows_each_publish_and_each_filter(client, news_index):
    """The count is kept per content generation and per filter (core/listings.py)."""
    for day in range(3):
        NewsPageFactory(parent=news_index, date=datetime.date(2023, 1, day + 1))
    later = NewsPageFactory(parent=news_index, date=datetime.date(2024, 1, 1))
    assert count_shown(client.get(news_index.url)) == "4"
    assert count_shown(client.get(news_index.url, {"year": "2023"})) == "3"
    with CaptureQueriesContext(connection) as queries:
        assert count_shown(client.get(news_index.url)) == "4"
    assert not [q for q in queries if q["sql"].startswith("SELECT COUNT(*)")]

    later.unpublish()
    assert count_shown(client.get(news_index.url)) == "3"
    assert count_shown(client.get(news_index.url, {"year": "2023"})) == "3"
    later.save_revision().publish()
    NewsPageFactory(parent=news_index, date=datetime.date(2023, 6, 1)).save_revision().publish()
    assert count_shown(client.get(news_index.url)) == "5"
    assert count_shown(client.get(news_index.url, {"year": "2023"})) == "4"


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_renamed_topic_shows_on_the_next_request_of_a_cached_news_list(client, news_index):
    housing = NewsTopicFactory(name="Housing", slug="housing")
    add_topic(NewsPageFactory(parent=news_index, title="About housing"), housing)
    first = client.get(news_index.url)
    assert first["X-Page-Cache"] == "miss"
    assert client.get(news_index.url)["X-Page-Cache"] == "hit"
    assert '<option value="housing">Housing</option>' in first.content.decode()
    housing.name = "Homes and rents"
    housing.save()
    renamed = client.get(news_index.url)
    assert renamed["X-Page-Cache"] == "miss"
    assert '<option value="housing">Homes and rents</option>' in renamed.content.decode()
