"""Which PostgreSQL text-search configuration stems each language.

PostgreSQL 15 ships stemmers for these; every other language (Czech, Slovak, Polish,
Bulgarian, Croatian, Slovenian, Bosnian, Albanian, Macedonian, Ukrainian, Romani...) uses
"simple": words are matched as written, without stemming.
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


def search_config(language_code):
    return SEARCH_CONFIGS.get(language_code, FALLBACK_CONFIG)
