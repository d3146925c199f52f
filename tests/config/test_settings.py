"""Settings from the environment: production refuses to start without its secrets; the
database timeouts."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def load_production_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production"],
        cwd=BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without(env, message):
    result = load_production_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_starts_with_secret_key_and_hosts():
    result = load_production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr


PRINT_DATABASE_SETTINGS = (
    "import json; from django.conf import settings; "
    "print(json.dumps([settings.DATABASES['default'], settings.COMMAND_LINE], default=str))"
)


def database_settings(*command, **env):
    """DATABASES["default"] and COMMAND_LINE as the settings make them from ``env``."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "ALLIANCE_COMMAND_LINE", "DJANGO_SETTINGS_MODULE"))
    }
    clean.update(env)
    result = subprocess.run(
        command
        or [sys.executable, "-c", f"import django; django.setup(); {PRINT_DATABASE_SETTINGS}"],
        cwd=BASE_DIR,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", **clean},
        capture_output=True,
        text=True,
        check=True,
    )
    database, command_line = json.loads(result.stdout.splitlines()[-1])
    return database, command_line


POSTGRES_URL = "postgres://alliance@127.0.0.1:5432/alliance"


@pytest.mark.parametrize(
    ("env", "options"),
    [
        ({}, {"connect_timeout": 3, "options": "-c statement_timeout=10000", "read_timeout": 15}),
        (
            {"DATABASE_CONNECT_TIMEOUT": "5", "DATABASE_STATEMENT_TIMEOUT": "2.5"},
            {"connect_timeout": 5, "options": "-c statement_timeout=2500", "read_timeout": 7.5},
        ),
        ({"DATABASE_STATEMENT_TIMEOUT": "0"}, {"connect_timeout": 3}),
        # The command line: no statement timeout unless asked for.
        ({"ALLIANCE_COMMAND_LINE": "1"}, {"connect_timeout": 3}),
        (
            {"ALLIANCE_COMMAND_LINE": "1", "DATABASE_COMMAND_STATEMENT_TIMEOUT": "600"},
            {"connect_timeout": 3, "options": "-c statement_timeout=600000", "read_timeout": 605},
        ),
    ],
)
def test_postgresql_gets_bounded_waits_from_the_environment(env, options):
    database, _command_line = database_settings(DATABASE_URL=POSTGRES_URL, **env)
    assert database["ENGINE"] == "core.postgresql"
    assert database["OPTIONS"] == options


def test_database_url_options_are_kept_beside_the_statement_timeout():
    url = f"{POSTGRES_URL}?options=-c%20search_path%3Dalliance"
    database, _command_line = database_settings(DATABASE_URL=url)
    assert database["OPTIONS"]["options"] == "-c search_path=alliance -c statement_timeout=10000"


def test_sqlite_is_left_alone():
    database, _command_line = database_settings(DATABASE_URL="sqlite:////tmp/alliance.sqlite3")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["OPTIONS"] == {}


def test_manage_py_runs_with_the_command_lines_timeouts():
    database, command_line = database_settings(
        sys.executable,
        "manage.py",
        "shell",
        "-v",
        "0",
        "-c",
        PRINT_DATABASE_SETTINGS,
        DATABASE_URL=POSTGRES_URL,
    )
    assert command_line is True
    assert database["OPTIONS"] == {"connect_timeout": 3}


def test_a_copy_of_env_example_changes_nothing():
    """The README says to copy .env.example to .env: every value in it is commented out,
    so the copy cannot turn the demo into a 400 (ALLOWED_HOSTS) or the like."""
    from pathlib import Path

    example = Path(__file__).resolve().parents[2] / ".env.example"
    active = [
        line
        for line in example.read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert active == []


def test_a_log_message_is_printed_once_in_development(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.security').warning('printed-once-marker')"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "true",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert (result.stdout + result.stderr).count("printed-once-marker") == 1
