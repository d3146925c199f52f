"""The facet index of a practice database: what its filters and their counts need of
every live, public practice, read in two queries once per content generation and then
filtered and counted for each request (practices/filters.py)."""

from collections import defaultdict

from django.utils.translation import get_language

from core import generation
from practices.listing import practice_page
from practices.sorting import by_title

FIELDS = ("pk", "country", "practice_type", "start_year", "end_year")


def facet_rows(index_page, request):
    """[(pk, country, type, start year, end year, theme slugs)] of the index page's live,
    public practices, in the natural title order of the page's language
    (practices/sorting.py): what the filters, their counts and the orders need, in two
    queries once per content generation, then filtered and counted here for each request."""
    language = get_language()

    def build():
        base = index_page.practices()
        themes = defaultdict(set)
        links = practice_page().themes.through.objects.filter(practicepage__in=base.values("pk"))
        for practice_pk, slug in links.values_list("practicepage_id", "theme__slug"):
            themes[practice_pk].add(slug)
        return [
            (pk, country, practice_type, start, end, frozenset(themes[pk]))
            for pk, country, practice_type, start, end in by_title(base, FIELDS, language)
        ]

    return generation.cached(request, "practice-rows", [index_page.pk, language], build)
