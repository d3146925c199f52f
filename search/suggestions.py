""" "Did you mean": when a search finds nothing, a spelling of its words that the site's
own public pages use (search/models.py's SearchWord), nearest by trigram similarity
(PostgreSQL's pg_trgm), or by difflib's ratio on other databases.

A word is only offered once a search for it finds a public page of the language, and the
corrected query as a whole finds one: a word left in the list by a page since made
private or unpublished is never shown.
"""

import difflib

from django.contrib.postgres.search import SearchQuery
from django.db import connection

from search.entries import folded_matches, visible_entries
from search.indexing import WORD, fold
from search.languages import search_config
from search.models import SearchWord

MAX_WORDS = 6  # a longer query is not corrected
CANDIDATES = 5  # nearest words tried for each unknown word
SIMILARITY = 0.3  # pg_trgm's default threshold; difflib's cutoff on other databases
DIFFLIB_CUTOFF = 0.75


def finds_something(query, locale):
    if connection.vendor == "postgresql":
        config = search_config(locale.language_code)
        return visible_entries(locale).filter(vector=SearchQuery(query, config=config)).exists()
    return bool(folded_matches(query, locale))


def nearest_words(word, locale):
    """The site's words of the language nearest ``word``, nearest first."""
    folded = fold(word)
    if connection.vendor == "postgresql":
        table = SearchWord._meta.db_table
        sql = f"""
            SELECT word FROM {table}
            WHERE locale_id = %s AND folded %% %s AND folded <> %s
            ORDER BY similarity(folded, %s) DESC, word
            LIMIT %s
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [locale.pk, folded, folded, folded, CANDIDATES])
            return [row[0] for row in cursor.fetchall()]
    words = dict(
        SearchWord.objects.filter(locale=locale)
        .exclude(folded=folded)
        .values_list("folded", "word")
    )
    close = difflib.get_close_matches(folded, words, n=CANDIDATES, cutoff=DIFFLIB_CUTOFF)
    return [words[found] for found in close]


def suggestion(query, locale):
    """A corrected ``query`` that finds public pages of the language, or None."""
    words = WORD.findall(query)
    if not words or len(words) > MAX_WORDS:
        return None
    corrected = []
    changed = False
    for word in words:
        if finds_something(word, locale):
            corrected.append(word)
            continue
        replacement = next(
            (near for near in nearest_words(word, locale) if finds_something(near, locale)),
            None,
        )
        if replacement is None:
            return None
        corrected.append(replacement)
        changed = True
    text = " ".join(corrected)
    if not changed or not finds_something(text, locale):
        return None
    return text
