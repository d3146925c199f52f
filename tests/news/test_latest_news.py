"""The home page shows the three latest news of its language."""

import datetime
import re

from tests.factories import NewsPageFactory
from tests.news.conftest import make_draft


def teaser_titles(content):
    section = content.split('<section class="latest-news"')[1].split("</section>")[0]
    return re.findall(r'<h3 class="news-item__title"><a href="[^"]+">([^<]+)</a>', section)


def test_home_shows_the_three_latest_news(client, home, news_index, french_news_index):
    for day in range(1, 6):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2024, 1, day))
    make_draft(NewsPageFactory(parent=news_index, title="Draft", date=datetime.date(2025, 1, 1)))
    NewsPageFactory(parent=french_news_index, title="Nouvelle", date=datetime.date(2025, 1, 1))
    content = client.get(home.url).content.decode()
    assert teaser_titles(content) == ["Day 5", "Day 4", "Day 3"]
    assert 'href="/en/news/">All news</a>' in content
    french_home = home.get_translation(french_news_index.locale)
    assert teaser_titles(client.get(french_home.url).content.decode()) == ["Nouvelle"]


def test_home_without_news_has_no_teaser(client, home):
    assert 'class="latest-news"' not in client.get(home.url).content.decode()
