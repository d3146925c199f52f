"""After a submission the browser is redirected to the thank-you page (Post/Redirect/Get):
reloading it sends nothing again, and it shows the sender's details to the sender only."""

import time
from unittest import mock

import pytest
from django.http import HttpResponse
from django.test import Client, override_settings

from forms.models import Submission
from forms.models.pages import THANKS_COOKIE

from .conftest import join_answers, send, soup


def status_text(response):
    return soup(response).find(attrs={"role": "status"}).get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("url", "thanks", "texts"),
    [
        (
            "/en/join/",
            "Thank you: your form has been sent.",
            ["Thank you for your interest in the Alliance", "We have sent a confirmation to"],
        ),
        (
            "/fr/rejoindre/",
            "Merci : votre formulaire a bien été envoyé.",
            ["Merci de l'intérêt que vous portez", "Nous avons envoyé une confirmation à"],
        ),
    ],
)
def test_a_submission_redirects_to_a_thank_you_page_that_survives_a_reload(
    client, join_pages, url, thanks, texts
):
    response = send(client, url, join_answers())
    assert response.status_code == 302
    assert response["Location"] == f"{url}thanks/"
    assert Submission.objects.count() == 1

    for _reload in range(2):
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert thanks in status_text(page)
        assert "alex@example.org" in status_text(page)
        content = page.content.decode()
        for text in texts:
            assert text in content
        assert 'name="robots" content="noindex"' in content
        directives = {part.strip() for part in page["Cache-Control"].split(",")}
        assert {"no-store", "private"} <= directives, directives  # "private", not "private=..."
    assert Submission.objects.count() == 1


def test_the_thank_you_page_without_a_submission_thanks_without_details(client, join_pages):
    page = client.get("/fr/rejoindre/thanks/")
    assert page.status_code == 200
    assert status_text(page) == "Merci : votre formulaire a bien été envoyé."


def test_nobody_else_sees_the_senders_details(client, join_pages, cooperation_pages):
    response = send(client, "/en/join/", join_answers())
    assert "alex@example.org" in status_text(client.get(response["Location"]))
    signed = client.cookies[THANKS_COOKIE]
    assert signed["path"] == "/en/join/thanks/"
    assert signed["httponly"] and signed["samesite"] == "Lax"
    assert signed["max-age"] == 15 * 60  # the browser forgets it after a quarter of an hour

    other = Client()
    assert "alex@example.org" not in other.get("/en/join/thanks/").content.decode()
    # A cookie naming the submission without the site's signature is ignored.
    other.cookies[THANKS_COOKIE] = str(Submission.objects.get().pk)
    assert "alex@example.org" not in other.get("/en/join/thanks/").content.decode()
    # The join form's signed cookie shows nothing on another form's thank-you page.
    other.cookies[THANKS_COOKIE] = signed.value
    assert "alex@example.org" in other.get("/en/join/thanks/").content.decode()
    assert "alex@example.org" not in other.get("/en/cooperate/thanks/").content.decode()


@override_settings(PAGE_CACHE_SECONDS=600)
def test_the_page_cache_keeps_no_thank_you_page(client, join_pages):
    from django.core.cache import cache

    cache.clear()
    response = send(client, "/en/join/", join_answers())
    first = client.get(response["Location"])
    assert "alex@example.org" in status_text(first)
    assert "X-Page-Cache" not in first

    other = Client().get("/en/join/thanks/")
    assert other.status_code == 200
    assert "X-Page-Cache" not in other
    assert "alex@example.org" not in other.content.decode()
    # An ordinary page is cached, so the page cache was on.
    assert Client().get("/en/").get("X-Page-Cache") == "miss"
    assert Client().get("/en/").get("X-Page-Cache") == "hit"


def test_the_thank_you_page_is_not_sent_to(client, join_pages):
    response = client.post("/en/join/thanks/", join_answers())
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert not Submission.objects.exists()
    assert client.head("/en/join/thanks/").status_code == 200


def test_the_thank_you_page_is_the_sites_page_in_its_language(client, join_pages):
    response = send(client, "/fr/rejoindre/", join_answers())
    page = soup(client.get(response["Location"]))
    assert page.select_one(".site-header__brand")["href"] == "/fr/"
    assert {a["hreflang"] for a in page.select(".language-switcher a")} == {"en", "fr"}
    assert page.select_one('link[rel="canonical"]')["href"] == "http://testserver/fr/rejoindre/"


def signed_at(value, seconds_ago):
    """The thanks cookie's value for ``value`` as the site signed it ``seconds_ago``."""
    response = HttpResponse()
    with mock.patch("time.time", return_value=time.time() - seconds_ago):
        response.set_signed_cookie(THANKS_COOKIE, value, salt=THANKS_COOKIE)
    return response.cookies[THANKS_COOKIE].value


def test_a_thanks_cookie_older_than_a_quarter_of_an_hour_shows_no_details(client, join_pages):
    send(client, "/en/join/", join_answers())
    pk = str(Submission.objects.get().pk)
    other = Client()
    # Signed 16 minutes ago (a shared computer, the next person): no details.
    other.cookies[THANKS_COOKIE] = signed_at(pk, 16 * 60)
    assert "alex@example.org" not in status_text(other.get("/en/join/thanks/"))
    # Signed 14 minutes ago: the sender still sees them.
    other.cookies[THANKS_COOKIE] = signed_at(pk, 14 * 60)
    assert "alex@example.org" in status_text(other.get("/en/join/thanks/"))
