"""The schema.org Event of an event page, read back from its JSON-LD."""

import json
import re

from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory

from .conftest import paris


def json_ld(client, url):
    html = client.get(url).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_an_event_in_a_place_and_online_hosted_by_a_participant(client, home, make_event):
    people = ParticipantIndexPageFactory(parent=home)
    obrnice = ParticipantPageFactory(parent=people, title="Obrnice", slug="obrnice")
    event = make_event(
        "Seminar",
        paris(2030, 7, 15, 9, 30),
        paris(2030, 7, 15, 17, 0),
        venue="Town hall",
        city="Obrnice",
        country="CZ",
        online_url="https://meet.example.org/seminar",
        status="postponed",
    )
    event.hosts.set([obrnice])
    event.save_revision().publish()
    data = json_ld(client, "/en/events/seminar/")
    assert data["@type"] == "Event"
    assert data["startDate"] == "2030-07-15T09:30:00+02:00"  # the event's own zone
    assert data["endDate"] == "2030-07-15T17:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [place["@type"] for place in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][0]["address"]["addressCountry"] == "CZ"
    assert data["organizer"] == [
        {
            "@type": "GovernmentOrganization",
            "name": "Obrnice",
            "url": "http://testserver/en/participants/obrnice/",
        }
    ]


def test_a_whole_day_online_has_dates_only(client, make_event):
    make_event(
        "Webinar",
        paris(2030, 4, 8),
        all_day=True,
        kind="webinar",
        online_url="https://meet.example.org/w",
    )
    data = json_ld(client, "/en/events/webinar/")
    assert data["startDate"] == "2030-04-08"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/w"}
