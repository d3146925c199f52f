"""Languages: the redirect from "/", the switcher, hreflang, untranslated copies, Romani."""

import re

import pytest
from django.conf import settings
from django.utils.translation import get_language_info
from lxml import html as lxml_html

from tests.factories import StandardPageFactory

DESIGN_LANGUAGES = (
    "en fr de it es pt nl el tr cs sk pl hu ro bg hr sr sl bs sq mk uk sv fi rom".split()
)


def test_every_language_of_the_design_is_configured():
    assert [code for code, _name in settings.LANGUAGES] == DESIGN_LANGUAGES
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES


def test_django_knows_romani():
    info = get_language_info("rom")
    assert info["name"] == "Romani"
    assert info["bidi"] is False


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"),
        ("cs", "/cs/"),
        ("rom", "/rom/"),
        ("ja, ko;q=0.5", "/en/"),
        (None, "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, home, accept_language, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.fixture
def about_in_three_states(home, locales, translate_page):
    """About us: live in en and fr, a draft in de, an untranslated copy in cs."""
    about = StandardPageFactory(parent=home, title="About us", slug="about-us")
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(about, locales["fr"], title="À propos")
    translate_page(home, locales["de"], title="Startseite")
    german = about.copy_for_translation(locales["de"])
    german.title = "Über uns"
    german.save_revision()  # never published
    about.copy_for_translation(locales["cs"], copy_parents=True, alias=True)
    return about


def hreflangs(content):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content))


def switcher_links(content):
    nav = content.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="[^"]+"[^>]*>([^<]+)</a>', nav)


def test_switcher_lists_exactly_the_live_translations(client, about_in_three_states):
    content = client.get("/en/about-us/").content.decode()
    assert switcher_links(content) == [
        ("/en/about-us/", "en", "English"),
        ("/fr/about-us/", "fr", "Français"),
    ]


def test_hreflang_lists_exactly_the_live_translations_and_x_default(client, about_in_three_states):
    content = client.get("/fr/about-us/").content.decode()
    assert hreflangs(content) == {
        "en": "http://testserver/en/about-us/",
        "fr": "http://testserver/fr/about-us/",
        "x-default": "http://testserver/en/about-us/",
    }


def test_untranslated_copy_shows_source_text_marked_with_its_language(
    client, about_in_three_states
):
    response = client.get("/cs/about-us/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="cs"' in content
    assert '<main id="main" tabindex="-1" lang="en">' in content
    assert "<h1>About us</h1>" in content
    notice = re.search(r'<p class="notice notice--untranslated" lang="cs">(.*?)</p>', content, re.S)
    assert notice is not None
    assert "cs" not in hreflangs(content)


def test_draft_translation_is_not_served(client, about_in_three_states):
    assert client.get("/de/about-us/").status_code == 404


def test_page_in_romani_has_romani_lang(client, home, locales, translate_page):
    translate_page(home, locales["rom"], title="Kher")
    response = client.get("/rom/")
    assert response.status_code == 200
    assert '<html lang="rom" dir="ltr">' in response.content.decode()


def test_root_of_tree_is_not_a_page_of_the_switcher(client, home):
    # Only one language: the switcher lists it alone.
    content = client.get("/en/").content.decode()
    assert switcher_links(content) == [("/en/", "en", "English")]


def test_a_view_that_is_not_a_page_links_to_itself_in_every_language(client, home):
    """The search page exists in every language; its links keep the query."""
    content = client.get("/fr/search/", {"q": "école rom", "page": "2"}).content.decode()
    for code, _name in settings.LANGUAGES:
        assert f'hreflang="{code}" href="http://testserver/{code}/search/?q=' in content
    assert 'href="/de/search/?q=%C3%A9cole+rom&amp;page=2" hreflang="de"' in content
    assert 'href="/fr/search/?q=%C3%A9cole+rom&amp;page=2" hreflang="fr"' in content
    assert 'hreflang="fr" lang="fr" aria-current="page">' in content
    other = client.get("/de/search/", {"q": "Schule"}).content.decode()
    assert 'href="/fr/search/?q=Schule" hreflang="fr"' in other


# Each language by its own name, as it is written at the start of a list item
# (docs/languages.md): names, not adverbs ("česky"), the first letter a capital.
OWN_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "it": "Italiano",
    "es": "Español",
    "pt": "Português",
    "nl": "Nederlands",
    "el": "Ελληνικά",
    "tr": "Türkçe",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "pl": "Polski",
    "hu": "Magyar",
    "ro": "Română",
    "bg": "Български",
    "hr": "Hrvatski",
    "sr": "Српски",
    "sl": "Slovenščina",
    "bs": "Bosanski",
    "sq": "Shqip",
    "mk": "Македонски",
    "uk": "Українська",
    "sv": "Svenska",
    "fi": "Suomi",
    "rom": "Romani čhib",
}


def test_switcher_names_each_language_in_its_own_standard_form(client, home):
    """The search page exists in every language: its switcher lists them all."""
    tree = lxml_html.fromstring(client.get("/cs/search/").content)
    links = tree.xpath('//nav[@class="language-switcher"]//li/a')
    assert {link.get("lang"): link.text_content() for link in links} == OWN_NAMES
    (summary,) = tree.xpath('//nav[@class="language-switcher"]//summary')
    assert summary.text_content().endswith("Čeština")
    assert get_language_info("cs")["name_local"] == "čeština"
