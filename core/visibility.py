"""Which pages are private (view restrictions), read once per content generation.

Wagtail's ``.public()`` reads every PageViewRestriction from the database each time it
is called, and serving a page reads its ancestors' restrictions again: several queries
per request, on a site that has few private sections or none. Restrictions are kept here
per content generation (adding, changing or removing one bumps it: core/page_cache.py),
so ``public(queryset)`` filters exactly as ``.public()`` does, without a query.
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core import chrome


def restricted_sections(request=None):
    """[(path, depth)] of the pages that carry a view restriction."""
    return chrome.cached(
        request,
        "view-restrictions",
        [],
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def private_q(request=None):
    """Pages in a private section, as Wagtail's PageQuerySet.private_q()."""
    q = Q()
    for path, depth in restricted_sections(request):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def public(queryset, request=None):
    """``queryset.public()`` without the query for the restrictions."""
    sections = restricted_sections(request)
    return queryset.exclude(private_q(request)) if sections else queryset
