"""Prize announcements: winners grouped by place, shared places, links, translation."""

import re

import pytest
from django.utils import translation

from core.demo_helpers import DemoCatalog, translate_page
from news.demo import translate_snippet
from news.models import NewsPageTopic, PrizeAnnouncementPage
from tests.factories import (
    NewsPageFactory,
    NewsTopicFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    PrizeAnnouncementPageFactory,
    PrizeWinnerFactory,
)


@pytest.fixture
def prize(news_index):
    page = PrizeAnnouncementPageFactory(parent=news_index, title="Prize awarded", edition=4)
    PrizeWinnerFactory(page=page, place=1, name="Alphaville", country="CZ", sort_order=0)
    PrizeWinnerFactory(page=page, place=1, name="Betatown", country="GR", sort_order=1)
    PrizeWinnerFactory(page=page, place=3, name="Gammaland", kind="region", country="TR")
    return PrizeAnnouncementPage.objects.get(pk=page.pk)


def place_sections(content):
    return re.findall(r'<section class="prize-place">(.*?)</section>', content, re.S)


def test_two_winners_sharing_first_place_are_both_shown(client, prize):
    response = client.get(prize.url)
    assert response.status_code == 200
    content = response.content.decode()
    first, third = place_sections(content)
    assert "1st place" in first
    assert "(2 joint winners)" in first
    assert "Alphaville (Czechia)" in first
    assert "Betatown (Greece)" in first
    assert "3rd place" in third
    assert "joint" not in third
    assert "Gammaland (Türkiye)" in third
    assert "Region" in third
    assert "<dd>4</dd>" in content


def test_places_are_grouped_in_order(prize):
    groups = prize.places()
    assert [(group.place, [w.name for w in group.winners]) for group in groups] == [
        (1, ["Alphaville", "Betatown"]),
        (3, ["Gammaland"]),
    ]
    assert groups[0].is_shared and not groups[1].is_shared


def test_winner_links_to_its_pages_when_set(client, home, prize):
    participants = ParticipantIndexPageFactory(parent=home)
    practices = PracticeIndexPageFactory(parent=home)
    profile = ParticipantPageFactory(parent=participants, title="Alphaville", slug="alphaville")
    practice = PracticePageFactory(parent=practices, title="Housing in Alphaville", slug="housing")
    winner = prize.winners.get(name="Alphaville")
    winner.participant_page = profile
    winner.practice_page = practice
    winner.save()
    content = client.get(prize.url).content.decode()
    assert '<a href="/en/participants/alphaville/">Alphaville in the Alliance</a>' in content
    assert '<a href="/en/practices/housing/">Good practice: Housing in Alphaville</a>' in content
    assert content.count("prize-winner__links") == 1
    practice.unpublish()
    content = client.get(prize.url).content.decode()
    assert "Good practice:" not in content
    assert "Alphaville in the Alliance" in content


def test_news_page_renders_with_its_topics(client, news_index):
    page = NewsPageFactory(parent=news_index, title="A seminar", introduction="People met.")
    NewsPageTopic.objects.create(page=page, topic=NewsTopicFactory(name="Education"))
    response = client.get(page.url)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<h1>A seminar</h1>" in content
    assert '<span class="tag">Education</span>' in content
    assert "The text of the news." in content


def test_index_page_renders(client, news_index):
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert "There is no news yet." in response.content.decode()


def test_prize_translates_with_wagtail_localize(client, locales, news_index, prize):
    """Names and texts are translated; places, countries and kinds are synchronised."""
    topic = NewsTopicFactory(name="Prize", slug="prize")
    NewsPageTopic.objects.create(page=prize, topic=topic)
    catalog = DemoCatalog()
    french = {
        "News": "Actualités",
        "news": "actualites",
        "News of the Alliance.": "Actualités de l'Alliance.",
        "Prize": "Prix",
        "Prize awarded": "Prix décerné",
        prize.slug: "prix-decerne",
        "What happened, in one sentence.": "Ce qui s'est passé.",
        "The text of the news.": "Le texte.",
        "Alphaville": "Alphaville-FR",
        "Betatown": "Betaville",
        "Gammaland": "Gammapays",
        "A generic inclusion project": "Un projet d'inclusion",
        "What the winner did.": "Ce que le lauréat a fait.",
    }
    for english, text in french.items():
        catalog.t(english, fr=text)
    translate_snippet(topic, locales["fr"], catalog)
    translate_page(news_index, locales["fr"], catalog)
    french_prize = translate_page(prize, locales["fr"], catalog).specific

    winners = list(french_prize.winners.order_by("place", "sort_order"))
    assert [w.name for w in winners] == ["Alphaville-FR", "Betaville", "Gammapays"]
    assert [w.place for w in winners] == [1, 1, 3]
    assert [str(w.country) for w in winners] == ["CZ", "GR", "TR"]
    assert {w.locale.language_code for w in winners} == {"fr"}
    assert [t.name for t in french_prize.topics] == ["Prix"]
    with translation.override("fr"):
        response = client.get(french_prize.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Alphaville-FR (République tchèque)" in content
    assert "Ce que le lauréat a fait." in content
    assert "Prix décerné" in content


def test_news_pages_carry_news_article_structured_data(client, prize):
    import json
    import re

    content = client.get(prize.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == prize.title
    assert data["url"] == f"http://testserver{prize.url}"
    assert data["inLanguage"] == "en"
    assert "datePublished" in data
