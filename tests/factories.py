"""Factories for the suite: locales, and pages of each type."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from forms.models import CooperationFormPage, JoinFormField, JoinFormPage, Submission
from home.models import HomePage, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = "en"


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page published the way editors publish: a revision, then the page_published signal."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create and extracted is not False and obj.live:
            obj.save_revision().publish()


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage
        skip_postgeneration_save = True

    title = "European Alliance of Cities and Regions for Roma Inclusion"
    slug = "home"
    mission = "The Alliance fights discrimination against Roma."
    introduction = "<p>An introduction.</p>"
    terminology_note = "<p>The term “Roma and Travellers” is used at the Council of Europe.</p>"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    introduction = "A short introduction."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text of the page.</p>")])


# Forms (forms/)


class JoinFormPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = JoinFormPage

    title = "Join the Alliance"
    slug = "join"
    intro = "<p>If you wish your authority to become an Alliance participant, use this form.</p>"
    privacy_text = "<p>Only the Alliance staff see these data.</p>"
    consent_label = "I agree that the Alliance stores these data."
    thank_you_text = "<p>Thank you for your application.</p>"
    honeypot = True


class CooperationFormPageFactory(JoinFormPageFactory):
    class Meta:
        model = CooperationFormPage

    title = "Cooperate as NGO"
    slug = "cooperate"


class JoinFormFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JoinFormField

    page = factory.SubFactory(JoinFormPageFactory)
    sort_order = factory.Sequence(lambda n: n)
    label = factory.Sequence(lambda n: f"Question {n}")
    field_type = "singleline"
    required = True


class SubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Submission

    page = factory.SubFactory(JoinFormPageFactory)
    form_data = factory.LazyFunction(lambda: {"name_of_the_authority": "Example City"})
    language = "en"
    applicant_email = "person@example.org"
    confirmation_sent = True
    notification_sent = True


# Participants and practices ----------------------------------------------------------

from participants.models import (  # noqa: E402
    ParticipantIndexPage,
    ParticipantKind,
    ParticipantPage,
    location_string,
)
from practices.models import PracticeIndexPage, PracticePage, Theme  # noqa: E402


class ParticipantIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ParticipantIndexPage

    title = "Participants"
    slug = "participants"
    introduction = "The cities and regions of the Alliance."


class ParticipantPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ParticipantPage

    title = factory.Sequence(lambda n: f"Participant {n}")
    slug = factory.Sequence(lambda n: f"participant-{n}")
    kind = ParticipantKind.CITY
    country = "FR"
    # Spread over Europe: latitude 40-59, longitude 0-28.
    location = factory.Sequence(lambda n: location_string(40 + n % 20, n % 29))
    summary = "A participating authority."


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("locale", "slug")

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(lambda: Locale.get_default())


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticeIndexPage

    title = "Good practices"
    slug = "practices"


class PracticePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    country = "FR"
    summary = "A practice of Roma inclusion."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>What the practice does.</p>")])

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes = list(extracted)
            self.save()


# News (issue 3) ---------------------------------------------------------------------------


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "news.NewsIndexPage"

    title = "News"
    slug = "news"
    introduction = "<p>News of the Alliance.</p>"


class NewsTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.NewsTopic"

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="en"))


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "news.NewsPage"

    title = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-item-{n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    introduction = "What happened, in one sentence."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>The text of the news.</p>")])


class PrizeAnnouncementPageFactory(NewsPageFactory):
    class Meta:
        model = "news.PrizeAnnouncementPage"

    title = factory.Sequence(lambda n: f"Prize announcement {n}")
    slug = factory.Sequence(lambda n: f"prize-{n}")
    edition = 4
    award_date = datetime.date(2013, 10, 30)


class PrizeWinnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.PrizeWinner"

    place = 1
    name = factory.Sequence(lambda n: f"Winning city {n}")
    kind = "city"
    country = "FR"
    project_title = "A generic inclusion project"
    text = "<p>What the winner did.</p>"


# Adopted texts (issue 3) ------------------------------------------------------------------


class AdoptedTextIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "texts.AdoptedTextIndexPage"

    title = "Adopted texts"
    slug = "texts"
    introduction = "<p>Texts adopted by the Congress.</p>"


class AdoptedTextPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "texts.AdoptedTextPage"

    title = factory.Sequence(lambda n: f"Example text {n}")
    slug = factory.Sequence(lambda n: f"example-text-{n}")
    kind = "resolution"
    reference = factory.Sequence(lambda n: f"Example reference {n}")
    adoption_date = factory.Sequence(
        lambda n: datetime.date(2015, 1, 1) + datetime.timedelta(days=n)
    )
    session = "Example session"
    summary = "<p>A generic summary of the text.</p>"


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "events.EventIndexPage"

    title = "Events"
    slug = "events"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = "events.EventPage"

    title = factory.Sequence(lambda n: f"Seminar {n}")
    slug = factory.Sequence(lambda n: f"seminar-{n}")
    start = factory.LazyFunction(lambda: datetime.datetime(2099, 1, 15, 8, 30, tzinfo=datetime.UTC))
    country = "CZ"
