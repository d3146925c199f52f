"""Wagtail's page routing, in one query (two at most) instead of two per level.

Wagtail finds ``/en/practices/housing/`` by asking the home page for its child
"practices", that page for its child "housing", each time with a query for the child and
one for its specific type. ``route`` here fetches every page along the address at once,
by ``url_path`` (which Wagtail keeps equal to the parent's plus the slug), then the last
one's specific type: the same page, the same 404s, in two queries at any depth. Where
an address leads is kept per content generation (core/chrome.py), so most requests
read only the page found.

A page on the way that routes addresses itself is handed the rest of the address, as
Wagtail would: a RoutablePageMixin page whose sub-routes match it (``geojson/``, feeds),
or any page type with a ``route`` of its own. Anything unexpected (two pages claiming one
address) goes back to Wagtail's own routing.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from core import generation

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
    return page_class.route is not ChainRoutingMixin.route


def locate(start, path_components):
    """Where Wagtail's routing of ``path_components`` from ``start`` ends, read from the
    pages along the address (one query): (page pk, its content type id, the components
    left for that page to route itself, or None when it is served as it is).

    None means: ask Wagtail (two pages claim an address); Http404 when no page answers.
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
        remaining = path_components[level + 1 :]
        if routes_itself(page, remaining):
            return (page.pk, page.content_type_id, tuple(remaining))
        parent = page
    if not parent.live:
        raise Http404
    return (parent.pk, parent.content_type_id, None)


def route(start, request, path_components):
    """What ``start.route(request, path_components)`` returns in Wagtail, faster.

    ``start`` is the place in the tree of a page that routes the default way. Where the
    address leads (``locate``) is kept per content generation: any publish, unpublish,
    move or change of slug bumps it. The page found is then read in one query. None
    means: ask Wagtail.
    """
    located = generation.cached(
        request,
        "route",
        [start.pk, "/".join(path_components)],
        lambda: locate(start, path_components),
        keep=lambda value: value is not None,
        lru=generation.recent_routes,
    )
    if located is None:
        return None
    pk, content_type_id, remaining = located
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None  # a page type whose code is gone: let Wagtail decide
    try:
        page = model.objects.get(pk=pk)
    except model.DoesNotExist:
        return None
    if remaining is not None:
        return page.route(request, list(remaining))
    return RouteResult(page)


class ChainRoutingMixin:
    """Routes the addresses below a page with ``route`` above: Wagtail's routing in two
    queries at any depth. Every page type of the site has it (core.models.BasePage)."""

    def route(self, request, path_components):
        if path_components:
            result = route(self, request, path_components)
            if result is not None:
                return result
        return super().route(request, path_components)
