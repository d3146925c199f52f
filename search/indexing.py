"""Keeping the search index in step with the pages: text extraction and updates."""

import re
import unicodedata

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Q
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from core.visibility import private_q
from search.labels import labels_for
from search.languages import search_config
from search.models import SearchEntry, SearchWord

WORD_LENGTHS = (3, 40)
# Letters that Unicode does not decompose into a letter and an accent, unaccent's way.
UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "æ": "ae", "œ": "oe"})
# A word for "did you mean": letters only (no digits), as PostgreSQL's parser cuts them.
WORD = re.compile(r"[^\W\d_]+")
WORDS_SQL = """
    INSERT INTO {words} (locale_id, word, folded)
    SELECT DISTINCT ON (entry.locale_id, word) entry.locale_id, word, lower(unaccent(word))
    FROM {entries} entry
    CROSS JOIN LATERAL unnest(tsvector_to_array(
        to_tsvector('simple', entry.title || ' ' || entry.body))) AS word
    WHERE char_length(word) BETWEEN %s AND %s AND word !~ '[[:digit:]_]'
      AND entry.page_id NOT IN ({hidden})
    ON CONFLICT DO NOTHING
"""


def page_text(page):
    """The searchable text of a page: its search fields other than the title, as plain text.

    ``SearchField.get_value`` already turns rich text and StreamFields into their
    searchable content (a list of strings).
    """
    parts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = field.get_value(page)
        if not value:
            continue
        if isinstance(value, list | tuple):
            parts.extend(str(item) for item in value)
        else:
            parts.append(str(value))
    return " ".join(" ".join(strip_tags(part).split()) for part in parts if part).strip()


def is_indexable(page):
    """Live pages with their own text: untranslated copies (aliases) repeat another page."""
    return page.live and page.depth > 1 and page.alias_of_id is None


def update_entry(page, words=True):
    page = page.specific
    if not is_indexable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return None
    config = search_config(page.locale.language_code)
    entry, _created = SearchEntry.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "config": config,
            "title": page.title,
            "body": page_text(page),
            **labels_for(page),
        },
    )
    if connection.vendor == "postgresql":
        SearchEntry.objects.filter(pk=entry.pk).update(
            vector=SearchVector("title", weight="A", config=config)
            + SearchVector("body", weight="B", config=config),
            title_vector=SearchVector("title", config=config),
        )
    if words and not Page.objects.filter(private_q(), pk=page.pk).exists():
        add_words(page.locale_id, f"{entry.title} {entry.body}")
    return entry


def fold(text):
    """``text`` in lowercase without its accents, as PostgreSQL's ``unaccent`` gives it
    for the Latin, Greek and Cyrillic letters ("Čhavé" -> "chave")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words_of(text):
    """The distinct words of ``text`` worth suggesting, lowercase."""
    low, high = WORD_LENGTHS
    return {word for word in WORD.findall(text.lower()) if low <= len(word) <= high}


def add_words(locale_id, text):
    """Add the words of a public page to its language's list ("did you mean")."""
    SearchWord.objects.bulk_create(
        [SearchWord(locale_id=locale_id, word=word, folded=fold(word)) for word in words_of(text)],
        ignore_conflicts=True,
    )


def fill_words():
    """The word list of every language again, from the entries of public live pages:
    in one statement on PostgreSQL, page by page elsewhere."""
    SearchWord.objects.all().delete()
    hidden = Page.objects.filter(Q(live=False) | private_q()).values("pk")
    if connection.vendor != "postgresql":
        entries = SearchEntry.objects.exclude(page_id__in=hidden)
        for locale_id, title, body in entries.values_list("locale_id", "title", "body"):
            add_words(locale_id, f"{title} {body}")
        return
    hidden_sql, hidden_params = hidden.query.sql_with_params()
    sql = WORDS_SQL.format(
        words=SearchWord._meta.db_table, entries=SearchEntry._meta.db_table, hidden=hidden_sql
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*WORD_LENGTHS, *hidden_params])


def remove_entry(page):
    SearchEntry.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Index every live page again; returns how many entries there are."""
    SearchEntry.objects.all().delete()
    count = 0
    for page in Page.objects.live().filter(depth__gt=1, alias_of__isnull=True).specific():
        if update_entry(page, words=False) is not None:
            count += 1
    fill_words()  # once for all, in one statement on PostgreSQL
    return count
