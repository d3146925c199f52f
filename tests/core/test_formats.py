"""Dates and numbers as each language writes them (config/formats/, docs/languages.md)."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation
from lxml import html as lxml_html

from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)

PRIZE_DAY = datetime.date(2013, 10, 30)


def render(source, language, **context):
    with translation.override(language):
        return Template(source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Oct. 30, 2013"),
        ("fr", "30 octobre 2013"),
        ("de", "30. Oktober 2013"),
        ("rom", "30 oktobro 2013"),
    ],
)
def test_a_date_is_written_as_its_language_writes_it(language, expected):
    assert render('{{ day|date:"DATE_FORMAT" }}', language, day=PRIZE_DAY) == expected


def test_romani_has_its_month_names_in_the_sites_catalog():
    """Django has no Romani catalog: the site's gives it the names Django looks up."""
    months = [datetime.date(2024, month, 1) for month in range(1, 13)]
    names = [render('{{ day|date:"F" }}', "rom", day=day) for day in months]
    assert names == [
        "januaro",
        "februaro",
        "marto",
        "aprilo",
        "majo",
        "juno",
        "julo",
        "avgusto",
        "septembro",
        "oktobro",
        "novembro",
        "decembro",
    ]
    assert render('{{ day|date:"YEAR_MONTH_FORMAT" }}', "rom", day=PRIZE_DAY) == "oktobro 2013"


def test_dates_of_a_list_in_romani_and_in_french(client, home, locales, translate_page):
    """The news list of an untranslated language shows the dates in that language."""
    index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=index, title="Prize", date=PRIZE_DAY)
    french_index = translate_page(index, locales["fr"], title="Actualités", slug="actualites")
    NewsPageFactory(parent=french_index, title="Prix", date=PRIZE_DAY)
    index.copy_for_translation(locales["rom"], copy_parents=True, alias=True)
    # The news item follows its index into Romani (wagtail-localize's synchronised tree).
    index.get_children().first().copy_for_translation(locales["rom"], alias=True)
    expected_dates = {"/rom/news/": "30 oktobro 2013", "/fr/actualites/": "30 octobre 2013"}
    for url, expected in expected_dates.items():
        tree = lxml_html.fromstring(client.get(url).content)
        assert [time.text for time in tree.xpath("//time")] == [expected], url


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "2,300"),
        ("fr", "2\xa0300"),  # a non-breaking space
        ("de", "2.300"),
        ("bg", "2\xa0300"),  # Django's Bulgarian formats do not group: config/formats/bg
        ("rom", "2\xa0300"),
    ],
)
def test_the_population_is_written_as_its_language_writes_numbers(
    client, home, locales, language, expected
):
    index = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(
        parent=index, title="Obrnice", slug="obrnice", population=2300, date_joined=PRIZE_DAY
    )
    if language != "en":
        obrnice.copy_for_translation(locales[language], copy_parents=True, alias=True)
    response = client.get(f"/{language}/participants/obrnice/")
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.content)
    facts = [dd.text_content() for dd in tree.xpath('//dl[@class="facts"]/dd')]
    assert facts[0] == expected
    joined = render('{{ day|date:"YEAR_MONTH_FORMAT" }}', language, day=PRIZE_DAY)
    assert facts[1] == joined


def test_years_are_not_grouped_like_figures():
    """Only figures are grouped (intcomma): a year stays 2013 in every language."""
    assert render("{{ year }}", "fr", year=2013) == "2013"
    assert render("{% load humanize %}{{ n|intcomma }}", "fr", n=170000) == "170\xa0000"
