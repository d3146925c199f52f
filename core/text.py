"""Small text helpers shared by the listings."""

import unicodedata


def collation_key(text):
    """Sort names as readers expect, ignoring accents and case ("Éducation" < "Logement")."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
