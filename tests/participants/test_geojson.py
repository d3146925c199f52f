"""The map's GeoJSON: valid, exactly the live public participants of the language, [lon, lat]."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def features(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    return collection["features"]


def test_geojson_holds_the_live_public_participants(client, participants):
    found = features(client, "/en/participants/geojson/")
    assert sorted(feature["properties"]["name"] for feature in found) == [
        "Heraklion",
        "Kocaeli",
        "Obrnice",
    ]
    for feature in found:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        assert set(feature["properties"]) >= {"name", "kind", "country", "url"}


def test_coordinates_are_longitude_then_latitude(client, participants):
    by_name = {f["properties"]["name"]: f for f in features(client, "/en/participants/geojson/")}
    assert by_name["Obrnice"]["geometry"]["coordinates"] == [13.696, 50.505]
    assert by_name["Heraklion"]["geometry"]["coordinates"] == [25.144, 35.339]
    obrnice = by_name["Obrnice"]["properties"]
    assert obrnice["kind"] == "city"
    assert obrnice["country"] == "CZ"
    assert obrnice["url"] == "/en/participants/obrnice/"


def test_geojson_follows_the_filters(client, participants):
    found = features(client, "/en/participants/geojson/?kind=region")
    assert [f["properties"]["name"] for f in found] == ["Kocaeli"]
    found = features(client, "/en/participants/geojson/?country=XX&kind=nonsense")
    assert len(found) == 3


def test_a_participant_without_location_is_left_off_the_map(client, participants):
    # By title Heraklion, Kocaeli, Obrnice: the first one without a place must not stop
    # the map from showing the others.
    page = participants["heraklion"]
    page.location = ""
    page.save()
    names = [f["properties"]["name"] for f in features(client, "/en/participants/geojson/")]
    assert names == ["Kocaeli", "Obrnice"]
    assert "Heraklion" in client.get("/en/participants/").content.decode()


@pytest.fixture
def french_tree(participants, participant_index, locales, translate_page, home):
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(participant_index, locales["fr"], title="Participants")
    translate_page(participants["heraklion"], locales["fr"], title="Héraklion")


def test_geojson_holds_only_the_participants_of_the_language(client, french_tree):
    french = features(client, "/fr/participants/geojson/")
    assert [f["properties"]["name"] for f in french] == ["Héraklion"]
    assert french[0]["properties"]["url"].startswith("/fr/")
    english = features(client, "/en/participants/geojson/")
    assert "Héraklion" not in [f["properties"]["name"] for f in english]


def test_a_feature_carries_its_id_name_language_kind_country_and_address(client, participants):
    response = client.get("/en/participants/geojson/")
    collection = json.loads(response.content)
    assert collection["name"] == "Participants"
    obrnice = next(f for f in collection["features"] if f["properties"]["name"] == "Obrnice")
    assert obrnice["id"] == participants["obrnice"].pk
    assert obrnice["properties"] == {
        "name": "Obrnice",
        "lang": "en",
        "kind": "city",
        "kind_label": "City",
        "country": "CZ",
        "country_name": "Czechia",
        "url": "/en/participants/obrnice/",
    }


def test_a_french_feature_has_french_labels(client, french_tree):
    (heraklion,) = features(client, "/fr/participants/geojson/")
    assert heraklion["properties"]["kind_label"] == "Ville"
    assert heraklion["properties"]["country_name"] == "Grèce"
    assert heraklion["properties"]["lang"] == "fr"


def test_the_geojson_reuses_the_rows_the_list_read_in_this_generation(client, participants):
    # The list and the map read the participants once per content generation and
    # language (participants/views.py listed_participants): the map's GeoJSON, asked for
    # right after the list, reads no participant row again.
    client.get("/en/participants/")
    with CaptureQueriesContext(connection) as captured:
        found = features(client, "/en/participants/geojson/?kind=city")
    assert [f["properties"]["name"] for f in found] == ["Heraklion", "Obrnice"]
    read = [q["sql"] for q in captured if "participants_participantpage" in q["sql"]]
    assert read == []
