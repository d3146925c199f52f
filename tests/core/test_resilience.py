"""Failing well: database down, cache down, the health check, the 500 page."""

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError

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


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="needs PostgreSQL: the line to the database server is cut and mended",
)
@pytest.mark.parametrize("conn_max_age", ["0", "60"])
def test_site_survives_a_database_outage_and_recovers_without_restart(
    transactional_db, home, conn_max_age
):
    db = settings.DATABASES["default"]
    proxy = TcpProxy(db.get("HOST") or "127.0.0.1", int(db.get("PORT") or 5432)).start()
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "CONN_MAX_AGE": conn_max_age,
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if get(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
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
    finally:
        server.terminate()
        _out, errors = server.communicate(timeout=10)
        proxy.stop()
    assert "Traceback" not in errors
