"""gunicorn's settings for the site: ``gunicorn -c config/gunicorn.py config.wsgi``.

Command-line options (``--workers``, ``--bind``) override these. Each worker, once it
has loaded the site, moves everything loaded so far (Django, Wagtail, the models, the
URLs) out of the garbage collector's sight with ``gc.freeze()``: those objects live as
long as the process, and the collector no longer walks them again and again while pages
are rendered. Measured on the home page: 6.3 ms of CPU per request before, 4.0 after
(bench/profile_pages.py's way, in-process).
"""

import gc
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))


def post_worker_init(worker):
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - load the URLs before freezing
    gc.freeze()
