"""Two app servers sharing one PostgreSQL and one Redis: a publish through one is seen at
once through the other, though both serve anonymous visitors from the cache."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection

from core.models import AllianceSettings
from tests.factories import StandardPageFactory

BASE_DIR = Path(__file__).resolve().parent.parent.parent
REDIS_URL = "redis://127.0.0.1:6379/14"

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL (shared by both servers) and Redis on 127.0.0.1:6379",
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_answers():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start_server(port):
    db = settings.DATABASES["default"]
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": (
            f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "CACHE_URL": REDIS_URL,
        "PAGE_CACHE_SECONDS": "600",
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "config.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "1",
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, stderr=subprocess.PIPE, text=True)


def wait_until_up(base):
    for _ in range(150):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{base} did not start")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(opener, url, data=None):
    """(status, headers, body) without following redirects."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with opener.open(url, body, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.skipif(not redis_answers(), reason="Redis does not answer on 127.0.0.1:6379")
def test_a_publish_through_one_server_is_seen_at_once_through_the_other(transactional_db, home):
    import redis
    from django_redis import get_redis_connection  # noqa: F401  (installed with django-redis)

    redis.Redis.from_url(REDIS_URL).flushdb()
    AllianceSettings.load()  # created on first use; its creation would empty the cache
    page = StandardPageFactory(parent=home, title="Housing", slug="housing", show_in_menus=True)
    get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-passphrase")
    port_a, port_b = free_port(), free_port()
    servers = [start_server(port_a), start_server(port_b)]
    a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    try:
        wait_until_up(a)
        wait_until_up(b)
        visitor = urllib.request.build_opener()
        fetch(visitor, f"{a}/en/housing/")
        status, headers, content = fetch(visitor, f"{a}/en/housing/")
        assert headers.get("X-Page-Cache") == "hit"
        assert "<h1>Housing</h1>" in content
        fetch(visitor, f"{a}/en/?fresh=1")  # the page chrome (menu) of A, now in Redis
        _status, _headers, content = fetch(visitor, f"{a}/en/?fresh=2")
        assert ">Housing</a>" in content

        # An editor changes the page (a draft), then publishes it through server B.
        page.title = "Housing mediators"
        page.save_revision()
        editor = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect()
        )
        _status, _headers, login_form = fetch(editor, f"{b}/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_form).group(1)
        status, _headers, _body = fetch(
            editor,
            f"{b}/admin/login/",
            {"csrfmiddlewaretoken": token, "username": "admin", "password": "a-long-passphrase"},
        )
        assert status == 302  # logged in
        publish_url = f"{b}/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
        status, _headers, confirm = fetch(editor, publish_url)
        assert status == 200, confirm[:500]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm).group(1)
        status, _headers, _body = fetch(editor, publish_url, {"csrfmiddlewaretoken": token})
        assert status == 302  # published, back to the listing

        status, headers, content = fetch(visitor, f"{a}/en/housing/")
        assert status == 200
        assert headers.get("X-Page-Cache") == "miss"
        assert "<h1>Housing mediators</h1>" in content
        _status, _headers, content = fetch(visitor, f"{a}/en/?fresh=3")  # another page's menu
        assert ">Housing mediators</a>" in content
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            _out, errors = server.communicate(timeout=10)
            assert "Traceback" not in errors, errors
