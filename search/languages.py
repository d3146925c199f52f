"""Which PostgreSQL text-search configuration stems each language.

PostgreSQL 15 ships stemmers for these; every other language (Czech, Slovak, Polish,
Bulgarian, Croatian, Slovenian, Bosnian, Albanian, Macedonian, Ukrainian, Romani...) uses
"simple": words are matched as written, without stemming. Each is used through the
site's copy of it, ``alliance_<name>``, which takes the accents off every word first
(``unaccent``; search/migrations/0003_unaccent_search_configurations.py).
"""

SEARCH_CONFIGS = {
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
}
FALLBACK_CONFIG = "simple"
PREFIX = "alliance_"


def search_config(language_code):
    """The accent-insensitive configuration of the language, e.g. ``alliance_french``."""
    return PREFIX + SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)
