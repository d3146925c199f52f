"""The accessibility statement, the privacy notice and the legal notice: where they stand,
the demo's pages in every language, and the footer's links to them."""

import re

import pytest
from django.conf import settings
from wagtail.models import Page

from core.generation import bump_generation
from home.models import HomePage, StandardPage
from legal.models import LegalKind, LegalPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_legal_pages_stand_under_a_home_page_and_hold_nothing():
    assert LegalPage.allowed_parent_page_models() == [HomePage]
    assert LegalPage.allowed_subpage_models() == []
    assert LegalPage in HomePage.allowed_subpage_models()
    assert LegalPage not in StandardPage.allowed_subpage_models()


def test_legal_page_cannot_stand_at_the_root(home, root_page):
    assert LegalPage.can_create_at(home)
    assert not LegalPage.can_create_at(root_page)


def footer_links(html):
    footer = html.split('class="site-footer__legal"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)"', footer)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", ["/en/accessibility/", "/en/privacy/", "/en/legal-notice/"]),
        ("fr", ["/fr/accessibilite/", "/fr/confidentialite/", "/fr/mentions-legales/"]),
        ("uk", ["/uk/accessibility/", "/uk/privacy/", "/uk/legal-notice/"]),
        ("rom", ["/rom/accessibility/", "/rom/privacy/", "/rom/legal-notice/"]),
    ],
)
def test_every_footer_links_to_the_legal_pages_of_its_language(client, demo, code, expected):
    for path in (f"/{code}/", expected[2]):
        response = client.get(path)
        assert response.status_code == 200
        assert footer_links(response.content.decode()) == expected


def test_french_footer_shows_the_french_titles(client, demo):
    html = client.get("/fr/").content.decode()
    assert "Déclaration d&#x27;accessibilité" in html
    assert "Mentions légales" in html


@pytest.mark.parametrize("code", LANGUAGES)
def test_legal_pages_answer_in_every_language(client, demo, code):
    pages = LegalPage.objects.filter(locale__language_code=code).order_by("path")
    assert sorted(page.kind for page in pages) == ["accessibility", "legal-notice", "privacy"]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, (code, page.url)
        assert page.url.startswith(f"/{code}/")


def test_accessibility_statement_has_the_eu_model_sections(client, demo):
    html = client.get("/en/accessibility/").content.decode()
    for heading in (
        "Compliance status",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact",
        "Enforcement procedure",
    ):
        assert heading in html
    assert '<time datetime="2026-12-01">' in html


def test_a_draft_legal_page_is_not_in_the_footer(client, demo):
    LegalPage.objects.filter(locale__language_code="en", kind=LegalKind.PRIVACY).update(live=False)
    bump_generation()
    assert footer_links(client.get("/en/").content.decode()) == [
        "/en/accessibility/",
        "/en/legal-notice/",
    ]
    assert Page.objects.filter(slug="privacy", live=False).exists()
