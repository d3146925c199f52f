"""Bots are refused: nothing stored, nothing mailed, and a page that tells a person why."""

import time
import uuid
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core import mail, signing

from forms import spam
from forms.models import Submission

from .conftest import join_answers, send, soup, trap_fields

DAY = 24 * 3600


def assert_refused(response, status):
    assert response.status_code == status
    assert not Submission.objects.exists()
    assert mail.outbox == []
    html = soup(response)
    assert html.find("h1").get_text() == "Your form could not be accepted"
    assert html.find("a", href="/en/join/") is not None
    assert "Traceback" not in response.content.decode()


def token_made(page, seconds_ago, key=None):
    """A time token for ``page``'s form as the site would have made it ``seconds_ago``
    (or, with ``key``, as someone without the site's secret key would make it)."""

    class Signer(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - seconds_ago)

    signer = Signer(key=key or django_settings.SECRET_KEY, salt=spam.TOKEN_SALT)
    return signer.sign(spam.form_key(page))


def moved_back(token, seconds):
    """``token`` with its time (``key:time:signature``) moved ``seconds`` earlier."""
    key, made_at, signature = token.split(":")
    return f"{key}:{signing.b62_encode(signing.b62_decode(made_at) - seconds)}:{signature}"


@pytest.fixture
def wait(settings):
    """The real interval: a person needs more than 3 seconds to fill the form in."""
    settings.HONEYPOT_TIME_INTERVAL = 3
    settings.FORMS_TOKEN_MAX_AGE = 12 * 3600


def test_the_form_carries_a_signed_token_not_a_time(client, join_pages):
    token = trap_fields(client, "/en/join/")["whf_time"]
    assert not token.isdigit()
    assert signing.TimestampSigner(salt=spam.TOKEN_SALT).unsign(token) == spam.form_key(
        join_pages["en"]
    )


def test_a_filled_trap_field_is_refused(client, join_pages):
    response = send(client, "/en/join/", join_answers(whf_name="http://spam.example/"))
    assert_refused(response, 400)
    assert "If you are a person" in response.content.decode()
    assert "within 12 hours of opening it" in response.content.decode()


def test_the_refusal_gives_the_alliance_s_address_to_write_to(client, join_pages):
    """A person refused as a bot can still reach the Alliance: the page names its
    address (the site's settings, read through the request like every page's)."""
    from core.models import AllianceSettings

    alliance = AllianceSettings.load()
    alliance.email = "alliance@coe.int"
    alliance.save()
    response = send(client, "/en/join/", join_answers(whf_name="http://spam.example/"))
    assert_refused(response, 400)
    article = soup(response).find("article")
    assert "You can also write to us:" in article.get_text()
    assert article.find("a", href="mailto:alliance@coe.int") is not None


def test_a_form_sent_too_fast_is_refused(client, join_pages, wait):
    response = send(client, "/en/join/", join_answers())
    assert_refused(response, 400)


def test_a_post_without_the_trap_fields_is_refused(client, join_pages):
    response = send(client, "/en/join/", join_answers(whf_name=None, whf_time=None))
    assert_refused(response, 400)


def test_a_bot_is_refused_even_with_invalid_answers(client, join_pages):
    response = send(client, "/en/join/", join_answers(email="x", whf_name="filled"))
    assert_refused(response, 400)


@pytest.mark.parametrize(
    "forge",
    [
        # What wagtail-honeypot's field held: the time, which a bot sets to a minute ago.
        lambda page, real: str(int(time.time()) - 60),
        # A token made a minute ago, but not with the site's secret key.
        lambda page, real: token_made(page, 60, key="a-key-the-bot-guessed"),
        # The form's own token, its time moved a minute back.
        lambda page, real: moved_back(real, 60),
        # Junk.
        lambda page, real: "x:y:z",
    ],
    ids=["plain-time", "other-key", "tampered", "junk"],
)
def test_a_forged_or_tampered_token_is_refused(client, join_pages, wait, forge):
    real = trap_fields(client, "/en/join/")["whf_time"]
    response = send(client, "/en/join/", join_answers(whf_time=forge(join_pages["en"], real)))
    assert_refused(response, 400)


@pytest.mark.parametrize(
    ("seconds_ago", "accepted"),
    [
        (0, False),  # sent the moment it was shown
        (60, True),
        (12 * 3600 - 60, True),
        (12 * 3600 + 60, False),  # an old token, replayed
        (30 * DAY, False),
    ],
)
def test_a_token_is_accepted_only_between_the_interval_and_its_max_age(
    client, join_pages, wait, seconds_ago, accepted
):
    token = token_made(join_pages["en"], seconds_ago)
    response = send(client, "/en/join/", join_answers(whf_time=token))
    if accepted:
        assert response.status_code == 302
        assert Submission.objects.count() == 1
    else:
        assert_refused(response, 400)


def test_a_token_of_another_form_is_refused(client, join_pages, cooperation_pages, wait):
    token = token_made(cooperation_pages["en"], 60)
    response = send(client, "/en/join/", join_answers(whf_time=token))
    assert_refused(response, 400)


def test_the_token_of_the_english_form_is_good_for_its_translation(client, join_pages, wait):
    token = token_made(join_pages["en"], 60)
    response = send(client, "/fr/rejoindre/", join_answers(whf_time=token))
    assert response.status_code == 302


def test_without_the_honeypot_the_trap_is_not_checked(client, join_pages):
    page = join_pages["en"]
    page.honeypot = False
    page.save_revision().publish()
    assert trap_fields(client, "/en/join/") == {}
    response = send(client, "/en/join/", join_answers(whf_name="filled", whf_time="junk"))
    assert response.status_code == 302
    assert Submission.objects.count() == 1


# The rate limit ------------------------------------------------------------------------


@pytest.mark.parametrize("language_url", ["/en/join/", "/fr/rejoindre/"])
def test_too_many_posts_from_one_address_are_refused(client, join_pages, settings, language_url):
    settings.FORMS_RATE_LIMIT = "3/h"
    for _ in range(3):
        assert send(client, language_url, join_answers()).status_code == 302
    response = send(client, language_url, join_answers())
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert Submission.objects.count() == 3
    assert len(mail.outbox) == 6
    # Another address is not affected.
    other = send(client, language_url, join_answers(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert Submission.objects.count() == 4


def test_forms_sent_back_with_errors_do_not_count(client, join_pages, settings):
    """A person correcting typos is not a bot: only the default limit (10/h) applies."""
    assert settings.FORMS_RATE_LIMIT == "10/h"
    for _ in range(12):
        response = send(client, "/en/join/", join_answers(email="bad"))
        assert response.status_code == 200
        assert "Enter a valid email address." in response.content.decode()
    for _ in range(10):
        assert send(client, "/en/join/", join_answers()).status_code == 302
    response = send(client, "/en/join/", join_answers())
    assert response.status_code == 429
    assert "in an hour" in response.content.decode()
    assert Submission.objects.count() == 10


def test_posts_refused_as_automated_count(client, join_pages, settings):
    settings.FORMS_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert send(client, "/en/join/", join_answers(whf_name="filled")).status_code == 400
    response = send(client, "/en/join/", join_answers())
    assert_refused(response, 429)
    assert "in an hour" in response.content.decode()


# Without the settings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds_ago", "accepted"),
    [(2, False), (3, True), (12 * 3600 - 5, True), (12 * 3600 + 5, False)],
)
def test_without_settings_a_token_is_good_from_3_seconds_to_12_hours(
    settings, seconds_ago, accepted
):
    """wagtail-honeypot's 3 seconds and the site's 12 hours hold when a deployment sets
    neither HONEYPOT_TIME_INTERVAL nor FORMS_TOKEN_MAX_AGE."""
    del settings.HONEYPOT_TIME_INTERVAL
    del settings.FORMS_TOKEN_MAX_AGE
    page = SimpleNamespace(translation_key="0b6f3a44-5e8e-4a47-9d43-3f7c1e3c2a10")
    assert spam.token_accepted(token_made(page, seconds_ago), page) is accepted


@pytest.mark.parametrize(("seconds_ago", "accepted"), [(500, True), (700, False)])
def test_a_shorter_max_age_setting_is_obeyed(settings, seconds_ago, accepted):
    """FORMS_TOKEN_MAX_AGE, not the 12 hours of the default, limits a token's age."""
    settings.HONEYPOT_TIME_INTERVAL = 3
    settings.FORMS_TOKEN_MAX_AGE = 600
    page = SimpleNamespace(translation_key="0b6f3a44-5e8e-4a47-9d43-3f7c1e3c2a10")
    assert spam.token_accepted(token_made(page, seconds_ago), page) is accepted


@pytest.mark.parametrize("left_out", ["whf_name", "whf_time"])
def test_a_post_missing_either_trap_field_is_refused(client, join_pages, left_out):
    response = send(client, "/en/join/", join_answers(**{left_out: None}))
    assert_refused(response, 400)


def test_without_a_rate_limit_setting_posts_are_not_limited(settings, rf):
    del settings.FORMS_RATE_LIMIT
    request = rf.post("/en/join/", REMOTE_ADDR="192.0.2.9")
    assert [spam.rate_limited(request, count=True) for _ in range(20)] == [False] * 20


KEY = "0b6f3a44-5e8e-4a47-9d43-3f7c1e3c2a10"


def test_the_trap_uses_wagtail_honeypots_field_names_by_default(settings):
    for name in ("HONEYPOT_NAME_FIELD", "HONEYPOT_TIME_FIELD"):
        if hasattr(settings, name):
            delattr(settings, name)
    shown = spam.trap(SimpleNamespace(honeypot=True, translation_key=KEY))
    assert (shown["name_field"], shown["time_field"]) == ("whf_name", "whf_time")
    assert signing.TimestampSigner(salt=spam.TOKEN_SALT).unsign(shown["token"]) == KEY


def test_the_trap_field_name_settings_are_obeyed(settings):
    settings.HONEYPOT_NAME_FIELD = "nickname"
    settings.HONEYPOT_TIME_FIELD = "shown_at"
    shown = spam.trap(SimpleNamespace(honeypot=True, translation_key=KEY))
    assert (shown["name_field"], shown["time_field"]) == ("nickname", "shown_at")
    assert set(shown) == {"name_field", "time_field", "token"}


def test_a_form_without_the_honeypot_shows_no_trap():
    assert spam.trap(SimpleNamespace(honeypot=False, translation_key=KEY)) is None


def test_a_token_names_its_form_by_translation_key_in_text():
    page = SimpleNamespace(translation_key=uuid.UUID(KEY))
    assert spam.form_key(page) == KEY
    key, _made_at, _signature = spam.make_token(page).split(":")
    assert key == KEY


@pytest.mark.parametrize(
    ("max_age", "said"),
    [
        (600, "within 1 hour of opening it"),  # less than an hour still says one hour
        (3600, "within 1 hour of opening it"),
        (7200, "within 2 hours of opening it"),
        (12 * 3600, "within 12 hours of opening it"),
    ],
)
def test_the_refusal_says_how_long_a_form_may_stay_open(
    settings, client, join_pages, max_age, said
):
    settings.FORMS_TOKEN_MAX_AGE = max_age
    response = client.post("/en/join/", join_answers())  # no token: refused
    assert_refused(response, 400)
    text = " ".join(soup(response).get_text(" ").split())
    assert said in text
