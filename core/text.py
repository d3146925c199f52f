"""Small text helpers shared by the listings."""

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def collation_key(text):
    """Sort names as readers expect, ignoring accents and case ("Éducation" < "Logement").
    The listings sort the same few hundred names (countries, themes) on every request:
    each key is worked out once per process (bounded)."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
