"""Running a search: PostgreSQL full-text search with the language's stemming, or a plain
word match on other databases. Results are of one language, live and public."""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Count, F, OuterRef, Q, Subquery, Window
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core.visibility import private_q
from search.languages import search_config
from search.models import SearchEntry

MAX_QUERY_LENGTH = 200
SNIPPET_WORDS = 30
MAX_PREFETCHED_PAGE = 1000
START, STOP = "\x02", "\x03"  # markers that cannot occur in page text


@dataclass(frozen=True)
class Result:
    url: str | None
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
    """Entries of live, public pages. Entries exist for live pages only (search/signals.py);
    this checks again at each search, written as "not among the hidden pages": PostgreSQL
    then looks the few hidden pages up in a hash, instead of joining every live page to
    every match (half the time of a search)."""
    hidden_pages = Page.objects.filter(Q(live=False) | private_q()).values("pk")
    return SearchEntry.objects.filter(locale=locale).exclude(page_id__in=hidden_pages)


def search(query, locale):
    """The entries matching ``query``, best first (``RankedEntries``).

    On PostgreSQL, ranked by the language's full-text search, each row with its
    highlighted headline; elsewhere, every word must appear, sorted by title, each row
    with the text to excerpt.
    """
    entries = visible_entries(locale)
    if not query:
        return RankedEntries(entries.none().annotate(text=F("body")))
    if connection.vendor == "postgresql":
        config = search_config(locale.language_code)
        search_query = SearchQuery(query, config=config, search_type="websearch")
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
        ranked = (
            entries.filter(vector=search_query)
            .annotate(rank=SearchRank(F("vector"), search_query), text=headline)
            .order_by("-rank", "title")
        )
        return RankedEntries(ranked, headline=True, window_count=True)
    condition = Q()
    for word in query.split():
        condition &= Q(title__icontains=word) | Q(body__icontains=word)
    return RankedEntries(entries.filter(condition).annotate(text=F("body")).order_by("title"))


class RankedEntries:
    """What the paginator needs of the ranked results: their number, and slices of
    (page pk, title, page url_path, text) rows in rank order, where the text is the
    highlighted headline or the body to excerpt (``headline``).

    With ``window_count`` (PostgreSQL), a slice also brings the number of results
    (``COUNT(*) OVER ()``): once the page asked for is read (``prefetch``), the count and
    that slice cost no more query, and the full-text match runs once, not twice.
    """

    def __init__(self, ranked, headline=False, window_count=False):
        self.ranked = ranked
        self.headline = headline
        self.window_count = window_count
        self.total = None
        self.slices = {}

    def rows(self, start, stop):
        if (start, stop) not in self.slices:
            ranked = self.ranked
            # The page's url_path as a subquery, not a join: PostgreSQL reads it for the
            # rows shown only (after the LIMIT), as it computes the headlines.
            url_path = Page.objects.filter(pk=OuterRef("page_id")).values("url_path")
            ranked = ranked.annotate(url_path=Subquery(url_path))
            columns = ["pk", "title", "url_path", "text"]
            if self.window_count:
                ranked = ranked.annotate(total=Window(Count("pk")))
                columns.append("total")
            rows = list(ranked.values_list(*columns)[start:stop])
            if self.window_count:
                if rows:
                    self.total = rows[0][-1]
                rows = [row[:-1] for row in rows]
            self.slices[start, stop] = rows
        return self.slices[start, stop]

    def prefetch(self, number, per_page):
        """Read page ``number`` ahead of the count. Any text is accepted: a page that is
        not a number, or far beyond any real result, reads nothing here (the paginator
        then counts, and reads the last page instead)."""
        try:
            number = int(number)
        except (TypeError, ValueError):
            return
        if 1 <= number <= MAX_PREFETCHED_PAGE:
            self.rows((number - 1) * per_page, number * per_page)

    def count(self):
        if self.total is None:
            self.total = self.ranked.count()
        return self.total

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        return self.rows(index.start, index.stop)


def snippet(text, query, headline):
    """The highlighted ``text`` when it is a headline (PostgreSQL), or an excerpt of it
    (the body) around the first match."""
    if headline:
        return highlighted(text)
    words = [re.escape(word) for word in query.split() if word]
    body = text
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
