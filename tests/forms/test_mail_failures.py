"""A mail that cannot be sent never loses the submission, and is sent again later."""

import logging

from django.core import mail
from django.core.management import call_command

from forms.models import FormsSettings, Submission

from .conftest import join_answers, send

FAILING = "tests.forms.failing_mail.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


def test_a_failing_mail_server_still_stores_the_submission(client, join_pages, settings, caplog):
    settings.EMAIL_BACKEND = FAILING
    with caplog.at_level(logging.ERROR, logger="forms.mail"):
        response = send(client, "/en/join/", join_answers(), follow=True)

    assert response.status_code == 200
    content = response.content.decode()
    assert "Thank you for your interest" in content
    assert "We could not send you a confirmation email just now" in content
    submission = Submission.objects.get()
    assert submission.form_data["name_of_the_authority"] == "Example City"
    assert not submission.confirmation_sent
    assert not submission.notification_sent
    assert "Could not send the confirmation mail" in caplog.text
    assert "Could not send the notification mail" in caplog.text


def test_resend_form_mails_sends_what_failed_once(client, join_pages, settings):
    settings.EMAIL_BACKEND = FAILING
    send(client, "/fr/rejoindre/", join_answers())
    assert Submission.objects.get().mails_pending

    settings.EMAIL_BACKEND = WORKING
    call_command("resend_form_mails", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["alex@example.org"], ["staff@example.org"]]
    # Still in the applicant's language.
    assert mail.outbox[0].subject == "Votre demande d'adhésion à l'Alliance"
    assert "Nom de la collectivité: Example City" in mail.outbox[0].body
    submission = Submission.objects.get()
    assert submission.confirmation_sent and submission.notification_sent

    call_command("resend_form_mails", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2


def test_without_a_staff_address_the_notification_waits(client, join_pages, settings):
    forms_settings = FormsSettings.load()
    forms_settings.staff_email = ""
    forms_settings.save()
    send(client, "/en/join/", join_answers())
    submission = Submission.objects.get()
    assert submission.confirmation_sent
    assert not submission.notification_sent
    assert len(mail.outbox) == 1

    forms_settings.staff_email = "desk@example.org"
    forms_settings.save()
    call_command("resend_form_mails", stdout=open("/dev/null", "w"))
    assert mail.outbox[-1].to == ["desk@example.org"]
    assert len(mail.outbox) == 2
