"""The counts beside the adopted texts' filters: how many texts each choice would list.

A kind's count applies the chosen year and search words but not the kind itself; a
year's count the chosen kind and words but not the year. Both come from one aggregate
query (texts by kind and year of adoption), kept per content generation when no words
are searched.
"""

from collections import defaultdict

from django.db.models import Count
from django.db.models.functions import ExtractYear

from core import generation


def kind_year_counts(texts):
    """{(kind, year): number of texts} of the queryset ``texts``, in one query."""
    rows = (
        texts.order_by()
        .annotate(year=ExtractYear("adoption_date"))
        .values_list("kind", "year")
        .annotate(count=Count("pk"))
    )
    return {(kind, year): count for kind, year, count in rows}


def facet_counts(request, index_page, texts, kind, year, query):
    """({kind: count}, {year: count}) for the texts ``texts`` (already searched when
    ``query``), the chosen ``kind`` and ``year`` (or empty) each left out of its own."""
    if query:
        table = kind_year_counts(texts)
    else:
        table = generation.cached(
            request, "text-facets", [index_page.pk], lambda: kind_year_counts(texts)
        )
    kinds, years = defaultdict(int), defaultdict(int)
    for (row_kind, row_year), count in table.items():
        if not year or row_year == year:
            kinds[row_kind] += count
        if not kind or row_kind == kind:
            years[row_year] += count
    return kinds, years
