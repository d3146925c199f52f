"""What each item of the practices list shows (practices/listing.py, practice_items): the
title and its link, the participant, country, years and type, the summary, the themes,
the picture, each text marked with its own language when it is not the visitor's."""

import re

import pytest
import wagtail_factories

from practices.listing import listed_practices
from practices.theme_names import ThemeName


def items(client, url):
    content = client.get(url).content.decode()
    return re.findall(r'<li class="practice-list__item">(.*?)</li>', content, re.S)


def test_each_item_shows_participant_country_years_type_summary_and_themes(client, practices):
    themes = '<p class="practice-list__themes"><span class="visually-hidden">Themes: </span>'
    summary = "<p>A practice of Roma inclusion.</p>"
    expected = [
        ("athens", "Athens housing", "Greece · since 2015 · Promising", "Housing"),
        (
            "obrnice",
            "Community life in Obrnice",
            "Obrnice, Czechia · since 2007 · Demonstrated",
            "Education, Housing",
        ),
        (
            "heraklion",
            "Heraklion programme",
            "Heraklion, Greece · 2010–2013 · Replicated",
            "Education, Health",
        ),
        (
            "kocaeli",
            "Kocaeli programme",
            "Türkiye · 2012–2014 · Promising",
            "Culture and awareness",
        ),
        ("unknown", "Undated practice", "Czechia", None),  # no participant, period, type, theme
    ]
    found = items(client, "/en/practices/?sort=title")
    assert len(found) == len(expected)
    for item, (key, title, meta, theme_names) in zip(found, expected, strict=True):
        slug = practices[key].slug
        assert item.startswith(f'<h3><a href="/en/practices/{slug}/">{title}</a></h3>'), item
        assert f'<p class="practice-list__meta">{meta}</p>{summary}' in item, item
        if theme_names:
            assert item.endswith(f"{themes}{theme_names}</p>"), item
        else:
            assert item.endswith(summary), item


@pytest.fixture
def french_with_copies(practices, practice_index, home, locales, translate_page, themes):
    """The French database: one practice translated, two shown as copies of the English
    (untranslated: their titles and their participant's are English); the themes named
    in French."""
    french_names = {"education": "Éducation", "health": "Santé", "housing": "Logement"}
    for theme in themes.values():
        copy = theme.copy_for_translation(locales["fr"])
        copy.name = french_names.get(theme.slug, theme.name)
        copy.save()
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(practice_index, locales["fr"], title="Bonnes pratiques", slug="bonnes-pratiques")
    translate_page(practices["kocaeli"], locales["fr"], title="Programme de Kocaeli")
    practices["heraklion"].participant.get_parent().copy_for_translation(
        locales["fr"], copy_parents=True, alias=True
    )
    # Athens also about health: in French "Logement, Santé", though "health" < "housing".
    athens = practices["athens"]
    athens.themes.add(themes["health"])
    athens.save_revision().publish()
    for key in ("heraklion", "athens"):
        practices[key].copy_for_translation(locales["fr"], alias=True)
    return practices


def test_an_untranslated_copy_shows_its_title_and_participant_marked_english(
    client, french_with_copies
):
    found = {
        re.search(r">([^<]+)</a>", item).group(1): item
        for item in items(client, "/fr/bonnes-pratiques/")
    }
    assert set(found) == {"Programme de Kocaeli", "Heraklion programme", "Athens housing"}
    heraklion = found["Heraklion programme"]
    assert re.search(r'<a href="[^"]+" lang="en">Heraklion programme</a>', heraklion)
    assert '<p class="practice-list__meta"><span lang="en">Heraklion</span>, Grèce' in heraklion
    assert '<p lang="en">A practice of Roma inclusion.</p>' in heraklion
    # In the alphabet of the language: É with the E's, before S (not after Z).
    assert heraklion.endswith("</span>Éducation, Santé</p>"), heraklion
    assert found["Athens housing"].endswith("</span>Logement, Santé</p>")
    kocaeli = found["Programme de Kocaeli"]
    assert 'lang="en"' not in kocaeli.split('<p class="practice-list__themes">')[0]


def test_an_item_shows_its_picture_with_its_description(client, practices):
    page = practices["athens"]
    page.image = wagtail_factories.ImageFactory(title="Athens", file__width=800, file__height=500)
    page.image_alt = "New dwellings in Athens"
    page.save_revision().publish()
    item = next(i for i in items(client, "/en/practices/") if ">Athens housing</a>" in i)
    assert item.startswith('<div class="picture picture--card"><picture>'), item
    assert 'alt="New dwellings in Athens"' in item and "srcset=" in item
    others = [i for i in items(client, "/en/practices/") if ">Athens housing</a>" not in i]
    assert others and not any("<picture" in i for i in others)


def test_a_practice_deleted_since_the_facets_were_read_is_skipped_not_the_rest(practices):
    athens, obrnice = practices["athens"], practices["obrnice"]
    gone = practices["kocaeli"].pk
    practices["kocaeli"].delete()
    listed = listed_practices(
        [athens.pk, gone, obrnice.pk],
        index_url="/en/practices/",
        participants={obrnice.participant_id: ("Obrnice", "en")},
        themes_of={athens.pk: ("housing",)},  # obrnice's themes not given: none shown
        theme_names={"housing": ThemeName("Housing", "en")},
    )
    assert [(p.title, p.participant_title, [t.name for t in p.themes]) for p in listed] == [
        ("Athens housing", "", ["Housing"]),
        ("Community life in Obrnice", "Obrnice", []),
    ]
    assert listed_practices([], "/en/practices/", {}, {}, {}) == []
