"""The counter's two numbers each take their own plural form (issue 21: "from 1 countries"):
rendered with 1, 2, 5 and 22 in English and in languages with three or four forms."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from participants.counter import ParticipantCount

EXPECTED = {
    "en": [
        "1 city or region from 1 country",
        "2 cities and regions from 2 countries",
        "5 cities and regions from 5 countries",
        "22 cities and regions from 22 countries",
    ],
    "uk": [
        "1 місто або регіон з 1 країни",
        "2 міста та регіони з 2 країн",
        "5 міст і регіонів з 5 країн",
        "22 міста та регіони з 22 країн",
    ],
    "pl": [
        "1 miasto lub region z 1 państwa",
        "2 miasta i regiony z 2 państw",
        "5 miast i regionów z 5 państw",
        "22 miasta i regiony z 22 państw",
    ],
    "ro": [
        "1 oraș sau regiune din 1 țară",
        "2 orașe și regiuni din 2 țări",
        "5 orașe și regiuni din 5 țări",
        "22 de orașe și regiuni din 22 de țări",
    ],
    "rom": [
        "1 foro vaj regiono katar 1 them",
        "2 fora thaj regionura katar 2 thema",
        "5 fora thaj regionura katar 5 thema",
        "22 fora thaj regionura katar 22 thema",
    ],
    "tr": [  # the countries first: the joining message lets a language choose the order
        "1 ülkeden 1 şehir veya bölge",
        "2 ülkeden 2 şehir ve bölge",
        "5 ülkeden 5 şehir ve bölge",
        "22 ülkeden 22 şehir ve bölge",
    ],
}


def counter_text(language_code, number):
    with translation.override(language_code):
        html = render_to_string(
            "participants/components/participant_counter.html",
            {"count": ParticipantCount(number, number)},
        )
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@pytest.mark.parametrize("language_code", sorted(EXPECTED))
def test_the_counter_takes_the_plural_form_of_each_number(language_code):
    texts = [counter_text(language_code, number) for number in (1, 2, 5, 22)]

    assert texts == EXPECTED[language_code]


def test_the_numbers_stay_in_bold():
    with translation.override("pl"):
        html = render_to_string(
            "participants/components/participant_counter.html",
            {"count": ParticipantCount(5, 2)},
        )

    assert "<strong>5</strong> miast i regionów z <strong>2</strong> państw" in html
