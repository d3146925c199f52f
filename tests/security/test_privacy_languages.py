"""A restricted page stays private in all 25 languages, through every copy of it.

The English content of the privacy tests (tests/security/privacy_content.py) has its
private items restricted BEFORE their copies exist; the whole tree is then copied into
every other language the way the site does it (wagtail-localize's untranslated copies,
``synchronize_all_locales``), some private items get real translations, and a second set
of items is restricted AFTER its copies exist (one with a real Ukrainian translation).
Every place a visitor can look, in every language, must show none of their markers, and
every copy of a restricted page must ask for its password or a login instead of showing
itself. Public controls prove the places are really looked at.
"""

import datetime

import pytest
from django.conf import settings
from wagtail.models import Page

from core.demo_helpers import synchronize_all_locales
from tests.conftest import translate
from tests.factories import (
    AdoptedTextPageFactory,
    NewsPageFactory,
    ParticipantPageFactory,
    PracticePageFactory,
    StandardPageFactory,
)
from tests.security.privacy_content import LOCATION, PASSWORD, marked, publish, restrict

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def copies(content, locales):
    c = content
    today = datetime.date.today()
    home = c.pages["news"].get_parent()

    # Real translations of items restricted before: their own words must stay hidden too.
    c.hide("zqfrenchprivateprize", "French translation of a private prize announcement")
    translate(
        c.pages["private_password"],
        locales["fr"],
        title="Prix zqfrenchprivateprize",
        introduction="Introduction zqfrenchprivateprize",
    )
    c.hide("zqgreekprivatestandard", "Greek translation of a private standard page")
    translate(c.pages["private_login"], locales["el"], title="Σελίδα zqgreekprivatestandard")

    # Items restricted AFTER their copies exist.
    later = {}
    later["standard"] = publish(
        StandardPageFactory(
            parent=home, show_in_menus=True, **marked(c.hide("zqlaterstandard", "later page"))
        )
    )
    later["news"] = publish(
        NewsPageFactory(
            parent=c.pages["news"],
            date=today,
            introduction="Introduction zqlaternews",
            **marked(c.hide("zqlaternews", "news restricted after its copies")),
        )
    )
    later["text"] = publish(
        AdoptedTextPageFactory(
            parent=c.pages["texts"],
            adoption_date=today,
            reference="Resolution zqlatertext",
            **marked(c.hide("zqlatertext", "adopted text restricted after its copies")),
        )
    )
    later["participant"] = publish(
        ParticipantPageFactory(
            parent=c.pages["participants"],
            country="CZ",
            location=LOCATION,
            **marked(c.hide("zqlaterparticipant", "participant restricted after its copies")),
        )
    )
    later["practice"] = publish(
        PracticePageFactory(
            parent=c.pages["practices"],
            country="CZ",
            start_year=2010,
            themes=[c.theme],
            summary="Summary zqlaterpractice",
            **marked(c.hide("zqlaterpractice", "practice restricted after its copies")),
        )
    )
    c.hide("zqukrainianlaternews", "Ukrainian translation of news restricted after")
    translate(later["news"], locales["uk"], title="Новина zqukrainianlaternews")

    synchronize_all_locales()

    for name, page in later.items():
        restrict(page, "login" if name in ("standard", "participant") else "pw")
    c.pages.update({f"later_{name}": page for name, page in later.items()})
    return c


def language_urls(code, c):
    """Every public URL kind in ``code``: pages, menus, listings with filters and
    searches, feeds, both maps, the sitemap."""
    year = datetime.date.today().year

    def local(page):
        return f"/{code}/" + page.url.removeprefix("/en/")

    news, practices = local(c.pages["news"]), local(c.pages["practices"])
    people, texts = local(c.pages["participants"]), local(c.pages["texts"])
    urls = [f"/{code}/", f"/{code}/news/feed/rss/", f"/{code}/news/feed/atom/"]
    urls += [f"/sitemap-{code}.xml", news, f"{news}?year={year}"]
    urls += [practices, f"{practices}geojson/", f"{practices}?country=CZ&year=2012"]
    urls += [f"{practices}geojson/?country=CZ&year=2012"]
    urls += [people, f"{people}geojson/", f"{people}?country=CZ", f"{people}?kind=region"]
    urls += [texts, f"{texts}?year={year}", f"{texts}?q=item"]
    urls += [f"{practices}?q=item&page={number}" for number in (1, 2)]
    urls += [f"/{code}/search/?q=item&page={number}" for number in (1, 2, 3, 4)]
    for name in ("practice_of_private", "practice_of_draft", "prize"):
        urls.append(local(c.pages[name]))
    return urls


def leaks_and_controls(client, code, c):
    """(what leaked, which control failed) among the public URLs of language ``code``."""
    leaks, pages = [], {}
    for url in language_urls(code, c):
        response = client.get(url, follow=True)
        if response.status_code != 200:
            leaks.append(f"{url} answered {response.status_code}")
            continue
        pages[url] = text = response.content.decode().lower()
        leaks += [
            f"{description} ({marker}) in {url}"
            for marker, description in c.hidden.items()
            if marker in text
        ]
    # Controls: the public items' copies are found by the same look-ups in this language.
    controls = {
        "zqpublicstandard": f"/{code}/",  # the main menu
        "zqpublicnews": f"/{code}/news/feed/rss/",
        "zqpublicparticipant": next(u for u in pages if "participants/geojson" in u),
        "zqpublicpractice": next(u for u in pages if u.endswith("practices/geojson/")),
        "zqpublictext": next(u for u in pages if u.endswith("texts/?q=item")),
    }
    missed = [
        f"{marker} not in {url}" for marker, url in controls.items() if marker not in pages[url]
    ]
    if "zqpublicnews" not in pages[f"/{code}/"]:
        missed.append(f"the latest news of /{code}/ miss zqpublicnews")
    return leaks, missed


def copies_of_restricted_pages(c):
    """Every page, in every language, that is a copy of a restricted English page or sits
    below one, with what it must answer."""
    restricted = {
        "private_login": "login",
        "private_password": "password",
        "later_standard": "login",
        "later_participant": "login",
        "later_news": "password",
        "later_text": "password",
        "later_practice": "password",
    }
    for name, kind in restricted.items():
        source = c.pages[name]
        for page in Page.objects.filter(translation_key=source.translation_key):
            yield page, kind


def test_restricted_pages_stay_private_in_every_language(client, copies):
    """One test for the whole sweep: copying the tree into 24 languages is the slow part
    (about a thousand copies), so it is built once."""
    leaks, missed = [], []
    for code in LANGUAGES:
        found, failed = leaks_and_controls(client, code, copies)
        leaks += found
        missed += failed
    assert leaks == [], "\n".join(leaks)
    assert missed == [], "\n".join(missed)

    # Every copy of a restricted page asks for the password or a login instead.
    seen_languages, shown = set(), []
    for page, kind in copies_of_restricted_pages(copies):
        seen_languages.add(page.locale.language_code)
        url = page.url
        response = client.get(url)
        text = response.content.decode().lower()
        if kind == "login":
            if response.status_code != 302 or "login" not in response["Location"]:
                shown.append(f"{url}: {response.status_code}, not sent to the login page")
        elif response.status_code != 200 or 'name="password"' not in text:
            shown.append(f"{url}: {response.status_code}, no password form")
        if page.title.lower() in text:
            shown.append(f"{url}: shows its title")
    assert shown == [], "\n".join(shown)
    assert seen_languages == set(LANGUAGES)

    # They are guarded by the source's own restriction: its password opens them.
    french = Page.objects.get(
        translation_key=copies.pages["private_password"].translation_key,
        locale__language_code="fr",
    )
    response = client.get(french.url)
    form_action = response.content.decode().split('action="', 1)[1].split('"', 1)[0]
    opened = client.post(form_action, {"password": PASSWORD, "return_url": french.url}, follow=True)
    assert opened.status_code == 200
    assert "zqfrenchprivateprize" in opened.content.decode().lower()


def test_a_restriction_on_another_language_hides_only_that_language(client, home, locales):
    """Keeping the Romani tree private while it is prepared never hides the English site,
    nor any other language."""
    publish(StandardPageFactory(parent=home, show_in_menus=True, **marked("zqaboutus")))
    synchronize_all_locales()
    romani_home = Page.objects.get(depth=2, locale=locales["rom"])
    restrict(romani_home, "login")
    assert client.get("/rom/").status_code == 302
    assert client.get("/rom/zqaboutus/").status_code == 302
    for code in ("en", "fr", "uk"):
        page = client.get(f"/{code}/")
        assert page.status_code == 200
        assert "zqaboutus" in page.content.decode()  # in the menu
        assert client.get(f"/{code}/zqaboutus/").status_code == 200
        assert f"/{code}/zqaboutus/" in client.get(f"/sitemap-{code}.xml").content.decode() or (
            code != "en"  # the sitemaps list real translations only
        )
