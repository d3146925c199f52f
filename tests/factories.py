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
