"""The content generation and what is kept under it (core/generation.py), read through a
cache that records what it is asked: numbers, timeouts and failures written by hand."""

import logging
import time

import pytest
from django.test import RequestFactory, override_settings

from core import generation


class RecordingCache:
    """A cache of a dict that keeps the timeout each key was stored with."""

    def __init__(self):
        self.values = {}
        self.timeouts = {}
        self.gets = 0

    def get(self, key, default=None):
        self.gets += 1
        return self.values.get(key, default)

    def add(self, key, value, timeout=300):
        if key in self.values:
            return False
        self.set(key, value, timeout)
        return True

    def set(self, key, value, timeout=300):
        self.values[key] = value
        self.timeouts[key] = timeout

    def incr(self, key, delta=1):
        if key not in self.values:
            raise ValueError(f"Key '{key}' not found")
        self.values[key] += delta
        return self.values[key]


class ForgetfulCache(RecordingCache):
    """Redis with IGNORE_EXCEPTIONS while it is down: every read answers None."""

    def get(self, key, default=None):
        return None


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache down")

        return fail


@pytest.fixture
def cache(monkeypatch):
    recording = RecordingCache()
    monkeypatch.setattr(generation, "shared_cache", lambda: recording)
    monkeypatch.setattr(generation, "release", lambda: "r1")
    return recording


def request(host="localhost", secure=False):
    return RequestFactory().get("/en/", HTTP_HOST=host, secure=secure)


# The generation ----------------------------------------------------------------------------


def test_the_first_generation_is_the_time_in_microseconds(cache):
    before = time.time_ns() // 1000
    first = generation.current_generation()
    after = time.time_ns() // 1000
    assert before <= first <= after
    assert isinstance(first, int)
    assert cache.values["page-cache:generation"] == first
    assert cache.timeouts["page-cache:generation"] is None  # never expires


def test_the_generation_is_read_back_as_stored(cache):
    cache.values["page-cache:generation"] = 41
    assert generation.current_generation() == 41
    assert generation.current_generation() == 41


def test_a_cache_that_forgets_at_once_still_gives_a_fresh_generation(monkeypatch):
    monkeypatch.setattr(generation, "shared_cache", lambda: ForgetfulCache())
    before = time.time_ns() // 1000
    assert generation.current_generation() >= before


def test_a_cache_down_gives_no_generation_and_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(generation, "shared_cache", lambda: BrokenCache())
    with caplog.at_level(logging.WARNING, logger="core.generation"):
        assert generation.current_generation() is None
    assert [record.getMessage() for record in caplog.records] == ["Page cache unavailable"]
    assert [bool(record.exc_info) for record in caplog.records] == [False]  # no traceback


def test_a_bump_adds_one(cache):
    cache.values["page-cache:generation"] = 41
    generation.bump_generation()
    assert cache.values["page-cache:generation"] == 42


def test_a_bump_of_an_emptied_cache_starts_above_every_earlier_generation(cache):
    before = time.time_ns() // 1000
    generation.bump_generation()
    assert cache.values["page-cache:generation"] >= before
    assert cache.timeouts["page-cache:generation"] is None


def test_a_bump_with_the_cache_down_is_logged_not_raised(monkeypatch, caplog):
    monkeypatch.setattr(generation, "shared_cache", lambda: BrokenCache())
    with caplog.at_level(logging.WARNING, logger="core.generation"):
        generation.bump_generation()
    assert [record.getMessage() for record in caplog.records] == [
        "Page cache unavailable: could not invalidate"
    ]
    assert [bool(record.exc_info) for record in caplog.records] == [False]  # no traceback


# Read once per request -----------------------------------------------------------------------


def test_the_generation_is_read_once_per_request(cache):
    cache.values["page-cache:generation"] = 7
    served = request()
    assert generation.request_generation(served) == 7
    cache.values["page-cache:generation"] = 8
    assert generation.request_generation(served) == 7
    assert generation.request_generation(request()) == 8


def test_without_a_request_the_one_being_served_is_used(cache):
    cache.values["page-cache:generation"] = 7
    served = request()
    seen = {}

    def view(inner):
        seen["generation"] = generation.request_generation(None)
        cache.values["page-cache:generation"] = 8
        seen["again"] = generation.request_generation(None)
        return "response"

    middleware = generation.CurrentRequestMiddleware(view)
    assert middleware(served) == "response"
    assert seen == {"generation": 7, "again": 7}
    # Outside a request: read from the cache each time.
    assert generation.request_generation(None) == 8


# The values of the processes ----------------------------------------------------------------


def test_recent_values_forget_the_least_recently_used_first():
    recent = generation.RecentValues(size=2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "a" used last: "b" goes first
    recent.put("c", 3)
    assert recent.get("b", "gone") == "gone"
    assert (recent.get("a"), recent.get("c")) == (1, 3)
    recent.put("a", 10)  # written again: now the most recent
    recent.put("d", 4)
    assert recent.get("c") is None
    assert (recent.get("a"), recent.get("d")) == (10, 4)
    recent.clear()
    assert recent.get("a") is None


def test_recent_values_keep_as_many_as_their_size():
    recent = generation.RecentValues(size=3)
    for number in range(5):
        recent.put(number, number)
    assert [recent.get(number) for number in range(5)] == [None, None, 2, 3, 4]


# cached ---------------------------------------------------------------------------------


def test_a_kept_value_is_stored_under_release_generation_name_origin_and_parts(cache):
    cache.values["page-cache:generation"] = 7
    built = []
    value = generation.cached(request(), "menu", ["fr", 3], lambda: built.append(1) or "M")
    assert value == "M"
    key = "chrome:r1:7:menu:http://localhost:fr:3"
    assert cache.values[key] == ("M",)
    assert cache.timeouts[key] == 3600
    assert generation.recent.get(key) == "M"


def test_a_value_is_built_once_per_generation_then_again_after_a_bump(cache):
    cache.values["page-cache:generation"] = 7
    built = []

    def build():
        built.append(1)
        return f"built {len(built)}"

    assert generation.cached(request(), "menu", [], build) == "built 1"
    assert generation.cached(request(), "menu", [], build) == "built 1"
    generation.recent.clear()
    assert generation.cached(request(), "menu", [], build) == "built 1"  # shared cache
    generation.bump_generation()
    assert generation.cached(request(), "menu", [], build) == "built 2"
    assert len(built) == 2


def test_other_parts_names_or_origins_are_kept_apart(cache):
    cache.values["page-cache:generation"] = 7
    assert generation.cached(request(), "menu", ["en"], lambda: "en") == "en"
    assert generation.cached(request(), "menu", ["fr"], lambda: "fr") == "fr"
    assert generation.cached(request(), "footer", ["en"], lambda: "footer") == "footer"
    assert generation.cached(request(secure=True), "menu", ["en"], lambda: "https") == "https"
    assert generation.cached(request("127.0.0.1"), "menu", ["en"], lambda: "other") == "other"


def test_a_value_is_read_at_most_once_per_request(cache):
    cache.values["page-cache:generation"] = 7
    served = request()
    assert generation.cached(served, "menu", [], lambda: "M") == "M"
    generation.recent.clear()
    reads = cache.gets
    assert generation.cached(served, "menu", [], lambda: "other") == "M"
    assert cache.gets == reads


def test_a_value_kept_by_the_process_is_not_read_from_the_shared_cache(cache):
    cache.values["page-cache:generation"] = 7
    assert generation.cached(request(), "menu", [], lambda: "M") == "M"
    served = request()
    generation.request_generation(served)
    reads = cache.gets
    assert generation.cached(served, "menu", [], lambda: "other") == "M"
    assert generation.cached(served, "menu", [], lambda: "other") == "M"
    assert cache.gets == reads


def test_one_request_keeps_values_under_one_generation_though_a_bump_comes(cache):
    cache.values["page-cache:generation"] = 7
    served = request()
    generation.cached(served, "menu", [], lambda: "M")
    generation.bump_generation()
    generation.cached(served, "footer", [], lambda: "F")
    assert "chrome:r1:7:footer:http://localhost" in cache.values
    assert "chrome:r1:8:footer:http://localhost" not in cache.values


def test_a_value_from_the_shared_cache_is_kept_by_the_process(cache):
    cache.values["page-cache:generation"] = 7
    cache.values["chrome:r1:7:menu:http://localhost"] = ("from another server",)
    assert generation.cached(request(), "menu", [], lambda: "built") == "from another server"
    assert generation.recent.get("chrome:r1:7:menu:http://localhost") == ("from another server")


def test_a_kept_none_is_not_built_again(cache):
    cache.values["page-cache:generation"] = 7
    built = []
    assert generation.cached(request(), "count", [], lambda: built.append(1)) is None
    generation.recent.clear()
    assert generation.cached(request(), "count", [], lambda: built.append(1)) is None
    assert len(built) == 1


def test_a_value_not_worth_keeping_is_built_each_time(cache):
    cache.values["page-cache:generation"] = 7
    built = []

    def build():
        built.append(1)
        return None

    keep = lambda value: value is not None  # noqa: E731
    assert generation.cached(request(), "route", [], build, keep=keep) is None
    assert generation.cached(request(), "route", [], build, keep=keep) is None
    assert len(built) == 2
    assert "chrome:r1:7:route:http://localhost" not in cache.values
    assert generation.cached(request(), "kept", [], lambda: "yes", keep=keep) == "yes"
    assert cache.values["chrome:r1:7:kept:http://localhost"] == ("yes",)


def test_a_value_goes_to_the_process_store_it_is_given(cache):
    cache.values["page-cache:generation"] = 7
    routes = generation.RecentValues(size=4)
    generation.cached(request(), "route", [1], lambda: "R", lru=routes)
    assert routes.get("chrome:r1:7:route:http://localhost:1") == "R"
    assert generation.recent.get("chrome:r1:7:route:http://localhost:1") is None


def test_without_a_request_the_origin_is_a_dash(cache):
    cache.values["page-cache:generation"] = 7
    assert generation.cached(None, "sitemap", ["en"], lambda: "S") == "S"
    assert cache.values["chrome:r1:7:sitemap:-:en"] == ("S",)


@override_settings(CHROME_CACHE_SECONDS=0)
def test_with_keeping_turned_off_every_value_is_built(cache):
    cache.values["page-cache:generation"] = 7
    built = []
    generation.cached(request(), "menu", [], lambda: built.append(1))
    generation.cached(request(), "menu", [], lambda: built.append(1))
    assert len(built) == 2
    assert list(cache.values) == ["page-cache:generation"]


def test_with_the_cache_down_values_are_built_each_time(monkeypatch, caplog):
    monkeypatch.setattr(generation, "shared_cache", lambda: BrokenCache())
    built = []
    for _ in range(2):
        assert generation.cached(request(), "menu", [], lambda: built.append(1) or "M") == "M"
    assert len(built) == 2


def test_a_cache_failing_after_the_generation_still_gives_the_value(monkeypatch, caplog):
    """The generation read, then the cache fails on the value: built, served, logged."""

    class FailsAfterTheGeneration(RecordingCache):
        def get(self, key, default=None):
            if key == "page-cache:generation":
                return 7
            raise ConnectionError("cache down")

        def set(self, key, value, timeout=300):
            raise ConnectionError("cache down")

    monkeypatch.setattr(generation, "shared_cache", lambda: FailsAfterTheGeneration())
    with caplog.at_level(logging.WARNING, logger="core.generation"):
        assert generation.cached(request(), "menu", [], lambda: "M") == "M"
    assert [record.getMessage() for record in caplog.records] == [
        "Cache unavailable: page chrome built from the database",
        "Cache unavailable: page chrome not stored",
    ]
    assert [bool(record.exc_info) for record in caplog.records] == [False, False]  # no traceback
