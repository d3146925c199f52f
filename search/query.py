"""Running a search: PostgreSQL full-text search with the language's stemming, or a plain
word match on other databases. Results are of one language, live and public."""

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page

from core import generation
from core.countries import country_name
from core.visibility import private_q
from search.indexing import fold
from search.labels import kind_name
from search.languages import search_config
from search.models import SearchEntry

MAX_QUERY_LENGTH = 200
LABEL_FIELDS = ("kind", "date", "place", "country")
SNIPPET_WORDS = 30
MAX_PREFETCHED_PAGE = 1000
CANDIDATES = 200  # matches by their text that are ranked (FullTextRanking.narrow)
EXCERPT_CHARS = 450  # the part of a text given to ts_headline (FullTextRanking)
EXCERPT_BEFORE_CHARS = 150  # of which before the first word of the query
START, STOP = "\x02", "\x03"  # markers that cannot occur in page text
HEADLINE_OPTIONS = {
    "StartSel": START,
    "StopSel": STOP,
    "MaxWords": SNIPPET_WORDS,
    "MinWords": 12,
    "MaxFragments": 2,
    "FragmentDelimiter": " … ",
}


@dataclass(frozen=True)
class Result:
    url: str | None
    title: str
    snippet: str
    kind: str = "page"
    date: object = None
    place: str = ""
    country: str = ""

    @property
    def kind_name(self):
        return kind_name(self.kind)

    @property
    def where(self):
        """The place and the country's name in the active language, as far as known."""
        return ", ".join(part for part in (self.place, country_name(self.country)) if part)


def clean_query(raw):
    """Printable text, no control characters, bounded in length."""
    text = "".join(char for char in str(raw or "") if char.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def highlighted(text):
    """Escape ``text`` and turn the START/STOP markers into <mark> elements."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def visible_entries(locale):
    """Entries of live, public pages. Entries exist for live pages only (search/signals.py);
    this checks again at each search, written as "not among the hidden pages": PostgreSQL
    then looks the few hidden pages up in a hash, instead of joining every live page to
    every match (half the time of a search)."""
    hidden_pages = Page.objects.filter(Q(live=False) | private_q()).values("pk")
    return SearchEntry.objects.filter(locale=locale).exclude(page_id__in=hidden_pages)


def hidden_pages_sql(request=None):
    """``visible_entries``' hidden pages as SQL and its parameters, compiled once per
    content generation (the private sections change only with the content): building
    and compiling the querysets of the ranked search cost more than a third of the
    search's own work in the process (0.57 ms a request, 2026-12-07)."""

    def build():
        hidden_pages = Page.objects.filter(Q(live=False) | private_q()).values("pk")
        sql, params = hidden_pages.query.sql_with_params()
        return sql, tuple(params)

    return generation.cached(request, "hidden-pages-sql", [], build)


def search(query, locale, kind=None):
    """The entries matching ``query``, best first (``RankedEntries``).

    On PostgreSQL, ranked by the language's full-text search, each row with its
    highlighted headline (``FullTextRanking``); elsewhere, every word must appear, sorted
    by title, each row with the text to excerpt.
    """
    if not query:
        return RankedEntries(visible_entries(locale).none().annotate(text=F("body")))
    if connection.vendor == "postgresql":
        return FullTextRanking(locale, query, search_config(locale.language_code), kind)
    matching = SearchEntry.objects.filter(pk__in=folded_matches(query, locale))
    return RankedEntries(matching.annotate(text=F("body")).order_by("title"), kind)


def folded_matches(query, locale):
    """Other databases than PostgreSQL (SQLite: first runs, tests): the pages of the
    language holding every word of ``query``, in any case and with or without accents
    (``fold``), compared in Python: SQLite's LIKE folds the case of ASCII letters only,
    and has no ``unaccent``. A site on SQLite is small; this reads its entries."""
    words = [fold(word) for word in query.split()]
    matching = []
    for pk, title, text in visible_entries(locale).values_list("pk", "title", "body"):
        folded = fold(f"{title} {text}")
        if all(word in folded for word in words):
            matching.append(pk)
    return matching


class RankedEntries:
    """What the paginator needs of the ranked results: their number, and slices of
    (page pk, title, page url_path, text) rows in rank order, where the text is the
    highlighted headline or the body to excerpt (``headline``)."""

    headline = False
    capped = False  # True when the count is "more than" it

    def __init__(self, ranked, kind=None):
        self.all_kinds = ranked
        self.ranked = ranked.filter(kind=kind) if kind else ranked
        self.total = None
        self.kinds = None
        self.slices = {}

    def read(self, start, stop):
        url_path = Page.objects.filter(pk=OuterRef("page_id")).values("url_path")
        ranked = self.ranked.annotate(url_path=Subquery(url_path))
        fields = ("pk", "title", "url_path", "text", *LABEL_FIELDS)
        return list(ranked.values_list(*fields)[start:stop])

    kinds_read = False

    def kind_counts(self):
        """{kind: number of results} over every type; None when there are too many
        to count (FullTextRanking)."""
        if not self.kinds_read:
            self.kinds_read = True
            self.kinds = self.count_kinds()
        return self.kinds

    def count_kinds(self):
        counts = self.all_kinds.order_by().values_list("kind").annotate(n=Count("pk"))
        return dict(counts)

    def rows(self, start, stop):
        if (start, stop) not in self.slices:
            self.slices[start, stop] = self.read(start, stop)
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


class FullTextRanking(RankedEntries):
    """PostgreSQL's full-text search: a slice of the results and their number in one query.

    The matching entries are ranked as narrow rows (page, title, rank) and counted over
    them (``COUNT(*) OVER ()``); only the rows of the slice then bring their url_path and
    the headline of their body. Counting over the whole rows instead, vectors and bodies
    included, spills past work_mem and took twice the time (7.2 ms against 4.2 ms for
    1,740 results, 2026-12-05). So once a page is read (``prefetch``), the count costs
    no more query, and the full-text match runs once.

    ``ts_headline`` parses and stems the whole text it is given, so its cost grows with
    the length of the page. It is given an excerpt instead (``EXCERPT_CHARS``, cut at
    words), from a little before the first place where a word of the query appears as
    written in its stemmed form; the whole text when no such place is found (a stem that
    is not the start of the word, say) or when the excerpt holds nothing to highlight.
    For the ten results of a page of about 2,000 characters each, this took the query
    from 4.2-5.3 to 3.3-4.1 ms (medians of two series of 150 executions alternating with
    the former query, 2026-12-06); a long adopted text gains more.
    """

    headline = True

    def __init__(self, locale, query, config, kind=None):
        self.total = None
        self.kinds = None
        self.slices = {}
        self.locale = locale
        self.query = query
        self.config = config
        self.kind = kind

    @cached_property
    def all_kinds(self):
        """The matching entries as a queryset: only counted when no page is read."""
        search_query = SearchQuery(self.query, config=self.config, search_type="websearch")
        return visible_entries(self.locale).filter(vector=search_query)

    @cached_property
    def ranked(self):
        return self.all_kinds.filter(kind=self.kind) if self.kind else self.all_kinds

    def narrow(self):
        """The candidates ranked as narrow rows (page, title, kind, rank), as SQL and
        parameters: every entry whose title matches, and the first ``CANDIDATES`` (+1)
        of those whose text does, in the order the GIN index gives them (of the kind
        asked for, if any). Ranking every match read each vector: 17,433 of the 18,324
        English entries contain "education" at scale 10, 80 ms (2026-12-07). A title
        match ranks highest (weight A), so the best results are among the candidates
        unless more than ``CANDIDATES`` pages match by their text alone: the count then
        says "more than". Written here rather than built by the ORM at every search,
        the hidden pages compiled once per generation."""
        hidden_sql, hidden_params = hidden_pages_sql()
        entry = connection.ops.quote_name(SearchEntry._meta.db_table)
        kind = "AND kind = %s" if self.kind else ""
        kind_params = [self.kind] if self.kind else []

        def hits(column, limit):
            sql = f"""
                SELECT page_id FROM {entry}
                WHERE locale_id = %s AND {column} @@ websearch_to_tsquery(%s::regconfig, %s)
                  {kind} AND NOT (page_id IN ({hidden_sql}))
                LIMIT {int(limit)}
            """
            params = [self.locale.pk, self.config, self.query, *kind_params, *hidden_params]
            return sql, params

        title_sql, title_params = hits("title_vector", CANDIDATES)
        text_sql, text_params = hits("vector", CANDIDATES + 1)
        sql = f"""
            WITH text_hits AS MATERIALIZED ({text_sql})
            SELECT {entry}.page_id, {entry}.title, {entry}.kind,
                   ts_rank({entry}.vector, websearch_to_tsquery(%s::regconfig, %s)) AS rank,
                   (SELECT count(*) > {int(CANDIDATES)} FROM text_hits) AS capped
            FROM {entry}
            WHERE {entry}.page_id IN (
                SELECT page_id FROM text_hits UNION ({title_sql}))
        """
        return sql, [*text_params, self.config, self.query, *title_params]

    def kind_hits(self):
        """SQL and parameters counting the matches of every kind, up to ``CANDIDATES``
        (+1) in all: exact below that, otherwise not shown."""
        hidden_sql, hidden_params = hidden_pages_sql()
        entry = connection.ops.quote_name(SearchEntry._meta.db_table)
        sql = f"""
            SELECT kind FROM {entry}
            WHERE locale_id = %s AND vector @@ websearch_to_tsquery(%s::regconfig, %s)
              AND NOT (page_id IN ({hidden_sql}))
            LIMIT {int(CANDIDATES) + 1}
        """
        return sql, [self.locale.pk, self.config, self.query, *hidden_params]

    def count_kinds(self):
        sql, params = self.kind_hits()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            kinds = [row[0] for row in cursor.fetchall()]
        if len(kinds) > CANDIDATES:
            return None
        return {kind: kinds.count(kind) for kind in set(kinds)}

    def count(self):
        """The number of results up to ``CANDIDATES``, without reading a page (a page
        number past the results): counting every match costs what ranking them did."""
        if self.total is None:
            found = self.ranked[: CANDIDATES + 1].count()
            self.capped = found > CANDIDATES
            self.total = min(found, CANDIDATES)
        return self.total

    def read(self, start, stop):
        narrow_sql, narrow_params = self.narrow()
        # Counted by type: over the matches themselves when no type is asked for (all of
        # them when they are not more than CANDIDATES), else over every type's.
        if self.kind:
            kinds_sql, kinds_params = self.kind_hits()
            kinds_source = f"({kinds_sql})"
        else:
            kinds_source, kinds_params = "matches", []
        quote = connection.ops.quote_name
        entry_table = quote(SearchEntry._meta.db_table)
        page_table = quote(Page._meta.db_table)
        # The matching rows are read once (MATERIALIZED): counted by type, and sliced.
        # The excerpt drops the words cut by its ends (the regular expression's two
        # alternatives, each used only when that end is not the text's own).
        sql = rf"""
            WITH asked AS (
                SELECT %s::regconfig AS config,
                       websearch_to_tsquery(%s::regconfig, %s) AS query,
                       tsvector_to_array(to_tsvector(%s::regconfig, %s)) AS lexemes,
                       %s AS options
            ),
            matches AS MATERIALIZED ({narrow_sql}),
            kinds AS (SELECT CASE WHEN sum(n) <= %s
                                  THEN json_object_agg(kind, n) END AS counts
                      FROM (SELECT kind, count(*) AS n FROM {kinds_source} every_kind
                            GROUP BY kind) counted),
            total AS (SELECT count(*) AS n, bool_or(capped) AS capped FROM matches)
            SELECT slice.page_id, slice.title,
                   (SELECT url_path FROM {page_table} WHERE id = slice.page_id),
                   CASE WHEN found.start IS NULL OR strpos(near.headline, %s) > 0
                        THEN near.headline
                        ELSE ts_headline(asked.config, entry.body, asked.query, asked.options)
                   END,
                   entry.kind, entry.date, entry.place, entry.country,
                   kinds.counts, total.n, total.capped
            FROM (
                SELECT matches.* FROM matches
                ORDER BY matches.rank DESC, matches.title
                LIMIT %s OFFSET %s
            ) slice
            JOIN {entry_table} entry ON entry.page_id = slice.page_id
            CROSS JOIN asked
            CROSS JOIN kinds
            CROSS JOIN total
            CROSS JOIN LATERAL (
                SELECT CASE WHEN first.position IS NOT NULL  -- (greatest() skips nulls)
                            THEN greatest(first.position - %s, 1) END AS start
                FROM (
                    SELECT min(nullif(strpos(lower(entry.body), lexeme), 0)) AS position
                    FROM unnest(asked.lexemes) AS lexeme
                    WHERE char_length(lexeme) > 2
                ) first
            ) found
            CROSS JOIN LATERAL (
                SELECT ts_headline(
                    asked.config,
                    CASE WHEN found.start IS NULL THEN entry.body
                         ELSE regexp_replace(
                             substr(entry.body, found.start, %s),
                             CASE WHEN found.start > 1 THEN '^\S*\s+' ELSE '^' END
                             || CASE WHEN found.start + %s <= char_length(entry.body)
                                     THEN '|\s+\S*$' ELSE '' END,
                             '', 'g')
                    END,
                    asked.query, asked.options) AS headline
                OFFSET 0  -- computed once, though the CASE above names it twice
            ) near
            ORDER BY slice.rank DESC, slice.title
        """
        params = [
            self.config,
            self.config,
            self.query,
            self.config,
            positive_words(self.query),
            headline_options(),
            *narrow_params,
            CANDIDATES,
            *kinds_params,
            START,
            stop - start,
            start,
            EXCERPT_BEFORE_CHARS,
            EXCERPT_CHARS,
            EXCERPT_CHARS,
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if rows:
            self.kinds_read = True
            self.kinds, total, self.capped = rows[0][-3:]
            self.total = min(total, CANDIDATES) if self.capped else total
        return [row[:-3] for row in rows]


def positive_words(query):
    """The words of a web-search query that a result contains: not those after a minus
    sign, nor the operator "or"."""
    return " ".join(
        word for word in query.split() if not word.startswith("-") and word.lower() != "or"
    )


@functools.cache
def headline_options():
    """HEADLINE_OPTIONS as ts_headline's option string."""
    return ", ".join(
        connection.ops.compose_sql(f"{option}=%s", [value])
        for option, value in HEADLINE_OPTIONS.items()
    )


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
