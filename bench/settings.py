"""Settings of the benchmark server (bench/run.sh): production settings, plus the floor.

Everything comes from config.settings.production (so from the environment); only the
URLconf differs, adding the framework floor (bench/urls.py).
"""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
