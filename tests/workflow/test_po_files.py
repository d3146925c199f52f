"""PO round trip: export a language, change one string, import, publish."""

import re

import polib
from django.core.management import call_command
from wagtail.models import Page


def test_po_round_trip_changes_exactly_one_string_on_the_live_page(client, demo, tmp_path):
    before = client.get("/fr/a-propos/").content.decode()
    assert "Historique" in before

    call_command("export_translations", "fr", str(tmp_path), stdout=open("/dev/null", "w"))
    (about_po,) = tmp_path.glob("*about-us.po")
    po = polib.pofile(str(about_po))
    entry = next(entry for entry in po if entry.msgid == "History")
    assert entry.msgstr == "Historique"
    entry.msgstr = "Notre histoire"
    po.save(str(about_po))

    call_command("import_translations", str(tmp_path), "--publish", stdout=open("/dev/null", "w"))
    after = client.get("/fr/a-propos/").content.decode()
    assert "Notre histoire" in after
    assert main_content(after) == main_content(before).replace("Historique", "Notre histoire")


def main_content(html):
    return re.search(r"<main.*?</main>", html, re.S).group(0)


def test_import_without_publish_leaves_a_draft_for_review(client, demo, tmp_path):
    call_command("export_translations", "fr", str(tmp_path), stdout=open("/dev/null", "w"))
    (about_po,) = tmp_path.glob("*about-us.po")
    po = polib.pofile(str(about_po))
    next(entry for entry in po if entry.msgid == "History").msgstr = "Notre histoire"
    po.save(str(about_po))
    call_command("import_translations", str(tmp_path), stdout=open("/dev/null", "w"))
    assert "Historique" in client.get("/fr/a-propos/").content.decode()
    french = Page.objects.get(locale__language_code="fr", url_path__endswith="/a-propos/")
    assert french.has_unpublished_changes


def test_export_refuses_an_unknown_language(demo, tmp_path):
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("export_translations", "xx", str(tmp_path))


def test_import_into_an_untranslated_copy_leaves_it_as_visitors_saw_it(client, demo, tmp_path):
    call_command("export_translations", "rom", str(tmp_path), stdout=open("/dev/null", "w"))
    (about_po,) = tmp_path.glob("*about-us.po")
    po = polib.pofile(str(about_po))
    next(entry for entry in po if entry.msgctxt == "title").msgstr = "Amendar"
    po.save(str(about_po))
    romani = Page.objects.get(locale__language_code="rom", url_path__endswith="/about-us/")
    assert romani.alias_of_id is not None
    before = client.get(romani.url).content.decode()
    call_command("import_translations", str(tmp_path), stdout=open("/dev/null", "w"))
    romani = Page.objects.get(pk=romani.pk)
    assert romani.alias_of_id is not None
    assert romani.get_latest_revision().as_object().title == "Amendar"
    assert client.get(romani.url).content.decode() == before
