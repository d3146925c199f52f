"""A visitor registers for a seminar in French without JavaScript; an editor (not a
superuser: a member of the Editors group) creates an event, its place picked on the map."""

import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from events.models import EventIndexPage, EventPage, Registration
from workflow.roles import EDITORS


@pytest.fixture
def event_site(demo_site, settings):
    cache.clear()  # the rate limit's counts
    settings.HONEYPOT_TIME_INTERVAL = 0
    yield
    cache.clear()


def test_a_visitor_registers_in_french_without_javascript(live_server, event_site, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server.url}/fr/evenements/seminaire-strasbourg/")
    expect(page.locator("h1")).to_have_text("Séminaire de l'Alliance à Strasbourg")
    page.get_by_label("Votre nom").fill("Ana Exemple")
    page.get_by_label("Votre adresse e-mail").fill("ana@example.org")
    page.get_by_label("Organisation").fill("Ville d'Exemple")
    page.get_by_label("J'accepte que l'Alliance").check()
    page.get_by_role("button", name="S'inscrire").click()
    expect(page.locator("[role=status]")).to_contain_text("votre place est réservée")
    expect(page.locator("[role=status]")).to_contain_text("ana@example.org")
    registration = Registration.objects.get()
    assert (registration.language, registration.state) == ("fr", "confirmed")
    assert registration.event.locale.language_code == "en"  # stored against the source
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]
    assert "Séminaire de l'Alliance à Strasbourg" in mail.outbox[0].subject
    context.close()


def test_an_editor_creates_an_event_with_the_map_panel(live_server, event_site, page):
    user = get_user_model().objects.create_user("edith", "edith@example.org", "pw-123456789")
    user.groups.add(Group.objects.get(name=EDITORS))
    assert not user.is_superuser
    index = EventIndexPage.objects.get(locale__language_code="en")
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("edith")
    page.get_by_label("Password").fill("pw-123456789")
    page.get_by_role("button", name=re.compile("Sign in", re.I)).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{index.pk}/")
    page.locator("#id_title").fill("Seminar in Brno")
    page.locator("#id_start").fill("2099-03-10 09:30")
    page.locator("#id_end").fill("2099-03-10 17:00")
    page.locator("#id_city").fill("Brno")
    field_map = page.locator(".leaflet-field.leaflet-container")
    expect(field_map).to_be_visible()
    page.locator("#id_location_latlng").fill("49.195,16.608")
    expect(page.locator("#id_location")).to_have_value("SRID=4326;POINT(16.608 49.195)")
    page.get_by_role("button", name=re.compile("Save draft", re.I)).click()
    expect(page.locator(".messages")).to_contain_text("created")
    event = EventPage.objects.get(title="Seminar in Brno", locale__language_code="en")
    assert (str(event.latitude), str(event.longitude)) == ("49.195000", "16.608000")
    assert event.get_parent().pk == index.pk
    # Every other language follows with a copy (wagtail-localize's synchronisation).
    assert EventPage.objects.filter(translation_key=event.translation_key).count() == len(
        settings.LANGUAGES
    )
