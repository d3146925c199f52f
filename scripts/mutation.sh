#!/usr/bin/env bash
# Mutation testing of the guard modules (mutmut): scripts/mutation.sh [module.py ...]
# (all of them without arguments; --list names them). Each module runs with the test
# files that cover it, in a copy of the tree in a temporary folder, niced: the score per
# module and every surviving mutant are printed. docs/testing.md has the scores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/venv.sh
if ! "$VENV/bin/python" -c 'import mutmut' 2>/dev/null; then
    "$VENV/bin/pip" install --quiet --editable ".[dev]"
fi
exec nice -n "${MUTATION_NICE:-10}" "$VENV/bin/python" scripts/mutation.py "$@"
