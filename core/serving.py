"""Wagtail's page view, with the site and its home page in the active language found
once per content generation (core/chrome.py) instead of in three queries a request.

Wagtail's ``serve`` finds the site of the request (one query), then the site's root page
in the active language (``root_page.localized``: one or two queries) and its specific
type (one more), then routes the address from there. Here the site and the root page's
id and type come from the cache; the root page itself is read in one query, routed as
Wagtail would (``route``, core/routing.py), and the result handed to Wagtail's own view,
which serves it with its hooks (view restrictions, previews...) as usual.
"""

from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from core import generation, routing


def site_and_root(request):
    """(site, root page id, root page model) for the request's host and the active
    language, or None when no site answers for the host."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = site.root_page.localized
        start = routing.Start(root.pk, root.path, root.depth, root.url_path)
        return (site, root.pk, root.specific_class, start)

    return generation.cached(request, "site-root", [get_language()], build)


def site_root_paths(request):
    """Wagtail's ``Site.get_site_root_paths()`` (where each site's root page sits, in
    every language), once per content generation: Wagtail reads it from the cache (a
    round trip to Redis) on every request that asks a page for its URL. Adding or
    changing a site or a locale, or moving a page, bumps the generation."""
    return generation.cached(request, "site-root-paths", [], Site.get_site_root_paths)


# Wagtail keeps the site and the route it found for a request on the request itself, under
# these names, and looks there first (``Site.find_for_request``,
# ``Page.route_for_request``, which its ``serve`` view calls), and the site root paths
# ``Page.get_url`` reads. They are not public API: this module is the only place that
# writes them, and tests/core/test_serving_pins.py fails if Wagtail stops reading them.
WAGTAIL_SITE_ATTRIBUTE = "_wagtail_site"
WAGTAIL_ROUTE_ATTRIBUTE = "_wagtail_route_for_request"
WAGTAIL_ROOT_PATHS_ATTRIBUTE = "_wagtail_cached_site_root_paths"


def hand_wagtail_the_site(request, site):
    setattr(request, WAGTAIL_SITE_ATTRIBUTE, site)


def hand_wagtail_the_route(request, result):
    setattr(request, WAGTAIL_ROUTE_ATTRIBUTE, result)


def hand_wagtail_the_root_paths(request, root_paths):
    setattr(request, WAGTAIL_ROOT_PATHS_ATTRIBUTE, root_paths)


def remember_site(request):
    """Give a view that is not a page (search, feeds) the site from the cache, as
    ``serve`` does: Wagtail's ``Site.find_for_request`` then costs no query."""
    found = site_and_root(request)
    if found is not None:
        hand_wagtail_the_site(request, found[0])
        hand_wagtail_the_root_paths(request, site_root_paths(request))


def serve(request, path):
    found = site_and_root(request)
    if found is not None and not hasattr(request, WAGTAIL_ROUTE_ATTRIBUTE):
        site, root_pk, root_model, start = found
        hand_wagtail_the_site(request, site)
        hand_wagtail_the_root_paths(request, site_root_paths(request))
        components = [component for component in path.split("/") if component]
        try:
            result = None
            if components and root_model.route is routing.ChainRoutingMixin.route:
                # Below the home page: routed from its place in the tree, unread.
                result = routing.route(start, request, components)
            if result is None:
                root = root_model.objects.get(pk=root_pk)
                result = root.route(request, components)
            hand_wagtail_the_route(request, result)
        except (Http404, root_model.DoesNotExist):
            hand_wagtail_the_route(request, None)
    return wagtail_views.serve(request, path)
