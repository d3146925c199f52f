"""Query budgets: every public page type takes an exact number of SQL queries, the same
with 5 and with 500 items in its listings.

The site is built once per size (a module-scoped fixture, rolled back afterwards), with
the listings filled in bulk (bench/bulk.py), so 500 items cost seconds, not minutes.
Each test requests its page once to warm what every request shares (site root paths,
locales, image renditions, the page chrome), then counts the queries of a second request;
the "after a change" tests count them again once the content generation has moved on.

A budget that changes is a decision: lower it when a page gets cheaper; never raise it
to make a test pass without knowing which query was added and why.
"""

import datetime
import re

import pytest
import wagtail_factories
from django.contrib.postgres.search import SearchVector
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Locale, Page, Site

from bench.bulk import bulk_add_children
from core.generation import bump_generation
from core.models import AllianceSettings
from forms import demo as forms_demo
from forms.models import FormsSettings
from news.models import NewsPage, NewsPageTopic, NewsTopic
from participants.models import ParticipantKind, ParticipantPage
from practices.models import PracticePage, PracticeType, Theme
from search.languages import search_config
from search.models import SearchEntry
from tests.factories import (
    AdoptedTextIndexPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    ParticipantIndexPageFactory,
    PracticeIndexPageFactory,
    PrizeAnnouncementPageFactory,
    PrizeWinnerFactory,
    StandardPageFactory,
)
from texts.models import AdoptedTextPage, TextKind

COUNTRIES = ["CZ", "GR", "TR", "FR", "DE", "IT", "ES", "RO", "HU", "SK"]
KINDS = [ParticipantKind.CITY, ParticipantKind.REGION, ParticipantKind.OTHER]
TYPES = [PracticeType.DEMONSTRATED, PracticeType.REPLICATED, PracticeType.PROMISING]
TEXT_KINDS = [TextKind.RESOLUTION, TextKind.RECOMMENDATION, TextKind.DECLARATION]
PARTICIPANTS_WITH_PRACTICES = 5

# Exact number of queries of one request, whatever the number of items (5 or 500), with
# the page chrome of the current generation in the cache (core/chrome.py): most requests.
BUDGETS = {
    "feed_atom": 0,
    "feed_rss": 0,
    "home": 1,
    "join_form": 4,
    "news_index": 1,
    "news_index_filtered": 1,
    "news_page": 3,
    "participant_geojson": 1,
    "participant_index": 1,
    "participant_index_filtered": 1,
    "participant_page": 2,
    "practice_geojson": 1,
    "practice_index": 1,
    "practice_index_filtered": 1,
    "practice_index_search": 2,
    "practice_index_sorted": 1,
    "practice_page": 2,
    # +2 per winner: each winner's profile and practice links are checked live and public;
    # +1: the prize calls naming this announcement (the awarded projects, prize/).
    "prize_page": 10,
    "search": 1,
    "sitemap_en": 0,
    "sitemap_index": 1,
    "standard": 1,
    "text_index": 1,
    "text_index_filtered": 1,
    "text_page": 2,
}
# The same, on the first request after a content change, the chrome built afresh.
# Every HTML page +1 since the footer lists the legal pages (legal/templatetags), kept
# with the footer per generation.
COLD_BUDGETS = {
    # +1 on every page with the chrome: whether the demo banner shows (core/chrome.py).
    # +1 where news items are listed: their cards' renditions (core/renditions.py).
    "feed_atom": 10,
    "feed_rss": 10,
    # +1: the next events (events/templatetags/event_tags.py), kept per generation;
    # +1: the events' images (core/renditions.py listed_images), +1 the news renditions;
    # +1: the latest good practices (practices/templatetags/practice_tags.py), +1 which
    # of them have an image (+2 more when some do: the images, their renditions);
    # +1: the places of the map teaser (participants/map_teaser.py).
    "home": 24,
    "join_form": 15,
    "news_index": 19,
    "news_index_filtered": 19,
    "news_page": 15,
    # +3: the participants' images, read with the rows the list and the map share
    # (participants/views.py): which have one, the images, their renditions.
    "participant_geojson": 9,
    "participant_index": 19,
    "participant_index_filtered": 19,
    # +2: the news and prizes that name it and the events it hosted (participants/profile.py),
    # kept per generation.
    "participant_page": 16,
    "practice_geojson": 9,
    # +1: which practices of the page have an image (none here: no more queries).
    "practice_index": 21,
    "practice_index_filtered": 21,
    "practice_index_search": 20,
    "practice_index_sorted": 21,
    "practice_page": 16,
    "prize_page": 22,  # +1: the prize calls naming it (prize/templatetags)
    "search": 10,
    "sitemap_en": 3,
    "sitemap_index": 2,
    "standard": 12,
    # +1: the counts beside the kinds and years (texts/facets.py), kept per generation.
    "text_index": 16,
    "text_index_filtered": 16,
    "text_page": 14,
}
# PostgreSQL ranks a search and counts its results, by type too, in one query; SQLite
# reads the language's entries to match the words without accents (search/query.py's
# folded_matches), counts, reads the page of results, then counts them by type.
SQLITE_EXTRA = {"search": 3}


def budget(budgets, name):
    extra = SQLITE_EXTRA.get(name, 0) if connection.vendor == "sqlite" else 0
    return budgets[name] + extra


# What a filtered page must show, so a budget is never met by an empty list.
SHOWN = {
    "news_index_filtered": r"News item \d+",
    "practice_index_filtered": r"Practice \d+",
    "practice_index_sorted": r"Practice \d+",
    "participant_index_filtered": r"Participant \d+",
    "text_index_filtered": r"Text \d+",
    "search": r"<mark>synthetic</mark>|Participant \d+",
}


def build_site(size):
    """A home page with every index page, ``size`` items in each listing, and one image."""
    for code in ("en", "fr"):
        Locale.objects.get_or_create(language_code=code)
    english = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePageFactory(parent=root, locale=english)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    # As load_demo does (else the first page view creates them, a change like any other).
    AllianceSettings.load()
    FormsSettings.load()
    image = wagtail_factories.ImageFactory(title="Synthetic image")
    urls = {"home": "/en/", "standard": f"{StandardPageFactory(parent=home).url}"}

    # Participants: the first few run every practice.
    people = ParticipantIndexPageFactory(parent=home)
    participants = bulk_add_children(
        people,
        [
            ParticipantPage(
                title=f"Participant {n}",
                slug=f"participant-{n}",
                kind=KINDS[n % len(KINDS)],
                country=COUNTRIES[n % len(COUNTRIES)],
                location=f"SRID=4326;POINT({n % 29} {40 + n % 20})",
                latitude=40 + n % 20,
                longitude=n % 29,
                summary="A participating authority.",
                image=image,
            )
            for n in range(size)
        ],
    )
    urls["participant_index"] = "/en/participants/"
    urls["participant_index_filtered"] = "/en/participants/?country=FR&kind=city"
    urls["participant_page"] = participants[0].url
    urls["participant_geojson"] = "/en/participants/geojson/"

    # Practices, with themes and a participant each.
    themes = list(Theme.objects.filter(locale=english))
    assert themes, "the themes come from a data migration"
    practice_index = PracticeIndexPageFactory(parent=home)
    practices = bulk_add_children(
        practice_index,
        [
            PracticePage(
                title=f"Practice {n}",
                slug=f"practice-{n}",
                participant=participants[n % min(size, PARTICIPANTS_WITH_PRACTICES)],
                country=COUNTRIES[n % len(COUNTRIES)],
                practice_type=TYPES[n % len(TYPES)],
                start_year=2000 + n % 20,
                end_year=None if n % 2 else 2000 + n % 20 + 3,
                summary="A practice of Roma inclusion.",
                body=[("paragraph", "<p>What the practice does.</p>")],
            )
            for n in range(size)
        ],
    )
    through = PracticePage.themes.through
    through.objects.bulk_create(
        through(practicepage_id=practice.pk, theme_id=themes[(n + k) % len(themes)].pk)
        for n, practice in enumerate(practices)
        for k in range(2)
    )
    urls["practice_index"] = "/en/practices/"
    urls["practice_index_filtered"] = (
        f"/en/practices/?country=GR&theme={themes[1].slug}&type=replicated&year=2005"
    )
    urls["practice_index_search"] = "/en/practices/?q=practice&page=2"
    # An order is worked out in the facet index: no query of its own.
    urls["practice_index_sorted"] = "/en/practices/?sort=newest&type=promising&page=2"
    urls["practice_page"] = practices[0].url
    urls["practice_geojson"] = "/en/practices/geojson/"

    # News, with a topic and the image each, and a prize announcement.
    news_index = NewsIndexPageFactory(parent=home)
    topics = [
        NewsTopic.objects.create(name=f"Topic {n}", slug=f"topic-{n}", locale=english)
        for n in range(3)
    ]
    news = bulk_add_children(
        news_index,
        [
            NewsPage(
                title=f"News item {n}",
                slug=f"news-item-{n}",
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
                introduction="What happened, in one sentence.",
                image=image,
                image_alt="A synthetic image",
                body=[("paragraph", "<p>The text of the news.</p>")],
            )
            for n in range(size)
        ],
    )
    NewsPageTopic.objects.bulk_create(
        NewsPageTopic(page=item, topic=topics[n % 3], locale=english, sort_order=0)
        for n, item in enumerate(news)
    )
    prize = PrizeAnnouncementPageFactory(parent=news_index, date=datetime.date(2013, 10, 30))
    for place in range(1, 4):
        PrizeWinnerFactory(page=prize, place=place, participant_page=participants[0])
    urls["news_index"] = "/en/news/"
    urls["news_index_filtered"] = "/en/news/?topic=topic-1&year=2020"
    urls["news_page"] = news[-1].url
    urls["prize_page"] = prize.url
    urls["feed_rss"] = "/en/news/feed/rss/"
    urls["feed_atom"] = "/en/news/feed/atom/"

    # Adopted texts.
    texts_index = AdoptedTextIndexPageFactory(parent=home)
    texts = bulk_add_children(
        texts_index,
        [
            AdoptedTextPage(
                title=f"Text {n}",
                slug=f"text-{n}",
                kind=TEXT_KINDS[n % len(TEXT_KINDS)],
                reference=f"Resolution {n} (2016)",
                adoption_date=datetime.date(2015, 1, 1) + datetime.timedelta(days=n),
                summary="<p>A generic summary of the text.</p>",
            )
            for n in range(size)
        ],
    )
    urls["text_index"] = "/en/texts/"
    urls["text_index_filtered"] = "/en/texts/?kind=resolution&year=2015"
    urls["text_page"] = texts[0].url

    urls["join_form"] = forms_demo.ensure_form_page(home, forms_demo.JOIN).url
    # The site search index, in bulk: every listed page matches "synthetic".
    SearchEntry.objects.bulk_create(
        SearchEntry(page_id=page.pk, locale=english, config="simple", title=page.title, body="x")
        for page in [*participants, *practices, *news, *texts]
    )
    SearchEntry.objects.update(body="A synthetic page.")
    if connection.vendor == "postgresql":
        config = search_config("en")
        SearchEntry.objects.update(
            config=config, vector=SearchVector("title", "body", config=config)
        )
    urls["search"] = "/en/search/?q=synthetic"
    urls["sitemap_index"] = "/sitemap.xml"
    urls["sitemap_en"] = "/sitemap-en.xml"
    return urls


@pytest.fixture(scope="module", params=[5, 500], ids=["5-items", "500-items"])
def site_urls(request, django_db_setup, django_db_blocker):
    """The site at one size, kept for the module's tests, then rolled back."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            cache.clear()
            yield build_site(request.param)
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


@pytest.mark.parametrize("name", sorted(BUDGETS))
def test_query_budget(name, site_urls, client, django_assert_num_queries, db):
    """A request like most: the page chrome of this generation is in the cache."""
    url = site_urls[name]
    assert client.get(url).status_code == 200  # warm the shared caches
    with django_assert_num_queries(budget(BUDGETS, name)):
        response = client.get(url)
    assert response.status_code == 200
    if name in SHOWN:
        assert re.search(SHOWN[name], response.content.decode())


@pytest.mark.parametrize("name", sorted(COLD_BUDGETS))
def test_query_budget_after_a_change(name, site_urls, client, django_assert_num_queries, db):
    """The first request after a publish: the page chrome is built from the database."""
    url = site_urls[name]
    assert client.get(url).status_code == 200
    bump_generation()
    with django_assert_num_queries(budget(COLD_BUDGETS, name)):
        response = client.get(url)
    assert response.status_code == 200
