"""Queries and CPU time of each benchmarked page, in-process (bench/run.sh calls it).

    DJANGO_SETTINGS_MODULE=bench.settings python bench/profile_pages.py bench/pages.tsv

For each page of the list (name<TAB>path), with the page cache off: the SQL queries of a
request once the page chrome is cached (most requests), the queries of the first
request after a content change (the chrome built afresh), and the mean CPU time of the
process per request over REQUESTS requests (time.process_time: the app's own work,
without PostgreSQL's). Prints name<TAB>queries<TAB>queries after a change<TAB>CPU ms.
"""

import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from core.generation import bump_generation  # noqa: E402

REQUESTS = int(os.environ.get("REQUESTS", "30"))


def count_queries(client, path):
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(queries)


def main(pages_file):
    client = Client(HTTP_HOST="127.0.0.1")
    pages = [line.split("\t") for line in Path(pages_file).read_text().splitlines() if line]
    for _name, path in pages:
        client.get(path)
    gc.freeze()  # as each gunicorn worker does once loaded (config/gunicorn.py)
    for name, path in pages:
        client.get(path)
        warm = count_queries(client, path)
        bump_generation()
        cold = count_queries(client, path)
        started = time.process_time()
        for _ in range(REQUESTS):
            client.get(path)
        cpu_ms = (time.process_time() - started) * 1000 / REQUESTS
        print(f"{name}\t{warm}\t{cold}\t{cpu_ms:.1f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
