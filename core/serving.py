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


def remember_site(request):
    """Give a view that is not a page (search, feeds) the site from the cache, as
    ``serve`` does: Wagtail's ``Site.find_for_request`` then costs no query."""
    found = site_and_root(request)
    if found is not None:
        request._wagtail_site = found[0]


def serve(request, path):
    found = site_and_root(request)
    if found is not None and not hasattr(request, "_wagtail_route_for_request"):
        site, root_pk, root_model, start = found
        request._wagtail_site = site
        components = [component for component in path.split("/") if component]
        try:
            result = None
            if components and root_model.route is routing.ChainRoutingMixin.route:
                # Below the home page: routed from its place in the tree, unread.
                result = routing.route(start, request, components)
            if result is None:
                root = root_model.objects.get(pk=root_pk)
                result = root.route(request, components)
            request._wagtail_route_for_request = result
        except (Http404, root_model.DoesNotExist):
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)
