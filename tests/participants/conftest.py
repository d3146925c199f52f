"""A participants index with participants in three countries, in English and French."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from participants.models import ParticipantKind
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory


@pytest.fixture
def participant_index(home):
    return ParticipantIndexPageFactory(parent=home)


@pytest.fixture
def participants(participant_index):
    """Three live participants, a draft and a private one (the last two must never show)."""
    pages = {
        "obrnice": ParticipantPageFactory(
            parent=participant_index,
            title="Obrnice",
            slug="obrnice",
            country="CZ",
            kind=ParticipantKind.CITY,
            location="SRID=4326;POINT(13.696 50.505)",
        ),
        "heraklion": ParticipantPageFactory(
            parent=participant_index,
            title="Heraklion",
            slug="heraklion",
            country="GR",
            kind=ParticipantKind.CITY,
            location="SRID=4326;POINT(25.144 35.339)",
        ),
        "kocaeli": ParticipantPageFactory(
            parent=participant_index,
            title="Kocaeli",
            slug="kocaeli",
            country="TR",
            kind=ParticipantKind.REGION,
            location="SRID=4326;POINT(29.94 40.765)",
        ),
    }
    draft = ParticipantPageFactory(parent=participant_index, title="Draftville", country="FR")
    draft.unpublish()
    private = ParticipantPageFactory(parent=participant_index, title="Secretburg", country="DE")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-pass"
    )
    return pages


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client
