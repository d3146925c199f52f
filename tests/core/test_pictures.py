"""Images with alt text (core/images.py) and their responsive <picture> (core/renditions.py)."""

import re

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.test import override_settings
from PIL import features
from wagtail.images.rect import Rect

from tests.factories import (
    EventIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(db):
    return wagtail_factories.ImageFactory(title="A square", file__width=1600, file__height=1000)


@pytest.mark.parametrize("model", ["news", "practice", "participant", "event"])
def test_an_image_without_alt_text_is_refused_unless_decorative(model, home, image):
    from django.utils import timezone

    from events.models import EventPage
    from news.models import NewsPage
    from participants.models import ParticipantPage
    from practices.models import PracticePage

    models = {"news": NewsPage, "practice": PracticePage, "participant": ParticipantPage}
    page = models.get(model, EventPage)(title="With an image", image=image, image_alt="  ")
    page.country, page.time_zone, page.start = "FR", "Europe/Paris", timezone.now()
    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert "image_alt" in refused.value.message_dict
    page.image_decorative = True
    page.clean()  # decorative: no description needed
    page.image_decorative, page.image_alt = False, "A blue square"
    page.clean()


def test_the_alt_text_is_translated_and_the_image_synchronised():
    from wagtail_localize.fields import get_translatable_fields

    from news.models import NewsPage

    synchronized = {
        field.field_name
        for field in get_translatable_fields(NewsPage)
        if not field.is_translated(NewsPage())
    }
    translated = {
        field.field_name
        for field in get_translatable_fields(NewsPage)
        if field.is_translated(NewsPage())
    }
    assert "image_alt" in translated
    assert {"image", "image_decorative"} <= synchronized


def picture_of(html):
    match = re.search(r"<picture>.*?</picture>", html, re.S)
    assert match, "no <picture> in the page"
    return match.group(0)


def test_a_news_list_card_is_a_lazy_webp_picture_with_widths(home, image, client):
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, image=image, image_alt="A blue square")
    html = client.get(index.url).content.decode()
    picture = picture_of(html)
    img = re.search(r"<img[^>]*>", picture).group(0)
    assert 'alt="A blue square"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert 'width="320"' in img and 'height="200"' in img
    assert re.search(r'srcset="[^"]+\.webp 320w, [^"]+\.webp 640w"', img)


def test_a_detail_page_loads_its_hero_image_at_once_and_a_decorative_one_has_empty_alt(
    home, image, client
):
    index = NewsIndexPageFactory(parent=home)
    page = NewsPageFactory(parent=index, image=image, image_alt="Kept", image_decorative=True)
    img = re.search(r"<img[^>]*>", picture_of(client.get(page.url).content.decode())).group(0)
    assert 'alt=""' in img
    assert "loading=" not in img and 'fetchpriority="high"' in img
    assert 'width="640"' in img and 'height="400"' in img


@pytest.mark.skipif(not features.check("avif"), reason="this Pillow cannot write AVIF")
@override_settings(PICTURE_AVIF=True)
def test_avif_comes_first_when_pillow_can_write_it(home, image, client):
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, image=image, image_alt="A blue square")
    picture = picture_of(client.get(index.url).content.decode())
    assert picture.index('type="image/avif"') < picture.index("<img")
    assert re.search(r'<source[^>]*srcset="[^"]+\.avif 320w, [^"]+\.avif 640w"', picture)


@pytest.mark.parametrize("kind", ["practices", "participants", "events"])
def test_every_list_shows_its_cards_images(kind, home, image, client):
    import datetime

    from django.utils import timezone

    from tests.factories import EventPageFactory

    if kind == "practices":
        index = PracticeIndexPageFactory(parent=home)
        PracticePageFactory(parent=index, image=image, image_alt="A blue square")
    elif kind == "participants":
        index = ParticipantIndexPageFactory(parent=home)
        ParticipantPageFactory(parent=index, image=image, image_alt="A blue square")
    else:
        index = EventIndexPageFactory(parent=home)
        start = timezone.now() + datetime.timedelta(days=30)
        EventPageFactory(parent=index, image=image, image_alt="A blue square", start=start)
    img = re.search(r"<img[^>]*>", picture_of(client.get(index.url).content.decode())).group(0)
    assert 'alt="A blue square"' in img and 'loading="lazy"' in img
    assert "320w" in img and "640w" in img


@pytest.fixture
def kept_pictures(settings):
    """The pictures kept per content generation, as in production (core/renditions.py)."""
    settings.CHROME_CACHE_SECONDS = 600


def card_images(html):
    return re.findall(r"<img[^>]*>", html)


def test_one_image_under_two_descriptions_keeps_each_its_own(home, image, client, kept_pictures):
    """Its <picture> is kept per generation for each description, not once per image."""
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, image=image, image_alt="A blue square", title="First")
    NewsPageFactory(parent=index, image=image, image_alt="The same square", title="Second")
    for _request in range(2):
        images = card_images(client.get(index.url).content.decode())
        assert sorted(re.search(r'alt="([^"]*)"', img).group(1) for img in images) == [
            "A blue square",
            "The same square",
        ]


def test_a_kept_picture_follows_its_image_s_new_focal_point(home, image, client, kept_pictures):
    """Saving an image starts a new content generation: the next request shows the
    renditions cropped around its new focal point, not the kept ones."""
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, image=image, image_alt="A blue square")
    before = card_images(client.get(index.url).content.decode())
    assert card_images(client.get(index.url).content.decode()) == before  # kept
    image.set_focal_point(Rect(1200, 100, 1500, 400))
    image.save()
    after = card_images(client.get(index.url).content.decode())
    assert len(after) == 1 and after != before
    assert "320w" in after[0]
