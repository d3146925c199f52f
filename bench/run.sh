#!/usr/bin/env bash
# Load test: gunicorn (2 workers) against PostgreSQL, measured with wrk, uncached and
# cached, each page as a ratio to a bare Django view of the same size (the floor).
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_bench bash bench/run.sh
#
# The database must hold the demo and the synthetic content (bench/generate.py).
# Environment: PORT (8901), REDIS_URL (redis://127.0.0.1:6379/9: flushed!), DURATION (8s),
# RUNS (3), SCALE (written in the report), PYTHON, GUNICORN, OUT (docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?Set DATABASE_URL to the benchmark database}"
PORT=${PORT:-8901}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/9}
DURATION=${DURATION:-8s}
RUNS=${RUNS:-3}
SCALE=${SCALE:-1}
PYTHON=${PYTHON:-/tmp/venv/bin/python}
GUNICORN=${GUNICORN:-/tmp/venv/bin/gunicorn}
OUT=${OUT:-docs/benchmarks.md}
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

# name<TAB>path: a page of each type, each index with and without filters.
PAGES=$(cat <<'LIST'
home	/en/
news index	/en/news/
news index, filtered	/en/news/?year=2020
news page	/en/news/synthetic-news-1/
practices index	/en/practices/
practices index, filtered	/en/practices/?country=FR&theme=education&type=demonstrated
practice page	/en/practices/synthetic-practice-1/
participants index	/en/participants/
participants index, filtered	/en/participants/?country=FR&kind=city
participant page	/en/participants/synthetic-participant-1/
texts index	/en/texts/
texts index, filtered	/en/texts/?kind=resolution&year=2015
text page	/en/texts/synthetic-text-1/
search	/en/search/?q=education
RSS feed	/en/news/feed/rss/
practices GeoJSON	/en/practices/geojson/
sitemap (English)	/sitemap-en.xml
LIST
)

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
    PAGE_CACHE_SECONDS=$1 CACHE_URL=$REDIS_URL "$GUNICORN" config.wsgi:application \
        --workers 2 --bind "127.0.0.1:${PORT}" --log-level warning \
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

bench_mode() {  # $1: mode label, $2: PAGE_CACHE_SECONDS
    start_server "$2"
    { printf 'floor\t/bench-floor/\n'; printf '%s\n' "$PAGES"; } | while IFS=$'\t' read -r name path; do
        url="$BASE$path"
        status=$(curl -s -o "$WORK/body" -w '%{http_code}' "$url")
        size=$(wc -c < "$WORK/body")
        curl -s -o /dev/null "$url"  # warm (and, cached, fill the cache)
        for run in $(seq "$RUNS"); do
            read -r rps p50 p99 errors < <(measure "$url")
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
                "$1" "$name" "$path" "$status" "$size" "$run" "$rps" "$p50" "$p99" "$errors" \
                >> "$RESULTS"
        done
        echo "$1 $name: status $status, $size bytes" >&2
    done
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
bench_mode uncached 0
bench_mode cached 600
elapsed=$(( $(date +%s) - started ))

"$PYTHON" bench/report.py "$RESULTS" "$OUT" \
    --scale "$SCALE" --duration "$DURATION" --runs "$RUNS" --elapsed "$elapsed" \
    --command "DATABASE_URL=... SCALE=$SCALE DURATION=$DURATION RUNS=$RUNS bash bench/run.sh"
echo "Wrote $OUT in ${elapsed} s" >&2
