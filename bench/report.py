"""Turn bench/run.sh's measurements (TSV) into docs/benchmarks.md: medians, floor ratios."""

import argparse
import datetime
import os
import platform
import statistics
from collections import defaultdict
from pathlib import Path

FOOTER = """## How to run it

```
bash scripts/test.sh --co -q                  # once: makes .venv (bench/run.sh installs wrk)
createdb -h 127.0.0.1 -U postgres alliance_bench
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/alliance_bench
DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py migrate
DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python manage.py load_demo
.venv/bin/python bench/generate.py --scale 1   # --reset to replace an earlier run
bash bench/run.sh                              # writes docs/benchmarks.md
# scale 10, in its own database (uncached: the cached figures do not depend on it):
SCALE=10 MODES=uncached OUT=docs/benchmarks-scale-10.md bash bench/run.sh
```

`bench/generate.py` inserts pages in bulk (bench/bulk.py: no revisions, no signals), then
rebuilds both search indexes and runs VACUUM ANALYZE (what autovacuum would do; it is off
on this machine's PostgreSQL). Measured on this machine on 2026-12-05: scale 1 (3,100
synthetic pages with the translations) took 3.3 s for the pages, 8.6 s for
`update_index` and 16.9 s for `rebuild_site_search` (28.9 s in all); scale 10 (31,050
pages) took 27.0 s for the pages, 111 s for `update_index` and 281 s for
`rebuild_site_search` (420 s in all).

## Query budgets

tests/performance/test_query_budgets.py asserts the exact number of SQL queries of each
public page type, the same with 5 and with 500 items in every listing (on the test
database; PostgreSQL and SQLite give the same counts), both with the shared page chrome
in the cache and on the first request after a change.
"""

FIELDS = ["mode", "name", "path", "status", "size", "run", "rps", "p50", "p99", "errors"]


def machine():
    model = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    memory = "unknown"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return f"{os.cpu_count()} CPUs ({model}), {memory} memory, {platform.platform()}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("out")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--duration", default="8s")
    parser.add_argument("--runs", default="3")
    parser.add_argument("--elapsed", default="?")
    parser.add_argument("--command", default="bash bench/run.sh")
    parser.add_argument("--profile", help="bench/profile_pages.py's output")
    parser.add_argument("--load", default="?", help="load average before the run")
    args = parser.parse_args()
    profile = {}
    if args.profile:
        for line in Path(args.profile).read_text().splitlines():
            name, warm, cold, cpu = line.split("\t")
            profile[name] = (warm, cold, cpu)

    runs = defaultdict(list)
    info = {}
    order = []
    for line in Path(args.results).read_text().splitlines():
        row = dict(zip(FIELDS, line.split("\t"), strict=True))
        key = (row["mode"], row["name"])
        if key not in runs:
            order.append(key)
        runs[key].append(row)
        info[key] = row
    median = {
        key: {
            field: statistics.median(float(row[field]) for row in rows)
            for field in ("rps", "p50", "p99")
        }
        | {"errors": sum(int(row["errors"]) for row in rows)}
        for key, rows in runs.items()
    }

    lines = [
        "# Benchmarks",
        "",
        "Produced by `bench/run.sh` (do not edit by hand: run it again). Each figure is the",
        f"median of {args.runs} runs of `wrk -t2 -c8 -d{args.duration} --latency` against",
        "gunicorn with 2 workers on 127.0.0.1, production settings (`bench.settings` =",
        "`config.settings.production` plus the floor URL), PostgreSQL, Redis as the cache, ",
        "`CONN_MAX_AGE=600`.",
        "",
        "- *Floor*: a bare Django view answering a constant page through the same middleware",
        "  and server settings, never cached, the size of the home page (a page over 64 KiB",
        "  gets a floor of its own size). Each run of a page follows a run of its floor, since",
        "  the machine's speed drifts over minutes: *floor req/s* is the median of the floor",
        "  runs beside that page; the *floor* line, of every run of the home-size floor.",
        "- *Ratio*: the page's requests per second over its floor's.",
        "- With the page cache on, the floor is looked up in the cache first (a miss), as every",
        "  request is; the *bare floor*, the same view, skips that lookup: a page from the",
        "  cache pays one round trip to Redis that the bare floor does not.",
        "- *Uncached*: the full-page cache is off (`PAGE_CACHE_SECONDS=0`); what every page",
        "  shares (menu, footer, language links, counters, latest news) and the documents",
        "  built from every page (sitemaps, the practices map) are still kept per content",
        "  generation (core/chrome.py), as in production.",
        "- *Queries*: SQL queries of one request with that shared part in the cache (most",
        "  requests), and *after a change*: of the first request after a publish, when it is",
        "  built afresh. *CPU ms*: the app process's CPU time per request",
        "  (bench/profile_pages.py, in-process, PostgreSQL's own time not included).",
        "",
        f"- Date: {datetime.date.today().isoformat()}",
        f"- Machine: {machine()}; load average before the run: {args.load}.",
        f"- Content: `bench/generate.py --scale {args.scale}` over the demo "
        "(`manage.py load_demo`).",
        f"- Command: `{args.command}` ({args.elapsed} s in all)",
        "",
    ]
    titles = (
        ("uncached", "Uncached (PAGE_CACHE_SECONDS=0)"),
        ("cached", "Cached (PAGE_CACHE_SECONDS=600, CACHE_URL=redis://127.0.0.1:6379/9)"),
    )
    for mode, title in titles:
        if not any(key[0] == mode for key in order):
            continue  # not measured in this run (MODES)
        header = "| page | path | status | bytes | req/s | p50 ms | p99 ms | floor req/s | ratio |"
        rule = "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
        if mode == "uncached" and profile:
            header += " queries | after a change | CPU ms |"
            rule += " ---: | ---: | ---: |"
        bare = any(key[0] == mode and key[1].startswith("bare floor: ") for key in order)
        if bare:
            header += " bare floor req/s | ratio to the bare floor |"
            rule += " ---: | ---: |"
        lines += [f"## {title}", "", header, rule]
        floor_runs = [
            row
            for (row_mode, name), rows in runs.items()
            if row_mode == mode and name.startswith("floor: ")
            for row in rows
            if row["path"] == "/bench-floor/"
        ]
        if floor_runs:
            rps, p50, p99 = (
                statistics.median(float(row[field]) for row in floor_runs)
                for field in ("rps", "p50", "p99")
            )
            lines.append(
                f"| floor | `/bench-floor/` | 200 | {floor_runs[0]['size']} | {rps:.0f} | "
                f"{p50:.1f} | {p99:.1f} | {rps:.0f} | 100.0 % |"
                + (" | | |" if mode == "uncached" and profile else "")
                + (" | |" if bare else "")
            )
        for key in order:
            if key[0] != mode or key[1].startswith(("floor: ", "bare floor: ")):
                continue
            row, figures = info[key], median[key]
            floor = median.get((mode, f"floor: {key[1]}"), {}).get("rps")
            ratio = f"{100 * figures['rps'] / floor:.1f} %" if floor else "?"
            status = row["status"] + (f" ({figures['errors']} errors)" if figures["errors"] else "")
            line = (
                f"| {key[1]} | `{row['path']}` | {status} | {row['size']} | "
                f"{figures['rps']:.0f} | {figures['p50']:.1f} | {figures['p99']:.1f} | "
                f"{floor or 0:.0f} | {ratio} |"
            )
            if mode == "uncached" and profile:
                warm, cold, cpu = profile.get(key[1], ("", "", ""))
                line += f" {warm} | {cold} | {cpu} |"
            if bare:
                bare_floor = median.get((mode, f"bare floor: {key[1]}"), {}).get("rps")
                bare_ratio = f"{100 * figures['rps'] / bare_floor:.1f} %" if bare_floor else "?"
                line += f" {bare_floor or 0:.0f} | {bare_ratio} |"
            lines.append(line)
        lines.append("")
    lines += FOOTER.splitlines()
    Path(args.out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
