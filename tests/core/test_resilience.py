"""Failing well: database down or hung, cache down, the health check, the 500 page."""

import contextlib
import copy
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError, connection, connections

from home.models import HomePage
from tests.tcp_proxy import TcpProxy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def test_healthz_answers_200_when_database_and_cache_work(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}


class BrokenConnection:
    def cursor(self):
        raise OperationalError("connection refused")

    def close_if_unusable_or_obsolete(self):
        pass


def test_healthz_answers_503_when_the_database_fails(client, db, monkeypatch):
    monkeypatch.setattr("core.resilience.connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_answers_503_when_the_cache_fails(client, db, monkeypatch):
    from django.core.cache import cache

    def broken_set(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken_set)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}


def test_database_error_in_a_page_gives_the_503_page_without_traceback(
    client, home, locales, translate_page, monkeypatch, caplog
):
    translate_page(home, locales["fr"], title="Accueil")

    def broken_serve(self, request, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    with caplog.at_level(logging.INFO):
        response = client.get("/fr/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    content = response.content.decode()
    assert '<html lang="fr"' in content
    assert "temporairement indisponible" in content
    assert all(record.exc_info is None for record in caplog.records)


def test_500_page_is_in_the_visitors_language_and_needs_no_database(
    client, home, locales, translate_page, monkeypatch, django_assert_num_queries
):
    from core.resilience import server_error

    translate_page(home, locales["fr"], title="Accueil")

    def broken_serve(self, request, *args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr(HomePage, "serve", broken_serve)
    client.raise_request_exception = False
    response = client.get("/fr/")
    assert response.status_code == 500
    assert "Une erreur est survenue" in response.content.decode()

    from django.test import RequestFactory

    with django_assert_num_queries(0):
        page = server_error(RequestFactory().get("/de/news/"))
    assert page.status_code == 500
    assert '<html lang="de"' in page.content.decode()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_until_up(base, seconds=60):
    """Until the server answers /healthz with 200: it starts slowly on a busy machine."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if get(f"{base}/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{base} did not start within {seconds} s")


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: a TCP proxy to the database server cuts or holds the line",
)


def database_proxy():
    db = settings.DATABASES["default"]
    return TcpProxy(db.get("HOST") or "127.0.0.1", int(db.get("PORT") or 5432)).start()


@contextlib.contextmanager
def site_through(proxy, command, **environment):
    """The site served by ``command`` (runserver or gunicorn; ``{address}`` stands for
    where it listens) in a subprocess whose database is reached through ``proxy``; yields
    its base URL once it answers. Stops the server and the proxy on the way out, and fails
    if the server wrote a traceback.

    The database and command-line settings of this environment are left out, so the
    server has the timeouts a deployment has by default; ``environment`` adds settings.
    """
    db = settings.DATABASES["default"]
    port = free_port()
    inherited = {
        name: value
        for name, value in os.environ.items()
        if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
        and not name.startswith(("DATABASE_", "ALLIANCE_COMMAND_LINE"))
    }
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        **environment,
    }
    address = f"127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, *(part.replace("{address}", address) for part in command)],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://{address}"
    try:
        wait_until_up(base)
        yield base
    finally:
        server.terminate()
        _out, errors = server.communicate(timeout=10)
        proxy.stop()
    assert "Traceback" not in errors, errors


RUNSERVER = ["manage.py", "runserver", "--noreload", "{address}"]
GUNICORN = ["-m", "gunicorn", "config.wsgi", "--bind", "{address}", "--workers", "1"]
GUNICORN += ["--log-level", "warning"]


@needs_postgresql
@pytest.mark.parametrize("conn_max_age", ["0", "60"])
def test_site_survives_a_database_outage_and_recovers_without_restart(
    transactional_db, home, conn_max_age
):
    proxy = database_proxy()
    with site_through(proxy, RUNSERVER, CONN_MAX_AGE=conn_max_age) as base:
        assert get(f"{base}/en/")[0] == 200

        proxy.stop()
        status, body = get(f"{base}/en/")
        assert status == 503
        assert "temporarily unavailable" in body
        assert "Traceback" not in body
        assert get(f"{base}/healthz")[0] == 503

        proxy.start()  # same port: the database is back
        assert get(f"{base}/en/")[0] == 200
        assert get(f"{base}/healthz")[0] == 200


# A database that accepts connections but never answers (issue 15): every wait is bounded
# (core/postgresql), each bound measured here against a proxy that holds the line.

HUNG_DATABASE_SECONDS = 5.0  # /healthz and the 503 page, however the database hangs


@pytest.fixture
def hung_line():
    """A proxy to the test database, and a second connection to it through the proxy.

    Should a wait have no bound, the proxy drops the line after 10 s: the test then fails
    (the error is not the timeout's) rather than hangs."""
    proxy = database_proxy()
    settings_dict = copy.deepcopy(connections["default"].settings_dict)
    settings_dict.update(HOST="127.0.0.1", PORT=proxy.port)
    wrapper = connections["default"].__class__(settings_dict, alias="through-proxy")
    watchdog = threading.Timer(10, proxy.stop)
    watchdog.start()
    yield proxy, wrapper
    watchdog.cancel()
    wrapper.close()
    proxy.stop()


def elapsed(started):
    return time.monotonic() - started


@needs_postgresql
def test_web_connections_have_a_statement_timeout(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone() == (f"{settings.DATABASE_STATEMENT_TIMEOUT:g}s",)
    assert (
        connection.connection.read_timeout
        == settings.DATABASE_STATEMENT_TIMEOUT + settings.DATABASE_READ_MARGIN
    )


@needs_postgresql
def test_connecting_to_a_database_that_never_answers_stops_at_the_connect_timeout(db, hung_line):
    proxy, wrapper = hung_line
    proxy.hang()
    started = time.monotonic()
    with pytest.raises(OperationalError, match="connection timeout expired"):
        wrapper.ensure_connection()
    assert (
        settings.DATABASE_CONNECT_TIMEOUT
        <= elapsed(started)
        < settings.DATABASE_CONNECT_TIMEOUT + 1
    )


@needs_postgresql
def test_a_query_the_database_never_answers_stops_at_the_read_timeout(db, hung_line):
    proxy, wrapper = hung_line
    wrapper.settings_dict["OPTIONS"]["read_timeout"] = 1.5
    wrapper.ensure_connection()
    proxy.hang()
    started = time.monotonic()
    with pytest.raises(OperationalError, match="did not answer within 1.5 s"):
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT 1")
    assert 1.5 <= elapsed(started) < 2.5
    assert wrapper.connection.closed  # its state is unknown: never used again

    proxy.resume()
    wrapper.close()
    with wrapper.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@needs_postgresql
def test_the_health_check_of_a_kept_connection_stops_after_a_second(db, hung_line):
    from core.postgresql.base import HEALTH_CHECK_SECONDS

    proxy, wrapper = hung_line
    wrapper.ensure_connection()
    assert wrapper.is_usable()
    proxy.hang()
    started = time.monotonic()
    assert not wrapper.is_usable()
    assert HEALTH_CHECK_SECONDS <= elapsed(started) < HEALTH_CHECK_SECONDS + 1
    assert wrapper.connection.read_timeout == wrapper.read_timeout  # the bound is lifted


@needs_postgresql
def test_healthz_gives_up_on_a_database_that_stops_answering_after_a_second(
    db, hung_line, monkeypatch
):
    from core.postgresql.base import HEALTH_CHECK_SECONDS
    from core.resilience import check_database

    proxy, wrapper = hung_line
    monkeypatch.setattr("core.resilience.connection", wrapper)
    assert check_database()
    proxy.hang()  # on a connection just checked: no health check before the query
    started = time.monotonic()
    assert not check_database()
    assert HEALTH_CHECK_SECONDS <= elapsed(started) < HEALTH_CHECK_SECONDS + 1


def timed_get(url):
    """(status, headers, body, seconds); status None when no answer came in 20 s."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except TimeoutError:
        status, headers, body = None, {}, b""
    return status, headers, body.decode(), elapsed(started)


@needs_postgresql
@pytest.mark.parametrize("conn_max_age", ["0", "60"])
def test_a_database_that_never_answers_gives_the_503_page_within_seconds_and_recovers(
    transactional_db, home, conn_max_age
):
    """gunicorn, as in production, in front of a database that hangs: with CONN_MAX_AGE=0
    each request meets the hang while connecting; with 60, on its kept connection."""
    proxy = database_proxy()
    timings = {}
    try:
        with site_through(
            proxy,
            GUNICORN,  # the timeouts at their defaults
            CONN_MAX_AGE=conn_max_age,
            CACHE_URL="locmemcache://",
            PAGE_CACHE_SECONDS="600",
        ) as base:
            assert timed_get(f"{base}/en/")[1]["X-Page-Cache"] == "miss"
            assert timed_get(f"{base}/en/")[1]["X-Page-Cache"] == "hit"

            proxy.hang()
            status, headers, body, timings["uncached page"] = timed_get(f"{base}/en/search/?q=hung")
            assert status == 503
            assert headers["Retry-After"] == "30"
            assert "temporarily unavailable" in body
            assert timings["uncached page"] < HUNG_DATABASE_SECONDS

            status, _headers, body, timings["/healthz"] = timed_get(f"{base}/healthz")
            assert status == 503
            assert json.loads(body)["database"] == "unavailable"
            assert timings["/healthz"] < HUNG_DATABASE_SECONDS

            status, headers, _body, timings["cached page"] = timed_get(f"{base}/en/")
            assert status == 200
            assert headers["X-Page-Cache"] == "hit"
            assert timings["cached page"] < 1

            proxy.resume()  # the database answers again: no restart
            status, _headers, _body, timings["/healthz after"] = timed_get(f"{base}/healthz")
            assert status == 200
            status, headers, _body, timings["uncached page after"] = timed_get(
                f"{base}/en/search/?q=back"
            )
            assert (status, headers["X-Page-Cache"]) == (200, "miss")
    finally:
        print(f"CONN_MAX_AGE={conn_max_age}:", {k: f"{v:.2f} s" for k, v in timings.items()})
