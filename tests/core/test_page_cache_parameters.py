"""The page cache's bookkeeping of the query string, unit by unit (core/page_cache.py):
which parameters a view read (``ReadParameters``), and whether its page may be stored
(``may_store``), with the message that names a parameter read without being declared.
Written for the mutants of core/page_cache.py that the page-level tests let live."""

import copy
import logging

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory, override_settings

from core.page_cache import (
    ReadParameters,
    UndeclaredParameter,
    cache_key,
    has_nonce,
    has_unknown_parameters,
    is_cacheable_request,
    is_cacheable_response,
    may_store,
)


def test_read_parameters_answers_as_a_query_string_and_notes_each_name_asked():
    params = ReadParameters("year=2020&topic=housing&topic=health")
    assert params["year"] == "2020"
    assert params.get("topic") == "health"
    assert params.get("kind", "every kind") == "every kind"
    assert params.get("country") is None
    assert params.getlist("topic") == ["housing", "health"]
    assert params.getlist("theme", ["none"]) == ["none"]
    assert "year" in params
    assert "page" not in params
    assert params.read == {"year", "topic", "kind", "country", "theme", "page"}


def test_a_name_missing_from_the_query_string_still_raises_as_django_does():
    params = ReadParameters("year=2020")
    with pytest.raises(KeyError):
        params["topic"]
    assert params.read == {"topic"}


def test_a_copy_of_the_parameters_reports_its_reads_to_the_original():
    params = ReadParameters("year=2020")
    copied = copy.copy(params)
    assert copied.get("year") == "2020"
    assert params.read == {"year"}


def request_reading(path, *names, declared=("page",)):
    request = RequestFactory().get(path)
    request.GET = ReadParameters(request.META["QUERY_STRING"])
    for name in names:
        request.GET.get(name)
    request.cache_query_parameters = frozenset(declared)
    return request


def test_a_request_whose_query_string_was_never_wrapped_may_be_stored():
    """A view answering before the middleware wrapped ``request.GET`` (a plain
    QueryDict, no ``read``): nothing was read, so nothing undeclared."""
    request = RequestFactory().get("/en/news/")
    request.cache_query_parameters = frozenset({"page"})
    assert may_store(request) is True
    assert may_store(RequestFactory().get("/en/news/?junk=2")) is False  # not declared


def test_a_page_reading_only_declared_parameters_may_be_stored():
    assert may_store(request_reading("/en/news/?page=2", "page")) is True


def test_an_address_with_a_parameter_the_page_does_not_declare_is_not_stored():
    assert may_store(request_reading("/en/news/?q=junk", "page")) is False


@override_settings(PAGE_CACHE_STRICT=False)
def test_reading_undeclared_parameters_is_logged_with_their_names_and_not_stored(caplog):
    request = request_reading("/en/news/?year=2020", "year", "topic", "page")
    with caplog.at_level(logging.ERROR, logger="core.page_cache"):
        assert may_store(request) is False
    assert caplog.messages == [
        "/en/news/ reads topic, year from the query string without declaring it "
        "(cache_query_parameters, docs/layout.md): not cached"
    ]


@override_settings(PAGE_CACHE_STRICT=True)
def test_under_strict_settings_reading_an_undeclared_parameter_raises():
    with pytest.raises(UndeclaredParameter, match="^/en/news/ reads year from"):
        may_store(request_reading("/en/news/?year=2020", "year"))


@pytest.mark.parametrize(
    "header", ["Content-Security-Policy", "Content-Security-Policy-Report-Only"]
)
def test_a_policy_allowing_a_script_by_nonce_marks_the_page_as_unshareable(header):
    response = HttpResponse()
    response[header] = "default-src 'self'; script-src 'self' 'nonce-Zm9vYmFy'"
    assert has_nonce(response) is True


def test_a_policy_without_a_nonce_leaves_the_page_shareable():
    response = HttpResponse()
    response["Content-Security-Policy"] = "default-src 'self'; script-src 'self'"
    response["X-Note"] = "'nonce-' in another header"
    assert has_nonce(response) is False
    assert has_nonce(HttpResponse()) is False


@override_settings(PAGE_CACHE_SECONDS=600, PAGE_CACHE_SKIPPED_PREFIXES=("/en/forms/",))
@pytest.mark.parametrize(
    ("method", "path", "cookies", "expected"),
    [
        ("get", "/en/news/", {}, True),
        ("head", "/en/news/", {}, True),
        ("post", "/en/news/", {}, False),
        ("put", "/en/news/", {}, False),
        ("get", "/admin/pages/", {}, False),
        ("get", "/documents/12/report.pdf", {}, False),
        ("get", "/static/css/site.css", {}, False),
        ("get", "/en/forms/join/", {}, False),  # the setting's own prefixes
        ("get", "/en/news/", {"sessionid": "an-editor"}, False),
        ("get", "/en/news/", {"csrftoken": "a-visitor"}, True),
    ],
)
def test_which_requests_the_page_cache_may_answer(method, path, cookies, expected):
    factory = RequestFactory()
    for name, value in cookies.items():
        factory.cookies[name] = value
    request = getattr(factory, method)(path)
    assert is_cacheable_request(request) is expected


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize("method", ["get", "post"])
def test_without_a_cache_duration_no_request_is_answered_from_the_cache(method):
    assert is_cacheable_request(getattr(RequestFactory(), method)("/en/news/")) is False


def answered(status=200, **headers):
    response = HttpResponse(status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def test_a_plain_page_for_everyone_may_be_shared():
    request = RequestFactory().get("/en/news/")
    assert is_cacheable_response(request, answered()) is True
    assert is_cacheable_response(request, answered(Cache_Control="max-age=600")) is True


@pytest.mark.parametrize("status", [201, 204, 301, 302, 304, 404, 500])
def test_only_a_200_page_is_shared(status):
    assert is_cacheable_response(RequestFactory().get("/en/"), answered(status)) is False


@pytest.mark.parametrize("cache_control", ["private", "no-store", "max-age=0, private"])
def test_a_page_marked_private_or_not_to_store_is_not_shared(cache_control):
    response = answered(Cache_Control=cache_control)
    assert is_cacheable_response(RequestFactory().get("/en/"), response) is False


def test_a_streamed_page_is_not_shared():
    response = StreamingHttpResponse(iter([b"a"]))
    assert is_cacheable_response(RequestFactory().get("/en/"), response) is False


def test_a_page_setting_a_cookie_is_not_shared():
    response = answered()
    response.set_cookie("visited", "yes")
    assert is_cacheable_response(RequestFactory().get("/en/"), response) is False


@pytest.mark.parametrize("meta", ["CSRF_COOKIE_USED", "CSRF_COOKIE_NEEDS_UPDATE"])
def test_a_page_holding_a_csrf_token_is_not_shared(meta):
    request = RequestFactory().get("/en/join/")
    request.META[meta] = True
    assert is_cacheable_response(request, answered()) is False


def test_a_page_kept_per_generation_in_each_process_is_not_stored_again():
    response = answered()
    response.kept_per_generation = True
    assert is_cacheable_response(RequestFactory().get("/sitemap.xml"), response) is False


def test_a_page_with_a_script_nonce_is_not_shared():
    response = answered(Content_Security_Policy="script-src 'nonce-abc'")
    assert is_cacheable_response(RequestFactory().get("/en/"), response) is False


def key(path, method="get", host="127.0.0.1"):
    return cache_key(getattr(RequestFactory(), method)(path, HTTP_HOST=host))


def test_the_key_of_a_page_ignores_junk_empty_values_and_the_order_of_parameters():
    plain = key("/en/news/?topic=housing&year=2020")
    assert key("/en/news/?year=2020&topic=housing") == plain
    assert key("/en/news/?topic=housing&year=2020&utm_source=mail") == plain
    assert key("/en/news/?topic=housing&year=2020&page=") == plain
    assert key("/en/news/?topic=housing&year=2021") != plain
    assert key("/en/news/?topic=housing&topic=health&year=2020") != plain
    assert key("/en/news/?topic=health&topic=housing&year=2020") == key(
        "/en/news/?topic=housing&topic=health&year=2020"
    )


def test_the_key_of_a_page_tells_hosts_paths_and_methods_apart():
    plain = key("/en/news/")
    assert plain.startswith("page-cache:")
    assert key("/fr/news/") != plain
    assert key("/en/news/", host="localhost") != plain
    assert key("/en/news/", method="head") != plain


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en/news/", False),
        ("/en/news/?topic=housing&page=2", False),
        ("/en/news/?utm_source=mail", True),
        ("/en/news/?topic=housing&junk=1", True),
    ],
)
def test_a_parameter_no_page_reads_is_unknown(path, expected):
    assert has_unknown_parameters(RequestFactory().get(path)) is expected
