"""Factories for the suite: locales, and pages of each type."""

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
