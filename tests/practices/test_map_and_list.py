"""The practices' map and list agree for every filter: the practices listed on the page
are the features of the map the page points to, for each filter alone and combined.

The list and the map are filtered by two pieces of code (practices/filters.py: ``tally``
for the list and its counts, ``conditions`` for the map), so each can drift from the
other. Every practice here has a located, public participant (so each listed practice
belongs on the map), and each filter value below keeps some practices and drops others;
the expected titles are written by hand.
"""

import re

import pytest

from practices.models import PracticeType
from tests import map_agreement
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory, PracticePageFactory

URL = "/en/practices/"

A = "Neighbours of Obrnice"
B = "Heraklion health mediators"
C = "Kocaeli festival"
D = "Athens dwellings"
E = "Ostrava training"
F = "Edirne orchestra homes"
ITEM_LINKS = '//li[@class="practice-list__item"]/h3/a'


@pytest.fixture
def located_practices(home, practice_index, themes):
    people = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(
        parent=people, title="Obrnice", country="CZ", location="SRID=4326;POINT(13.696 50.505)"
    )
    heraklion = ParticipantPageFactory(
        parent=people, title="Heraklion", country="GR", location="SRID=4326;POINT(25.144 35.339)"
    )
    kocaeli = ParticipantPageFactory(
        parent=people, title="Kocaeli", country="TR", location="SRID=4326;POINT(29.94 40.765)"
    )
    specs = [
        (A, obrnice, "CZ", ["education", "housing"], PracticeType.DEMONSTRATED, 2007, None,
         "Joint gardening of Roma and non-Roma neighbours."),
        (B, heraklion, "GR", ["health", "education"], PracticeType.REPLICATED, 2010, 2013,
         "A socio-medical centre and mediator seminars."),
        (C, kocaeli, "TR", ["culture-and-awareness"], PracticeType.PROMISING, 2012, 2014,
         "An international festival and a violin orchestra."),
        (D, heraklion, "GR", ["housing"], PracticeType.PROMISING, 2015, None,
         "Decent dwellings for families."),
        (E, obrnice, "CZ", ["employment"], PracticeType.REPLICATED, 2003, 2006,
         "Vocational training with a school mediator."),
        (F, kocaeli, "TR", ["housing", "health"], PracticeType.DEMONSTRATED, 2016, 2018,
         "Homes built with the orchestra of the families."),
    ]  # fmt: skip
    for title, participant, country, theme_slugs, kind, start, end, text in specs:
        PracticePageFactory(
            parent=practice_index,
            title=title,
            participant=participant,
            country=country,
            themes=[themes[slug] for slug in theme_slugs],
            practice_type=kind,
            start_year=start,
            end_year=end,
            body=[("paragraph", f"<p>{text}</p>")],
        )


FILTERS = [
    ("", {A, B, C, D, E, F}),
    ("?country=CZ", {A, E}),
    ("?country=GR", {B, D}),
    ("?theme=housing", {A, D, F}),
    ("?theme=health", {B, F}),
    ("?type=promising", {C, D}),
    ("?type=replicated", {B, E}),
    ("?year=2011", {A, B}),
    ("?year=2005", {E}),
    ("?year=2017", {A, D, F}),
    ("?q=orchestra", {C, F}),
    ("?q=mediator", {B, E}),
    ("?country=GR&theme=housing", {D}),
    ("?theme=education&type=replicated", {B}),
    ("?country=TR&year=2017", {F}),
    ("?q=orchestra&theme=housing", {F}),
    ("?q=mediator&year=2012", {B}),
    ("?country=CZ&theme=housing&type=demonstrated&year=2010", {A}),
    ("?country=TR&type=replicated", set()),
]


def test_map_shows_exactly_the_listed_practices_for_every_filter(client, located_practices):
    wrong = map_agreement.disagreements(client, URL, FILTERS, ITEM_LINKS)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
def test_the_order_changes_neither_the_list_nor_the_map(client, located_practices, sort):
    """Every filter again, in each order: the same practices listed and mapped, and the
    map's address the same as without an order (one map per filter, whatever the order).
    """
    wrong = map_agreement.disagreements(client, URL, FILTERS, ITEM_LINKS, extra=("sort", sort))
    assert not wrong, "\n".join(wrong)
    for query, _expected in FILTERS:
        plain = client.get(URL + query).content.decode()
        sorted_page = client.get(URL + map_agreement.with_parameter(query, "sort", sort))
        map_url = re.search(r'data-geojson-url="([^"]*)"', plain)
        sorted_map_url = re.search(r'data-geojson-url="([^"]*)"', sorted_page.content.decode())
        assert (map_url and map_url.group(1)) == (sorted_map_url and sorted_map_url.group(1))
