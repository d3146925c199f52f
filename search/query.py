"""Running a search: PostgreSQL full-text search with the language's stemming, or a plain
word match on other databases. Results are of one language, live and public."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.visibility import private_q
from search.languages import search_config
from search.models import SearchEntry

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 30
START, STOP = "\x02", "\x03"  # markers that cannot occur in page text


@dataclass
class Result:
    page: Page
    title: str
    snippet: str


def clean_query(raw):
    """Printable text, no control characters, bounded in length."""
    text = "".join(char for char in str(raw or "") if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def highlighted(text):
    """Escape ``text`` and turn the START/STOP markers into <mark> elements."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308


def visible_entries(locale):
    public_pages = Page.objects.live().exclude(private_q()).values("pk")
    return SearchEntry.objects.filter(locale=locale, page_id__in=public_pages)


def search(query, locale):
    """A queryset-like list of entries matching ``query``, best first, with ``headline``.

    The ranking sorts narrow rows; the pages (and on PostgreSQL the highlighted headlines)
    are fetched for the page of results shown only (``RankedEntries``).
    """
    entries = visible_entries(locale)
    if not query:
        return entries.none()
    if connection.vendor == "postgresql":
        config = search_config(locale.language_code)
        search_query = SearchQuery(query, config=config, search_type="websearch")
        ranked = (
            entries.filter(vector=search_query)
            .annotate(rank=SearchRank(F("vector"), search_query))
            .order_by("-rank", "title")
            .values_list("pk", flat=True)
        )
        headline = SearchHeadline(
            "body",
            search_query,
            config=config,
            start_sel=START,
            stop_sel=STOP,
            max_words=SNIPPET_WORDS,
            min_words=12,
            max_fragments=2,
            fragment_delimiter=" … ",
        )
        return RankedEntries(ranked, headline)
    condition = Q()
    for word in query.split():
        condition &= Q(title__icontains=word) | Q(body__icontains=word)
    return RankedEntries(entries.filter(condition).order_by("title").values_list("pk", flat=True))


class RankedEntries:
    """What the paginator needs of the ranked results: their number, and a slice of
    entries with their page and headline, in rank order (two narrow queries)."""

    def __init__(self, ranked_pks, headline=None):
        self.ranked_pks = ranked_pks
        self.headline = headline

    def count(self):
        return self.ranked_pks.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        pks = list(self.ranked_pks[index])
        entries = SearchEntry.objects.filter(pk__in=pks).select_related("page")
        if self.headline is not None:
            entries = entries.annotate(headline=self.headline)
        entries = entries.in_bulk()
        return [entries[pk] for pk in pks if pk in entries]


def snippet(entry, query):
    """The highlighted headline (PostgreSQL), or an excerpt around the first match."""
    headline = getattr(entry, "headline", None)
    if headline is not None:
        return highlighted(headline)
    words = [re.escape(word) for word in query.split() if word]
    body = entry.body
    if not words:
        return highlighted(body[:200])
    pattern = re.compile("|".join(words), re.IGNORECASE)
    match = pattern.search(body)
    start = max(0, match.start() - 80) if match else 0
    excerpt = body[start : start + 240]
    marked = pattern.sub(lambda found: f"{START}{found.group(0)}{STOP}", excerpt)
    prefix = "… " if start else ""
    suffix = " …" if start + 240 < len(body) else ""
    return highlighted(prefix + marked + suffix)
