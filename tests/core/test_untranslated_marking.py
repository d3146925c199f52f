"""Untranslated text is marked with its real language wherever it shows (docs/languages.md,
"Untranslated pages"): the menu, the home page's latest news, the lists, the feeds, the
map data, the links of a page. A Ukrainian site where some pages are translated and the
others are untranslated copies (aliases of the English pages), as wagtail-localize keeps
them: a screen reader must read the English text in English and the rest in Ukrainian.
"""

import datetime
import json

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html

from news.models import NewsPageTopic
from tests.factories import (
    AdoptedTextIndexPageFactory,
    AdoptedTextPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
    ThemeFactory,
)


@pytest.fixture
def ukrainian(home, locales, translate_page):
    """In each list, one page translated into Ukrainian and one untranslated copy."""
    uk = locales["uk"]
    translate_page(home, uk, title="Європейський альянс", slug="holovna")

    def copy(page):
        return page.copy_for_translation(uk, alias=True)

    about = StandardPageFactory(parent=home, title="About us", slug="about-us", show_in_menus=True)
    goals = StandardPageFactory(parent=home, title="Objectives", slug="goals", show_in_menus=True)
    copy(about)
    translate_page(goals, uk, title="Цілі", slug="tsili")

    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    seminar = NewsPageFactory(
        parent=news,
        title="Seminar in Strasbourg",
        slug="seminar",
        date=datetime.date(2022, 1, 1),
        introduction="The participants met.",
    )
    topic = NewsTopicFactory(name="Seminars", slug="seminars")
    NewsPageTopic.objects.create(page=seminar, topic=topic, locale=seminar.locale)
    seminar.save_revision().publish()
    prize = NewsPageFactory(parent=news, title="Prize awarded", slug="prize")
    copy(news)
    copy(seminar)
    translate_page(prize, uk, title="Премію вручено", introduction="Що сталося.", slug="premiia")

    people = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(parent=people, title="Obrnice", slug="obrnice")
    kocaeli = ParticipantPageFactory(parent=people, title="Kocaeli", slug="kocaeli")
    copy(people)
    copy(obrnice)
    translate_page(kocaeli, uk, title="Коджаелі", summary="Регіон.")

    practices = PracticeIndexPageFactory(parent=home)
    theme = ThemeFactory(name="Housing", slug="housing-test")  # English only
    housing = PracticePageFactory(
        parent=practices,
        title="Housing in Obrnice",
        slug="housing",
        participant=obrnice,
        themes=[theme],
    )
    school = PracticePageFactory(parent=practices, title="School", slug="school")
    copy(practices)
    copy(housing)
    translate_page(school, uk, title="Школа", summary="Практика.")

    texts = AdoptedTextIndexPageFactory(parent=home)
    resolution = AdoptedTextPageFactory(parent=texts, title="Resolution on housing")
    recommendation = AdoptedTextPageFactory(parent=texts, title="Recommendation")
    copy(texts)
    copy(resolution)
    translate_page(recommendation, uk, title="Рекомендація", reference="Рекомендація 1")
    return uk


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return lxml_html.fromstring(response.content)


def language(element):
    """The language the element's text is read in: its own lang, else its nearest
    ancestor's (the <html> element's at worst)."""
    for node in [element, *element.iterancestors()]:
        if node.get("lang"):
            return node.get("lang")
    return None


def by_text(elements):
    return {element.text_content().strip(): element for element in elements}


def test_menu_items_of_untranslated_pages_carry_their_language(client, ukrainian):
    tree = parse(client, "/uk/")
    assert tree.get("lang") == "uk"
    items = by_text(tree.xpath('//nav[@class="main-menu"]//a'))
    assert set(items) == {"Головна", "About us", "Цілі", "News"}
    assert items["About us"].get("lang") == "en"
    assert items["News"].get("lang") == "en"
    # A real translation and the interface carry no foreign lang.
    assert items["Цілі"].get("lang") is None
    assert language(items["Цілі"]) == "uk"
    assert items["Головна"].get("lang") is None


def test_latest_news_on_the_home_page_carry_their_language(client, ukrainian):
    tree = parse(client, "/uk/")
    titles = by_text(tree.xpath('//section[@class="latest-news"]//h3/a'))
    assert titles["Seminar in Strasbourg"].get("lang") == "en"
    assert language(titles["Премію вручено"]) == "uk"
    intros = by_text(tree.xpath('//section[@class="latest-news"]//p[@class="news-item__intro"]'))
    assert intros["The participants met."].get("lang") == "en"
    assert language(intros["Що сталося."]) == "uk"
    # The note says it in the visitor's language, once, after the English title.
    (note,) = tree.xpath('//section[@class="latest-news"]//span[@class="language-note"]')
    assert note.text_content() == "(мова: англійська)"
    assert language(note) == "uk"
    assert note.getparent().xpath("a")[0].text_content() == "Seminar in Strasbourg"
    # The home page is translated: its <main> and title are Ukrainian.
    assert language(tree.xpath("//main")[0]) == "uk"
    assert language(tree.xpath("//h1")[0]) == "uk"


def test_the_news_list_marks_its_untranslated_items_and_title(client, ukrainian):
    tree = parse(client, "/uk/news/")
    # The list page itself is an untranslated copy: its own text is English, and the
    # rest of <main> (filters, counts, notice) is in the visitor's language.
    (main,) = tree.xpath("//main")
    assert main.get("lang") is None
    assert tree.xpath("//h1")[0].get("lang") == "en"
    assert language(tree.xpath('//label[@for="news-topic"]')[0]) == "uk"
    titles = by_text(tree.xpath('//ol[@class="news-list"]//h2/a'))
    assert titles["Seminar in Strasbourg"].get("lang") == "en"
    assert language(titles["Премію вручено"]) == "uk"
    (topic,) = tree.xpath('//span[@class="tag"]')
    assert (topic.text_content(), topic.get("lang")) == ("Seminars", "en")


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_feed_items_state_their_language(client, ukrainian, kind):
    response = client.get(f"/uk/news/feed/{kind}/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    root = etree.fromstring(response.content)
    if kind == "atom":
        ns = {"atom": "http://www.w3.org/2005/Atom"}
        xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
        assert root.get(xml_lang) == "uk"
        entries = {
            entry.findtext("atom:title", namespaces=ns): entry.get(xml_lang)
            for entry in root.findall("atom:entry", ns)
        }
    else:
        assert root.findtext("channel/language") == "uk"
        dc = "{http://purl.org/dc/elements/1.1/}language"
        entries = {item.findtext("title"): item.findtext(dc) for item in root.iter("item")}
    assert entries == {"Премію вручено": None, "Seminar in Strasbourg": "en"}
    # As a feed reader reads them (the Atom entry's language is its text's).
    read = {
        entry.title: entry.title_detail.language if kind == "atom" else entry.get("language")
        for entry in feed.entries
    }
    assert read["Seminar in Strasbourg"] == "en"
    assert read["Премію вручено"] in (None, "uk")


def test_the_lists_of_participants_practices_and_texts_mark_their_untranslated_items(
    client, ukrainian
):
    participants = parse(client, "/uk/participants/")
    names = by_text(participants.xpath('//ul[@class="participant-list"]//li/a'))
    assert names["Obrnice"].get("lang") == "en"
    assert language(names["Коджаелі"]) == "uk"

    practices = parse(client, "/uk/practices/")
    titles = by_text(practices.xpath('//ul[@class="practice-list"]//h3/a'))
    assert titles["Housing in Obrnice"].get("lang") == "en"
    assert language(titles["Школа"]) == "uk"
    # Its participant's name and its theme's (neither translated) within the line.
    marked = by_text(practices.xpath('//ul[@class="practice-list"]//span[@lang="en"]'))
    assert set(marked) == {"Obrnice", "Housing"}

    texts = parse(client, "/uk/texts/")
    titles = by_text(texts.xpath('//ol[@class="text-list"]//h2/a'))
    assert titles["Resolution on housing"].get("lang") == "en"
    assert language(titles["Рекомендація"]) == "uk"
    references = [span.get("lang") for span in texts.xpath('//p[@class="text-item__meta"]/span')]
    assert "en" in references


def test_the_map_data_gives_each_name_its_language(client, ukrainian):
    data = json.loads(client.get("/uk/participants/geojson/").content)
    names = {f["properties"]["name"]: f["properties"]["lang"] for f in data["features"]}
    assert names == {"Obrnice": "en", "Коджаелі": "uk"}


def test_a_translated_page_marks_the_untranslated_title_it_links_to(client, ukrainian):
    """The Ukrainian news item sits under the untranslated list: "Back to News"."""
    tree = parse(client, "/uk/news/premiia/")
    (main,) = tree.xpath("//main")
    assert main.get("lang") is None
    (back,) = tree.xpath('//p[@class="back-link"]/a')
    (title,) = back.xpath("span")
    assert (title.text_content(), title.get("lang")) == ("News", "en")
    assert language(back) == "uk"


def test_an_untranslated_page_marks_its_heading_as_the_title_cannot(client, ukrainian):
    """<title> holds text only: it stays as is, and the <h1> is read in English."""
    tree = parse(client, "/uk/about-us/")
    assert tree.findtext(".//title").startswith("About us | ")
    assert tree.get("lang") == "uk"
    assert language(tree.xpath("//h1")[0]) == "en"
    assert language(tree.xpath('//p[contains(@class, "notice--untranslated")]')[0]) == "uk"


def test_the_structured_data_of_an_untranslated_article_states_its_language(client, ukrainian):
    def article_language(url):
        tree = parse(client, url)
        (script,) = tree.xpath('//script[@type="application/ld+json"]')
        return json.loads(script.text)["inLanguage"]

    assert article_language("/uk/news/seminar/") == "en"
    assert article_language("/uk/news/premiia/") == "uk"
