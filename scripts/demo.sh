#!/usr/bin/env bash
# The demo site on a fresh machine: a virtual environment in .venv, SQLite, the demo
# content, an admin login (printed), and the site on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh

"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet --editable .

source scripts/frontend.sh
"$VENV/bin/python" manage.py migrate --noinput
"$VENV/bin/python" manage.py load_demo
"$VENV/bin/python" manage.py demo_admin
echo "Serving the site on http://127.0.0.1:8000/ (Ctrl+C stops it)"
exec "$VENV/bin/python" manage.py runserver 127.0.0.1:8000
