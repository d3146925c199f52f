"""Private sections (view restrictions) read once per generation (core/visibility.py):
what they hide stays hidden, and a new restriction applies on the next request."""

from wagtail.models import PageViewRestriction

from core.visibility import private_q
from home.models import StandardPage
from tests.factories import StandardPageFactory


def test_a_new_restriction_applies_at_once_everywhere(client, home):
    board = StandardPageFactory(parent=home, title="Board room", slug="board", show_in_menus=True)
    minutes = StandardPageFactory(parent=board, title="Minutes", slug="minutes")
    assert "Board room" in client.get("/en/").content.decode()
    assert "Minutes" in client.get("/en/board/minutes/").content.decode()
    assert "/en/board/minutes/" in client.get("/sitemap-en.xml").content.decode()

    PageViewRestriction.objects.create(
        page=board, restriction_type=PageViewRestriction.PASSWORD, password="a-secret"
    )
    assert "Board room" not in client.get("/en/").content.decode()  # out of the menu
    private = client.get("/en/board/minutes/")
    assert "Minutes" not in private.content.decode()  # asks for the password instead
    assert 'name="password"' in private.content.decode()
    assert "/en/board/" not in client.get("/sitemap-en.xml").content.decode()
    assert set(StandardPage.objects.exclude(private_q())) == set(StandardPage.objects.public())
    assert minutes not in StandardPage.objects.exclude(private_q())


def test_lifting_a_restriction_shows_the_section_again(client, home):
    board = StandardPageFactory(parent=home, title="Board room", slug="board", show_in_menus=True)
    restriction = PageViewRestriction.objects.create(page=board, restriction_type="login")
    assert "Board room" not in client.get("/en/").content.decode()
    assert client.get("/en/board/").status_code == 302  # to the login page
    restriction.delete()
    assert "Board room" in client.get("/en/").content.decode()
    assert client.get("/en/board/").status_code == 200
