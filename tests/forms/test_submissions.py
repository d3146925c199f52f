"""Valid submissions are stored and mailed in every language; bad ones store nothing."""

import csv
import io
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from forms.models import Submission

from .conftest import STAFF_EMAIL, cooperation_answers, field_block, join_answers, send, soup

JOIN_KEYS = {
    "name_of_the_authority",
    "kind_of_authority",
    "country",
    "contact_person",
    "position",
    "email",
    "telephone",
    "population",
    "motivation",
    "consent",
}


def test_english_and_french_submissions_land_in_one_list_with_the_same_keys(client, join_pages):
    english, french = join_pages["en"], join_pages["fr"]

    response = send(client, "/en/join/", join_answers(), follow=True)
    assert response.status_code == 200
    assert "Thank you for your interest in the Alliance" in response.content.decode()
    response = send(
        client,
        "/fr/rejoindre/",
        join_answers(name_of_the_authority="Ville Exemple", email="v@example.org"),
        follow=True,
    )
    assert response.status_code == 200
    assert "Merci de l'intérêt que vous portez à l'Alliance" in response.content.decode()

    submissions = list(Submission.objects.order_by("pk"))
    assert [s.page_id for s in submissions] == [english.pk, english.pk]
    assert [s.language for s in submissions] == ["en", "fr"]
    assert set(submissions[0].form_data) == set(submissions[1].form_data) == JOIN_KEYS
    # The French page shows "Ville" but stores the English choice.
    assert submissions[1].form_data["kind_of_authority"] == "City"
    assert submissions[1].form_data["consent"] is True
    # Both pages list every submission.
    assert english.get_submissions().count() == french.get_submissions().count() == 2


def test_each_submission_sends_a_confirmation_and_a_notification(client, join_pages):
    send(client, "/en/join/", join_answers())
    send(client, "/fr/rejoindre/", join_answers(email="v@example.org"))

    assert len(mail.outbox) == 4
    confirm_en, notify_en, confirm_fr, notify_fr = mail.outbox

    assert confirm_en.to == ["alex@example.org"]
    assert confirm_en.subject == "Your application to join the Alliance"
    assert "Name of the authority: Example City" in confirm_en.body
    assert "Kind of authority: City" in confirm_en.body
    assert confirm_en.reply_to == [STAFF_EMAIL]

    # The applicant reads the French page's labels and choices.
    assert confirm_fr.to == ["v@example.org"]
    assert confirm_fr.subject == "Votre demande d'adhésion à l'Alliance"
    assert "Nom de la collectivité: Example City" in confirm_fr.body
    assert "Type de collectivité: Ville" in confirm_fr.body
    assert "Name of the authority" not in confirm_fr.body

    # Staff read every notification in English, with the language it came in.
    for notification, language in ((notify_en, "English"), (notify_fr, "French")):
        assert notification.to == [STAFF_EMAIL]
        assert f"sent from the {language} page" in notification.body
        assert "Name of the authority: Example City" in notification.body
        assert f"/admin/forms/submissions/{join_pages['en'].pk}/" in notification.body
    assert notify_fr.reply_to == ["v@example.org"]

    assert Submission.objects.filter(confirmation_sent=True, notification_sent=True).count() == 2


def test_landing_page_names_the_confirmation_address(client, join_pages):
    response = send(client, "/en/join/", join_answers(), follow=True)
    assert "We have sent a confirmation to alex@example.org." in response.content.decode()


def test_cooperation_form_stores_and_mails(client, cooperation_pages):
    response = send(client, "/fr/cooperer/", cooperation_answers(), follow=True)
    assert response.status_code == 200
    submission = Submission.objects.get()
    assert submission.page_id == cooperation_pages["en"].pk
    assert submission.language == "fr"
    assert submission.form_data["website"] == "https://ngo.example.org/"
    assert [message.to for message in mail.outbox] == [["sam@example.org"], [STAFF_EMAIL]]


@pytest.mark.parametrize(
    ("answers", "field", "message"),
    [
        (join_answers(name_of_the_authority=""), "name_of_the_authority", "required"),
        (join_answers(email="not-an-address"), "email", "valid email"),
        (join_answers(consent=None), "consent", "cannot accept the form without it"),
        (join_answers(kind_of_authority="Ville"), "kind_of_authority", "valid choice"),
    ],
)
def test_bad_input_stores_nothing_and_says_why_next_to_the_field(
    client, join_pages, answers, field, message
):
    response = send(client, "/en/join/", answers)
    assert response.status_code == 200
    assert not Submission.objects.exists()
    assert mail.outbox == []

    block = field_block(response, field)
    error = block.find(class_="form-field__errors")
    assert message in error.get_text()
    inputs = block.find_all(attrs={"name": field})
    for element in inputs:
        assert element["aria-invalid"] == "true"
    described = block.find("fieldset") or inputs[0]
    assert error["id"] in described["aria-describedby"].split()
    summary = soup(response).find(id="error-summary")
    assert summary.find("a", href=f"#id_{field}") is not None


def test_a_refused_post_answers_with_the_whole_page_in_its_language(client, join_pages):
    # A post without the form's trap fields is refused (forms/spam.py): the page that
    # says so is the site's, with its header, menu and language switcher.
    for url, home in (("/en/join/", "/en/"), ("/fr/rejoindre/", "/fr/")):
        response = client.post(url, join_answers())
        assert response.status_code == 400
        page = soup(response)
        assert page.select_one(".site-header__brand")["href"] == home
        switcher = page.select_one(".language-switcher")
        assert switcher is not None, url
        assert {a["hreflang"] for a in switcher.select("a")} == {"en", "fr"}
    assert not Submission.objects.exists()


def test_bad_input_keeps_the_other_answers(client, join_pages):
    response = send(client, "/fr/rejoindre/", join_answers(email="nope"))
    html = soup(response)
    assert html.find("input", attrs={"name": "name_of_the_authority"})["value"] == "Example City"
    assert html.find("input", attrs={"name": "email"})["value"] == "nope"
    assert html.find("textarea", attrs={"name": "motivation"}).get_text().strip() == (
        "We wish to share our practices."
    )
    assert html.find("input", attrs={"name": "kind_of_authority", "value": "City"}).has_attr(
        "checked"
    )
    assert "Saisissez une adresse de courriel valide." in html.find(id="id_email_error").get_text()


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-123456789")
    client.force_login(user)
    return client


def body(response):
    return b"".join(response.streaming_content)


def submit_both_languages(client, join_pages):
    send(client, "/en/join/", join_answers())
    send(client, "/fr/rejoindre/", join_answers(name_of_the_authority="Ville Exemple"))
    client.logout()


def test_csv_export_has_one_column_per_field_and_both_languages(admin_client, client, join_pages):
    submit_both_languages(client, join_pages)
    admin_client.force_login(get_user_model().objects.get(username="admin"))
    response = admin_client.get(f"/admin/forms/submissions/{join_pages['en'].pk}/?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
    assert rows[0] == [
        "Submission date",
        "Language",
        "Name of the authority",
        "Kind of authority",
        "Country",
        "Contact person",
        "Position",
        "Email",
        "Telephone",
        "Population",
        "Motivation",
        "I agree that the Alliance stores and uses these data to handle my request.",
    ]
    assert len(rows) == 3
    # The date each was sent, read from the submission (Wagtail's "submit_time").
    assert all(re.match(r"\d{4}-\d{2}-\d{2}", row[0]) for row in rows[1:]), rows
    assert [row[1] for row in rows[1:]] == ["en", "fr"]
    assert [row[2] for row in rows[1:]] == ["Example City", "Ville Exemple"]
    assert [row[3] for row in rows[1:]] == ["City", "City"]


def test_xlsx_export_of_the_french_page_lists_every_submission(admin_client, client, join_pages):
    submit_both_languages(client, join_pages)
    admin_client.force_login(get_user_model().objects.get(username="admin"))
    response = admin_client.get(f"/admin/forms/submissions/{join_pages['fr'].pk}/?export=xlsx")
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Submission date", "Language", "Nom de la collectivité")
    assert len(rows[0]) == 12
    assert [row[1] for row in rows[1:]] == ["en", "fr"]


def test_submissions_list_in_the_admin_shows_both_languages(admin_client, client, join_pages):
    submit_both_languages(client, join_pages)
    admin_client.force_login(get_user_model().objects.get(username="admin"))
    response = admin_client.get(f"/admin/forms/submissions/{join_pages['en'].pk}/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "Ville Exemple" in content and "Example City" in content


def test_a_submissions_data_holds_its_answers_its_time_and_its_language():
    import datetime

    sent = datetime.datetime(2026, 5, 4, 10, 30, tzinfo=datetime.UTC)
    submission = Submission(form_data={"name": "Ana", "city": "Sarajevo"}, language="bs")
    submission.submit_time = sent
    assert submission.get_data() == {
        "name": "Ana",
        "city": "Sarajevo",
        "submit_time": sent,
        "language": "bs",
    }
