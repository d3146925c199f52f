"""What the practices' map receives (practices/filters.py, ``PracticeSearch.geojson``): each
feature written out by hand, the practices left off the map, and a search that holds no
word. The practice database of tests/practices/conftest.py."""

import json

URL = "/en/practices/"
GEOJSON = URL + "geojson/"


def features(client, query=""):
    response = client.get(GEOJSON + query)
    assert response.status_code == 200
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    return collection["features"]


def test_a_practice_s_feature_is_a_point_at_its_participant_with_its_name_place_and_link(
    client, practices
):
    heraklion = practices["heraklion"]
    assert features(client, "?country=GR&theme=health") == [
        {
            "type": "Feature",
            "id": heraklion.pk,
            "geometry": {"type": "Point", "coordinates": [25.144, 35.339]},
            "properties": {
                "name": "Heraklion programme",
                "lang": "en",
                "kind": "practice",
                "kind_label": "Heraklion",
                "country": "GR",
                "country_name": "Greece",
                "url": f"/en/practices/{heraklion.slug}/",
            },
        }
    ]


def test_a_practice_of_a_participant_no_longer_public_leaves_the_map_and_the_next_stay(
    client, practices
):
    """By title, "Community life in Obrnice" comes before "Heraklion programme": when
    Obrnice is unpublished, its practice has no public place to be drawn at, and the
    practices after it are still drawn."""
    names = {feature["properties"]["name"] for feature in features(client)}
    assert names == {"Community life in Obrnice", "Heraklion programme"}
    practices["obrnice"].participant.unpublish()
    names = [feature["properties"]["name"] for feature in features(client)]
    assert names == ["Heraklion programme"]


def test_a_search_holding_no_word_finds_nothing_on_the_list_or_the_map(client, practices):
    """Punctuation alone is no word to search for: no practice matches (the search is
    not dropped, which would list every practice)."""
    content = client.get("/en/practices/?q=%21%21%21").content.decode()
    assert "No practice matches your search." in content
    assert features(client, "?q=%21%21%21") == []


def test_the_map_s_features_come_in_the_list_s_order_by_title(client, practices, practice_index):
    """Keyboard users step through the markers in the order they were added: the same
    as the list's (by title, then by age for two of one title)."""
    from tests.factories import ParticipantPageFactory, PracticePageFactory

    place = ParticipantPageFactory(
        parent=practices["obrnice"].participant.get_parent(),
        title="Ostrava",
        country="CZ",
        location="SRID=4326;POINT(18.29 49.84)",
    )
    for title in ("Zlín garden", "Brno garden", "Brno garden"):
        PracticePageFactory(parent=practice_index, title=title, participant=place, country="CZ")
    drawn = features(client)
    assert [feature["properties"]["name"] for feature in drawn] == [
        "Brno garden",
        "Brno garden",
        "Community life in Obrnice",
        "Heraklion programme",
        "Zlín garden",
    ]
    assert drawn[0]["id"] < drawn[1]["id"]


def test_with_search_words_the_map_s_features_come_in_the_list_s_order_of_relevance(
    client, practices, practice_index
):
    """The more relevant practice first, on the list and on the map, though it comes
    second by title and by age."""
    from tests.factories import PracticePageFactory

    place = practices["obrnice"].participant
    PracticePageFactory(
        parent=practice_index,
        title="Apple orchard",
        participant=place,
        country="CZ",
        body=[("paragraph", "<p>A garden kept by the neighbours, with a little beekeeping.</p>")],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Beekeeping school",
        participant=place,
        country="CZ",
        summary="Beekeeping for young people.",
        body=[("paragraph", "<p>Beekeeping lessons, beekeeping camps, beekeeping jobs.</p>")],
    )
    listed = [item.title for item in client.get(URL + "?q=beekeeping").context["practices"]]
    drawn = [feature["properties"]["name"] for feature in features(client, "?q=beekeeping")]
    assert listed == drawn == ["Beekeeping school", "Apple orchard"]
