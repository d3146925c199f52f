"""Drafts, private pages and form submissions never reach a visitor.

For every public page type (the index pages included) one PRIVATE item (a login or password
view restriction) and one DRAFT item (published then unpublished, never published, or a
live page with a newer unpublished revision) carry a unique marker word in their title,
slug and text; a form submission carries one too. Then every place a visitor can look is
fetched: the search of every language, the sitemaps, the feeds, the GeoJSON of both maps,
every listing with its filters and search, the home page and the public pages that link
to other pages. No marker may appear. Public items with their own markers are fetched the
same way and must appear: they prove each place is really looked at.
"""

import datetime
import json

from django.conf import settings

from tests.security.privacy_content import key


def visitor_urls(client, c):
    """Every address where a visitor can look, with the public items' pages."""
    urls = ["/sitemap.xml", "/robots.txt"]
    urls += [f"/sitemap-{code}.xml" for code, _name in settings.LANGUAGES]
    for marker in list(c.hidden) + list(c.shown):
        urls.append(f"/en/search/?q={key(marker)}")
    urls += ["/en/", "/en/news/feed/rss/", "/en/news/feed/atom/"]
    news = c.pages["news"].url
    urls += [news, f"{news}?topic={c.topic.slug}", f"{news}?year={datetime.date.today().year}"]
    practices = c.pages["practices"].url
    urls += [
        practices,
        f"{practices}geojson/",
        f"{practices}?country=CZ&theme={c.theme.slug}&type=demonstrated&year=2012",
        f"{practices}geojson/?country=CZ&theme={c.theme.slug}&type=demonstrated&year=2012",
    ]
    urls += [f"{practices}?q={key(marker)}" for marker in list(c.hidden) + list(c.shown)]
    urls += [f"{practices}geojson/?q={key(marker)}" for marker in c.hidden]
    people = c.pages["participants"].url
    urls += [people, f"{people}geojson/", f"{people}?country=CZ&kind=region"]
    urls += [f"{people}geojson/?country=CZ&kind=region", f"{people}?kind=city"]
    texts = c.pages["texts"].url
    urls += [texts, f"{texts}?kind=resolution&year={datetime.date.today().year}"]
    urls += [f"{texts}?q={key(marker)}" for marker in list(c.hidden) + list(c.shown)]
    for name in ("practice_of_private", "practice_of_draft", "prize", "join"):
        urls.append(c.pages[name].url)
    urls.append(f"{c.pages['join'].url}thanks/")  # the thank-you page, without a submission
    return urls


def fetch_all(client, c):
    pages = {}
    for url in visitor_urls(client, c):
        response = client.get(url, follow=True)
        assert response.status_code == 200, (url, response.status_code)
        pages[url] = response.content.decode().lower()
    return pages


def test_drafts_private_pages_and_submissions_appear_nowhere(client, content):
    pages = fetch_all(client, content)
    leaks = [
        f"{description} ({marker}) in {url}"
        for marker, description in content.hidden.items()
        for url, text in pages.items()
        if marker in text
    ]
    assert leaks == [], "\n".join(leaks)

    # The control: the same look-ups find the public items, so they could fail.

    def seen_in(marker, url):
        return marker in pages[url]

    practices = content.pages["practices"].url
    people = content.pages["participants"].url
    texts = content.pages["texts"].url
    news = content.pages["news"].url
    for marker in content.shown:
        assert seen_in(marker, f"/en/search/?q={key(marker)}"), marker
        assert seen_in(marker, "/sitemap-en.xml"), marker
    assert seen_in("zqpublicnews", "/en/news/feed/rss/")
    assert seen_in("zqpublicnews", "/en/news/feed/atom/")
    assert seen_in("zqpublicnews", "/en/")
    assert seen_in("zqpublicnews", f"{news}?topic={content.topic.slug}")
    assert seen_in("zqpublicstandard", "/en/")  # the main menu
    assert seen_in("zqpublicparticipant", f"{people}geojson/")
    assert seen_in("zqpublicparticipant", people)
    assert seen_in("zqpublicpractice", f"{practices}geojson/")
    assert seen_in("zqpublicpractice", f"{practices}?q=qzpublicpractice")
    assert seen_in("zqpracticeofdraft", f"{practices}?q=qzpracticeofdraft")
    assert seen_in("zqpublictext", f"{texts}?q=qzpublictext")
    assert "sitemap-en.xml" in pages["/sitemap.xml"]


def test_geojson_holds_only_public_participants(client, content):
    people = content.pages["participants"].url
    practices = content.pages["practices"].url
    names = {
        feature["properties"]["name"]
        for feature in json.loads(client.get(f"{people}geojson/").content)["features"]
    }
    assert names == {"Item zqpublicparticipant qzpublicparticipant"}
    practice_features = json.loads(client.get(f"{practices}geojson/").content)["features"]
    # Practices of hidden participants have no public place to be shown at.
    assert {feature["properties"]["name"] for feature in practice_features} == {
        "Item zqpublicpractice qzpublicpractice"
    }


def test_a_private_page_answers_with_a_form_not_its_content(client, content):
    password_page = content.pages["private_password"]
    response = client.get(password_page.url)
    assert response.status_code == 200
    text = response.content.decode()
    assert 'name="password"' in text
    # The address to come back to is in the form; the page's title and text are not.
    assert "item zqprivateprize" not in text.lower()
    assert "introduction zqprivateprize" not in text.lower()

    login_page = content.pages["private_login"]
    response = client.get(login_page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    followed = client.get(login_page.url, follow=True)
    assert followed.status_code == 200
    text = followed.content.decode().lower()
    assert 'name="password"' in text
    # The address to come back to is in the form; the page's title and text are not.
    assert "item zqprivatestandard" not in text
    assert "body text of the page" not in text


def test_unpublished_pages_are_not_found(client, content):
    assert client.get(content.pages["draft"].url or "/en/zqdraftstandard/").status_code == 404
    assert client.get("/en/zqdraftstandard/").status_code == 404
    assert client.get("/en/news/zqdraftnews/").status_code == 404
    assert client.get("/en/news/zqneverpublishednews/").status_code == 404
