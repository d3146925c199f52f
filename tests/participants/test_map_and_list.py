"""The participants' map and list agree for every filter: the participants listed on the
page are the features of the map the page points to, for each filter alone and combined.

Every participant here has a location (so each listed one belongs on the map), and each
filter value keeps some participants and drops others; the expected names are written
by hand. A draft and a private participant are there too, and never show.
"""

import pytest
from wagtail.models import PageViewRestriction

from participants.models import ParticipantKind
from tests import map_agreement
from tests.factories import ParticipantPageFactory

URL = "/en/participants/"
ITEM_LINKS = '//li[@class="participant-list__item"]/a'


@pytest.fixture
def located_participants(participant_index):
    specs = [
        ("Obrnice", "CZ", ParticipantKind.CITY, "13.696 50.505"),
        ("Ústí Region", "CZ", ParticipantKind.REGION, "14.03 50.66"),
        ("Heraklion", "GR", ParticipantKind.CITY, "25.144 35.339"),
        ("Kocaeli", "TR", ParticipantKind.REGION, "29.94 40.765"),
        ("Edirne Union", "TR", ParticipantKind.OTHER, "26.55 41.67"),
    ]
    for title, country, kind, point in specs:
        ParticipantPageFactory(
            parent=participant_index,
            title=title,
            country=country,
            kind=kind,
            location=f"SRID=4326;POINT({point})",
        )
    draft = ParticipantPageFactory(parent=participant_index, title="Draftville", country="CZ")
    draft.unpublish()
    private = ParticipantPageFactory(parent=participant_index, title="Secretburg", country="GR")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-pass"
    )


FILTERS = [
    ("", {"Obrnice", "Ústí Region", "Heraklion", "Kocaeli", "Edirne Union"}),
    ("?country=CZ", {"Obrnice", "Ústí Region"}),
    ("?country=TR", {"Kocaeli", "Edirne Union"}),
    ("?kind=city", {"Obrnice", "Heraklion"}),
    ("?kind=region", {"Ústí Region", "Kocaeli"}),
    ("?kind=other", {"Edirne Union"}),
    ("?country=CZ&kind=region", {"Ústí Region"}),
    ("?country=TR&kind=other", {"Edirne Union"}),
    ("?country=GR&kind=region", set()),
]


def test_map_shows_exactly_the_listed_participants_for_every_filter(client, located_participants):
    wrong = map_agreement.disagreements(client, URL, FILTERS, ITEM_LINKS)
    assert not wrong, "\n".join(wrong)
