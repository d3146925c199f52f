# Sourced by the scripts: make sure .venv exists, built with Python 3.11.
VENV=${VENV:-.venv}
if [ ! -x "$VENV/bin/python" ]; then
    PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
        echo "Python 3.11 is needed (found $("$PYTHON" --version)); set PYTHON=/path/to/python3.11" >&2
        exit 1
    fi
    "$PYTHON" -m venv "$VENV"
fi
