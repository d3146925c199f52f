"""Helpers for listing pages: GET filters parsed defensively, and pagination.

A filter value that cannot be used (``?year=abc``, an unknown choice) is ignored, so a
bad address still gives a normal page listing everything, never an error.
"""

import re

from django.core.paginator import Paginator

from core import generation


def parse_choice(value, choices):
    """``value`` if it is one of ``choices`` (an iterable of keys), else an empty string."""
    value = (value or "").strip()
    return value if value in {str(choice) for choice in choices} else ""


def search_terms(query):
    """The words of a visitor's ``query``, safe to give Wagtail's search backend.

    Only letters and digits are kept, lower-cased: quotes, brackets, ``*``, ``-`` and the
    upper-case AND/OR/NOT/NEAR would otherwise reach SQLite's full-text syntax (an
    unbalanced quote is an error there), and a NUL character is refused by PostgreSQL.
    """
    return " ".join(re.findall(r"\w+", str(query or ""))).lower()


def parse_year(value, years):
    """The year ``value`` names if it is one of ``years``, else None: no year filter.

    ``value``: the query string's text (or None); ``years``: the years that can be
    chosen, ints in any container (a set, a ``range``). Only ASCII digits count, at most
    four, spaces around them aside: letters, a sign, a huge number, an empty value, and
    the other digits ``str.isdigit()`` accepts (``²``, which ``int()`` refuses; ``٢٠٢٠``
    or ``２０２０``) all give None, so a bad address lists everything, never an error.
    """
    value = str(value or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 4):
        return None
    year = int(value)
    return year if year in years else None


def paginate(request, items, per_page, count_key=None):
    """The requested page of ``items``; a bad or out-of-range ``?page=`` gives a valid one.

    ``count_key``: what the number of ``items`` depends on besides the content (the
    listing page, the filters chosen), when that is all it depends on. The number is then
    kept per content generation (core/chrome.py) and most requests skip the count query.
    """
    paginator = Paginator(items, per_page)
    if count_key is not None:
        paginator.count = generation.cached(request, "listing-count", count_key, items.count)
    return paginator.get_page(request.GET.get("page"))
