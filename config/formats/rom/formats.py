"""Romani: Django has no formats for it (nor a catalog: the month names are in
locale/rom, see config/formats/django_strings.py). Day, month name, year, as in the
languages around it; numbers grouped by a non-breaking space, a decimal comma. The
written standard (issue 21) may change the month names, not these formats.
"""

DATE_FORMAT = "j F Y"  # 30 oktobro 2013
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"  # oktobro 2013
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"  # 30.10.2013
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = [
    "%d.%m.%Y",  # '30.10.2013'
    "%d.%m.%y",  # '30.10.13'
]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # non-breaking space
NUMBER_GROUPING = 3
