"""Twenty people register at the same moment for five seats: five get one, fifteen wait,
none is lost. PostgreSQL only (SQLite serialises writers; production runs PostgreSQL):
DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_events pytest tests/events"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.db import connection

from events.models import EventIndexPage, EventPage, Registration

from .conftest import answers, paris, trap_fields_in

PEOPLE = 20
SEATS = 5

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writes are tested on PostgreSQL"
)


def test_twenty_at_once_for_five_seats(transactional_db, live_server, home, settings):
    settings.FORMS_RATE_LIMIT = None  # they all come from 127.0.0.1
    index = EventIndexPage(title="Events", slug="events")
    home.add_child(instance=index)
    index.save_revision().publish()
    event = EventPage(
        title="Seminar",
        slug="seminar",
        start=paris(2099, 1, 15, 9, 30),
        registration=True,
        capacity=SEATS,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    url = f"{live_server.url}/en/events/seminar/"
    barrier = threading.Barrier(PEOPLE, timeout=60)

    def send(number):
        session = requests.Session()
        form = session.get(url, timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        data = answers(email=f"p{number}@example.org", csrfmiddlewaretoken=token)
        data.update(trap_fields_in(form.text))
        barrier.wait()
        response = session.post(f"{url}register/", data=data, headers={"Referer": url}, timeout=120)
        return response.status_code

    with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
        statuses = list(pool.map(send, range(PEOPLE)))

    assert statuses == [200] * PEOPLE
    rows = Registration.objects.filter(event=event)
    assert sorted(rows.values_list("email", flat=True)) == sorted(
        f"p{number}@example.org" for number in range(PEOPLE)
    )
    assert rows.filter(state="confirmed").count() == SEATS
    assert rows.filter(state="waiting").count() == PEOPLE - SEATS
