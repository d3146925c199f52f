"""The live counter: computed from the published participants of the language."""

import re

from participants.counter import participant_count
from tests.factories import ParticipantPageFactory


def test_counter_counts_live_public_participants_and_their_countries(participants, locales):
    count = participant_count(locales["en"])
    assert (count.participants, count.countries) == (3, 3)


def test_publishing_and_unpublishing_change_the_counter(client, participants, participant_index):
    assert "<strong>3</strong> cities and regions from <strong>3</strong> countries" in (
        client.get("/en/").content.decode()
    )
    new = ParticipantPageFactory(parent=participant_index, title="Graz", country="AT")
    new.unpublish()
    assert "<strong>3</strong> cities and regions" in client.get("/en/").content.decode()
    new.save_revision().publish()
    content = client.get("/en/").content.decode()
    assert "<strong>4</strong> cities and regions from <strong>4</strong> countries" in content
    participants["obrnice"].unpublish()
    participants["heraklion"].unpublish()
    content = client.get("/en/participants/").content.decode()
    assert "<strong>2</strong> cities and regions from <strong>2</strong> countries" in content


def test_two_participants_of_one_country_count_one_country(participants, participant_index):
    ParticipantPageFactory(parent=participant_index, title="Ostrava", country="CZ")
    count = participant_count(participants["obrnice"].locale)
    assert (count.participants, count.countries) == (4, 3)


def test_home_counter_links_to_the_participants_page(client, participants):
    content = client.get("/en/").content.decode()
    assert '<a href="/en/participants/">See them on the map</a>' in content


def test_counter_of_a_language_counts_its_own_tree(
    client, participants, participant_index, home, locales, translate_page
):
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(participant_index, locales["fr"], title="Participants")
    translate_page(participants["kocaeli"], locales["fr"], title="Kocaeli")
    assert participant_count(locales["fr"]).participants == 1
    content = client.get("/fr/").content.decode()
    assert re.search(r"<strong>1</strong>\s", content)
