"""Social cards (core/social_cards.py): every public page has og:image, answering 200."""

import re
from urllib.parse import urlparse

import pytest
import wagtail_factories
from django.conf import settings
from django.core.files.storage import default_storage
from wagtail.models import Page, PageViewRestriction

from tests.factories import NewsIndexPageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

# The page types a visitor can land on in the demo (hand-written: a type the demo lost
# would fail here).
PUBLIC_TYPES = {
    "homepage",
    "standardpage",
    "newsindexpage",
    "newspage",
    "prizeannouncementpage",
    "practiceindexpage",
    "practicepage",
    "participantindexpage",
    "participantpage",
    "adoptedtextindexpage",
    "eventindexpage",
    "eventpage",
    "joinformpage",
    "cooperationformpage",
}


def meta(html, name):
    found = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def assert_image_answers(client, url):
    path = urlparse(url).path
    if path.startswith(settings.MEDIA_URL):  # a rendition: the web server serves /media/
        name = path[len(settings.MEDIA_URL) :]
        assert default_storage.exists(name), url
        assert name.endswith((".png", ".webp")), url
        return
    response = client.get(path)
    assert response.status_code == 200, url
    assert response["Content-Type"] in {"image/png", "image/webp"}
    assert "immutable" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "fr", "uk"])
def test_every_public_page_type_has_a_social_card_that_answers(demo, client, language):
    seen = set()
    pages = Page.objects.live().filter(locale__language_code=language).order_by("path")
    for page in pages.select_related("content_type"):
        model = page.content_type.model
        if model in seen or model not in PUBLIC_TYPES:
            continue
        seen.add(model)
        html = client.get(page.url).content.decode()
        image = meta(html, "og:image")
        assert image and image.startswith("http"), (language, model)
        for name in ("og:title", "og:type", "og:url", "og:image:alt"):
            assert meta(html, name), (language, model, name)
        assert meta(html, "twitter:card") == "summary_large_image"
        assert_image_answers(client, image)
    present = set(pages.values_list("content_type__model", flat=True))
    assert seen == PUBLIC_TYPES & present
    # The demo has a page of every public type but the plain news item (its news are
    # prize announcements): a news item's card is checked with a page of its own below.
    assert PUBLIC_TYPES - present <= {"newspage"}


def test_a_page_with_an_image_shares_its_crop_and_its_alt(home, client):
    image = wagtail_factories.ImageFactory(file__width=1600, file__height=1000)
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), image=image, image_alt="Map")
    html = client.get(page.url).content.decode()
    assert "fill-1200x630" in meta(html, "og:image")
    assert meta(html, "og:image:alt") == "Map"
    assert_image_answers(client, meta(html, "og:image"))


def test_a_new_title_makes_a_new_card_and_the_old_address_goes(home, client):
    page = StandardPageFactory(parent=home, title="Before")
    before = meta(client.get(page.url).content.decode(), "og:image")
    assert client.get(urlparse(before).path).status_code == 200
    page.title = "After"
    page.save_revision().publish()
    after = meta(client.get(page.url).content.decode(), "og:image")
    assert after != before
    assert client.get(urlparse(before).path).status_code == 404
    assert client.get(urlparse(after).path).status_code == 200


def test_a_private_page_has_no_card(home, client):
    page = StandardPageFactory(parent=home)
    url = urlparse(meta(client.get(page.url).content.decode(), "og:image")).path
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    assert client.get(url).status_code == 404
