"""The choices the practice filters offer: the years practices cover, the types they
have (and "not assessed"), each with the count a click would give."""

import datetime

import pytest

from practices.years import covered_years
from tests.factories import PracticePageFactory

URL = "/en/practices/"


def choices(client, query, facet):
    response = client.get(URL + query)
    assert response.status_code == 200
    return {value: count for value, _label, count in response.context[f"{facet}_choices"]}


@pytest.fixture
def periods(practice_index):
    """Practices that have all ended: 2003-2005 (CZ), 2010-2012 (GR), 2011 (GR), and
    one with no start year (CZ), which covers no year."""
    for title, country, start, end in [
        ("Early", "CZ", 2003, 2005),
        ("Middle", "GR", 2010, 2012),
        ("Short", "GR", 2011, 2011),
        ("Undated", "CZ", None, None),
    ]:
        PracticePageFactory(
            parent=practice_index, title=title, country=country, start_year=start, end_year=end
        )


def test_the_year_filter_offers_only_the_covered_years_with_their_counts(client, periods):
    # No year between 2006 and 2009, nor after 2012: no practice ran then.
    assert choices(client, "", "year") == {
        2012: 1,
        2011: 2,
        2010: 1,
        2005: 1,
        2004: 1,
        2003: 1,
    }


def test_year_counts_apply_the_other_filters(client, periods):
    # Czech practices only: 2003-2005 counted, the Greek years offered with 0.
    assert choices(client, "?country=CZ", "year") == {
        2012: 0,
        2011: 0,
        2010: 0,
        2005: 1,
        2004: 1,
        2003: 1,
    }
    # And the year's own choice is not applied to its counts, only to the others'.
    assert choices(client, "?year=2011", "year")[2004] == 1
    assert choices(client, "?year=2011", "country") == {"CZ": 0, "GR": 2}


def test_a_running_practice_covers_every_year_to_this_one(client, practice_index):
    this_year = datetime.date.today().year
    PracticePageFactory(parent=practice_index, title="Going on", start_year=this_year - 2)
    assert choices(client, "", "year") == {this_year: 1, this_year - 1: 1, this_year - 2: 1}


def test_a_chosen_year_no_practice_covers_stays_selected_with_no_practice(client, periods):
    response = client.get(URL + "?year=2008")
    assert response.status_code == 200
    assert response.context["practices"].paginator.count == 0
    assert '<option value="2008" selected>2008 (0)</option>' in response.content.decode()


def test_covered_years_sums_spans():
    spans = {(2001, 2002): 2, (2002, None): 1, (2005, 2004): 5, (None, None): 3, (2006, 2006): 0}
    # (2005, 2004) ends before it starts: no year; (2002, None) runs to this year, 2003;
    # 2004 and 2005 no practice covers; 2006 one does, that the other filters leave out.
    assert covered_years(spans, this_year=2003) == {2006: 0, 2003: 1, 2002: 3, 2001: 2}
    assert covered_years({}, this_year=2003) == {}


def test_types_offered_are_those_practices_have_and_not_assessed(client, practice_index):
    PracticePageFactory(parent=practice_index, title="A", country="CZ", practice_type="promising")
    PracticePageFactory(parent=practice_index, title="B", country="GR", practice_type="")
    PracticePageFactory(parent=practice_index, title="C", country="GR", practice_type="")
    assert choices(client, "", "type") == {"promising": 1, "not-assessed": 2}
    assert choices(client, "?country=GR", "type") == {"promising": 0, "not-assessed": 2}
    response = client.get(URL + "?type=not-assessed")
    assert [p.title for p in response.context["practices"].object_list] == ["B", "C"]
    assert choices(client, "?type=not-assessed", "country") == {"CZ": 0, "GR": 2}
    # A type no practice has is not offered, unless chosen (then with its 0).
    assert choices(client, "?type=replicated", "type") == {
        "promising": 1,
        "replicated": 0,
        "not-assessed": 2,
    }


def test_the_demo_types_show_their_counts_not_assessed_included(client, demo):
    """The three prize winners have no type (the seeds do not say), the twelve samples
    are of every type or not assessed (practices/demo_samples.py): each choice says how
    many it lists."""
    content = client.get(URL).content.decode()
    assert '<option value="not-assessed">Not assessed (5)</option>' in content
    assert '<option value="demonstrated">Demonstrated (4)</option>' in content
    assert '<option value="replicated">Replicated (3)</option>' in content
    assert '<option value="promising">Promising (3)</option>' in content
    french = client.get("/fr/bonnes-pratiques/").content.decode()
    assert '<option value="not-assessed">Non évaluée (5)</option>' in french
