"""What every listing shares (core/listings.py): one parse_year for every list."""

import pytest

from core.listings import parse_year

OFFERED = {2007, 2013, 2020}


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2013", 2013),
        (" 2013 ", 2013),  # spaces around a year are not the visitor's intent to change
        ("2013\n", 2013),
        ("2014", None),  # not offered
        ("0", None),
        ("", None),
        (None, None),
        ("abc", None),
        ("20a3", None),
        ("2013abc", None),
        ("-2013", None),
        ("+2013", None),
        ("2_013", None),  # int() reads it as 2013
        ("2013.0", None),
        ("99999", None),
        ("9" * 5000, None),  # int() of 5,000 digits is an error in Python 3.11
        ("²", None),  # str.isdigit() accepts it, int() refuses it
        ("٢٠١٣", None),  # Arabic-Indic digits: int() reads 2013
        ("２０１３", None),  # full-width digits: int() reads 2013
        ("2013\x00", None),
    ],
)
def test_a_year_is_four_ascii_digits_among_those_offered(value, expected):
    assert parse_year(value, OFFERED) == expected


def test_the_years_may_be_a_range():
    assert parse_year("1950", range(1950, 2101)) == 1950
    assert parse_year("2100", range(1950, 2101)) == 2100
    assert parse_year("2101", range(1950, 2101)) is None
    assert parse_year("1949", range(1950, 2101)) is None
