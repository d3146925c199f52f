"""A partial index of the pages that are not live: search leaves them out of its results
with "not among the hidden pages" (search/query.py), which otherwise scans every page at
each search (0.5 ms at 3,500 pages, growing with the site; an index scan of the few
drafts instead)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS core_page_not_live_idx ON wagtailcore_page (id) WHERE NOT live"
DROP = "DROP INDEX IF EXISTS core_page_not_live_idx"


class Migration(migrations.Migration):
    dependencies = [("core", "0002_page_url_path_index")]

    operations = [migrations.RunSQL(CREATE, reverse_sql=DROP)]
