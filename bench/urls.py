"""The site's URLs plus the framework floor: /bench-floor/, a bare Django view.

The floor answers a constant page of BENCH_FLOOR_BYTES bytes (run.sh sets it to the size
of the home page) through the same middleware and server as every page. It is marked
private so the page cache never stores it: it measures Django, not the cache.
"""

import os

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import cache_control

from config.urls import handler500  # noqa: F401
from config.urls import urlpatterns as site_urlpatterns

FLOOR_BODY = "<!DOCTYPE html>" + "x" * int(os.environ.get("BENCH_FLOOR_BYTES", "20000"))


@cache_control(private=True)
def floor(request):
    return HttpResponse(FLOOR_BODY)


urlpatterns = [path("bench-floor/", floor, name="bench-floor"), *site_urlpatterns]
