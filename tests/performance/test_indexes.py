"""The indexes that the project adds to Wagtail's page table (core/migrations): routing
looks pages up by url_path, search leaves out the pages that are not live."""

import pytest
from django.db import connection, connections
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
    # A connection of its own, in a transaction of its own: the test's transaction may be
    # older than the index's last rebuild, which the planner then does not offer it
    # (pg_index.indcheckxmin, after the committed demo restores of the browser tests).
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            cursor.execute(
                "SELECT indisvalid, pg_get_indexdef(indexrelid) FROM pg_index "
                "WHERE indexrelid = 'core_page_not_live_idx'::regclass"
            )
            valid, definition = cursor.fetchone()
            assert valid and definition.endswith("(id) WHERE (NOT live)"), definition
            with fresh.cursor() as planner:
                planner.execute("BEGIN")
                # Statistics of the table as it is now: those left by earlier tests
                # (thousands of pages, many not live, since rolled back) varied the choice.
                planner.execute("ANALYZE wagtailcore_page")
                planner.execute("SET LOCAL enable_seqscan = off")
                planner.execute("EXPLAIN SELECT id FROM wagtailcore_page WHERE NOT live")
                plan = "\n".join(row[0] for row in planner.fetchall())
                planner.execute("ROLLBACK")
    finally:
        fresh.close()
    assert "core_page_not_live_idx" in plan
