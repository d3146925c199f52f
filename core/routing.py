"""Wagtail's page routing, in two queries instead of two per level of the address.

Wagtail finds ``/en/practices/housing/`` by asking the home page for its child
"practices", that page for its child "housing", each time with a query for the child and
one for its specific type. ``route`` here fetches every page along the address at once,
by ``url_path`` (which Wagtail keeps equal to the parent's plus the slug), then the last
one's specific type: the same page, the same 404s, in two queries at any depth.

A page on the way that routes addresses itself is handed the rest of the address, as
Wagtail would: a RoutablePageMixin page whose sub-routes match it (``geojson/``, feeds),
or any page type with a ``route`` of its own. Anything unexpected (two pages claiming one
address) goes back to Wagtail's own routing.
"""

from dataclasses import dataclass

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

# What routing reads of the pages along the address (the last one is then read whole).
CHAIN_FIELDS = ("path", "depth", "url_path", "slug", "live", "content_type_id", "locale_id")


@dataclass(frozen=True)
class Start:
    """Where routing starts when the start page itself need not be read: its place in
    the tree (core/serving.py keeps it per generation)."""

    pk: int
    path: str
    depth: int
    url_path: str


def routes_itself(page, remaining):
    """True when ``page`` (a plain Page row) must route ``remaining`` itself."""
    page_class = page.specific_class
    if page_class is None:
        return True
    if issubclass(page_class, RoutablePageMixin):
        if not page.live:
            return False  # Wagtail skips the sub-routes of a page that is not live
        try:
            page_class.get_resolver().resolve("/" + "".join(f"{c}/" for c in remaining))
        except Resolver404:
            return False
        return True
    from core.models import BasePage

    return page_class.route is not BasePage.route


def route(start, request, path_components):
    """What ``start.route(request, path_components)`` returns in Wagtail, faster.

    ``start`` is a page, or a ``Start`` (its place in the tree) for a page that routes
    the default way. None means: ask Wagtail.
    """
    url_paths = [
        start.url_path + "".join(f"{c}/" for c in path_components[: level + 1])
        for level in range(len(path_components))
    ]
    found = Page.objects.filter(
        url_path__in=url_paths,
        path__startswith=start.path,
        depth__gt=start.depth,
        depth__lte=start.depth + len(path_components),
    ).only(*CHAIN_FIELDS)
    by_depth = {}
    for page in found:
        if page.depth in by_depth:
            return None  # two pages at one address: let Wagtail decide
        by_depth[page.depth] = page
    parent = start
    for level in range(len(path_components)):
        page = by_depth.get(start.depth + level + 1)
        if page is None:
            raise Http404  # no such child, as in Wagtail
        if not page.path.startswith(parent.path) or page.url_path != url_paths[level]:
            return None
        if isinstance(parent, Page):
            page._cached_parent_obj = parent
        remaining = path_components[level + 1 :]
        if routes_itself(page, remaining):
            return page.specific.route(request, remaining)
        parent = page
    page = parent.specific
    if page.live:
        return RouteResult(page)
    raise Http404
