"""Country names in the active language, looked up once per process.

django-countries translates a name on every call (``countries.name``: a lazy string
forced in the active language, some 60 µs); the listings ask for the same few dozen
names on every request. A name depends only on the code and the language (the
catalogs are loaded with the code), so it is kept here per (language, code).
"""

from django.utils.translation import get_language
from django_countries import countries

_names = {}


def country_name(code):
    """The name of the country ``code`` (ISO 3166-1) in the active language, or ''."""
    code = str(code or "")
    key = (get_language(), code)
    name = _names.get(key)
    if name is None:
        name = _names[key] = countries.name(code) if code else ""
    return name
