"""The glossary (locale/glossary.csv, docs/languages.md "Glossary"): its terms in every
language, the check over catalogs, demo content and pages (manage.py check_glossary), and
the admin's Glossary drift report."""

import shutil
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from core import glossary, glossary_texts
from core.demo_helpers import DemoCatalog
from workflow.roles import translators_group_name

NAME = "European Alliance of Cities and Regions for Roma Inclusion"
WRONG_FR = "Alliance européenne des villes et des régions pour l'intégration des Roms"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="module")
def terms():
    return glossary.load()


def test_the_glossary_has_twenty_terms_in_every_language_and_a_register_note_each(terms):
    assert len(terms.terms) >= 20
    assert len(LANGUAGES) == 25
    assert glossary.gaps(terms, LANGUAGES) == []
    ids = {term.id for term in terms.terms}
    for required in ["alliance_name", "congress_name", "coe", "prize", "inclusion", "roma"]:
        assert required in ids
    assert "Sie" in terms.register["de"] and "Państwo" in terms.register["pl"]
    assert "Ön" in terms.register["hu"] and "vous" in terms.register["fr"]


def test_the_congress_has_the_council_of_europe_s_own_names(terms):
    congress = next(term for term in terms.terms if term.id == "congress_name")
    assert congress.approved("fr") == "Congrès des pouvoirs locaux et régionaux"
    assert congress.approved("de") == "Kongress der Gemeinden und Regionen"
    assert congress.approved("it") == "Congresso dei poteri locali e regionali"


def test_a_form_with_a_star_matches_the_inflected_words_and_any_apostrophe(terms):
    assert terms.drifts_in("cs", "Council of Europe", "Kongres Rady Evropy") == []
    assert (
        terms.drifts_in("fr", "Alliance for Roma Inclusion", "Alliance pour l’inclusion des Roms")
        == []
    )
    drifted = terms.drifts_in("pl", "Roma inclusion", "integracja Romów")
    assert [term.id for term in drifted] == ["inclusion"]


def test_a_term_within_a_longer_one_is_checked_as_the_longer_one_and_slugs_are_skipped(terms):
    # "Congress" inside the prize's name: only the prize is checked.
    drifted = terms.drifts_in("de", "the Dosta!-Congress Prize", "den Dosta!-Preis")
    assert [term.id for term in drifted] == ["prize"]
    assert terms.drifts_in("fr", "dosta-congress-prize", "prix-dosta") == []


def test_the_check_passes_on_the_catalogs_and_the_demo_content():
    out = StringIO()
    call_command("check_glossary", stdout=out)
    assert "terms checked in 25 languages, all good" in out.getvalue()


def test_the_alliance_s_name_planted_in_a_copy_of_a_catalog_fails_the_check(tmp_path, monkeypatch):
    import polib

    copy = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    copy.parent.mkdir(parents=True)
    shutil.copy(glossary_texts.catalog_path("fr"), copy)
    po = polib.pofile(str(copy))
    po.find(NAME).msgstr = WRONG_FR
    po.save()
    monkeypatch.setattr(glossary_texts, "LOCALE_DIR", tmp_path / "locale")
    out = StringIO()

    with pytest.raises(CommandError, match=r"glossary: 1 problem\(s\) in fr"):
        call_command("check_glossary", "fr", stdout=out)

    assert out.getvalue() == (
        f"  - locale/fr/LC_MESSAGES/django.po, msgid {NAME!r}: {NAME!r} is not translated as "
        'the glossary says (fr: "Alliance européenne des villes et des régions pour '
        f"l'inclusion des Roms\") in {WRONG_FR!r}\n"
    )


def test_the_alliance_s_name_planted_in_a_demo_string_is_reported(terms):
    catalog = DemoCatalog()
    catalog.t(NAME, fr=WRONG_FR)

    drifts = terms.check("fr", glossary_texts.demo_texts("fr", [("home.demo", catalog)]))

    assert [(drift.where, drift.term.id) for drift in drifts] == [
        (f"home.demo demo string (fr) for {NAME!r}", "alliance_name")
    ]


def test_every_app_s_demo_catalog_is_read():
    names = {name for name, _catalog in glossary_texts.demo_catalogs()}
    assert {"home.demo", "news.demo", "practices.demo", "participants.demo"} <= names


@pytest.fixture
def planted_page(home, locales, translate_page):
    home.title = NAME
    home.save_revision().publish()
    return translate_page(home, locales["fr"], title=WRONG_FR)


def test_the_alliance_s_name_planted_in_a_page_fails_the_check_with_pages(planted_page):
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("check_glossary", "fr", "--pages", stdout=out)

    assert f"page {planted_page.url_path} (live), title: {NAME!r} is not translated" in (
        out.getvalue()
    )


def test_a_draft_of_a_page_is_checked_too(home, locales, translate_page):
    home.title = NAME
    home.save_revision().publish()
    french = translate_page(home, locales["fr"], title=NAME.replace("European", "Européenne"))
    french.title = WRONG_FR
    french.save_revision()

    found = [
        (state, path)
        for (page, state, path), source, text in glossary_texts.page_texts("fr")
        if glossary.load().drifts_in("fr", source, text)
    ]

    assert ("draft", "title") in found


@pytest.fixture
def groups(planted_page):
    call_command("setup_translators", stdout=StringIO())


REPORT = "/admin/reports/glossary-drift/"


def test_a_translator_sees_the_planted_drift_of_their_language(
    client, planted_page, groups, make_user
):
    client.force_login(make_user("marie", translators_group_name("fr")))

    response = client.get(REPORT, {"language": "fr"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Glossary drift" in html
    assert WRONG_FR.replace("'", "&#x27;") in html
    assert f"/admin/pages/{planted_page.pk}/edit/" in html
    assert "vous, votre" in html  # the register note of the language
    assert 'href="?language=de"' not in html  # only her languages are offered


def test_a_translator_is_refused_another_language_and_an_anonymous_user_the_report(
    client, groups, make_user
):
    anonymous = client.get(REPORT, {"language": "fr"})
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]

    client.force_login(make_user("marie", translators_group_name("fr")))
    refused = client.get(REPORT, {"language": "de"})
    # Wagtail's admin answers PermissionDenied with its "no permission" redirect.
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_a_moderator_may_choose_any_language(client, groups, make_user, home):
    client.force_login(make_user("mona", "Moderators"))

    html = client.get(REPORT, {"language": "rom"}).content.decode()

    assert 'href="?language=de"' in html and 'href="?language=rom"' in html
    assert "No drift" in html


def test_the_romani_column_is_in_the_spelling_of_locale_rom_spellings_csv(terms):
    from core import spelling

    chosen = spelling.load(settings.BASE_DIR / "locale" / "rom" / "spellings.csv")
    approved = [(term.id, term.approved("rom")) for term in terms.terms]

    assert spelling.check(chosen, approved) == []
    assert spelling.check(chosen, [("planted", "Alianca vaš e Rromengi Inkluzia")]) != []
