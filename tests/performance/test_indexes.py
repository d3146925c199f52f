"""The indexes that the project adds to Wagtail's page table (core/migrations): routing
looks pages up by url_path, search leaves out the pages that are not live."""

import pytest
from django.db import connection
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def page_indexes():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)
    return {name: spec for name, spec in constraints.items() if spec["index"]}


def test_pages_are_indexed_by_url_path_for_routing():
    assert page_indexes()["core_page_url_path_idx"]["columns"] == ["url_path"]


def test_pages_that_are_not_live_have_a_partial_index_for_search():
    assert page_indexes()["core_page_not_live_idx"]["columns"] == ["id"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_search_finds_the_hidden_pages_through_the_partial_index():
    with connection.cursor() as cursor:
        # Statistics of this table as it is now: those left by earlier tests (thousands of
        # pages, many not live, since rolled back) made the planner's choice vary.
        cursor.execute("ANALYZE wagtailcore_page")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN SELECT id FROM wagtailcore_page WHERE NOT live")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "core_page_not_live_idx" in plan
