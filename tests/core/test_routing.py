"""Routing in two queries at any depth, one once the address is known (core/routing.py),
with Wagtail's own answers."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from core import routing
from core.models import BasePage
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    StandardPageFactory,
)


@pytest.fixture
def tree(home):
    about = StandardPageFactory(parent=home, title="About", slug="about")
    team = StandardPageFactory(parent=about, title="Team", slug="team")
    board = StandardPageFactory(parent=team, title="Board", slug="board")
    practices = PracticeIndexPageFactory(parent=home)
    practice = PracticePageFactory(parent=practices, title="Mediators", slug="mediators")
    news = NewsIndexPageFactory(parent=home)
    item = NewsPageFactory(parent=news, title="Congress", slug="congress")
    return {
        "about": about,
        "team": team,
        "board": board,
        "practices": practices,
        "practice": practice,
        "news": news,
        "item": item,
    }


@pytest.mark.parametrize(
    "address",
    [
        "about/",
        "about/team/",
        "about/team/board/",
        "practices/",
        "practices/mediators/",
        "practices/geojson/",
        "news/",
        "news/congress/",
    ],
)
def test_every_address_routes_as_in_wagtail(home, tree, address, monkeypatch):
    request = RequestFactory().get("/en/" + address)
    components = address.strip("/").split("/")
    ours = home.route(request, components)
    monkeypatch.setattr(BasePage, "route", Page.route)  # Wagtail's own, level by level
    theirs = home.route(request, components)
    assert ours.page.pk == theirs.page.pk
    assert type(ours.page) is type(theirs.page)
    assert len(ours.args) == len(theirs.args)
    if ours.args:  # a sub-route: the same view
        assert ours.args[0].__name__ == theirs.args[0].__name__
        assert ours.args[1:] == theirs.args[1:]


def test_two_queries_at_any_depth(home, tree):
    request = RequestFactory().get("/")
    counts = []
    for components in (["about"], ["about", "team"], ["about", "team", "board"]):
        with CaptureQueriesContext(connection) as captured:
            result = routing.route(home, request, components)
        assert result.page.slug == components[-1]
        counts.append(len(captured))
    assert counts == [2, 2, 2]


def test_a_known_address_costs_one_query(home, tree):
    """Where an address leads is kept per content generation: only the page is read."""
    request = RequestFactory().get("/")
    routing.route(home, request, ["practices", "geojson"])
    for components in (["about", "team", "board"], ["practices", "geojson"]):
        routing.route(home, RequestFactory().get("/"), components)
        with CaptureQueriesContext(connection) as captured:
            result = routing.route(home, RequestFactory().get("/"), components)
        assert len(captured) == 1
    assert result.page.pk == tree["practices"].pk
    assert result.args[0].__name__ == "geojson"


def test_a_changed_slug_or_a_move_shows_on_the_next_request(client, home, tree):
    assert client.get("/en/about/team/board/").status_code == 200
    board = tree["board"]
    board.slug = "council"
    board.save_revision().publish()
    assert client.get("/en/about/team/board/").status_code == 404
    assert client.get("/en/about/team/council/").status_code == 200
    Page.objects.get(pk=board.pk).move(tree["about"], pos="last-child")
    old = client.get("/en/about/team/council/")  # Wagtail's redirects follow a move
    assert (old.status_code, old.get("Location")) == (301, "/en/about/council/")
    assert client.get("/en/about/council/").status_code == 200
    Page.objects.get(pk=board.pk).unpublish()
    assert client.get("/en/about/council/").status_code == 404


def test_pages_are_served_and_404s_stay_404s(client, home, tree):
    assert client.get("/en/about/team/board/").status_code == 200
    assert client.get("/en/practices/mediators/").status_code == 200
    assert client.get("/en/practices/geojson/").status_code == 200
    assert client.get("/en/news/feed/rss/").status_code == 200
    assert client.get("/en/about/nobody/").status_code == 404
    assert client.get("/en/nowhere/team/").status_code == 404
    assert client.get("/en/practices/mediators/extra/").status_code == 404
    tree["board"].unpublish()
    assert client.get("/en/about/team/board/").status_code == 404


def test_a_live_page_under_a_draft_is_served_as_in_wagtail(client, home, tree):
    tree["team"].unpublish()
    assert client.get("/en/about/team/").status_code == 404
    assert client.get("/en/about/team/board/").status_code == 200


def test_a_page_routes_the_addresses_below_it_in_two_queries(home, tree):
    """Through the page's own ``route`` (ChainRoutingMixin), as Wagtail calls it: below a
    page that routes sub-addresses (the practices' index), too."""
    for components, slug in (
        (["about", "team", "board"], "board"),
        (["practices", "mediators"], "mediators"),
    ):
        with CaptureQueriesContext(connection) as captured:
            result = home.route(RequestFactory().get("/"), components)
        assert result.page.slug == slug
        assert len(captured) == 2
    with CaptureQueriesContext(connection) as captured:
        result = home.route(RequestFactory().get("/"), [])
    assert result.page.pk == home.pk
    assert len(captured) == 0


def test_where_addresses_lead_is_kept_apart_from_the_page_chrome(home, tree):
    """A crawler walking every address must not push the menu and the footer out of the
    process's store: routes go to their own (generation.recent_routes)."""
    from core import generation

    routing.route(home, RequestFactory().get("/"), ["about", "team"])
    assert [key for key in generation.recent_routes.values if ":route:" in key] != []
    assert [key for key in generation.recent.values if ":route:" in key] == []


def test_a_page_whose_stored_address_is_stale_is_left_to_wagtail(home, tree):
    """A page under "about" whose url_path claims to be under "news" (an inconsistent
    tree): not served at the address it claims; Wagtail answers, with a 404."""
    stray = StandardPageFactory(parent=tree["about"], title="Stray", slug="stray")
    Page.objects.filter(pk=stray.pk).update(url_path=tree["news"].url_path + "stray/")
    assert routing.route(home, RequestFactory().get("/"), ["news", "stray"]) is None
    with pytest.raises(Http404):
        home.route(RequestFactory().get("/"), ["news", "stray"])
