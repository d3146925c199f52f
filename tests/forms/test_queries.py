"""The form pages render and store in a fixed number of SQL queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forms.models import JoinFormField

from .conftest import join_answers, trap_fields

# Measured (with the page chrome kept per generation): GET 4 (en) / 6 (fr: the English
# page and its fields are looked up too), POST 14 / 19 (storing, two mails, their two
# flags), the thank-you page after it 4 / 5.
MAX_QUERIES = {"GET": 22, "POST": 40, "THANKS": 12}


def count_queries(client, method, url, data=None, status=200):
    client.get(url)  # warm what every request shares (site, locales)
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method.lower())(url, data)
    assert response.status_code == status
    return len(queries)


@pytest.mark.parametrize("url", ["/en/join/", "/fr/rejoindre/"])
def test_form_pages_take_few_queries(client, join_pages, url):
    assert count_queries(client, "GET", url) <= MAX_QUERIES["GET"]
    data = {**trap_fields(client, url), **join_answers()}
    assert count_queries(client, "POST", url, data, status=302) <= MAX_QUERIES["POST"]
    assert count_queries(client, "GET", f"{url}thanks/") <= MAX_QUERIES["THANKS"]


def test_more_fields_take_no_more_queries(client, join_pages):
    page = join_pages["en"]
    before = count_queries(client, "GET", "/en/join/")
    fields = list(page.form_fields.all())
    for number in range(10):
        fields.append(JoinFormField(label=f"Extra {number}", field_type="singleline"))
    page.form_fields = fields
    page.save_revision().publish()
    assert count_queries(client, "GET", "/en/join/") == before
