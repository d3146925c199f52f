#!/usr/bin/env bash
# Install what the tests need and run the whole suite (arguments go to pytest).
# SQLite unless DATABASE_URL is set, e.g. postgres://postgres@127.0.0.1:5432/alliance.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet --editable ".[dev]"

# Front-end libraries the site serves itself (Leaflet): npm, from package-lock.json.
if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "The maps need Leaflet from npm: sudo apt-get install nodejs npm" >&2
        exit 1
    fi
fi
npm ci --no-audit --no-fund --loglevel=error

# The browser tests drive Debian's Chromium (never `playwright install`).
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq chromium >/dev/null
    else
        echo "The browser tests need Debian's chromium: sudo apt-get install chromium" >&2
        exit 1
    fi
fi

exec "$VENV/bin/python" -m pytest "$@"
