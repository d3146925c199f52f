"""The content of the privacy tests: for every public page type, private and draft items
and public controls, each with a marker word (tests/security/test_privacy*.py)."""

import datetime

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


def build_content(home, locales):
    """The pages of the test (see the module's docstring), in English."""
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
