"""Django's PostgreSQL backend, except that no wait for the database is endless.

PostgreSQL's ``statement_timeout`` is enforced by the server: a server that accepts
connections but never answers (stuck on its disk, stopped, a half-open line) would hold
every request until gunicorn kills the worker. TCP keepalives and ``tcp_user_timeout``
do not help either, as long as the server's kernel acknowledges what is sent (measured,
docs/security.md). So the client bounds its own waits:

- connecting: ``connect_timeout`` (OPTIONS), which psycopg enforces over the whole
  establishment, the startup packet and authentication included;
- every answer: ``read_timeout`` seconds (OPTIONS, set by the settings a few seconds
  above the statement timeout, so that a slow statement is cancelled by the server
  first and its connection stays usable);
- the health check of a kept connection (CONN_HEALTH_CHECKS), ``SELECT 1`` at the start
  of each request, and ``/healthz``'s: HEALTH_CHECK_SECONDS.

A request therefore meets a hung database within HEALTH_CHECK_SECONDS + connect_timeout.
When a bound is reached the connection is closed, since its state is unknown, and an
OperationalError raised: the 503 page, and a new connection at the next request.

Pooling (``OPTIONS["pool"]``) is not covered: the pool makes plain psycopg connections.
"""

import types
from contextlib import contextmanager

import psycopg
from django.db.backends.postgresql import base

HEALTH_CHECK_SECONDS = 1.0


class BoundedConnection(psycopg.Connection):
    """A psycopg connection that waits at most ``read_timeout`` seconds for an answer."""

    read_timeout = None

    def wait(self, gen, interval=0.1, timeout=None):
        if timeout is not None or not self.read_timeout:
            return super().wait(gen, interval, timeout)
        try:
            return super().wait(gen, interval, self.read_timeout)
        except psycopg.errors._WaitTimeout:
            # The answer may still come, later: the connection cannot be used again.
            self.pgconn.finish()
            raise psycopg.OperationalError(
                f"the database did not answer within {self.read_timeout:g} s"
            ) from None


# psycopg as Django's backend uses it (``connect``, and the exception classes by name),
# except that it connects with BoundedConnection.
Database = types.SimpleNamespace(**vars(psycopg))
Database.connect = BoundedConnection.connect


class DatabaseWrapper(base.DatabaseWrapper):
    Database = Database
    _answer_cap = None

    @property
    def read_timeout(self):
        """Seconds a query waits for its answer: OPTIONS["read_timeout"], or less inside
        ``answer_within``; None waits as long as it takes."""
        configured = self.settings_dict["OPTIONS"].get("read_timeout") or None
        if self._answer_cap is None:
            return configured
        return self._answer_cap if configured is None else min(configured, self._answer_cap)

    def get_connection_params(self):
        params = super().get_connection_params()
        params.pop("read_timeout", None)  # ours, not libpq's
        return params

    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        connection.read_timeout = self.read_timeout
        return connection

    @contextmanager
    def answer_within(self, seconds=HEALTH_CHECK_SECONDS):
        """Within the block, wait at most ``seconds`` for each answer (a new connection
        made inside it included)."""
        previous, self._answer_cap = self._answer_cap, seconds
        self._apply_read_timeout()
        try:
            yield
        finally:
            self._answer_cap = previous
            self._apply_read_timeout()

    def _apply_read_timeout(self):
        if isinstance(self.connection, BoundedConnection):
            self.connection.read_timeout = self.read_timeout

    def is_usable(self):
        with self.answer_within(HEALTH_CHECK_SECONDS):
            return super().is_usable()
