"""scripts/catalogs.py check: a string marked in the code or templates and missing from a
catalog fails it (makemessages run in a temporary copy of the tree, docs/languages.md)."""

import importlib.util
import shutil

import polib
import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(not shutil.which("xgettext"), reason="needs GNU gettext")

LOCALE = settings.BASE_DIR / "locale"


def load_script():
    spec = importlib.util.spec_from_file_location(
        "catalogs", settings.BASE_DIR / "scripts" / "catalogs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def catalogs():
    return load_script()


@pytest.fixture(scope="module")
def extracted(catalogs):
    return catalogs.extracted_msgids()


def test_the_extraction_finds_the_strings_of_templates_python_and_contexts(extracted):
    assert (
        None,
        "Each new attempt before then starts the wait again. An administrator can also "
        "unlock your account.",
    ) in extracted  # site/templates/axes_lockout.html
    assert (
        None,
        "The file is not a valid image: it is damaged or is not really an image.",
    ) in extracted  # core/uploads.py
    assert ("language name in a list note", "English") in extracted


def test_every_catalog_has_every_string_of_the_code_and_templates(catalogs, extracted):
    for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po")):
        assert catalogs.missing_msgids(polib.pofile(str(po_path)), extracted) == [], po_path


def test_a_string_missing_from_a_catalog_fails_the_check(
    catalogs, extracted, tmp_path, monkeypatch, capsys
):
    french = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    french.parent.mkdir(parents=True)
    po = polib.pofile(str(LOCALE / "fr" / "LC_MESSAGES" / "django.po"))
    po.remove(po.find("Too many failed login attempts"))
    po.save(str(french))
    po.save_as_mofile(str(french.with_suffix(".mo")))
    monkeypatch.setattr(catalogs, "LOCALE_DIR", tmp_path / "locale")
    monkeypatch.setattr(catalogs, "extracted_msgids", lambda: extracted)

    assert catalogs.main(["check"]) == 1

    output = capsys.readouterr().out
    assert "FAIL locale/fr/LC_MESSAGES/django.po" in output
    assert (
        "missing: 'Too many failed login attempts' is marked in the code but not in the catalog"
        in output
    )
