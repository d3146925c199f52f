"""Bots are refused: nothing stored, nothing mailed, and a page that tells a person why."""

import pytest
from django.core import mail

from forms.models import Submission

from .conftest import honeypot_fields, join_answers, soup


def assert_refused(response, status):
    assert response.status_code == status
    assert not Submission.objects.exists()
    assert mail.outbox == []
    html = soup(response)
    assert html.find("h1").get_text() == "Your form could not be accepted"
    assert html.find("a", href="/en/join/") is not None
    assert "Traceback" not in response.content.decode()


def test_a_filled_trap_field_is_refused(client, join_pages):
    response = client.post("/en/join/", join_answers(whf_name="http://spam.example/"))
    assert_refused(response, 400)
    assert "If you are a person" in response.content.decode()


def test_a_form_sent_too_fast_is_refused(client, join_pages):
    response = client.post("/en/join/", join_answers(**honeypot_fields(seconds_ago=0)))
    assert_refused(response, 400)


def test_a_post_without_the_trap_fields_is_refused(client, join_pages):
    response = client.post("/en/join/", join_answers(whf_name=None, whf_time=None))
    assert_refused(response, 400)


def test_a_bot_is_refused_even_with_invalid_answers(client, join_pages):
    response = client.post("/en/join/", join_answers(email="x", whf_name="filled"))
    assert_refused(response, 400)


def test_without_the_honeypot_the_trap_is_not_checked(client, join_pages):
    page = join_pages["en"]
    page.honeypot = False
    page.save_revision().publish()
    response = client.post("/en/join/", join_answers(whf_name=None, whf_time=None))
    assert response.status_code == 200
    assert Submission.objects.count() == 1


@pytest.mark.parametrize("language_url", ["/en/join/", "/fr/rejoindre/"])
def test_too_many_posts_from_one_address_are_refused(client, join_pages, settings, language_url):
    settings.FORMS_RATE_LIMIT = "3/h"
    for _ in range(3):
        assert client.post(language_url, join_answers()).status_code == 200
    response = client.post(language_url, join_answers())
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert Submission.objects.count() == 3
    assert len(mail.outbox) == 6
    # Another address is not affected.
    other = client.post(language_url, join_answers(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    assert Submission.objects.count() == 4


def test_the_rate_limit_counts_invalid_posts_too(client, join_pages, settings):
    settings.FORMS_RATE_LIMIT = "2/h"
    client.post("/en/join/", join_answers(email="bad"))
    client.post("/en/join/", join_answers(email="bad"))
    response = client.post("/en/join/", join_answers())
    assert_refused(response, 429)
    assert "in an hour" in response.content.decode()
