"""The practice database takes as many queries for 50 practices as for 5."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory, PracticePageFactory

COUNTRIES = ["CZ", "GR", "TR", "FR", "DE"]


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_practices(index, participants, themes, count, offset):
    theme_list = list(themes.values())
    for n in range(offset, offset + count):
        PracticePageFactory(
            parent=index,
            country=COUNTRIES[n % len(COUNTRIES)],
            participant=participants[n % len(participants)],
            themes=theme_list[n % 3 : n % 3 + 2],
            start_year=2000 + n % 20,
        )


@pytest.mark.parametrize(
    "url",
    [
        "/en/practices/",
        "/en/practices/?theme=education&country=GR&year=2010",
        "/en/practices/?q=practice&page=2",
        "/en/practices/geojson/",
    ],
)
def test_query_count_does_not_grow_with_practices(client, home, practice_index, themes, url):
    people = ParticipantIndexPageFactory(parent=home)
    participants = [ParticipantPageFactory(parent=people) for _ in range(3)]
    add_practices(practice_index, participants, themes, 5, 0)
    with_five = queries(client, url)
    add_practices(practice_index, participants, themes, 45, 5)
    with_fifty = queries(client, url)
    print(f"{url}: {with_five} queries for 5 practices, {with_fifty} for 50")
    assert with_fifty == with_five
