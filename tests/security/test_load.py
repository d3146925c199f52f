"""Load: 200 join applications from 20 concurrent clients while others read pages.

Against Django's live server (one thread per request, one database connection each) on
PostgreSQL, as in production; skipped on SQLite, which serialises writers:
DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance pytest -s tests/security/test_load.py

Every application carries its own marker; all 200 must be stored exactly once, and no
response, written or read, may be an error. The time taken is printed (run with -s).
"""

import collections
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin

import pytest
import requests
from django.core import mail
from django.db import connection

from forms import demo as forms_demo
from forms.models import FormsSettings, Submission
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
)
from tests.forms.conftest import join_answers, trap_fields_in

CLIENTS = 20
SUBMISSIONS = 200
READERS = 4
TIMEOUT = 120

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the load test runs on PostgreSQL"
)

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def site(transactional_db, home, settings):
    # Every client comes from 127.0.0.1: raise the per-address limit well above the test's
    # 200 posts (the limiter still counts each one). The honeypot's token is checked, but
    # the form may be sent the moment it is shown: the test measures load, not patience.
    settings.FORMS_RATE_LIMIT = "100000/h"
    settings.HONEYPOT_TIME_INTERVAL = 0
    forms_settings = FormsSettings.load()
    forms_settings.staff_email = "staff@example.org"  # both mails of each submission are sent
    forms_settings.save()
    join = forms_demo.ensure_form_page(home, forms_demo.JOIN)
    practices = PracticeIndexPageFactory(parent=home)
    for _number in range(10):
        PracticePageFactory(parent=practices)
    news = NewsIndexPageFactory(parent=home)
    for _number in range(10):
        NewsPageFactory(parent=news)
    return {"join": join.url, "read": ["/en/", practices.url, news.url]}


def test_two_hundred_submissions_from_twenty_clients_while_pages_are_read(live_server, site):
    form_url = f"{live_server.url}{site['join']}"
    per_client = SUBMISSIONS // CLIENTS
    statuses = collections.Counter()
    lock = threading.Lock()
    writing = threading.Event()
    writing.set()

    def record(status):
        with lock:
            statuses[status] += 1

    def client(number):
        """A visitor's browser: for each application, the form (cookie, CSRF token, the
        trap's signed token), the post, then the thank-you page it is redirected to."""
        session = requests.Session()
        results = []
        for index in range(per_client):
            form = session.get(form_url, timeout=TIMEOUT)
            record(form.status_code)
            marker = f"load-{number:02d}-{index:02d}"
            data = join_answers(
                name_of_the_authority=f"Authority {marker}",
                email=f"{marker}@example.org",
                csrfmiddlewaretoken=TOKEN.search(form.text).group(1),
                **trap_fields_in(form.text),
            )
            response = session.post(
                form_url,
                data=data,
                headers={"Referer": form_url},
                timeout=TIMEOUT,
                allow_redirects=False,
            )
            record(response.status_code)
            results.append((marker, response.status_code))
            thanks = session.get(urljoin(form_url, response.headers["Location"]))
            record(thanks.status_code)
            assert f"{marker}@example.org" in thanks.text
        return results

    def reader(number):
        session = requests.Session()
        reads = 0
        while writing.is_set():
            url = site["read"][(number + reads) % len(site["read"])]
            record(session.get(f"{live_server.url}{url}", timeout=TIMEOUT).status_code)
            reads += 1
        return reads

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CLIENTS + READERS) as pool:
        readers = [pool.submit(reader, number) for number in range(READERS)]
        writers = [pool.submit(client, number) for number in range(CLIENTS)]
        posted = [result for writer in writers for result in writer.result()]
        writing.clear()
        reads = sum(future.result() for future in readers)
    elapsed = time.monotonic() - started

    print(
        f"\nload: {SUBMISSIONS} submissions from {CLIENTS} clients and {reads} page reads "
        f"in {elapsed:.1f} s; statuses {dict(statuses)}"
    )
    assert len(posted) == SUBMISSIONS
    assert {status for _marker, status in posted} == {302}
    assert all(status < 500 for status in statuses), statuses
    assert set(statuses) == {200, 302}
    assert reads > 0
    stored = collections.Counter(
        Submission.objects.values_list("form_data__name_of_the_authority", flat=True)
    )
    expected = {f"Authority {marker}": 1 for marker, _status in posted}
    assert stored == expected
    assert len(mail.outbox) == 2 * SUBMISSIONS  # a confirmation and a notification each
