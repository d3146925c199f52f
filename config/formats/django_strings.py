"""Strings of Django's own catalog that the site's dates need in every language, marked
here so that ``makemessages`` keeps them in the site's catalogs (locale/).

Django translates the month names of ``{{ date|date:"F" }}`` in its catalog, which has no
Romani: the site's Romani catalog gives them (Django merges the catalogs of LOCALE_PATHS
with its own, the site's first). In the other languages these entries repeat Django's
own translations.
"""

from django.utils.translation import gettext_noop

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
