"""The languages of the site: content (Wagtail) and interface (Django) alike.

English is the source language. The list covers the official languages of the member
countries and Romani. A deployment may replace it with ``ALLIANCE_LANGUAGES`` (a comma
separated list of codes); every code must be known to Django or described in
``EXTRA_LANG_INFO`` below.
"""

from django.conf.locale import LANG_INFO

DEFAULT_LANGUAGE_CODES = (
    "en fr de it es pt nl el tr cs sk pl hu ro bg hr sr sl bs sq mk uk sv fi rom".split()
)

# Languages Django does not ship. Romani (ISO 639-2 "rom") is the one the Alliance needs.
# Its own name is written here only (the language switcher reads it from here).
EXTRA_LANG_INFO = {
    "rom": {
        "bidi": False,
        "code": "rom",
        "name": "Romani",
        "name_local": "Romani čhib",
    },
}

# Where Django's language info is wrong for the site. Its own names of Czech and Slovak
# are the adverbs ("česky", "slovensky": "in Czech"); a language switcher lists the
# languages by their names (docs/languages.md).
LANG_INFO_CORRECTIONS = {
    "cs": {"name_local": "čeština"},
    "sk": {"name_local": "slovenčina"},
}


def register_extra_languages():
    """Teach Django the languages it does not know, so ``get_language_info`` works, and
    correct what it knows wrong (``LANG_INFO_CORRECTIONS``)."""
    for code, info in EXTRA_LANG_INFO.items():
        LANG_INFO.setdefault(code, info)
    for code, corrections in LANG_INFO_CORRECTIONS.items():
        LANG_INFO[code] = {**LANG_INFO[code], **corrections}


def language_choices(codes):
    """``LANGUAGES``-style pairs, each language named in English (the admin's language)."""
    register_extra_languages()
    unknown = [code for code in codes if code not in LANG_INFO]
    if unknown:
        raise ValueError(f"Unknown language codes: {', '.join(unknown)}")
    return [(code, LANG_INFO[code]["name"]) for code in codes]
