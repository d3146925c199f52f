"""Spreadsheet cells that are safe to open: no formula, no character XLSX refuses.

Applicants type what they like, and editors name the columns. A text a spreadsheet would
read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return:
OWASP's "CSV injection") gets a leading single quote, in the CSV and the XLSX export
alike; control characters (other than tab, line feed and carriage return) are removed,
since XLSX cannot hold them (openpyxl raises ``IllegalCharacterError``) and a terminal
showing the CSV would obey them.
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` as a spreadsheet shows it as text; anything but a string unchanged."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
