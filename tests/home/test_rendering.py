"""Home and standard pages render in English, French and Romani with the right lang."""

import re

import pytest

from tests.factories import StandardPageFactory

LANGS = ["en", "fr", "rom"]


@pytest.fixture
def translated_site(home, locales, translate_page):
    about = StandardPageFactory(parent=home, title="About us", slug="about-us", show_in_menus=True)
    pages = {"en": (home, about)}
    names = {"fr": ("Accueil", "À propos"), "rom": ("Kher", "Pa amende")}
    for code, (home_title, about_title) in names.items():
        home_translation = translate_page(home, locales[code], title=home_title)
        about_translation = translate_page(about, locales[code], title=about_title)
        pages[code] = (home_translation, about_translation)
    return pages


def html_lang(response):
    return re.search(r'<html lang="([^"]+)" dir="([^"]+)"', response.content.decode()).groups()


@pytest.mark.parametrize("code", LANGS)
def test_home_page_renders_in_its_language(client, translated_site, code):
    home, _about = translated_site[code]
    response = client.get(home.url)
    assert response.status_code == 200
    assert html_lang(response) == (code, "ltr")
    assert f'<h1 class="hero__title">{home.title}</h1>' in response.content.decode()


@pytest.mark.parametrize("code", LANGS)
def test_standard_page_renders_in_its_language(client, translated_site, code):
    _home, about = translated_site[code]
    response = client.get(about.url)
    assert response.status_code == 200
    assert html_lang(response) == (code, "ltr")
    content = response.content.decode()
    assert f"<h1>{about.title}</h1>" in content
    assert "Body text of the page." in content


def test_menu_lists_the_pages_of_the_current_language(client, translated_site):
    response = client.get("/fr/")
    content = response.content.decode()
    assert '<a href="/fr/about-us/">À propos</a>' in content
    assert ">About us</a>" not in content


def test_footer_shows_the_terminology_note_and_contact(client, translated_site):
    from core.models import AllianceSettings

    settings = AllianceSettings.load()
    settings.address = "FR - 67075 Strasbourg Cedex"
    settings.email = "alliance@coe.int"
    settings.save()
    content = client.get("/en/").content.decode()
    assert "Roma and Travellers" in content
    assert "FR - 67075 Strasbourg Cedex" in content
    assert 'href="mailto:alliance@coe.int"' in content


def test_unknown_address_gives_the_404_page(client, translated_site):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
