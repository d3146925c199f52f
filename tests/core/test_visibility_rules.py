"""What core/visibility.py computes, checked directly: which subtrees are private, which
restrictions guard a page, and what ``private_q`` matches. Expected paths and ids are
read from the pages made here, never from the module under test."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from core.visibility import (
    build_guards,
    outermost,
    private_q,
    private_roots,
    restrictions_for,
    subtree_q,
)
from tests.conftest import translate
from tests.factories import StandardPageFactory


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="a-secret"
    )


def test_outermost_keeps_only_the_paths_no_other_path_contains():
    paths = ["000100020003", "00010002", "00010005", "0001000200030004", "00010002"]
    assert outermost(paths) == ("00010002", "00010005")
    assert outermost([]) == ()


def test_subtree_q_matches_each_path_and_what_lies_under_it():
    assert subtree_q([]) == Q()
    assert subtree_q(["0001", "0002"]) == Q(path__startswith="0001") | Q(path__startswith="0002")


def test_with_nothing_private_private_q_matches_no_page(home):
    assert private_roots() == ()
    assert not Page.objects.filter(private_q()).exists()
    assert Page.objects.exclude(private_q()).count() == Page.objects.count()


def test_a_restriction_guards_its_page_and_everything_below_only(home):
    board = StandardPageFactory(parent=home, slug="board")
    minutes = StandardPageFactory(parent=board, slug="minutes")
    public = StandardPageFactory(parent=home, slug="public")
    restriction = restrict(board)
    assert set(Page.objects.filter(private_q())) == {board.page_ptr, minutes.page_ptr}
    assert restrictions_for(minutes.path) == {restriction.pk}
    assert restrictions_for(public.path) == set()
    assert restrictions_for(home.path) == set()


def test_nested_restrictions_both_guard_the_inner_page(home):
    board = StandardPageFactory(parent=home, slug="board")
    minutes = StandardPageFactory(parent=board, slug="minutes")
    outer, inner = restrict(board), restrict(minutes)
    assert restrictions_for(minutes.path) == {outer.pk, inner.pk}
    assert restrictions_for(board.path) == {outer.pk}
    assert private_roots() == (board.path,)  # the inner subtree lies in the outer one
    guards = dict(build_guards()["guards"])
    assert guards == {board.path: (outer.pk,), minutes.path: tuple(sorted([outer.pk, inner.pk]))}


def test_an_english_restriction_guards_the_translations_of_its_pages(home, locales):
    translate(home, locales["fr"], title="Accueil")
    board = StandardPageFactory(parent=home, slug="board")
    minutes = StandardPageFactory(parent=board, slug="minutes")
    french_minutes = translate(minutes, locales["fr"], title="Procès-verbaux")
    french_board = french_minutes.get_parent()
    restriction = restrict(board)
    assert restrictions_for(french_minutes.path) == {restriction.pk}
    assert restrictions_for(french_board.path) == {restriction.pk}
    assert french_minutes.pk in set(Page.objects.filter(private_q()).values_list("pk", flat=True))
    assert restrictions_for(Page.objects.get(pk=french_board.get_parent().pk).path) == set()


def test_a_french_restriction_hides_the_french_copy_only(home, locales):
    translate(home, locales["fr"], title="Accueil")
    board = StandardPageFactory(parent=home, slug="board")
    french_board = translate(board, locales["fr"], title="Conseil")
    restriction = restrict(french_board)
    assert restrictions_for(french_board.path) == {restriction.pk}
    assert restrictions_for(board.path) == set()
    assert set(Page.objects.filter(private_q())) == {Page.objects.get(pk=french_board.pk)}


def test_an_alias_of_a_guarded_page_is_guarded_by_the_same_restriction(home):
    board = StandardPageFactory(parent=home, slug="board")
    elsewhere = StandardPageFactory(parent=home, slug="elsewhere")
    alias = board.create_alias(parent=elsewhere, update_slug="board-alias")
    restriction = restrict(board)
    assert restrictions_for(alias.path) == {restriction.pk}
    assert restrictions_for(elsewhere.path) == set()


def test_a_copy_with_its_own_restriction_keeps_it_beside_the_sources(home, locales):
    translate(home, locales["fr"], title="Accueil")
    board = StandardPageFactory(parent=home, slug="board")
    french_board = translate(board, locales["fr"], title="Conseil")
    english, french = restrict(board), restrict(french_board)
    assert restrictions_for(french_board.path) == {english.pk, french.pk}
    assert restrictions_for(board.path) == {english.pk}
