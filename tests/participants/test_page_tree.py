"""Where participant pages stand, and creating one through the admin with its location."""

from decimal import Decimal

from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage
from participants.models import ParticipantIndexPage, ParticipantPage


def test_index_stands_under_home_and_holds_participants():
    assert ParticipantIndexPage.allowed_parent_page_models() == [HomePage]
    assert ParticipantIndexPage.allowed_subpage_models() == [ParticipantPage]
    assert ParticipantPage.allowed_parent_page_models() == [ParticipantIndexPage]
    assert ParticipantPage.allowed_subpage_models() == []


def test_one_participant_index_per_home(participant_index, home):
    assert not ParticipantIndexPage.can_create_at(home)
    assert ParticipantPage.can_create_at(participant_index)
    assert not ParticipantPage.can_create_at(home)


def test_home_offers_the_index_pages(home):
    assert ParticipantIndexPage in HomePage.allowed_subpage_models()


def participant_form(**overrides):
    data = {
        "title": "Obrnice",
        "slug": "obrnice",
        "kind": "city",
        "country": "CZ",
        "address": "Obrnice, Czech Republic",
        "location": "SRID=4326;POINT(13.696 50.505)",
        "summary": "A municipality in the North-West of the Czech Republic.",
        "description": streamfield([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_creates_a_participant_with_its_location(admin_client, participant_index):
    url = f"/admin/pages/add/participants/participantpage/{participant_index.pk}/"
    response = admin_client.post(url, participant_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ParticipantPage.objects.get(slug="obrnice")
    assert page.live
    assert page.country.code == "CZ"
    assert (page.latitude, page.longitude) == (Decimal("50.505000"), Decimal("13.696000"))


def test_admin_refuses_a_location_that_is_not_a_point(admin_client, participant_index):
    url = f"/admin/pages/add/participants/participantpage/{participant_index.pk}/"
    response = admin_client.post(url, participant_form(location="somewhere nice"))
    assert response.status_code == 200
    assert not ParticipantPage.objects.filter(slug="obrnice").exists()


def test_admin_map_uses_the_sites_own_leaflet(admin_client, participants):
    page = participants["obrnice"]
    content = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "/static/vendor/leaflet/leaflet.js" in content
    assert "/static/vendor/leaflet/leaflet.css" in content
    assert "unpkg.com" not in content
    assert 'data-controller="leaflet-field"' in content
    assert 'data-controller="geocoder-field"' in content


def test_leaflet_is_served_from_static(client, db):
    response = client.get("/static/vendor/leaflet/leaflet.js")
    assert response.status_code == 200
    assert b"Leaflet" in b"".join(response.streaming_content)[:2000]
