"""Shared fixtures: locales, the root page, the site and its home page, the demo site."""

import io
import os

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from core.models import AllianceSettings
from tests.factories import HomePageFactory, LocaleFactory
from tests.snapshots import Snapshot, forget_cached_rows

# Playwright's sync API runs an event loop in the test thread; Django must allow the
# ORM to be used from it (tests/browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: the page chrome (core/chrome.py) and the page
    cache are keyed by a generation that a rolled-back test database does not reset."""
    from django.core.cache import caches

    from core import generation

    for alias in settings.CACHES:
        caches[alias].clear()
    generation.recent.clear()
    generation.recent_routes.clear()
    yield


@pytest.fixture
def locales(db):
    """Every language of the site as a Wagtail locale, by code."""
    for code, _name in settings.LANGUAGES:
        LocaleFactory(language_code=code)
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def root_page(locales):
    """The tree's root. A transactional test flushes the one migrations made: remake it."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    return root


@pytest.fixture
def home(root_page, locales):
    """The English home page, root of the default site."""
    for page in root_page.get_children():
        page.delete()
    home = HomePageFactory(parent=root_page, locale=locales["en"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    # As load_demo does: otherwise the first page shown creates them, a change that makes
    # the next request rebuild the page chrome (core/chrome.py).
    AllianceSettings.load()
    return home


def translate(page, locale, **fields):
    """A real (not alias) translation of ``page`` in ``locale``, published."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def make_user(db):
    """A staff user in the groups named (made by ``setup_translators``), never a superuser."""

    def make(username, *group_names):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
        user.is_staff = True
        user.save()
        for name in group_names:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


@pytest.fixture
def translate_page():
    return translate


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrations leave it, and a copy of it (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        return Snapshot("migrated")


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """What ``load_demo`` builds in a freshly migrated database, as production runs it
    (committed), built once per session and copied aside (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        current = Snapshot("current")
        django_db_setup.restore()
        call_command("load_demo", stdout=io.StringIO())
        demo = Snapshot("demo")
        current.restore()
    return demo


@pytest.fixture
def demo(db, demo_snapshot):
    """The demo site (``load_demo``), in the test's transaction.

    It replaces every row: ask for it before fixtures that add rows (``admin_client``...).
    """
    demo_snapshot.restore()
    yield
    forget_cached_rows()  # the rollback brings back the ids of before
