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


def call(title, page=None, url="", label="Read more"):
    return (
        "call_to_action",
        {"title": title, "text": "", "link": {"page": page, "url": url}, "link_label": label},
    )


def test_the_calls_to_action_link_each_language_to_its_own_pages_and_follow_changes(
    client, translated_site, locales
):
    """Rendered once per content generation and language (home/templatetags/home_tags.py):
    a change published shows on the next request, in every language its own links."""
    home, about = translated_site["en"]
    home.calls_to_action = [
        call("Who we are", page=about),
        call("Elsewhere", url="https://example.org/"),
    ]
    home.save_revision().publish()
    french_home, french_about = translated_site["fr"]
    french_home.calls_to_action = [call("Qui sommes-nous", page=about, label="Lire")]
    french_home.save_revision().publish()
    english = client.get("/en/").content.decode()
    assert '<h2 class="call-to-action__title">Who we are</h2>' in english
    assert '<a class="button" href="/en/about-us/">Read more</a>' in english
    assert '<a class="button" href="https://example.org/">Read more</a>' in english
    french = client.get("/fr/").content.decode()
    assert '<h2 class="call-to-action__title">Qui sommes-nous</h2>' in french
    assert f'<a class="button" href="{french_about.url}">Lire</a>' in french
    assert "Who we are" not in french
    home.calls_to_action = [call("Join us", page=about)]
    home.save_revision().publish()
    english = client.get("/en/").content.decode()
    assert '<h2 class="call-to-action__title">Join us</h2>' in english
    assert "Who we are" not in english
