"""Settings of the benchmark server (bench/run.sh): production settings, plus the floor.

Everything comes from config.settings.production (so from the environment); only the
URLconf differs, adding the framework floor (bench/urls.py), and its bare copy, which the
page cache does not look up: with the cache on, a cached page is compared both with the
floor as every request meets it (a lookup that misses, then the view) and with Django's
own work for a constant page.
"""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
PAGE_CACHE_SKIPPED_PREFIXES = ("/bench-floor/bare/",)
