"""What a search looks through and gives back: the entries a visitor of a language may
find, and one result as the page of results shows it.

A language's own pages are found in its language. Where a page is not translated yet,
the language has an untranslated copy of it (an alias, in the source's language): the
entry of the source page stands for it, found in the source language's words and shown
at the copy's address with the note "(in English)". Aliases have no entry of their own
(search/indexing.py): the same text indexed once, not once per language.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, When
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from core import generation
from core.countries import country_name
from core.visibility import private_q
from search.indexing import fold
from search.labels import kind_name
from search.models import SearchEntry

MAX_QUERY_LENGTH = 200
LABEL_FIELDS = ("kind", "date", "place", "country")
MAX_PREFETCHED_PAGE = 1000
START, STOP = "\x02", "\x03"  # markers that cannot occur in page text


@dataclass(frozen=True)
class Result:
    url: str | None
    title: str
    snippet: str
    kind: str = "page"
    date: object = None
    place: str = ""
    country: str = ""
    lang: str | None = None  # the language of its text, when not the visitor's

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


def hidden_pages():
    return Page.objects.filter(Q(live=False) | private_q()).values("pk")


def visible_entries(locale):
    """Entries of live, public pages. Entries exist for live pages only (search/signals.py);
    this checks again at each search, written as "not among the hidden pages": PostgreSQL
    then looks the few hidden pages up in a hash, instead of joining every live page to
    every match (half the time of a search)."""
    return SearchEntry.objects.filter(locale=locale).exclude(page_id__in=hidden_pages())


def source_locale(locale, request=None):
    """(pk, language code) of the site's default language, whose pages the untranslated
    copies of ``locale`` repeat; None for the default language itself (no query) or a
    site without it. Its pk is kept per content generation."""
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if locale.language_code == code:
        return None

    def build():
        return Locale.objects.filter(language_code=code).values_list("pk", flat=True).first()

    pk = generation.cached(request, "search-source-locale", [code], build)
    return None if pk is None else (pk, code)


def untranslated_entries(locale, source_pk):
    """Entries of the source language's live, public pages whose copy in ``locale`` is
    an untranslated one (an alias), itself live and public."""
    copies = Page.objects.filter(locale=locale, alias_of__isnull=False).exclude(
        pk__in=hidden_pages()
    )
    return SearchEntry.objects.filter(
        locale_id=source_pk, page_id__in=copies.values("alias_of_id")
    ).exclude(page_id__in=hidden_pages())


def hidden_pages_sql(request=None):
    """``visible_entries``' hidden pages as SQL and its parameters, compiled once per
    content generation (the private sections change only with the content): building
    and compiling the querysets of the ranked search cost more than a third of the
    search's own work in the process (0.57 ms a request, 2026-12-07)."""

    def build():
        sql, params = hidden_pages().query.sql_with_params()
        return sql, tuple(params)

    return generation.cached(request, "hidden-pages-sql", [], build)


def folded_matches(query, locale):
    """Other databases than PostgreSQL (SQLite: first runs, tests): the entries holding
    every word of ``query`` (the language's own, then its untranslated copies'), in any
    case and with or without accents (``fold``), compared in Python: SQLite's LIKE folds
    the case of ASCII letters only, and has no ``unaccent``. A site on SQLite is small;
    this reads its entries."""
    words = [fold(word) for word in query.split()]
    entries = [visible_entries(locale)]
    source = source_locale(locale)
    if source is not None:
        entries.append(untranslated_entries(locale, source[0]))
    matching = []
    for queryset in entries:
        for pk, title, text in queryset.values_list("pk", "title", "body"):
            folded = fold(f"{title} {text}")
            if all(word in folded for word in words):
                matching.append(pk)
    return matching


class RankedEntries:
    """What the paginator needs of the ranked results: their number, and slices of
    rows in rank order: (pk of the page in the visitor's language, title, its url_path,
    text, kind, date, place, country, language of the text when not the visitor's), where
    the text is the highlighted headline or the body to excerpt (``headline``)."""

    headline = False
    capped = False  # True when the count is "more than" it

    def __init__(self, ranked, locale, kind=None):
        self.locale = locale
        self.all_kinds = ranked
        self.ranked = ranked.filter(kind=kind) if kind else ranked
        self.total = None
        self.kinds = None
        self.slices = {}

    def read(self, start, stop):
        # the copy in the visitor's language of an untranslated page
        copy = Page.objects.filter(alias_of_id=OuterRef("page_id"), locale=self.locale)
        own = When(locale=self.locale, then=F("page_id"))
        ranked = self.ranked.annotate(
            shown_id=Case(own, default=Subquery(copy.values("pk")[:1])),
            url_path=Case(
                When(
                    locale=self.locale,
                    then=Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("url_path")),
                ),
                default=Subquery(copy.values("url_path")[:1]),
            ),
            language=F("locale__language_code"),
        )
        fields = ("shown_id", "title", "url_path", "text", *LABEL_FIELDS, "language")
        rows = ranked.values_list(*fields)[start:stop]
        code = self.locale.language_code
        return [(*row[:-1], None if row[-1] == code else row[-1]) for row in rows]

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
