"""The facet index of a practice database: what its filters and their counts need of
every live, public practice, read in two queries once per content generation and then
filtered and counted for each request (practices/filters.py)."""

from collections import defaultdict

from core import generation
from practices.listing import practice_page

FACETS = ("country", "theme", "type", "year")


def facet_rows(index_page, request):
    """[(pk, country, type, start year, end year, theme slugs)] of the index page's live,
    public practices, by title: what the filters and their counts need, in two queries
    once per content generation, then filtered and counted here for each request."""

    def build():
        base = index_page.practices().order_by("title", "pk")
        themes = defaultdict(set)
        links = practice_page().themes.through.objects.filter(practicepage__in=base.values("pk"))
        for practice_pk, slug in links.values_list("practicepage_id", "theme__slug"):
            themes[practice_pk].add(slug)
        return [
            (pk, country, practice_type, start, end, frozenset(themes[pk]))
            for pk, country, practice_type, start, end in base.values_list(
                "pk", "country", "practice_type", "start_year", "end_year"
            )
        ]

    return generation.cached(request, "practice-rows", [index_page.pk], build)
