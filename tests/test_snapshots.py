"""The suite's database copies (tests/snapshots.py) put back exactly what they took."""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from tests.factories import StandardPageFactory
from tests.snapshots import Snapshot


def rows():
    return (
        sorted(Page.objects.values_list("pk", "path", "title", "live")),
        sorted(get_user_model().objects.values_list("pk", "username")),
    )


def test_restore_puts_back_every_row_and_new_rows_get_new_ids(home):
    StandardPageFactory(parent=home, title="Kept")
    kept_user = get_user_model().objects.create_user("kept")
    before = rows()
    snapshot = Snapshot("self_test")

    Page.objects.filter(title="Kept").update(title="Changed")
    StandardPageFactory(parent=home, title="Added")
    added_user = get_user_model().objects.create_user("added")
    assert rows() != before

    snapshot.restore()
    assert rows() == before
    home.refresh_from_db()
    assert home.numchild == 1
    newer = get_user_model().objects.create_user("newer")
    assert newer.pk > max(kept_user.pk, added_user.pk)  # ids are never given twice


def test_the_demo_is_the_same_for_every_test_that_asks_for_it(demo, demo_snapshot):
    """A test that changes the demo changes it for itself only: the next test that asks
    for the demo gets it as load_demo made it (what the ``demo`` fixture does)."""
    about = Page.objects.get(locale__language_code="en", slug="about-us")
    assert about.title == "About us"
    Page.objects.filter(pk=about.pk).update(title="Changed")
    assert Page.objects.get(pk=about.pk).title == "Changed"
    demo_snapshot.restore()  # as the next test's ``demo`` fixture does
    assert Page.objects.get(locale__language_code="en", slug="about-us").title == "About us"
