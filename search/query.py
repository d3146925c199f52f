"""Running a search: PostgreSQL full-text search with the language's stemming, or a plain
word match on other databases. Results are live and public, of the visitor's language
and, where a page is not translated yet, its untranslated copy (search/entries.py)."""

from django.db import connection
from django.db.models import F

from search.entries import RankedEntries, folded_matches, source_locale, visible_entries
from search.fulltext import FullTextRanking
from search.models import SearchEntry


def search(query, locale, kind=None, request=None):
    """The entries matching ``query``, best first (``RankedEntries``).

    On PostgreSQL, ranked by the language's full-text search, each row with its
    highlighted headline (``FullTextRanking``); elsewhere, every word must appear, sorted
    by title, each row with the text to excerpt.
    """
    if not query:
        return RankedEntries(visible_entries(locale).none().annotate(text=F("body")), locale)
    source = source_locale(locale, request)
    if connection.vendor == "postgresql":
        return FullTextRanking(locale, query, kind, source)
    matching = SearchEntry.objects.filter(pk__in=folded_matches(query, locale))
    return RankedEntries(matching.annotate(text=F("body")).order_by("title"), locale, kind)
