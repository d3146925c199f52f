"""The form pages render and store in a fixed number of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forms.models import JoinFormField

from .conftest import join_answers

# Measured: GET 16 (en) / 21 (fr: the English page and its fields are looked up too),
# POST 27 / 35 (storing, two mails, their two flags).
MAX_QUERIES = {"GET": 22, "POST": 40}


def count_queries(client, method, url, data=None):
    client.get(url)  # warm what every request shares (site, locales)
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method.lower())(url, data)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/en/join/", "/fr/rejoindre/"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_form_pages_take_few_queries(client, join_pages, url, method):
    data = join_answers() if method == "POST" else None
    assert count_queries(client, method, url, data) <= MAX_QUERIES[method]


def test_more_fields_take_no_more_queries(client, join_pages):
    page = join_pages["en"]
    before = count_queries(client, "GET", "/en/join/")
    fields = list(page.form_fields.all())
    for number in range(10):
        fields.append(JoinFormField(label=f"Extra {number}", field_type="singleline"))
    page.form_fields = fields
    page.save_revision().publish()
    assert count_queries(client, "GET", "/en/join/") == before
