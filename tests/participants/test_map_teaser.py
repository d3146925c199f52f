"""The home page's map teaser: Europe's outline and a dot per place of the live, public
participants, drawn without JavaScript (participants/map_projection.py, map_outline.py,
map_teaser.py), in every language."""

import math
import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import PageViewRestriction

from participants.map_outline import clip, path_data, topology_polygons
from participants.map_projection import HEIGHT, WIDTH, in_frame, laea, to_frame
from tests.factories import ParticipantPageFactory

DOT = re.compile(r'<circle cx="(\d+)" cy="(\d+)" r="(\d+)" data-participants="(\d+)"/>')


def dots(content):
    """(x, y, radius, participants) of each dot of a page's teaser."""
    return [tuple(map(int, found)) for found in DOT.findall(content)]


def participant_at(parent, title, country, longitude, latitude):
    """A live participant at a place (longitude first, as the location string)."""
    location = f"SRID=4326;POINT({longitude} {latitude})"
    return ParticipantPageFactory(parent=parent, title=title, country=country, location=location)


def great_circle(lat1, lon1, lat2, lon2):
    """The angle between two places, in radians (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    "place", [(50.505, 13.696), (38.72, -9.14), (60.17, 24.94), (35.34, 25.14), (39.93, 32.86)]
)
def test_the_projection_keeps_distances_from_the_centre_as_an_equal_area_azimuthal_one(place):
    # Lambert's azimuthal equal-area projection puts a place at 2 sin(c / 2) from the
    # centre, c its angle from the centre (52 N, 10 E), in its true direction.
    x, y = laea(*place)
    assert math.hypot(x, y) == pytest.approx(2 * math.sin(great_circle(52, 10, *place) / 2))
    assert laea(52, 10) == pytest.approx((0, 0))
    assert (x > 0) == (place[1] > 10)


def test_the_frame_holds_the_member_countries_from_lisbon_to_lapland_and_cyprus():
    inside = {
        "Lisbon": (38.72, -9.14),
        "Dublin": (53.35, -6.26),
        "Rovaniemi": (66.5, 25.73),
        "Nicosia": (35.17, 33.36),
        "Şanlıurfa": (37.16, 38.8),
        "Heraklion": (35.34, 25.14),
    }
    for name, place in inside.items():
        assert in_frame(*to_frame(*place)), name
    for name, place in {"New York": (40.7, -74.0), "Baku": (40.41, 49.87)}.items():
        assert not in_frame(*to_frame(*place)), name
    assert WIDTH == 1000 and 800 < HEIGHT < 950
    # North is up and west is left.
    lisbon, helsinki, athens = (
        to_frame(38.72, -9.14),
        to_frame(60.17, 24.94),
        to_frame(37.98, 23.73),
    )
    assert lisbon[0] < athens[0] and helsinki[1] < athens[1]


def test_a_ring_is_cut_to_the_rectangle():
    square = [(-5, -5), (5, -5), (5, 5), (-5, 5)]
    assert sorted(clip(square, 0, 0, 10, 10)) == [(0, 0), (0, 5), (5, 0), (5, 5)]
    assert clip([(20, 20), (30, 20), (30, 30)], 0, 0, 10, 10) == []
    inside = [(1, 1), (2, 1), (2, 2)]
    assert clip(inside, 0, 0, 10, 10) == inside


def test_topojson_arcs_are_decoded_with_their_transform_deltas_and_direction():
    topology = {
        "transform": {"scale": [0.5, 2], "translate": [10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 1]], [[2, 1], [-2, -1]]],
        "objects": {
            "land": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]]},
                    {"type": "MultiPolygon", "arcs": [[[~1]]]},
                ],
            }
        },
    }
    # Arc 0: (0,0) (2,0) (2,1); arc 1: (2,1) (0,0); scaled x / 2 + 10, y * 2 + 20.
    assert topology_polygons(topology, "land") == [
        [[(10, 20), (11, 20), (11, 22), (10, 20)]],
        [[(10, 20), (11, 22)]],
    ]


def test_path_data_moves_once_a_ring_then_draws_relative_lines():
    rings = [[(10, 10), (20, 10), (20, 30)], [(5, 5), (4, 5), (4, 4)]]
    assert path_data(rings) == "M10 10l10 0 0 20zM5 5l-1 0 0-1z"


def test_the_outline_of_europe_is_served_and_drawn_in_the_frame():
    found = finders.find("maps/europe-land.svg")
    assert found, "build/maps/europe-land.svg is missing: run scripts/europe_outline.py"
    svg = open(found, encoding="utf-8").read()
    assert f'viewBox="0 0 {WIDTH} {HEIGHT}"' in svg
    # Natural Earth's land at 1:50m, thinned: more than a sketch, less than a page's worth.
    assert 8_000 < len(svg.encode()) < 40_000
    assert svg.count("M") > 50  # islands: Britain, Ireland, Sicily, Crete, Cyprus, ...


@pytest.mark.django_db
def test_a_new_participant_adds_its_dot_on_the_next_request(
    client, participants, participant_index
):
    before = dots(client.get("/en/").content.decode())
    assert sum(dot[3] for dot in before) == 3  # the draft and the private one are not drawn
    far = participant_at(participant_index, "Tromsø", "NO", 18.96, 69.65)
    after = dots(client.get("/en/").content.decode())
    assert sum(dot[3] for dot in after) == 4
    x, y = to_frame(69.65, 18.96)
    assert (round(x), round(y), 12, 1) in after
    far.unpublish()
    assert dots(client.get("/en/").content.decode()) == before


@pytest.mark.django_db
def test_the_dots_layer_holds_the_circles_and_nothing_else(client, participants):
    """The dots are written as markup in one pass (participants/map_teaser.py): the
    layer holds each participant's circle, back to back, and no stray text."""
    content = client.get("/en/").content.decode()
    layer = re.search(r'<g class="map-teaser__dots">(.*?)</g>', content, re.S).group(1)
    assert re.fullmatch(rf"\s*(?:{DOT.pattern})+\s*", layer), layer
    assert len(DOT.findall(layer)) == len(dots(content)) >= 2


def test_hidden_participants_with_a_place_are_not_drawn(client, participants, participant_index):
    draft = participant_at(participant_index, "Lyon", "FR", 4.84, 45.76)
    draft.unpublish()
    private = participant_at(participant_index, "Köln", "DE", 6.96, 50.94)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    faraway = participant_at(participant_index, "Quebec", "CA", -71.2, 46.8)
    drawn = dots(client.get("/en/").content.decode())
    assert sum(dot[3] for dot in drawn) == 3, "only Obrnice, Heraklion and Kocaeli"
    assert faraway.live


@pytest.mark.django_db
def test_neighbours_share_a_dot_that_grows_with_their_number(
    client, participants, participant_index
):
    participant_at(participant_index, "Most", "CZ", 13.64, 50.50)
    participant_at(participant_index, "Louny", "CZ", 13.80, 50.36)
    drawn = dots(client.get("/en/").content.decode())
    shared = [dot for dot in drawn if dot[3] > 1]
    assert len(shared) == 1 and shared[0][3] == 3  # Obrnice, Most and Louny
    assert shared[0][2] == round(12 * math.sqrt(3))
    assert sum(dot[3] for dot in drawn) == 5
    # Drawn at the middle of the three places.
    places = [to_frame(50.505, 13.696), to_frame(50.50, 13.64), to_frame(50.36, 13.80)]
    middle = (round(sum(p[0] for p in places) / 3), round(sum(p[1] for p in places) / 3))
    assert shared[0][:2] == middle


@pytest.mark.django_db
def test_places_far_apart_on_one_parallel_or_one_meridian_keep_their_own_dots(
    client, home, participant_index
):
    # Two places on one parallel, as far east as west of the centre's meridian (10° E),
    # have the same height on the map; two on that meridian the same left. Close in one
    # coordinate is not close.
    participant_at(participant_index, "West", "FR", 0.0, 45.0)
    participant_at(participant_index, "East", "RS", 20.0, 45.0)
    participant_at(participant_index, "South", "IT", 10.0, 44.0)
    participant_at(participant_index, "North", "DK", 10.0, 56.0)
    assert to_frame(45, 0)[1] == pytest.approx(to_frame(45, 20)[1])
    assert to_frame(44, 10)[0] == pytest.approx(to_frame(56, 10)[0])
    drawn = dots(client.get("/en/").content.decode())
    assert [dot[3] for dot in drawn] == [1, 1, 1, 1]


@pytest.mark.django_db
def test_each_language_draws_the_participants_of_its_own_tree(
    client, participants, participant_index, home, locales, translate_page
):
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(participant_index, locales["fr"], title="Participants")
    translate_page(participants["kocaeli"], locales["fr"], title="Kocaeli")
    french = dots(client.get("/fr/").content.decode())
    x, y = to_frame(40.765, 29.94)
    assert french == [(round(x), round(y), 12, 1)]
    assert sum(dot[3] for dot in dots(client.get("/en/").content.decode())) == 3


@pytest.mark.django_db
def test_no_participant_with_a_place_draws_no_map(client, home, participant_index):
    ParticipantPageFactory(parent=participant_index, title="Nowhere", country="AT", location="")
    content = client.get("/en/").content.decode()
    assert "map-teaser__map" not in content
    assert "<strong>1</strong> city or region" in content
