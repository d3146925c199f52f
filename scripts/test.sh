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

# In parallel, one worker per core (pytest-xdist), each with its own test database;
# `-n 0` runs in one process (for --pdb or -s).
exec "$VENV/bin/python" -m pytest -n auto "$@"
