"""Registrations: seats up to the capacity, then the waiting list; the confirmation mail
and its calendar; cancelling frees the seat for the first person waiting; who sees them."""

import email
import email.policy

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.signing import Signer
from icalendar import Calendar

from events.choices import RegistrationState
from events.models import Registration
from events.registration import cancel_token
from tests.conftest import translate

from .conftest import paris, register

CONFIRMED, WAITING, CANCELLED = "confirmed", "waiting", "cancelled"


@pytest.fixture
def seminar(make_event):
    return make_event(
        "Seminar in Strasbourg",
        paris(2099, 1, 15, 9, 30),
        paris(2099, 1, 15, 17, 0),
        registration=True,
        capacity=2,
        slug="seminar",
    )


def states(event):
    return list(Registration.objects.filter(event=event).values_list("email", "state"))


def test_seats_up_to_the_capacity_then_the_waiting_list(client, seminar):
    for number in range(4):
        response = register(client, seminar, email=f"p{number}@example.org")
        assert response.status_code == 200
    assert states(seminar) == [
        ("p0@example.org", CONFIRMED),
        ("p1@example.org", CONFIRMED),
        ("p2@example.org", WAITING),
        ("p3@example.org", WAITING),
    ]
    assert "waiting list" in response.content.decode()
    assert [message.to for message in mail.outbox] == [[f"p{n}@example.org"] for n in range(4)]


def test_the_same_address_twice_is_stored_once(client, seminar):
    register(client, seminar)
    response = register(client, seminar, email="ANA@example.org")
    assert "already" in response.content.decode()
    assert len(states(seminar)) == 1 and len(mail.outbox) == 1


def test_a_form_with_errors_or_a_tripped_trap_stores_nothing(client, seminar):
    response = register(client, seminar, email="not an address", consent="")
    assert response.status_code == 200
    assert "The form could not be sent" in response.content.decode()
    response = client.post(f"{seminar.url}register/", {"name": "Bot", "email": "b@example.org"})
    assert response.status_code == 400
    assert states(seminar) == [] and mail.outbox == []


def test_french_registration_gets_a_french_mail_with_a_calendar_that_parses(
    client, seminar, event_index, locales
):
    translate(event_index, locales["fr"], title="Événements", slug="evenements")
    french = translate(seminar, locales["fr"], title="Séminaire à Strasbourg")
    register(client, french)
    registration = Registration.objects.get()
    assert registration.event_id == seminar.pk and registration.language == "fr"
    message = email.message_from_bytes(
        mail.outbox[0].message().as_bytes(), policy=email.policy.default
    )
    assert "Séminaire à Strasbourg" in message["Subject"]
    attachments = list(message.iter_attachments())
    assert [part.get_content_type() for part in attachments] == ["text/calendar"]
    assert attachments[0].get_filename() == "event.ics"
    calendar = Calendar.from_ical(attachments[0].get_content())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Séminaire à Strasbourg"
    assert event["DTSTART"].to_ical() == b"20990115T083000Z"
    body = message.get_body(("plain",)).get_content()
    assert f"/fr/evenements/seminar/cancel/{cancel_token(registration)}/" in body


def test_cancelling_frees_the_seat_for_the_first_person_waiting(client, seminar):
    for number in range(4):
        register(client, seminar, email=f"p{number}@example.org")
    first = Registration.objects.get(email="p0@example.org")
    url = f"{seminar.url}cancel/{cancel_token(first)}/"
    assert client.get(url).status_code == 200  # asks first: a link opened changes nothing
    assert states(seminar)[0] == ("p0@example.org", CONFIRMED)
    mail.outbox.clear()
    response = client.post(url)
    assert "Your registration is cancelled." in response.content.decode()
    assert states(seminar) == [
        ("p0@example.org", CANCELLED),
        ("p1@example.org", CONFIRMED),
        ("p2@example.org", CONFIRMED),
        ("p3@example.org", WAITING),
    ]
    assert [message.to for message in mail.outbox] == [["p2@example.org"]]
    client.post(url)  # twice: nothing more
    assert len(mail.outbox) == 1
    assert Registration.objects.filter(state=RegistrationState.CONFIRMED).count() == 2


@pytest.mark.parametrize("forge", ["altered", "made-up", "other-salt"])
def test_a_bad_cancellation_token_changes_nothing_and_says_so(client, seminar, forge):
    register(client, seminar)
    registration = Registration.objects.get()
    token = cancel_token(registration)
    bad = {
        "altered": token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "made-up": f"{registration.pk}-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
        "other-salt": f"{registration.pk}-{Signer().signature(str(registration.pk))}",
    }[forge]
    response = client.post(f"{seminar.url}cancel/{bad}/")
    assert response.status_code == 400
    assert "not valid. Nothing has been changed." in response.content.decode()
    assert states(seminar) == [("ana@example.org", CONFIRMED)]


@pytest.fixture
def users(db, make_user):
    from django.contrib.auth import get_user_model

    managers = Group.objects.create(name="Test form managers")
    managers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_submission", content_type__app_label="forms"),
    )
    editors = Group.objects.create(name="Test editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    model = get_user_model()
    manager = model.objects.create_user("manager", "m@example.org", "pw")
    manager.groups.add(managers)
    editor = model.objects.create_user("editor", "e@example.org", "pw")
    editor.groups.add(editors)
    return {"manager": manager, "editor": editor}


def test_only_form_managers_see_and_export_registrations(client, seminar, users):
    register(client, seminar, name='=HYPERLINK("http://x")', needs="Wheelchair\x07 access")
    url = f"/admin/events/registrations/{seminar.pk}/"
    client.force_login(users["editor"])
    for address in (url, f"{url}?export=csv", "/admin/events/registrations/"):
        refused = client.get(address)  # Wagtail sends a refused user back to the dashboard
        assert (refused.status_code, refused["Location"]) == (302, "/admin/"), address
    assert "/admin/events/registrations/" not in client.get("/admin/").content.decode()
    client.force_login(users["manager"])
    assert "/admin/events/registrations/" in client.get("/admin/").content.decode()
    assert "Seminar in Strasbourg" in client.get("/admin/events/registrations/").content.decode()
    csv = client.get(f"{url}?export=csv").content.decode()
    lines = csv.splitlines()
    assert len(lines) == 2
    assert "'=HYPERLINK" in lines[1]  # a formula is text in a spreadsheet
    assert "Wheelchair access" in lines[1]  # the control character removed
