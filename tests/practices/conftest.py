"""A practice database: five practices across three countries, themes, types and periods."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from practices.models import PracticeType, Theme
from tests.factories import (
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)


@pytest.fixture
def themes(locales):
    """The seeded themes (data migration), by slug."""
    return {theme.slug: theme for theme in Theme.objects.filter(locale=locales["en"])}


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


@pytest.fixture
def practices(home, practice_index, themes):
    people = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(
        parent=people, title="Obrnice", country="CZ", location="SRID=4326;POINT(13.696 50.505)"
    )
    heraklion = ParticipantPageFactory(
        parent=people, title="Heraklion", country="GR", location="SRID=4326;POINT(25.144 35.339)"
    )
    specs = {
        "obrnice": {
            "title": "Community life in Obrnice",
            "participant": obrnice,
            "country": "CZ",
            "themes": [themes["education"], themes["housing"]],
            "practice_type": PracticeType.DEMONSTRATED,
            "start_year": 2007,
            "body": [("paragraph", "<p>Joint activities of Roma and non-Roma neighbours.</p>")],
        },
        "heraklion": {
            "title": "Heraklion programme",
            "participant": heraklion,
            "country": "GR",
            "themes": [themes["health"], themes["education"]],
            "practice_type": PracticeType.REPLICATED,
            "start_year": 2010,
            "end_year": 2013,
            "body": [("paragraph", "<p>A socio-medical centre and mediator seminars.</p>")],
        },
        "kocaeli": {
            "title": "Kocaeli programme",
            "country": "TR",
            "themes": [themes["culture-and-awareness"]],
            "practice_type": PracticeType.PROMISING,
            "start_year": 2012,
            "end_year": 2014,
            "body": [("paragraph", "<p>An international festival and a violin orchestra.</p>")],
        },
        "athens": {
            "title": "Athens housing",
            "country": "GR",
            "themes": [themes["housing"]],
            "practice_type": PracticeType.PROMISING,
            "start_year": 2015,
            "body": [("paragraph", "<p>Decent dwellings.</p>")],
        },
        "unknown": {
            "title": "Undated practice",
            "country": "CZ",
            "themes": [],
            "practice_type": "",
            "body": [("paragraph", "<p>Nothing known about its period.</p>")],
        },
    }
    pages = {key: PracticePageFactory(parent=practice_index, **spec) for key, spec in specs.items()}
    draft = PracticePageFactory(parent=practice_index, title="Draft practice", country="CZ")
    draft.unpublish()
    private = PracticePageFactory(parent=practice_index, title="Private practice", country="CZ")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-pass"
    )
    return pages


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client
