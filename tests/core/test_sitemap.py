"""sitemap.xml: every language, alternates, only live public pages; robots.txt."""

from pathlib import Path

import pytest
from lxml import etree
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def validate(content, schema_name):
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / schema_name)))
    document = etree.fromstring(content)
    schema.assertValid(document)
    return document


@pytest.fixture
def site_pages(home, locales, translate_page):
    about = StandardPageFactory(parent=home, title="About us", slug="about-us")
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(about, locales["fr"], title="À propos", slug="a-propos")
    draft = StandardPageFactory(parent=home, title="Draft", slug="draft")
    draft.unpublish()
    private = StandardPageFactory(parent=home, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    about.copy_for_translation(locales["cs"], copy_parents=True, alias=True)
    return about


def test_index_lists_one_sitemap_per_translated_language(client, site_pages):
    response = client.get("/sitemap.xml")
    assert response["Content-Type"] == "application/xml"
    document = validate(response.content, "siteindex.xsd")
    assert document.xpath("//s:loc/text()", namespaces=NS) == [
        "http://testserver/sitemap-en.xml",
        "http://testserver/sitemap-fr.xml",
    ]


def test_language_sitemap_validates_and_lists_alternates(client, site_pages):
    response = client.get("/sitemap-en.xml")
    document = validate(response.content, "sitemap.xsd")
    locations = document.xpath("//s:url/s:loc/text()", namespaces=NS)
    assert locations == ["http://testserver/en/", "http://testserver/en/about-us/"]
    about = document.xpath("//s:url[s:loc='http://testserver/en/about-us/']", namespaces=NS)[0]
    alternates = {
        link.get("hreflang"): link.get("href") for link in about.xpath("x:link", namespaces=NS)
    }
    assert alternates == {
        "en": "http://testserver/en/about-us/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about-us/",
    }


def test_drafts_private_pages_and_untranslated_copies_are_left_out(client, site_pages):
    content = b"".join(
        client.get(url).content for url in ["/sitemap-en.xml", "/sitemap-fr.xml", "/sitemap-cs.xml"]
    ).decode()
    assert "/draft/" not in content
    assert "/private/" not in content
    assert "/cs/" not in content


def test_sitemap_queries_do_not_grow_with_pages(client, home, django_assert_max_num_queries):
    for number in range(30):
        StandardPageFactory(parent=home, slug=f"page-{number}")
    with django_assert_max_num_queries(6):
        response = client.get("/sitemap-en.xml")
    assert response.content.count(b"<url>") == 31


def test_unknown_language_sitemap_is_404(client, db):
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_pages_carry_description_canonical_and_open_graph(client, site_pages):
    content = client.get("/fr/a-propos/").content.decode()
    assert '<link rel="canonical" href="http://testserver/fr/a-propos/">' in content
    assert '<meta property="og:title" content="À propos">' in content
    assert '<meta property="og:locale" content="fr">' in content
    # Every page has a picture to share (its image, or a card drawn for it: core/social_cards)
    assert '<meta name="twitter:card" content="summary_large_image">' in content
    assert '<meta name="description" content="A short introduction.">' in content


def test_home_page_describes_the_alliance_as_an_organization(client, site_pages):
    import json
    import re

    content = client.get("/en/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    data = json.loads(block.group(1))
    assert data["@type"] == "Organization"
    assert data["url"] == "http://testserver/en/"
    assert "Congress of Local and Regional Authorities" in data["parentOrganization"]["name"]
