"""Factories for the suite: locales, and pages of each type."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, StandardPage


class LocaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)

    language_code = "en"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "European Alliance of Cities and Regions for Roma Inclusion"
    slug = "home"
    mission = "The Alliance fights discrimination against Roma."
    introduction = "<p>An introduction.</p>"
    terminology_note = "<p>The term “Roma and Travellers” is used at the Council of Europe.</p>"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    introduction = "A short introduction."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Body text of the page.</p>")])


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
