"""The public application form: stored only while the call is open, documents checked by
content and size, kept outside the public media."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from prize.models import Application
from tests.prize.conftest import apply, office_file, pdf_file, trap_fields_in

PARIS = ZoneInfo("Europe/Paris")
pytestmark = pytest.mark.django_db


def test_open_call_stores_the_application_and_its_document_outside_media(
    client, call, private_root
):
    response = apply(client, call)

    assert response.status_code == 200
    assert "Mediators in every school" in response.content.decode()
    application = Application.objects.get()
    assert application.call_id == call.pk
    assert application.language == "en"
    assert application.document_name == "project.pdf"
    stored = Path(application.document.path)
    assert stored.is_relative_to(private_root)
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert stored.read_bytes().startswith(b"%PDF-")
    assert response["Cache-Control"].count("private") == 1


def test_form_page_of_an_open_call_is_never_cached(client, call):
    response = client.get(call.get_url())

    assert 'enctype="multipart/form-data"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_before_opening_the_page_says_when_and_a_forged_post_stores_nothing(
    client, make_call, monkeypatch
):
    opens = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=PARIS)
    page = make_call(opens_at=opens, closes_at=opens + datetime.timedelta(days=60))
    monkeypatch.setattr(timezone, "now", lambda: opens - datetime.timedelta(seconds=1))

    html = client.get(page.get_url()).content.decode()
    assert "not open yet" in html
    assert 'enctype="multipart/form-data"' not in html
    assert "March 1, 2027, 9 a.m." in html and "(CET)" in html

    response = apply(client, page, trap={})
    assert response.status_code == 409
    assert Application.objects.count() == 0


def test_after_closing_a_forged_post_stores_nothing(client, make_call, monkeypatch):
    closes = datetime.datetime(2027, 3, 31, 12, 0, tzinfo=PARIS)
    page = make_call(opens_at=closes - datetime.timedelta(days=60), closes_at=closes)
    monkeypatch.setattr(timezone, "now", lambda: closes)

    html = client.get(page.get_url()).content.decode()
    assert "The call is closed" in html
    assert 'enctype="multipart/form-data"' not in html
    assert "March 31, 2027, 11:59 a.m." in html and "(CEST)" in html

    response = apply(client, page, trap={})
    assert response.status_code == 409
    assert Application.objects.count() == 0


def test_exact_boundaries_across_the_spring_clock_change(make_call):
    # Summer time in Paris starts on 28 March 2027 at 02:00 (UTC+1 -> UTC+2).
    opens = datetime.datetime(2027, 3, 27, 12, 0, tzinfo=PARIS)  # 11:00 UTC
    closes = datetime.datetime(2027, 3, 29, 12, 0, tzinfo=PARIS)  # 10:00 UTC
    page = make_call(opens_at=opens, closes_at=closes)
    utc = datetime.UTC

    assert page.state(datetime.datetime(2027, 3, 27, 10, 59, 59, tzinfo=utc)) == "before"
    assert page.state(datetime.datetime(2027, 3, 27, 11, 0, tzinfo=utc)) == "open"
    assert page.state(datetime.datetime(2027, 3, 29, 9, 59, 59, tzinfo=utc)) == "open"
    assert page.state(datetime.datetime(2027, 3, 29, 10, 0, tzinfo=utc)) == "after"


def test_an_executable_renamed_pdf_is_refused_with_a_clear_message(client, call, private_root):
    program = SimpleUploadedFile("project.pdf", b"MZ\x90\x00" + b"\x00" * 200)

    response = apply(client, call, document=program)

    assert response.status_code == 200
    assert "This file is a program, not a document" in response.content.decode()
    assert Application.objects.count() == 0
    assert not Path(private_root).exists() or not any(Path(private_root).rglob("*.*"))


def test_a_text_file_named_pdf_is_refused(client, call):
    response = apply(client, call, document=SimpleUploadedFile("a.pdf", b"hello"))

    assert "is not a PDF or office document" in response.content.decode()
    assert Application.objects.count() == 0


def test_a_word_document_is_accepted_by_its_content(client, call):
    docx = office_file(
        "project.docx", {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}
    )

    apply(client, call, document=docx)

    assert Application.objects.get().document.name.endswith(".docx")


def test_an_opendocument_text_is_accepted_by_its_mimetype_entry(client, call):
    odt = office_file(
        "project.odt",
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"},
    )

    apply(client, call, document=odt)

    assert Application.objects.count() == 1


def test_a_spreadsheet_renamed_docx_is_refused(client, call):
    xlsx = office_file("project.docx", {"[Content_Types].xml": "<T/>", "xl/workbook.xml": "<w/>"})

    apply(client, call, document=xlsx)

    assert Application.objects.count() == 0


def test_a_too_large_document_is_refused(client, call, settings):
    settings.PRIZE_DOCUMENT_MAX_BYTES = 1000

    response = apply(client, call, document=pdf_file(text="x" * 2000))

    assert "larger than" in response.content.decode()
    assert Application.objects.count() == 0


def test_the_spam_trap_refuses_a_filled_trap_field(client, call):
    trap = trap_fields_in(client.get(call.get_url()).content.decode())
    trap[next(name for name in trap if "time" not in name)] = "bot"

    response = apply(client, call, trap=trap)

    assert response.status_code == 400
    assert Application.objects.count() == 0
