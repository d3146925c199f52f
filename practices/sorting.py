"""The orders a visitor may list the practices in, and the title order of each language.

``?sort=`` chooses: ``title`` (the default), ``newest`` and ``oldest`` (by start year,
practices with none last, then by title), and ``relevance`` (the default when words are
searched, offered only then). Any other value is the default: never an error.

The title order is natural (the digits in a title compare as numbers: "Practice 2"
before "Practice 10") and follows the alphabet of the page's language (Czech "ch" after
"h"). On PostgreSQL it is the database's: ``ORDER BY title COLLATE alliance_title_<lang>``,
ICU collations created by practices/migrations/0004_title_collations.py (Romani, which
ICU does not know, and any language added later use the root order, ``und``). SQLite has
no ICU: the titles are sorted in Python by ``core.text.natural_key`` (numbers as numbers,
accents and case ignored, no alphabet's special letters).
"""

from django.db import connection
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from core.text import natural_key

TITLE, NEWEST, OLDEST, RELEVANCE = "title", "newest", "oldest", "relevance"
SORT_LABELS = {
    RELEVANCE: _("Best match"),
    TITLE: _("Title"),
    NEWEST: _("Newest first"),
    OLDEST: _("Oldest first"),
}
# The languages with a collation of their own (the migration's list, Romani aside).
COLLATED_LANGUAGES = frozenset(
    "bg bs cs de el en es fi fr hr hu it mk nl pl pt ro sk sl sq sr sv tr uk".split()
)


def default_sort(searching):
    return RELEVANCE if searching else TITLE


def parse_sort(value, searching):
    """The order ``value`` names, or the default: ``relevance`` only with search words."""
    value = str(value or "").strip()
    if value not in SORT_LABELS or (value == RELEVANCE and not searching):
        return default_sort(searching)
    return value


def sort_choices(searching):
    """[(value, label)] of the orders offered (relevance only with search words)."""
    return [
        (value, label) for value, label in SORT_LABELS.items() if searching or value != RELEVANCE
    ]


def collation_name(language):
    """The ICU collation of ``language``'s title order (PostgreSQL)."""
    code = str(language or "").split("-")[0].lower()
    return f"alliance_title_{code if code in COLLATED_LANGUAGES else 'und'}"


def by_title(queryset, fields, language):
    """[(*fields)] of the pages of ``queryset`` in ``language``'s natural title order
    (then by pk, so equal titles keep one order)."""
    if connection.vendor == "postgresql":
        ordered = queryset.order_by(Collate("title", collation_name(language)), "pk")
        return list(ordered.values_list(*fields))
    rows = queryset.order_by("pk").values_list(*fields, "title")
    return [row[:-1] for row in sorted(rows, key=lambda row: natural_key(row[-1]))]


def by_start_year(pks, start_of, newest):
    """``pks`` (in title order) by start year, newest or oldest first; those with no start
    year last; a tie keeps the title order."""
    if newest:
        return sorted(pks, key=lambda pk: (start_of[pk] is None, -(start_of[pk] or 0)))
    return sorted(pks, key=lambda pk: (start_of[pk] is None, start_of[pk] or 0))
