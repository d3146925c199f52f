"""PostgreSQL's full-text search of a language: its own pages, stemmed with its
configuration, and the untranslated copies of the source language's pages, stemmed with
the source's (search/entries.py), ranked together."""

import functools

from django.db import connection
from wagtail.models import Page

from search.entries import START, STOP, RankedEntries, hidden_pages_sql
from search.languages import search_config
from search.models import SearchEntry

SNIPPET_WORDS = 30
CANDIDATES = 200  # matches by their text that are ranked (FullTextRanking.narrow)
EXCERPT_CHARS = 450  # the part of a text given to ts_headline (FullTextRanking)
EXCERPT_BEFORE_CHARS = 150  # of which before the first word of the query
# An untranslated page ranks below a page of the visitor's language that matches as well.
UNTRANSLATED_WEIGHT = 0.5
HEADLINE_OPTIONS = {
    "StartSel": START,
    "StopSel": STOP,
    "MaxWords": SNIPPET_WORDS,
    "MinWords": 12,
    "MaxFragments": 2,
    "FragmentDelimiter": " … ",
}


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

    ``source``: (pk, language code) of the language whose untranslated pages the
    visitor's language shows as copies, or None (the visitor reads the source language).
    """

    headline = True

    def __init__(self, locale, query, kind=None, source=None):
        self.total = None
        self.kinds = None
        self.slices = {}
        self.locale = locale
        self.query = query
        self.config = search_config(locale.language_code)
        self.kind = kind
        self.source = source
        # (locale pk, configuration) of each language searched, the visitor's first
        self.searched = [(locale.pk, self.config)]
        if source is not None:
            self.searched.append((source[0], search_config(source[1])))

    def hits(self, column, limit, select="page_id", kind=True):
        """SQL and parameters of at most ``limit`` matching entries (``select``: their
        columns) in the GIN index's order, the visitor's language first: ``column`` (a
        tsvector) matching the query, of the kind asked for (``kind``), public, and for
        the source language only the pages whose copy in the visitor's language is an
        untranslated one, itself public."""
        hidden_sql, hidden_params = hidden_pages_sql()
        entry = connection.ops.quote_name(SearchEntry._meta.db_table)
        page = connection.ops.quote_name(Page._meta.db_table)
        kind_sql = "AND kind = %s" if kind and self.kind else ""
        kind_params = [self.kind] if kind and self.kind else []
        parts, params = [], []
        for locale_pk, config in self.searched:
            sql = f"""
                SELECT {select} FROM {entry}
                WHERE locale_id = %s AND {column} @@ websearch_to_tsquery(%s::regconfig, %s)
                  {kind_sql} AND NOT (page_id IN ({hidden_sql}))
            """
            params += [locale_pk, config, self.query, *kind_params, *hidden_params]
            if locale_pk != self.locale.pk:
                sql += f"""
                  AND page_id IN (
                    SELECT alias_of_id FROM {page}
                    WHERE locale_id = %s AND alias_of_id IS NOT NULL
                      AND NOT (id IN ({hidden_sql})))
                """
                params += [self.locale.pk, *hidden_params]
            parts.append(f"({sql})")
        union = " UNION ALL ".join(parts)
        return f"SELECT {select} FROM ({union}) hit LIMIT {int(limit)}", params

    def rank_sql(self, table):
        """The rank of a row of ``table``: ts_rank in its language's configuration, an
        untranslated page's lowered (``UNTRANSLATED_WEIGHT``)."""
        if self.source is None:
            return (
                f"ts_rank({table}.vector, websearch_to_tsquery(%s::regconfig, %s))",
                [self.config, self.query],
            )
        (own_pk, own_config), (_pk, source_config) = self.searched
        sql = f"""CASE WHEN {table}.locale_id = %s
            THEN ts_rank({table}.vector, websearch_to_tsquery(%s::regconfig, %s))
            ELSE ts_rank({table}.vector, websearch_to_tsquery(%s::regconfig, %s)) * %s END"""
        params = [own_pk, own_config, self.query, source_config, self.query]
        return sql, [*params, UNTRANSLATED_WEIGHT]

    def narrow(self):
        """The candidates ranked as narrow rows (page, title, kind, rank), as SQL and
        parameters: every entry whose title matches, and the first ``CANDIDATES`` (+1)
        of those whose text does, in the order the GIN index gives them (of the kind
        asked for, if any). Ranking every match read each vector: 17,433 of the 18,324
        English entries contain "education" at scale 10, 80 ms (2026-12-07). A title
        match ranks highest (weight A), so the best results are among the candidates
        unless more than ``CANDIDATES`` pages match by their text alone: the count then
        says "more than". Written here rather than built by the ORM at every search,
        the hidden pages compiled once per generation. The candidates are looked up
        by primary key as an array (``= ANY (ARRAY(...))``): with ``IN (...)`` the
        planner read the whole table at scale 1 (3,179 entries, a hash join), 5.5 ms
        against 3.6 for the search's query (medians of 60, 2026-12-07)."""
        entry = connection.ops.quote_name(SearchEntry._meta.db_table)
        title_sql, title_params = self.hits("title_vector", CANDIDATES)
        text_sql, text_params = self.hits("vector", CANDIDATES + 1)
        rank_sql, rank_params = self.rank_sql(entry)
        sql = f"""
            WITH text_hits AS MATERIALIZED ({text_sql})
            SELECT {entry}.page_id, {entry}.title, {entry}.kind, {rank_sql} AS rank,
                   (SELECT count(*) > {int(CANDIDATES)} FROM text_hits) AS capped
            FROM {entry}
            WHERE {entry}.page_id = ANY (ARRAY(
                SELECT page_id FROM text_hits UNION ({title_sql})))
        """
        return sql, [*text_params, *rank_params, *title_params]

    def kind_hits(self):
        """SQL and parameters of the kinds of the matches of every kind, up to
        ``CANDIDATES`` (+1) in all: counted exactly below that, otherwise not shown."""
        return self.hits("vector", CANDIDATES + 1, select="kind", kind=False)

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
            sql, params = self.hits("vector", CANDIDATES + 1)
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) FROM ({sql}) found", params)
                found = cursor.fetchone()[0]
            self.capped = found > CANDIDATES
            self.total = min(found, CANDIDATES)
        return self.total

    def copy_sql(self):
        """A lateral subquery giving the page shown for the ``slice`` row of ``entry``:
        the page itself when it is of the visitor's language, else its untranslated copy
        there (its id and url_path)."""
        page = connection.ops.quote_name(Page._meta.db_table)
        if self.source is None:
            return f"SELECT id, url_path FROM {page} WHERE id = slice.page_id", []
        sql = f"""
            SELECT id, url_path FROM {page}
            WHERE id = slice.page_id AND entry.locale_id = %s
            UNION ALL
            SELECT id, url_path FROM {page}
            WHERE alias_of_id = slice.page_id AND locale_id = %s AND entry.locale_id <> %s
            LIMIT 1
        """
        return sql, [self.locale.pk] * 3

    def read(self, start, stop):
        narrow_sql, narrow_params = self.narrow()
        # Counted by type: over the matches themselves when no type is asked for (all of
        # them when they are not more than CANDIDATES), else over every type's.
        if self.kind:
            kinds_sql, kinds_params = self.kind_hits()
            kinds_source = f"({kinds_sql})"
        else:
            kinds_source, kinds_params = "matches", []
        copy_sql, copy_params = self.copy_sql()
        entry_table = connection.ops.quote_name(SearchEntry._meta.db_table)
        searched = ", ".join("(%s, %s)" for _language in self.searched)
        searched_params = [value for language in self.searched for value in language]
        # Each language searched, with its query and the words to look for in a text.
        # The matching rows are read once (MATERIALIZED): counted by type, and sliced.
        # The excerpt drops the words cut by its ends (the regular expression's two
        # alternatives, each used only when that end is not the text's own).
        sql = rf"""
            WITH asked AS (
                SELECT locale_id,
                       config::regconfig AS config,
                       websearch_to_tsquery(config::regconfig, %s) AS query,
                       tsvector_to_array(to_tsvector(config::regconfig, %s)) AS lexemes,
                       %s AS options
                FROM (VALUES {searched}) AS searched (locale_id, config)
            ),
            matches AS MATERIALIZED ({narrow_sql}),
            kinds AS (SELECT CASE WHEN sum(n) <= %s
                                  THEN json_object_agg(kind, n) END AS counts
                      FROM (SELECT kind, count(*) AS n FROM {kinds_source} every_kind
                            GROUP BY kind) counted),
            total AS (SELECT count(*) AS n, bool_or(capped) AS capped FROM matches)
            SELECT copy.id, slice.title, copy.url_path,
                   CASE WHEN found.start IS NULL OR strpos(near.headline, %s) > 0
                        THEN near.headline
                        ELSE ts_headline(asked.config, entry.body, asked.query, asked.options)
                   END,
                   entry.kind, entry.date, entry.place, entry.country, entry.locale_id,
                   kinds.counts, total.n, total.capped
            FROM (
                SELECT matches.* FROM matches
                ORDER BY matches.rank DESC, matches.title
                LIMIT %s OFFSET %s
            ) slice
            JOIN {entry_table} entry ON entry.page_id = slice.page_id
            JOIN asked ON asked.locale_id = entry.locale_id
            CROSS JOIN kinds
            CROSS JOIN total
            CROSS JOIN LATERAL ({copy_sql}) copy
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
            self.query,
            positive_words(self.query),
            headline_options(),
            *searched_params,
            *narrow_params,
            CANDIDATES,
            *kinds_params,
            START,
            stop - start,
            start,
            *copy_params,
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
        return [self.with_language(row[:-3]) for row in rows]

    def with_language(self, row):
        """The row with its text's language instead of its entry's locale: None for the
        visitor's, the source's code for an untranslated page."""
        *fields, locale_pk = row
        return (*fields, None if locale_pk == self.locale.pk else self.source[1])


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
