"""One spelling of each Romani name and term (docs/languages.md, "Romani: one spelling"):
locale/rom/spellings.csv checked over every msgstr of the Romani catalog, every Romani
string of the demo content and Romani's own name in the switcher."""

import importlib
import shutil

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.utils.translation import get_language_info
from lxml import html as lxml_html

from core import spelling
from core.demo_helpers import DemoCatalog

ROOT = settings.BASE_DIR
CATALOG = ROOT / "locale" / "rom" / "LC_MESSAGES" / "django.po"
SPELLINGS = ROOT / "locale" / "rom" / "spellings.csv"
SITE_NAME = "Evropaki Alianca e Forengi thaj e Regionengi vaš e Romengi Inkluzia"


def catalog_texts(path):
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        targets = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for target in targets:
            yield f"{path.relative_to(path.parents[3])}, msgid {entry.msgid!r}", target


def demo_catalogs():
    """Each app's demo catalog (``<app>/demo.py``, ``catalog``), by module name."""
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        if isinstance(getattr(module, "catalog", None), DemoCatalog):
            yield name, module.catalog


def demo_texts(catalogs):
    for name, catalog in catalogs:
        for english, text in catalog.strings("rom").items():
            yield f"{name} demo string (rom) for {english[:50]!r}", text


@pytest.fixture(scope="module")
def terms():
    return spelling.load(SPELLINGS)


def test_the_spellings_file_lists_the_terms_and_contradicts_itself_nowhere(terms):
    names = {term.term for term in terms}
    for required in [
        "the site's name",
        "the Alliance",
        "the Council of Europe",
        "the Congress",
        "Roma",
        "participant",
        "good practice",
        "adopted text",
    ]:
        assert required in names
    assert spelling.contradictions(terms) == []


def test_every_msgstr_of_the_romani_catalog_spells_each_term_one_way(terms):
    texts = list(catalog_texts(CATALOG))
    assert len(texts) > 400
    assert spelling.check(terms, texts) == []


def test_every_romani_demo_string_spells_each_term_one_way(terms):
    texts = list(demo_texts(demo_catalogs()))
    assert len(texts) >= 17  # the home page's strings at least: the test is not vacuous
    assert spelling.check(terms, texts) == []


def test_the_switcher_names_romani_in_the_same_spelling(terms):
    name = get_language_info("rom")["name_local"]
    assert name == "Romani čhib"
    assert spelling.check(terms, [("EXTRA_LANG_INFO", name)]) == []


def plant(path, msgid, msgstr):
    po = polib.pofile(str(path))
    po.find(msgid).msgstr = msgstr
    po.save()


def test_a_second_spelling_planted_in_a_copy_of_the_catalog_is_reported(terms, tmp_path):
    copy = tmp_path / "locale" / "rom" / "LC_MESSAGES" / "django.po"
    copy.parent.mkdir(parents=True)
    shutil.copy(CATALOG, copy)
    plant(copy, "Alliance for Roma Inclusion", "Alianca vaš e Rromengi Inkluzia")
    plant(copy, "Follow us", "Dikhen amen ando Konsilio e Evropako")  # listed nowhere

    reported = spelling.check(terms, catalog_texts(copy))

    assert reported == [
        "locale/rom/LC_MESSAGES/django.po, msgid 'Alliance for Roma Inclusion': "
        "'Rromengi' is a variant of Roma: write 'Rom, Roma (adjective romano, romani, romane)'",
        "locale/rom/LC_MESSAGES/django.po, msgid 'Follow us': "
        "'Konsilio' is not a spelling of the Council of Europe (write 'Konsilo e Evropako'; "
        "forms: Konsilo e Evropako)",
    ]


def test_an_unlisted_second_form_and_a_foreign_letter_in_a_demo_string_are_reported(terms):
    catalog = DemoCatalog()
    catalog.add("rom", {"Join the Alliance": "Aven andre ande Alijancija", "Language": "ćhib"})

    reported = spelling.check(terms, demo_texts([("home.demo", catalog)]))

    assert reported == [
        "home.demo demo string (rom) for 'Join the Alliance': 'Alijancija' is not a spelling "
        "of the Alliance (write 'Alianca'; forms: Alianca, Aliancako, Aliancaki, Aliancake)",
        "home.demo demo string (rom) for 'Language': letter 'ć' in 'ćhib': not in this "
        "spelling (č, čh, dž, š, ž, x)",
    ]


def test_the_demo_site_name_planted_in_the_common_alphabet_is_reported(terms):
    catalog = DemoCatalog()
    catalog.add("rom", {"European Alliance": SITE_NAME.replace("Romengi", "Romenqi")})

    reported = spelling.check(terms, demo_texts([("home.demo", catalog)]))

    where = "home.demo demo string (rom) for 'European Alliance': "
    assert where + "'Evropaki' is not a spelling of the site's name" in " ".join(reported)
    assert where + "'Romenqi' is a variant of Roma" in " ".join(reported)


def test_the_romani_home_page_shows_one_name_in_header_and_headline(
    client, home, locales, translate_page
):
    from home.demo import HOME_TITLE, catalog

    translate_page(home, locales["rom"], title=catalog.strings("rom")[HOME_TITLE])

    document = lxml_html.fromstring(client.get("/rom/").content)

    header = document.xpath('//*[@class="site-header__name"]')[0].text_content().strip()
    headline = document.xpath("//h1")[0].text_content().strip()
    assert header == headline == SITE_NAME
