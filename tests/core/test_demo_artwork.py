"""The demo's illustrations (core/demo_artwork.py) and the images load_demo gives its pages."""

import io
import re

import pytest
from django.apps import apps
from PIL import Image
from wagtail.models import Page

from core.demo_artwork import ALT, DRAWINGS, HEIGHT, WIDTH, artwork_png
from core.images import PageImageMixin


def image_page_models():
    """The page models with an image, a model left out when its parent is listed (a prize
    announcement is a news page)."""
    models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and issubclass(model, PageImageMixin)
    ]
    return [
        model
        for model in models
        if not any(model is not other and issubclass(model, other) for other in models)
    ]


@pytest.mark.parametrize("motif", sorted(DRAWINGS))
def test_each_motif_is_a_card_shaped_png_described_in_english_and_french(motif):
    picture = Image.open(io.BytesIO(artwork_png(motif, "obrnice")))
    assert (picture.format, picture.size) == ("PNG", (WIDTH, HEIGHT))
    assert WIDTH * 10 == HEIGHT * 16  # the cards' 16:10
    english, french = ALT[motif]
    assert english.startswith("Illustration: ") and french.startswith("Illustration : ")
    # A flat drawing, not a blank: several colours, and light (every card downloads one).
    assert len(picture.getcolors(maxcolors=4096) or range(4097)) >= 4
    assert len(artwork_png(motif, "obrnice")) < 40_000


def test_a_drawing_is_the_same_for_a_key_and_differs_between_keys():
    assert artwork_png("city", "obrnice") == artwork_png("city", "obrnice")
    assert artwork_png("city", "obrnice") != artwork_png("city", "heraklion")


def test_every_motif_has_its_description_and_every_description_its_drawing():
    assert set(ALT) == set(DRAWINGS)


def test_the_pages_that_carry_an_image_are_the_news_practices_participants_and_events():
    names = {model._meta.model_name for model in image_page_models()}
    assert names == {"newspage", "practicepage", "participantpage", "eventpage"}


@pytest.mark.django_db
def test_every_demo_page_that_carries_an_image_has_one_with_alt_text_in_every_language(demo):
    illustrated = 0
    for model in image_page_models():
        for page in model.objects.live().select_related("locale", "image"):
            assert page.image is not None, (page.locale.language_code, page.url_path)
            assert not page.image_decorative
            english = {alt for alt, _french in ALT.values()}
            french = {french for _english, french in ALT.values()}
            expected = french if page.locale.language_code == "fr" else english
            assert page.image_alt in expected, (page.locale.language_code, page.url_path)
            illustrated += 1
    # Every language has each illustrated page (25 languages).
    english_pages = sum(
        model.objects.live().filter(locale__language_code="en").count()
        for model in image_page_models()
    )
    assert english_pages >= 4
    assert illustrated == english_pages * 25


# Where each list's items begin (the templates and tags that write them).
ITEMS = {
    "newsindexpage": '<article class="news-item',
    "practiceindexpage": '<li class="practice-list__item',
    "participantindexpage": '<li class="participant-list__item',
    "eventindexpage": '<li class="event-item',
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "uk"])
def test_every_card_of_the_demo_lists_has_a_picture_with_a_srcset(client, demo, language):
    checked = set()
    for index in Page.objects.filter(locale__language_code=language, depth=3, live=True):
        name = index.specific_class._meta.model_name
        if name not in ITEMS:
            continue
        response = client.get(index.url)
        assert response.status_code == 200
        items = response.content.decode().split(ITEMS[name])[1:]
        assert items, index.url
        for item in items:
            assert 'class="picture picture--card"' in item, (index.url, item[:300])
            assert "srcset=" in item and 'loading="lazy"' in item, (index.url, item[:300])
            assert re.search(r'<img [^>]*alt="Illustration', item), (index.url, item[:300])
        checked.add(name)
    assert checked == set(ITEMS)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "uk"])
def test_every_card_of_the_demo_home_page_has_a_picture(client, demo, language):
    content = client.get(f"/{language}/").content.decode()
    sections = {
        "latest-news": 3,
        "featured-practices": 3,
        "next-events": 3,
    }
    for section, expected in sections.items():
        start = content.index(f'<section class="{section}"')
        part = content[start : content.index("</section>", start)]
        items = part.split("<li")[1:]
        assert len(items) == expected, (language, section)
        for item in items:
            assert 'class="picture picture--card"' in item, (language, section, item[:300])
            assert "srcset=" in item and 'loading="lazy"' in item, (language, section)
            assert re.search(r'<img [^>]*alt="Illustration', item), (language, section)
