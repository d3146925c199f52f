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


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page published the way editors publish: a revision, then the page_published signal."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):  # noqa: N805
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
