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

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from forms import demo as forms_demo
from news.models import NewsTopic
from news.models.pages import NewsPageTopic
from practices.models import PracticeType, Theme
from tests.factories import (
    AdoptedTextIndexPageFactory,
    AdoptedTextPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    PrizeAnnouncementPageFactory,
    PrizeWinnerFactory,
    StandardPageFactory,
    SubmissionFactory,
)

PASSWORD = "view-secret-123"
LOCATION = "SRID=4326;POINT(13.696 50.505)"


def publish(page):
    """Publish the way an editor does (revision, signals: the search index follows)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def restrict(page, kind):
    if kind == "login":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    else:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
        )
    return page


def unpublish(page):
    page.unpublish()
    page.refresh_from_db()
    return page


def later_draft(page, marker):
    """A live page whose newer, unpublished revision holds the marker."""
    page.title = f"Reworded {marker}"
    page.save_revision()
    return page


def key(marker):
    """The word a test searches for to find ``marker``'s item: the query is echoed on the
    results page, so it must not contain the marker itself."""
    return "qz" + marker.removeprefix("zq")


def marked(marker, **fields):
    """Title (with the search key), slug and searchable text carrying ``marker``."""
    return {"title": f"Item {marker} {key(marker)}", "slug": marker, **fields}


class Content:
    """The pages built for the test, and which markers must or must not be seen."""

    def __init__(self):
        self.hidden = {}  # marker -> description
        self.shown = {}
        self.pages = {}

    def hide(self, marker, description):
        self.hidden[marker] = description
        return marker

    def show(self, marker, description):
        self.shown[marker] = description
        return marker


@pytest.fixture
def content(home, locales, django_capture_on_commit_callbacks):
    cache.clear()
    c = Content()
    today = datetime.date.today()

    # Standard pages -------------------------------------------------------------------
    m = c.show("zqpublicstandard", "public standard page")
    publish(StandardPageFactory(parent=home, show_in_menus=True, **marked(m)))
    m = c.hide("zqprivatestandard", "private standard page (login)")
    page = publish(StandardPageFactory(parent=home, show_in_menus=True, **marked(m)))
    c.pages["private_login"] = restrict(page, "login")
    m = c.hide("zqdraftstandard", "unpublished standard page")
    c.pages["draft"] = unpublish(
        publish(StandardPageFactory(parent=home, show_in_menus=True, **marked(m)))
    )
    m = c.hide("zqnewerrevision", "unpublished revision of a live standard page")
    later_draft(publish(StandardPageFactory(parent=home, slug="reworded-page")), m)

    # News and prize announcements -----------------------------------------------------
    news = publish(NewsIndexPageFactory(parent=home))
    c.pages["news"] = news
    topic = NewsTopic.objects.create(name="Housing", slug="housing", locale=locales["en"])
    c.topic = topic

    def news_item(factory, parent, marker, **extra):
        page = factory(
            parent=parent,
            date=today,
            introduction=f"Introduction {marker}",
            body=[("paragraph", f"<p>Body {marker}</p>")],
            **marked(marker, **extra),
        )
        NewsPageTopic.objects.create(page=page, topic=topic, locale=locales["en"])
        return publish(page)

    news_item(NewsPageFactory, news, c.show("zqpublicnews", "public news"))
    restrict(news_item(NewsPageFactory, news, c.hide("zqprivatenews", "private news")), "pw")
    unpublish(news_item(NewsPageFactory, news, c.hide("zqdraftnews", "unpublished news")))
    NewsPageFactory(
        parent=news,
        live=False,
        date=today,
        introduction="zqneverpublishednews qzneverpublishednews",
        **marked(c.hide("zqneverpublishednews", "never published news")),
    )
    m = c.hide("zqprivateprize", "private prize announcement")
    c.pages["private_password"] = restrict(news_item(PrizeAnnouncementPageFactory, news, m), "pw")
    unpublish(
        news_item(PrizeAnnouncementPageFactory, news, c.hide("zqdraftprize", "unpublished prize"))
    )

    m = c.hide("zqprivatenewsindex", "private news index")
    private_news = restrict(publish(NewsIndexPageFactory(parent=home, **marked(m))), "login")
    news_item(NewsPageFactory, private_news, c.hide("zqchildofprivate", "news in private index"))
    m = c.hide("zqdraftnewsindex", "unpublished news index")
    unpublish(publish(NewsIndexPageFactory(parent=home, **marked(m))))

    # Adopted texts -------------------------------------------------------------------
    texts = publish(AdoptedTextIndexPageFactory(parent=home))
    c.pages["texts"] = texts

    def text(parent, marker):
        return publish(
            AdoptedTextPageFactory(
                parent=parent,
                adoption_date=today,
                reference=f"Resolution {marker}",
                summary=f"<p>Summary {marker}</p>",
                **marked(marker),
            )
        )

    text(texts, c.show("zqpublictext", "public adopted text"))
    restrict(text(texts, c.hide("zqprivatetext", "private adopted text")), "login")
    unpublish(text(texts, c.hide("zqdrafttext", "unpublished adopted text")))
    m = c.hide("zqprivatetextindex", "private texts index")
    restrict(publish(AdoptedTextIndexPageFactory(parent=home, **marked(m))), "pw")
    m = c.hide("zqdrafttextindex", "unpublished texts index")
    unpublish(publish(AdoptedTextIndexPageFactory(parent=home, **marked(m))))

    # Participants ---------------------------------------------------------------------
    people = publish(ParticipantIndexPageFactory(parent=home))
    c.pages["participants"] = people

    def participant(parent, marker, **extra):
        return publish(
            ParticipantPageFactory(
                parent=parent,
                country="CZ",
                location=LOCATION,
                summary=f"Summary {marker}",
                **marked(marker, **extra),
            )
        )

    public_participant = participant(people, c.show("zqpublicparticipant", "public participant"))
    private_participant = restrict(
        participant(people, c.hide("zqprivateparticipant", "private participant"), kind="region"),
        "pw",
    )
    draft_participant = unpublish(
        participant(people, c.hide("zqdraftparticipant", "unpublished participant"))
    )
    m = c.hide("zqprivatepeopleindex", "private participants index")
    restrict(publish(ParticipantIndexPageFactory(parent=home, **marked(m))), "login")
    m = c.hide("zqdraftpeopleindex", "unpublished participants index")
    unpublish(publish(ParticipantIndexPageFactory(parent=home, **marked(m))))

    # Practices ------------------------------------------------------------------------
    practices = publish(PracticeIndexPageFactory(parent=home))
    c.pages["practices"] = practices
    theme = Theme.objects.filter(locale=locales["en"]).first() or Theme.objects.create(
        name="Education", slug="education", locale=locales["en"]
    )
    c.theme = theme

    def practice(marker, participant=None, parent=practices):
        return publish(
            PracticePageFactory(
                parent=parent,
                country="CZ",
                participant=participant,
                practice_type=PracticeType.DEMONSTRATED,
                start_year=2010,
                themes=[theme],
                summary=f"Summary {marker}",
                body=[("paragraph", f"<p>Body {marker}</p>")],
                **marked(marker),
            )
        )

    practice(c.show("zqpublicpractice", "public practice"), public_participant)
    restrict(practice(c.hide("zqprivatepractice", "private practice")), "login")
    unpublish(practice(c.hide("zqdraftpractice", "unpublished practice")))
    # Public practices of a private and of an unpublished participant: the practice is
    # shown, its participant (name, place, link) is not.
    c.pages["practice_of_private"] = practice(
        c.show("zqpracticeofprivate", "practice of a private participant"), private_participant
    )
    c.pages["practice_of_draft"] = practice(
        c.show("zqpracticeofdraft", "practice of an unpublished participant"), draft_participant
    )
    m = c.hide("zqprivatepracticeindex", "private practice index")
    restrict(publish(PracticeIndexPageFactory(parent=home, **marked(m))), "pw")
    m = c.hide("zqdraftpracticeindex", "unpublished practice index")
    unpublish(publish(PracticeIndexPageFactory(parent=home, **marked(m))))

    # A public prize whose winners link to the private and unpublished participants.
    prize = PrizeAnnouncementPageFactory(
        parent=news, date=today, **marked(c.show("zqpublicprize", "public prize"))
    )
    for place, profile in enumerate((private_participant, draft_participant), start=1):
        PrizeWinnerFactory(
            page=prize, place=place, name=f"Winner {place}", participant_page=profile
        )
    c.pages["prize"] = publish(prize)

    # A form page and a submission ----------------------------------------------------
    join = forms_demo.ensure_form_page(home, forms_demo.JOIN)
    c.pages["join"] = join
    m = c.hide("zqsubmission", "form submission")
    SubmissionFactory(
        page=join,
        form_data={"name_of_the_authority": f"City {m} {key(m)}", "motivation": f"Because {m}"},
        applicant_email=f"{m}@example.org",
    )
    return c


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
