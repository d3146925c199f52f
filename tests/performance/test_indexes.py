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
        cursor.execute(
            "SELECT indisvalid, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indexrelid = 'core_page_not_live_idx'::regclass"
        )
        valid, definition = cursor.fetchone()
        assert valid and definition.endswith("(id) WHERE (NOT live)"), definition
        # The planner's choice, asked of a copy of the table with its indexes: on the table
        # itself, an index rebuilt while another transaction of the cluster is open is not
        # offered to queries until that transaction ends (pg_index.indcheckxmin), which
        # the suite's other test processes made vary (2026-12-07).
        cursor.execute("CREATE TEMP TABLE page_copy (LIKE wagtailcore_page INCLUDING INDEXES)")
        cursor.execute("INSERT INTO page_copy SELECT * FROM wagtailcore_page")
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'page_copy' "
            "AND indexdef LIKE '%%(id) WHERE (NOT live)'"
        )
        (partial,) = [row[0] for row in cursor.fetchall()]
        cursor.execute("ANALYZE page_copy")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN SELECT id FROM page_copy WHERE NOT live")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("DROP TABLE page_copy")
    # The copy's index on (id) WHERE NOT live (PostgreSQL names it after the copy), not
    # the primary key's.
    assert f"Index Scan on {partial}" in plan or f"Index Only Scan using {partial}" in plan, plan
