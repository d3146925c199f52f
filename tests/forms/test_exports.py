"""The CSV and XLSX exports of the submissions: every stored submission downloads, no cell
is read as a formula, and each export and deletion is in the audit log.

Logged in as a form manager (``setup_translators``), never a superuser.
"""

import csv
import io

import pytest
from django.core.management import call_command
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from forms import audit
from forms.models import JoinFormField, Submission
from workflow.roles import EDITORS, FORM_MANAGERS

# What an applicant typed -> what the spreadsheet cell must hold (as text).
PAYLOADS = {
    '=HYPERLINK("http://x","y")': '\'=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0": "'+cmd|' /C calc'!A0",
    "@SUM(1+1)": "'@SUM(1+1)",
    "-2+3": "'-2+3",
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "'\r=1+1",
    "Ville-Exemple": "Ville-Exemple",
}
CONTROL = "bell\x07 escape\x1b[31m vertical\x0b form feed\x0c end"
CONTROL_CLEANED = "bell escape[31m vertical form feed end"
NAME = "name_of_the_authority"


@pytest.fixture
def manager(client, join_pages, make_user):
    call_command("setup_translators", stdout=io.StringIO())
    user = make_user("fiona", FORM_MANAGERS)
    client.force_login(user)
    return user


@pytest.fixture
def payloads(join_pages):
    page = join_pages["en"]
    for text in [*PAYLOADS, CONTROL]:
        Submission.objects.create(
            page=page,
            form_data={NAME: text, "country": text, "motivation": "Fine", "consent": True},
            language="en",
        )
    return page


def export(client, page, export_format):
    response = client.get(f"/admin/forms/submissions/{page.pk}/?export={export_format}")
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(client, page):
    return list(csv.DictReader(io.StringIO(export(client, page, "csv").decode())))


def xlsx_rows(client, page):
    sheet = load_workbook(io.BytesIO(export(client, page, "xlsx"))).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.mark.parametrize("rows_of", [csv_rows, xlsx_rows], ids=["csv", "xlsx"])
def test_formulas_are_neutralised(client, manager, payloads, rows_of):
    rows = rows_of(client, payloads)
    assert len(rows) == len(PAYLOADS) + 1
    by_country = sorted(row["Country"] for row in rows)
    assert by_country == sorted([*PAYLOADS.values(), CONTROL_CLEANED])
    names = sorted(row["Name of the authority"] for row in rows)
    assert names == by_country
    assert {row["Motivation"] for row in rows} == {"Fine"}


@pytest.mark.parametrize("rows_of", [csv_rows, xlsx_rows], ids=["csv", "xlsx"])
def test_control_characters_are_removed(client, manager, payloads, rows_of):
    rows = rows_of(client, payloads)
    assert CONTROL_CLEANED in [row["Country"] for row in rows]


@pytest.mark.parametrize("rows_of", [csv_rows, xlsx_rows], ids=["csv", "xlsx"])
def test_a_column_named_like_a_formula_is_neutralised(client, manager, join_pages, rows_of):
    page = join_pages["en"]
    JoinFormField.objects.create(
        page=page, locale=page.locale, label="=1+2", field_type="singleline", sort_order=99
    )
    Submission.objects.create(page=page, form_data={NAME: "A"}, language="en")
    (row,) = rows_of(client, page)
    assert "'=1+2" in row
    assert "=1+2" not in row


def entries(page, action):
    return PageLogEntry.objects.filter(page=page, action=action)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_an_export_is_logged(client, manager, payloads, export_format):
    export(client, payloads, export_format)
    (entry,) = entries(payloads, audit.EXPORT)
    assert entry.user_id == manager.pk
    assert entry.data == {"format": export_format, "rows": len(PAYLOADS) + 1}
    assert entry.message == f"Exported {len(PAYLOADS) + 1} submissions as {export_format.upper()}"
    assert entry.timestamp is not None


def test_a_filtered_export_logs_the_rows_it_gave(client, manager, payloads):
    Submission.objects.filter(page=payloads).update(submit_time="2020-01-01T10:00:00Z")
    Submission.objects.create(page=payloads, form_data={NAME: "New"}, language="en")
    response = client.get(
        f"/admin/forms/submissions/{payloads.pk}/?export=csv&date_from=2024-01-01"
    )
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert [row["Name of the authority"] for row in csv.DictReader(io.StringIO(text))] == ["New"]
    (entry,) = entries(payloads, audit.EXPORT)
    assert entry.data["rows"] == 1
    assert entry.message == "Exported 1 submission as CSV"


def test_a_deletion_is_logged(client, manager, payloads):
    ids = list(Submission.objects.values_list("pk", flat=True)[:2])
    query = "&".join(f"selected-submissions={pk}" for pk in ids)
    response = client.post(f"/admin/forms/submissions/{payloads.pk}/delete/?{query}")
    assert response.status_code == 302
    assert not Submission.objects.filter(pk__in=ids).exists()
    (entry,) = entries(payloads, audit.DELETE)
    assert (entry.user_id, entry.data) == (manager.pk, {"rows": 2})
    assert entry.message == "Deleted 2 submissions"


def test_the_page_history_shows_the_exports(client, manager, payloads, make_user):
    export(client, payloads, "csv")
    client.force_login(make_user("erik", EDITORS, FORM_MANAGERS))
    history = client.get(f"/admin/pages/{payloads.pk}/history/")
    assert history.status_code == 200
    assert f"Exported {len(PAYLOADS) + 1} submissions as CSV" in history.content.decode()


def test_a_refused_export_logs_nothing(client, manager, payloads, make_user):
    client.force_login(make_user("erik", EDITORS))
    response = client.get(f"/admin/forms/submissions/{payloads.pk}/?export=csv")
    assert response.status_code == 302
    assert not entries(payloads, audit.EXPORT).exists()
