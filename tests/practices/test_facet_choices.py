"""The options of the practices' filters (practices/filters.py): countries and themes in
the alphabet of the reader (accents and case aside, not by code, slug or count), and the
types offered ("Not assessed" only when some practice has no type, or it is chosen)."""

from practices.models import Theme
from tests.factories import PracticePageFactory

URL = "/en/practices/"


def options(client, query, facet):
    response = client.get(URL + query)
    assert response.status_code == 200
    return [
        (value, str(label), count) for value, label, count in response.context[f"{facet}_choices"]
    ]


def test_countries_are_offered_in_the_alphabet_by_name(client, practice_index):
    """By code the order would be AX, CH, ES, SE; by count SE first; by code points
    "Åland Islands" would come last."""
    for country, number in [("CH", 1), ("SE", 3), ("ES", 2), ("AX", 1)]:
        for n in range(number):
            PracticePageFactory(parent=practice_index, title=f"{country} {n}", country=country)
    assert options(client, "", "country") == [
        ("AX", "Åland Islands", 1),
        ("ES", "Spain", 2),
        ("SE", "Sweden", 3),
        ("CH", "Switzerland", 1),
    ]


def test_themes_are_offered_in_the_alphabet_by_name(client, practice_index, locales):
    """Themes whose slugs and counts are in another order than their names, one with an
    accent that code points would put after every other."""
    Theme.objects.all().delete()
    made = {}
    for slug, name in [("z-first", "Access to rights"), ("a-last", "Youth"), ("m", "Équité")]:
        made[slug] = Theme.objects.create(slug=slug, name=name, locale=locales["en"])
    for number, slug in enumerate(["z-first", "a-last", "m"], start=1):
        for n in range(number):
            PracticePageFactory(
                parent=practice_index, title=f"{slug} {n}", country="CZ", themes=[made[slug]]
            )
    assert options(client, "", "theme") == [
        ("z-first", "Access to rights", 1),
        ("m", "Équité", 3),
        ("a-last", "Youth", 2),
    ]


def test_not_assessed_is_offered_only_when_a_practice_has_no_type_or_it_is_chosen(
    client, practice_index
):
    PracticePageFactory(parent=practice_index, title="A", country="CZ", practice_type="promising")
    assert options(client, "", "type") == [("promising", "Promising", 1)]
    # Chosen though no practice lacks a type: offered, with its 0 (the counts of the
    # others leave the type filter out: what choosing them instead would give).
    assert options(client, "?type=not-assessed", "type") == [
        ("promising", "Promising", 1),
        ("not-assessed", "Not assessed", 0),
    ]
    PracticePageFactory(parent=practice_index, title="B", country="CZ", practice_type="")
    assert options(client, "", "type") == [
        ("promising", "Promising", 1),
        ("not-assessed", "Not assessed", 1),
    ]
    # A type no practice has is offered only when chosen, with its 0.
    assert options(client, "?type=replicated", "type") == [
        ("replicated", "Replicated", 0),
        ("promising", "Promising", 1),
        ("not-assessed", "Not assessed", 1),
    ]


def test_a_chosen_year_no_practice_covers_is_offered_in_its_place_with_0(client, practice_index):
    """2008 falls between the practices' years: chosen (a link kept from before, say),
    it stays selected among the others, newest first, with the 0 it gives."""
    PracticePageFactory(
        parent=practice_index, title="Early", country="CZ", start_year=2004, end_year=2005
    )
    PracticePageFactory(
        parent=practice_index, title="Late", country="CZ", start_year=2010, end_year=2011
    )
    expected = [(2011, "2011", 1), (2010, "2010", 1), (2005, "2005", 1), (2004, "2004", 1)]
    assert options(client, "", "year") == expected
    assert options(client, "?year=2008", "year") == [
        *expected[:2],
        (2008, "2008", 0),
        *expected[2:],
    ]
    assert options(client, "?year=2010", "year") == expected  # covered: not twice
