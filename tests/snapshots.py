"""Copies of the whole test database, taken and put back with plain SQL.

``load_demo`` takes about 20 seconds and some forty tests need what it builds. The suite
runs it once per session (tests/conftest.py, ``demo_snapshot``), copies every table aside,
and gives each test that copy back in a fraction of a second: the tables are emptied and
refilled from the copy, inside the test's own transaction (rolled back after it) or, for
the tests that need a committed database (the browser's), committed and flushed after.

On PostgreSQL the copy is a schema of its own in the test database; on SQLite (an
in-memory test database) it is kept in Python.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection, transaction


def _tables():
    """Every table of the project's models, as Django's flush sees them."""
    return sorted(connection.introspection.django_table_names(only_existing=True))


def _quote(name):
    return connection.ops.quote_name(name)


def forget_cached_rows():
    """Drop what the process remembers of rows (content types, the cache's site paths):
    a restored table may hold other ids than the ones remembered."""
    ContentType.objects.clear_cache()
    for cache in caches.all(initialized_only=True):
        cache.clear()


class Snapshot:
    """The content of every table at one moment; ``restore()`` puts it back."""

    def __init__(self, name):
        self.name = name
        self.tables = _tables()
        self._take()

    # PostgreSQL: a schema holding an unlogged copy of each table.

    @property
    def schema(self):
        return f"snapshot_{self.name}"

    def _take(self):
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(f"DROP SCHEMA IF EXISTS {_quote(self.schema)} CASCADE")
                cursor.execute(f"CREATE SCHEMA {_quote(self.schema)}")
                self.filled = []
                for table in self.tables:
                    copy = f"{_quote(self.schema)}.{_quote(table)}"
                    cursor.execute(f"CREATE UNLOGGED TABLE {copy} AS TABLE {_quote(table)}")
                    if cursor.rowcount:
                        self.filled.append(table)
                self.sequences = self._max_ids(cursor)
            else:
                self.rows = {}
                for table in self.tables:
                    cursor.execute(f"SELECT * FROM {_quote(table)}")
                    rows = cursor.fetchall()
                    if rows:
                        columns = [column[0] for column in cursor.description]
                        self.rows[table] = (columns, rows)

    def _max_ids(self, cursor):
        """The highest id of each table that has a sequence, by the sequence's name."""
        cursor.execute(
            "SELECT table_name, column_name, "
            "pg_get_serial_sequence(quote_ident(table_name), column_name) "
            "FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND is_identity = 'YES'"
        )
        maxima = {}
        for table, column, sequence in cursor.fetchall():
            if table in self.filled:
                cursor.execute(f"SELECT max({_quote(column)}) FROM {_quote(table)}")
                maxima[sequence] = cursor.fetchone()[0]
        return maxima

    @staticmethod
    def _may_skip_foreign_key_checks(cursor):
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        return cursor.fetchone()[0]

    def restore(self):
        """Make every table hold what it held when the snapshot was taken."""
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # A copy of a consistent database is consistent: its foreign keys need no
                # checking. Checked at the commit (deferred), the demo's some 60,000 rows
                # took longer than the statement timeout (15 s, 2026-12-07); the replica
                # role skips the checks, for this transaction only (a superuser's right,
                # as the test database's owner has on the machines the suite runs on).
                if self._may_skip_foreign_key_checks(cursor):
                    cursor.execute("SET LOCAL session_replication_role = replica")
                # DELETE, not TRUNCATE: a hundredth of the time for so few rows, and allowed
                # in a transaction that has written already. The foreign keys are checked
                # at the commit, so the order of the tables does not matter.
                cursor.execute(";".join(f"DELETE FROM {_quote(table)}" for table in self.tables))
                cursor.execute(
                    ";".join(
                        f"INSERT INTO {_quote(table)} "
                        f"SELECT * FROM {_quote(self.schema)}.{_quote(table)}"
                        for table in self.filled
                    )
                )
                # Sequences are not transactional: only ever move them forward.
                if self.sequences:
                    values = ", ".join(["(%s::text, %s::bigint)"] * len(self.sequences))
                    cursor.execute(
                        "SELECT setval(v.name::regclass, v.max_id) "
                        f"FROM (VALUES {values}) AS v(name, max_id) "
                        "JOIN pg_sequences s "
                        "ON format('%%I.%%I', s.schemaname, s.sequencename) = v.name "
                        "WHERE coalesce(s.last_value, 0) < v.max_id",
                        [item for pair in self.sequences.items() for item in pair],
                    )
            else:
                for table in self.tables:
                    cursor.execute(f"DELETE FROM {_quote(table)}")
                for table, (columns, rows) in self.rows.items():
                    names = ", ".join(_quote(column) for column in columns)
                    marks = ", ".join(["%s"] * len(columns))
                    cursor.executemany(
                        f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", rows
                    )
        forget_cached_rows()
