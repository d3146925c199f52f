"""Pins what core/serving.py relies on in Wagtail: that the site and the route handed to
a request are the ones Wagtail then uses, without a query. If an upgrade of Wagtail
changes where it keeps them, these fail (instead of the site silently routing twice)."""

from django.test import RequestFactory
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from core.serving import (
    hand_wagtail_the_root_paths,
    hand_wagtail_the_route,
    hand_wagtail_the_site,
)


def test_wagtail_uses_the_site_handed_to_the_request(home, django_assert_num_queries):
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/en/")
    hand_wagtail_the_site(request, site)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site


def test_wagtail_uses_the_route_handed_to_the_request(home, django_assert_num_queries):
    request = RequestFactory().get("/en/anything/")
    marker = (home, [], {})
    hand_wagtail_the_route(request, marker)
    with django_assert_num_queries(0):
        assert Page.route_for_request(request, "/en/anything/") is marker


def test_wagtail_builds_page_urls_from_the_root_paths_handed_to_the_request(
    home, django_assert_num_queries
):
    site = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/en/")
    hand_wagtail_the_site(request, site)
    # Another site's root paths, only here: a page under it gets that site's address.
    pinned = [
        SiteRootPath(site.pk + 1, home.url_path, "http://pinned.example", "en"),
        SiteRootPath(site.pk + 2, "/elsewhere/", "http://other.example", "en"),
    ]
    hand_wagtail_the_root_paths(request, pinned)
    with django_assert_num_queries(0):
        assert home.get_url(request) == "http://pinned.example/en/"
