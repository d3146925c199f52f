"""Cache keys hold the code's release: a deploy never reads what other code kept."""

from django.test import RequestFactory

import core.page_cache
from core import generation, release
from core.page_cache import cache_key


def test_the_release_is_a_fingerprint_of_the_code_or_the_environment(monkeypatch):
    assert len(release.release()) == 12
    release.release.cache_clear()
    monkeypatch.setenv("RELEASE", "4f2a9c1")
    try:
        assert release.release() == "4f2a9c1"
    finally:
        release.release.cache_clear()


def test_page_and_chrome_keys_change_with_the_release(monkeypatch, db):
    request = RequestFactory().get("/en/")
    page_key = cache_key(request)
    assert generation.cached(request, "test", [], lambda: "kept by the old code") == (
        "kept by the old code"
    )
    monkeypatch.setattr(generation, "release", lambda: "next-release")
    monkeypatch.setattr(core.page_cache, "release", lambda: "next-release")
    assert cache_key(request) != page_key
    generation.recent.clear()
    fresh = RequestFactory().get("/en/")
    assert generation.cached(fresh, "test", [], lambda: "built by the new code") == (
        "built by the new code"
    )
