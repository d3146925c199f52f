"""The participants page and its GeoJSON take as many queries for 50 participants as for 5."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ParticipantPageFactory

COUNTRIES = ["CZ", "GR", "TR", "FR", "DE", "IT", "ES", "RO"]


def queries(client, url):
    client.get(url)  # warm the site and locale caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/en/participants/", "/en/participants/geojson/", "/en/"])
def test_query_count_does_not_grow_with_participants(client, participant_index, url):
    for n in range(5):
        ParticipantPageFactory(parent=participant_index, country=COUNTRIES[n % len(COUNTRIES)])
    with_five = queries(client, url)
    for n in range(45):
        ParticipantPageFactory(parent=participant_index, country=COUNTRIES[n % len(COUNTRIES)])
    with_fifty = queries(client, url)
    print(f"{url}: {with_five} queries for 5 participants, {with_fifty} for 50")
    assert with_fifty == with_five
