"""load_demo adds the news index, the 4th Dosta!-Congress Prize and the sample news and
adopted texts, translated into French."""

from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import Translation

from news.models import NewsIndexPage, NewsPage, NewsTopic, PrizeAnnouncementPage
from tests.home.test_load_demo import snapshot
from texts.models import AdoptedTextIndexPage, AdoptedTextPage


def test_load_demo_twice_changes_nothing(demo):
    before = snapshot()
    before["winners"] = sorted(
        PrizeAnnouncementPage.objects.values_list("locale__language_code", "winners__name")
    )
    before["topics"] = NewsTopic.objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    after = snapshot()
    after["winners"] = sorted(
        PrizeAnnouncementPage.objects.values_list("locale__language_code", "winners__name")
    )
    after["topics"] = NewsTopic.objects.count()
    assert after == before


def test_demo_has_the_prize_from_the_seeds(demo):
    prize = PrizeAnnouncementPage.objects.get(locale__language_code="en", edition=4)
    assert prize.title == "Dosta!-Congress Prize Awarded to 3 Cities and Regions"
    assert prize.edition == 4
    assert str(prize.award_date) == "2013-10-30"
    assert [(w.place, w.name, str(w.country), w.kind) for w in prize.winners.order_by("place")] == [
        (1, "Obrnice", "CZ", "city"),
        (2, "Heraklion", "GR", "city"),
        (3, "Kocaeli", "TR", "region"),
    ]
    assert "25th session of the Congress in Strasbourg" in str(prize.body)
    assert prize.get_parent().specific_class is NewsIndexPage
    assert [topic.name for topic in prize.topics] == ["Dosta!-Congress Prize"]


def test_demo_texts_index_has_the_seed_introduction_and_eight_sample_texts_with_a_pdf(demo):
    index = AdoptedTextIndexPage.objects.get(locale__language_code="en")
    assert "Resolutions and Recommendations adopted by the Congress" in index.introduction
    texts = AdoptedTextPage.objects.child_of(index).live()
    assert texts.count() == 8
    assert {text.kind for text in texts} == {"resolution", "recommendation", "declaration"}
    for text in texts:
        assert text.title.startswith("Sample ")
        assert text.document.file.name.endswith(".pdf")
        with text.document.file.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"


def test_demo_has_twelve_news_items_over_three_years_and_every_prize_edition(demo):
    news = NewsPage.objects.filter(locale__language_code="en").live()
    assert news.count() == 12
    assert len({item.date.year for item in news}) >= 3
    editions = PrizeAnnouncementPage.objects.filter(locale__language_code="en")
    assert sorted(editions.values_list("edition", flat=True)) == [1, 2, 3, 4, 5]
    # One edition with joint winners: two winners sharing a place.
    shared = [
        edition
        for edition in editions
        if len(set(edition.winners.values_list("place", flat=True))) < edition.winners.count()
    ]
    assert len(shared) == 1
    # Every item but the seeds' own says it is a sample.
    for item in news.exclude(pk=editions.get(edition=4).pk):
        assert item.title.startswith("Sample news: ")


def test_french_translations_are_complete(demo):
    french = Locale.objects.get(language_code="fr")
    prize = PrizeAnnouncementPage.objects.get(locale=french, edition=4)
    assert prize.alias_of_id is None
    assert prize.title == "Le Prix Dosta!-Congrès décerné à 3 villes et régions"
    assert [w.name for w in prize.winners.order_by("place")] == [
        "Obrnice",
        "Héraklion",
        "Kocaeli",
    ]
    assert [topic.name for topic in prize.topics] == ["Prix Dosta!-Congrès"]
    assert NewsIndexPage.objects.get(locale=french).title == "Actualités"
    assert AdoptedTextIndexPage.objects.get(locale=french).title == "Textes adoptés"
    sources = Translation.objects.filter(
        target_locale=french,
        source__specific_content_type__app_label__in=["news", "texts"],
    )
    # 7 topics, the news index, 12 news items, the texts index, 8 texts
    assert sources.count() == 29
    for translation in sources:
        total, translated = translation.get_progress()
        assert total == translated > 0


def test_demo_pages_render(client, demo):
    urls = [
        "/en/news/",
        "/en/news/dosta-congress-prize-awarded-to-3-cities-and-regions/",
        "/fr/actualites/",
        "/fr/actualites/prix-dosta-congres-decerne-a-3-villes-et-regions/",
        "/en/texts/",
        "/fr/textes/",
        "/cs/news/",
        "/en/news/feed/rss/",
        "/fr/news/feed/atom/",
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url
    content = client.get(urls[3]).content.decode()
    assert "Héraklion (Grèce)" in content
    assert "1st place" in content or "1re place" in content
