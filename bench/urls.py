"""The site's URLs plus the framework floor: /bench-floor/, a bare Django view.

The floor answers a constant page of BENCH_FLOOR_BYTES bytes (run.sh sets it to the size
of the home page), or of ``?bytes=N`` bytes (for pages much larger than that), through
the same middleware and server as every page. It is marked private, so the page cache
never stores it: it measures Django, not the cache. With the page cache on, /bench-floor/
is still looked up in it (a miss), as every request is; /bench-floor/bare/, the same
view, is not (bench/settings.py).
"""

import functools
import os

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import cache_control

from config.urls import handler500  # noqa: F401
from config.urls import urlpatterns as site_urlpatterns

FLOOR_BYTES = int(os.environ.get("BENCH_FLOOR_BYTES", "20000"))
PREFIX = "<!DOCTYPE html>"


@functools.lru_cache(maxsize=16)
def floor_body(size):
    return (PREFIX + "x" * max(size - len(PREFIX), 0)).encode()


@cache_control(private=True)
def floor(request):
    """``?bytes=N``: a body of N bytes (a large page's own floor), else the home page's size."""
    size = request.GET.get("bytes", "")
    size = int(size) if size.isdigit() and int(size) <= 10_000_000 else FLOOR_BYTES
    return HttpResponse(floor_body(size))


urlpatterns = [
    path("bench-floor/", floor, name="bench-floor"),
    path("bench-floor/bare/", floor, name="bench-floor-bare"),
    *site_urlpatterns,
]
