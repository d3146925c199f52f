"""Small text helpers shared by the listings."""

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def collation_key(text):
    """Sort names as readers expect, ignoring accents and case ("Éducation" < "Logement").
    The listings sort the same few hundred names (countries, themes) on every request:
    each key is worked out once per process (bounded)."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def natural_key(text):
    """A sort key for ``text`` with its numbers compared as numbers ("Practice 2" before
    "Practice 10"), accents and case ignored (``collation_key``): the title order where
    the database has no ICU collation (SQLite; practices/sorting.py)."""
    parts = re.split(r"([0-9]+)", collation_key(text))
    # Text and numbers alternate (the text first, maybe empty): tuples compare in step.
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts))
