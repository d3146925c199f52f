"""Anonymous pages come from the cache; a change shows on the next request, everywhere."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory, override_settings

from core import generation
from core.page_cache import AnonymousPageCacheMiddleware
from home.models import StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.usefixtures("clear_cache")
CACHED = override_settings(PAGE_CACHE_SECONDS=600)


@pytest.fixture
def clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def about(home, locales, translate_page):
    from core.models import AllianceSettings

    AllianceSettings.load()  # created on first use; its creation would empty the cache
    page = StandardPageFactory(parent=home, title="About us", slug="about-us")
    translate_page(home, locales["fr"], title="Accueil")
    translate_page(page, locales["fr"], title="À propos")
    return page


@CACHED
def test_second_anonymous_request_is_served_from_the_cache(
    client, about, django_assert_num_queries
):
    first = client.get("/en/about-us/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/en/about-us/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    # the page cache sits above the locale middleware: its headers are stored with the page
    assert second["Content-Language"] == first["Content-Language"] == "en"


class CountingCache:
    """The page cache, counting the round trips made through it."""

    def __init__(self, cache):
        self.cache = cache
        self.calls = []

    def __getattr__(self, name):
        method = getattr(self.cache, name)

        def counted(*args, **kwargs):
            self.calls.append(name)
            return method(*args, **kwargs)

        return counted


@CACHED
def test_a_cached_page_costs_one_round_trip_to_the_cache(client, about, monkeypatch):
    """The current generation and the page are read together (get_many: one MGET)."""
    from django.core.cache import cache

    import core.page_cache

    assert client.get("/en/about-us/")["X-Page-Cache"] == "miss"
    counting = CountingCache(cache)
    monkeypatch.setattr(core.page_cache, "shared_cache", lambda: counting)
    assert client.get("/en/about-us/")["X-Page-Cache"] == "hit"
    assert counting.calls == ["get_many"]


@CACHED
def test_a_page_built_again_replaces_its_stale_copy(client, about):
    from django.core.cache import cache

    from core.generation import bump_generation
    from core.page_cache import cache_key

    client.get("/en/about-us/")
    key = cache_key(RequestFactory().get("/en/about-us/"))
    first = cache.get(key)
    bump_generation()
    assert client.get("/en/about-us/")["X-Page-Cache"] == "miss"
    second = cache.get(key)
    assert second["generation"] == first["generation"] + 1
    assert client.get("/en/about-us/")["X-Page-Cache"] == "hit"


@CACHED
def test_the_sitemap_is_kept_per_generation_not_stored_again(
    client, about, django_assert_num_queries
):
    """A sitemap is kept by each process (core/chrome.py): the page cache leaves it."""
    first = client.get("/sitemap-en.xml")
    with django_assert_num_queries(0):
        second = client.get("/sitemap-en.xml")
    assert "X-Page-Cache" not in second
    assert second.content == first.content and b"/en/about-us/" in second.content
    assert "max-age=3600" in second["Cache-Control"]
    about.title = "About the Alliance"
    about.slug = "about-the-alliance"
    about.save_revision().publish()
    assert b"/en/about-the-alliance/" in client.get("/sitemap-en.xml").content


@CACHED
def test_a_publish_shows_at_once_in_every_language(client, about):
    client.get("/en/about-us/")
    client.get("/fr/about-us/")
    about.title = "About the Alliance"
    about.save_revision().publish()
    response = client.get("/en/about-us/")
    assert response["X-Page-Cache"] == "miss"
    assert "About the Alliance" in response.content.decode()
    assert client.get("/fr/about-us/")["X-Page-Cache"] == "miss"


@CACHED
def test_an_unpublish_shows_at_once(client, about):
    assert client.get("/en/about-us/").status_code == 200
    about.unpublish()
    assert client.get("/en/about-us/").status_code == 404


@CACHED
def test_a_move_shows_at_once(client, home, about):
    parent = StandardPageFactory(parent=home, title="Who we are", slug="who-we-are")
    client.get("/en/about-us/")
    StandardPage.objects.get(pk=about.pk).move(parent, pos="last-child")
    old_address = client.get("/en/about-us/")
    assert old_address.status_code == 301  # Wagtail's automatic redirect
    assert old_address["Location"].endswith("/en/who-we-are/about-us/")
    assert client.get("/en/who-we-are/about-us/").status_code == 200


@CACHED
def test_a_new_translation_shows_at_once(client, home, about, locales, translate_page):
    client.get("/de/about-us/")  # no German page yet
    translate_page(home, locales["de"], title="Startseite")
    translate_page(about, locales["de"], title="Über uns")
    response = client.get("/de/about-us/")
    assert response.status_code == 200
    assert "Über uns" in response.content.decode()


@CACHED
def test_logged_in_editors_are_never_served_from_the_cache(client, about):
    client.get("/en/about-us/")
    editor = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    response = client.get("/en/about-us/")
    assert "X-Page-Cache" not in response
    assert "wagtail-userbar" in response.content.decode()


@CACHED
def test_responses_with_a_csrf_token_or_a_cookie_are_not_stored(db):
    from django.http import HttpResponse

    def view_with_token(request):
        request.META["CSRF_COOKIE_USED"] = True
        return HttpResponse("<form>token</form>")

    middleware = AnonymousPageCacheMiddleware(view_with_token)
    first = middleware(RequestFactory().get("/en/join/"))
    second = middleware(RequestFactory().get("/en/join/"))
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second

    def view_with_cookie(request):
        response = HttpResponse("hello")
        response.set_cookie("preference", "1")
        return response

    middleware = AnonymousPageCacheMiddleware(view_with_cookie)
    middleware(RequestFactory().get("/en/x/"))
    assert "X-Page-Cache" not in middleware(RequestFactory().get("/en/x/"))


@override_settings(
    PAGE_CACHE_SECONDS=600,
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    },
)
def test_pages_are_served_when_the_cache_is_down(client, about):
    for _ in range(2):
        response = client.get("/en/about-us/")
        assert response.status_code == 200
        assert "<h1>About us</h1>" in response.content.decode()
        assert response.get("X-Page-Cache") != "hit"


@pytest.fixture
def page_keys(monkeypatch):
    """The keys pages are stored under, as the page cache sets them."""
    from django.core.cache import cache

    from core import page_cache

    stored = set()

    class RecordingCache(CountingCache):
        def set(self, key, value, *args, **kwargs):
            if key.startswith("page-cache:") and key != generation.GENERATION_KEY:
                stored.add(key)
            return self.cache.set(key, value, *args, **kwargs)

    monkeypatch.setattr(page_cache, "shared_cache", lambda: RecordingCache(cache))
    return stored


@CACHED
def test_junk_query_parameters_add_no_cache_key(client, about, page_keys):
    """300 addresses with parameters no page reads: no key is added, and the page still
    answers (from the key of the clean address once it is stored)."""
    assert client.get("/en/about-us/")["X-Page-Cache"] == "miss"
    keys = set(page_keys)
    assert len(keys) == 1
    for number in range(300):
        response = client.get(f"/en/about-us/?utm_source=x{number}&junk{number}=1")
        assert response.status_code == 200
        assert response["X-Page-Cache"] == "hit"
    assert page_keys == keys


@CACHED
def test_an_unknown_parameter_on_a_new_address_is_served_but_not_stored(client, about, page_keys):
    response = client.get("/en/about-us/?fbclid=abc")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert page_keys == set()


@CACHED
def test_the_parameters_a_listing_reads_make_their_own_keys_in_any_order(client, home, page_keys):
    from tests.factories import NewsIndexPageFactory

    NewsIndexPageFactory(parent=home, slug="news")
    assert client.get("/en/news/?year=2020&page=2")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/?page=2&year=2020&utm=1")["X-Page-Cache"] == "hit"
    assert client.get("/en/news/?year=2021&page=2")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/?page=2&year=2020&year=")["X-Page-Cache"] == "hit"
    assert len(page_keys) == 2


class FailingCache:
    """A cache whose every call fails, as a cache server gone away does when errors are
    not ignored."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("the cache server went away")

        return fail


@CACHED
def test_a_page_is_served_from_the_database_when_the_cache_fails_and_the_failure_is_logged(
    client, about, monkeypatch, caplog
):
    from core import page_cache

    monkeypatch.setattr(page_cache, "shared_cache", lambda: FailingCache())
    with caplog.at_level("WARNING", logger="core.page_cache"):
        for _ in range(2):
            response = client.get("/en/about-us/")
            assert response.status_code == 200
            assert "<h1>About us</h1>" in response.content.decode()
            assert "X-Page-Cache" not in response
    records = [record for record in caplog.records if record.name == "core.page_cache"]
    assert [record.getMessage() for record in records] == ["Page cache unavailable"] * 2
    assert not any(record.exc_info for record in records)  # one line, no traceback


@CACHED
@override_settings(FRONTEND_CACHE_URL="")
def test_browsers_are_told_to_ask_again_for_a_stored_page_each_time(client, about):
    """The page may change at the next publish: a browser revalidates (max-age=0), the
    miss and the hit alike; only a purged CDN may keep it (FRONTEND_CACHE_URL)."""
    first = client.get("/en/about-us/")
    second = client.get("/en/about-us/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert response["Cache-Control"] == "max-age=0"
        assert "Expires" in response


@CACHED
@override_settings(FRONTEND_CACHE_URL="http://127.0.0.1:6081/")
def test_a_purged_cdn_may_keep_a_stored_page_as_long_as_the_page_cache(client, about):
    first = client.get("/en/about-us/")
    second = client.get("/en/about-us/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert response["Cache-Control"] == "max-age=0, s-maxage=600"


@pytest.fixture
def page_timeouts(monkeypatch):
    """{key: timeout} of the pages the page cache stores."""
    from django.core.cache import cache

    from core import page_cache

    stored = {}

    class RecordingCache(CountingCache):
        def set(self, key, value, timeout=None, *args, **kwargs):
            if key.startswith("page-cache:") and key != generation.GENERATION_KEY:
                stored[key] = timeout
            return self.cache.set(key, value, timeout, *args, **kwargs)

    monkeypatch.setattr(page_cache, "shared_cache", lambda: RecordingCache(cache))
    return stored


@CACHED
def test_a_stored_page_expires_after_the_page_cache_duration(client, about, page_timeouts):
    assert client.get("/en/about-us/")["X-Page-Cache"] == "miss"
    assert list(page_timeouts.values()) == [600]


@CACHED
def test_a_page_the_cache_cannot_store_is_served_and_the_failure_logged(
    client, about, monkeypatch, caplog
):
    from django.core.cache import cache

    from core import page_cache

    class RefusingCache(CountingCache):
        def set(self, key, value, *args, **kwargs):
            if key.startswith("page-cache:") and key != generation.GENERATION_KEY:
                raise ConnectionError("out of memory")
            return self.cache.set(key, value, *args, **kwargs)

    monkeypatch.setattr(page_cache, "shared_cache", lambda: RefusingCache(cache))
    with caplog.at_level("WARNING", logger="core.page_cache"):
        response = client.get("/en/about-us/")
    assert response.status_code == 200
    assert "<h1>About us</h1>" in response.content.decode()
    assert response["X-Page-Cache"] == "miss"
    records = [record for record in caplog.records if record.name == "core.page_cache"]
    assert [record.getMessage() for record in records] == [
        "Page cache unavailable: page not stored"
    ]
    assert not records[0].exc_info
