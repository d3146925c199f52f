#!/usr/bin/env bash
# Install what the tests need and run the whole suite (arguments go to pytest).
# SQLite unless DATABASE_URL is set, e.g. postgres://postgres@127.0.0.1:5432/alliance.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet --editable ".[dev]"

source scripts/frontend.sh

# The browser tests drive Debian's Chromium (never `playwright install`).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    else
        echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2
        exit 1
    fi
fi

# PostgreSQL when it answers on the usual address (its own tests run then: stemming,
# ranking, outages, two servers, concurrency, load); SQLite otherwise, and those tests
# are skipped, which is said at the end. DATABASE_URL chooses explicitly.
if [ -z "${DATABASE_URL:-}" ] && command -v pg_isready >/dev/null \
    && pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null \
    && psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance
    echo "Tests on PostgreSQL ($DATABASE_URL); DATABASE_URL=sqlite:///db.sqlite3 for SQLite."
fi
if [ -z "${DATABASE_URL:-}" ]; then
    echo "Tests on SQLite: the PostgreSQL-only tests are skipped. Start PostgreSQL on"
    echo "127.0.0.1:5432 (or set DATABASE_URL=postgres://...) to run them."
fi

# In parallel, one worker per core (pytest-xdist), each with its own test database;
# `-n 0` runs in one process (for --pdb or -s).
exec "$VENV/bin/python" -m pytest -n auto "$@"
