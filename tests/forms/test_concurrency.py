"""50 applications sent at the same moment against a live server: all stored, each once.

PostgreSQL only (SQLite serialises writers; production runs PostgreSQL):
DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_forms pytest tests/forms
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.core import mail
from django.db import connection

from forms.models import Submission

from .conftest import join_answers, trap_fields_in

SENDERS = 50

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent writes are tested on PostgreSQL"
)


def test_fifty_simultaneous_submissions_are_all_stored_once(
    transactional_db, live_server, join_pages, settings
):
    settings.FORMS_RATE_LIMIT = None  # they all come from 127.0.0.1
    url = f"{live_server.url}/fr/rejoindre/"
    barrier = threading.Barrier(SENDERS, timeout=60)

    def send(number):
        session = requests.Session()
        form = session.get(url, timeout=60)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
        data = join_answers(
            name_of_the_authority=f"Authority {number}",
            email=f"applicant{number}@example.org",
            csrfmiddlewaretoken=token,
            **trap_fields_in(form.text),
        )
        barrier.wait()
        response = session.post(
            url, data=data, headers={"Referer": url}, timeout=120, allow_redirects=False
        )
        return response.status_code

    with ThreadPoolExecutor(max_workers=SENDERS) as pool:
        statuses = list(pool.map(send, range(SENDERS)))

    assert statuses == [302] * SENDERS  # each to the thank-you page
    names = sorted(Submission.objects.values_list("form_data__name_of_the_authority", flat=True))
    assert names == sorted(f"Authority {number}" for number in range(SENDERS))
    assert set(Submission.objects.values_list("page_id", "language")) == {
        (join_pages["en"].pk, "fr")
    }
    assert len(mail.outbox) == 2 * SENDERS
    assert Submission.objects.filter(confirmation_sent=True, notification_sent=True).count() == (
        SENDERS
    )
