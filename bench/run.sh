#!/usr/bin/env bash
# Load test: gunicorn (2 workers) against PostgreSQL, measured with wrk, uncached and
# cached, each page as a ratio to a bare Django view of the same size (the floor), whose
# runs alternate with the page's.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_bench bash bench/run.sh
#
# The database must hold the demo and the synthetic content (bench/generate.py).
# Environment: PORT (8901), REDIS_URL (redis://127.0.0.1:6379/9: flushed!), DURATION (8s),
# RUNS (3), SCALE (written in the report), MODES ("uncached cached"), PAGES_FILE
# (bench/pages.tsv), PYTHON, GUNICORN,
# OUT (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL to the benchmark database}"

# wrk comes from Debian (installed here when missing, as scripts/test.sh does chromium).
if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        echo "The benchmark needs Debian's wrk: sudo apt-get install wrk" >&2
        exit 1
    fi
fi
PORT=${PORT:-8901}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/9}
DURATION=${DURATION:-8s}
RUNS=${RUNS:-3}
SCALE=${SCALE:-1}
PYTHON=${PYTHON:-.venv/bin/python}
GUNICORN=${GUNICORN:-.venv/bin/gunicorn}
OUT=${OUT:-docs/benchmarks.md}
BIG_PAGE_BYTES=${BIG_PAGE_BYTES:-65536}
MODES=${MODES:-uncached cached}
BASE="http://127.0.0.1:${PORT}"
WORK=$(mktemp -d /tmp/alliance-bench.XXXXXX)
RESULTS="$WORK/results.tsv"

export DATABASE_URL REDIS_URL
export DJANGO_SETTINGS_MODULE=bench.settings
export SECRET_KEY=bench-only-secret-key-not-for-production
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=false
export STATIC_ROOT="$WORK/static"
export CONN_MAX_AGE=${CONN_MAX_AGE:-600}
export LOG_LEVEL=ERROR

# name<TAB>path: a page of each type, each index with and without filters (bench/pages.tsv).
PAGES=$(cat "${PAGES_FILE:-bench/pages.tsv}")

SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() {  # $1: PAGE_CACHE_SECONDS
    redis-cli -u "$REDIS_URL" flushdb >/dev/null
    PAGE_CACHE_SECONDS=$1 CACHE_URL=$REDIS_URL "$GUNICORN" -c config/gunicorn.py \
        config.wsgi:application --workers 2 --bind "127.0.0.1:${PORT}" --log-level warning \
        --error-logfile "$WORK/gunicorn.log" &
    SERVER_PID=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "$BASE/healthz" && return 0
        sleep 0.2
    done
    echo "gunicorn did not start:" >&2
    cat "$WORK/gunicorn.log" >&2
    exit 1
}

# One wrk run: "rps p50_ms p99_ms errors".
measure() {
    wrk -t2 -c8 -d"$DURATION" --timeout 30s --latency "$1" | awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
            return v
        }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /^Requests\/sec:/ { rps = $2 }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { errors += $NF }
        END { printf "%s %.2f %.2f %d\n", rps, p50, p99, errors + 0 }'
}

# One page, RUNS times, each run right after a run of its floor (the machine's speed
# drifts over minutes: a floor measured beside the page is the fair one). A page much
# larger than the home page (a map's GeoJSON, a sitemap) gets a floor of its own size.
# With the page cache on, the floor goes through the cache's lookup (a miss), as every
# request does, and a bare floor, which the page cache skips, is measured beside it too.
# A line of results each, the floors' named "floor: <page>" and "bare floor: <page>".
bench_page() {  # $1: mode, $2: name, $3: path
    local url="$BASE$3" query="" floor_size=$HOME_BYTES status size run
    status=$(curl -s -o "$WORK/body" -w '%{http_code}' "$url")
    size=$(wc -c < "$WORK/body")
    if [ "$size" -ge "$BIG_PAGE_BYTES" ]; then
        query="?bytes=$size"
        floor_size=$size
    fi
    curl -s -o /dev/null "$url"  # warm (and, cached, fill the cache)
    curl -s -o /dev/null "$BASE/bench-floor/$query"
    for run in $(seq "$RUNS"); do
        record "$1" "floor: $2" "/bench-floor/$query" 200 "$floor_size" "$run"
        if [ "$1" = cached ]; then
            record "$1" "bare floor: $2" "/bench-floor/bare/$query" 200 "$floor_size" "$run"
        fi
        record "$1" "$2" "$3" "$status" "$size" "$run"
    done
    echo "$1 $2: status $status, $size bytes" >&2
}

record() {  # $1: mode, $2: name, $3: path, $4: status, $5: size, $6: run
    local rps p50 p99 errors
    read -r rps p50 p99 errors < <(measure "$BASE$3")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
        "$1" "$2" "$3" "$4" "$5" "$6" "$rps" "$p50" "$p99" "$errors" >> "$RESULTS"
}

bench_mode() {  # $1: mode label, $2: PAGE_CACHE_SECONDS
    start_server "$2"
    while IFS=$'\t' read -r name path; do
        bench_page "$1" "$name" "$path"
    done <<< "$PAGES"
    stop_server
}

started=$(date +%s)
"$PYTHON" manage.py collectstatic --noinput -v0
HOME_BYTES=$(PAGE_CACHE_SECONDS=0 "$PYTHON" - <<'PY'
import django
django.setup()
from django.test import Client
print(len(Client().get("/en/", HTTP_HOST="127.0.0.1").content))
PY
)
export BENCH_FLOOR_BYTES=$HOME_BYTES
# Queries and CPU time of each page, in the server's own process settings (no wrk).
PAGE_CACHE_SECONDS=0 CACHE_URL=$REDIS_URL "$PYTHON" bench/profile_pages.py "${PAGES_FILE:-bench/pages.tsv}" \
    > "$WORK/profile.tsv"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for mode in $MODES; do
    case $mode in
        uncached) bench_mode uncached 0 ;;
        cached) bench_mode cached 600 ;;
    esac
done
elapsed=$(( $(date +%s) - started ))

"$PYTHON" bench/report.py "$RESULTS" "$OUT" --profile "$WORK/profile.tsv" \
    --load "$LOAD_BEFORE" \
    --scale "$SCALE" --duration "$DURATION" --runs "$RUNS" --elapsed "$elapsed" \
    --command "DATABASE_URL=... SCALE=$SCALE DURATION=$DURATION RUNS=$RUNS MODES=\"$MODES\" bash bench/run.sh"
echo "Wrote $OUT in ${elapsed} s" >&2
