"""The hosts picker of the event editor offers the participants of the page's language."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.conftest import translate
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw-1234567")
    client.force_login(user)
    return client


def host_options(html):
    select = BeautifulSoup(html, "html.parser").find("select", attrs={"name": "hosts"})
    return sorted(option.get_text(strip=True) for option in select.find_all("option"))


@pytest.fixture
def participants(home, locales):
    index = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(parent=index, title="Obrnice", slug="obrnice")
    ParticipantPageFactory(parent=index, title="Strasbourg", slug="strasbourg")
    french = translate(obrnice, locales["fr"], title="Obrnice (fr)")
    return {"en": obrnice, "fr": french}


def test_new_english_event_offers_english_participants_only(
    admin_client, event_index, participants
):
    html = admin_client.get(f"/admin/pages/add/events/eventpage/{event_index.pk}/").content

    assert host_options(html.decode()) == ["Obrnice", "Strasbourg"]


def test_french_event_offers_french_participants_and_its_copied_hosts(
    admin_client, event_index, participants, make_event, locales
):
    event = make_event("Seminar", start=timezone.now())
    event.hosts.set([participants["en"]])
    event.save_revision().publish()
    french = translate(event, locales["fr"], title="Séminaire")

    html = admin_client.get(f"/admin/pages/{french.pk}/edit/").content.decode()

    # Its own language's participant, and the English host copied from the source.
    assert host_options(html) == ["Obrnice", "Obrnice (fr)"]
