"""Where event pages stand, in every language, and creating one through the admin."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.demo_helpers import synchronize_all_locales
from events.models import EventIndexPage, EventPage
from home.models import HomePage


def test_index_stands_under_home_and_holds_events():
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.allowed_subpage_models() == []
    assert EventIndexPage in HomePage.allowed_subpage_models()


def test_one_event_index_per_home_and_events_only_below_it(event_index, home):
    assert not EventIndexPage.can_create_at(home)
    assert EventPage.can_create_at(event_index)
    assert not EventPage.can_create_at(home)


def test_every_language_copy_obeys_the_same_rules(event_index, make_event, locales):
    make_event("Seminar", datetime.datetime(2030, 1, 15, 8, 30, tzinfo=datetime.UTC))
    synchronize_all_locales()
    codes = [code for code, _name in settings.LANGUAGES]
    copies = EventIndexPage.objects.filter(translation_key=event_index.translation_key)
    assert sorted(copy.locale.language_code for copy in copies) == sorted(codes)
    for copy in copies:
        home = Page.objects.get(pk=copy.get_parent().pk).specific
        assert isinstance(home, HomePage), copy.locale
        assert not EventIndexPage.can_create_at(home), copy.locale
        assert EventPage.can_create_at(copy), copy.locale
        assert [type(child.specific) for child in copy.get_children()] == [EventPage]


def event_form(**overrides):
    data = {
        "title": "Seminar in Strasbourg",
        "slug": "seminar-strasbourg",
        "kind": "seminar",
        "status": "scheduled",
        "start": "2030-01-15 09:30",
        "end": "2030-01-15 17:00",
        "time_zone": "Europe/Paris",
        "recurrence": "",
        "venue": "Palace of Europe",
        "city": "Strasbourg",
        "country": "FR",
        "address": "Avenue de l'Europe, Strasbourg",
        "location": "SRID=4326;POINT(7.7747 48.5945)",
        "online_url": "",
        "languages": "en, fr",
        "introduction": "A seminar.",
        "programme": streamfield([]),
        "report": rich_text(""),
        "slides": streamfield([]),
        "photos": streamfield([]),
        "years": streamfield([]),
        "capacity": "",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-1234567")
    client.force_login(user)
    return client


def test_editor_creates_an_event_typed_in_its_own_time_zone(admin_client, event_index, settings):
    settings.TIME_ZONE = "America/New_York"  # the editor's zone is not the event's
    url = f"/admin/pages/add/events/eventpage/{event_index.pk}/"
    response = admin_client.post(url, event_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(slug="seminar-strasbourg")
    assert page.live
    # 09:30 in Strasbourg in January is 08:30 UTC, whatever the editor's zone.
    assert page.start == datetime.datetime(2030, 1, 15, 8, 30, tzinfo=datetime.UTC)
    assert page.ends_at == datetime.datetime(2030, 1, 15, 16, 0, tzinfo=datetime.UTC)
    assert (page.latitude, page.longitude) == (Decimal("48.594500"), Decimal("7.774700"))
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="2030-01-15 09:30"' in edit
    assert "/static/vendor/leaflet/leaflet.js" in edit
    assert 'data-controller="leaflet-field"' in edit


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time_zone", "Europe/Atlantis"),
        ("end", "2030-01-14 09:00"),
        ("location", "somewhere nice"),
        ("languages", "en, klingon"),
    ],
)
def test_admin_refuses_bad_values_and_stores_nothing(admin_client, event_index, field, value):
    url = f"/admin/pages/add/events/eventpage/{event_index.pk}/"
    response = admin_client.post(url, event_form(**{field: value}))
    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="seminar-strasbourg").exists()
