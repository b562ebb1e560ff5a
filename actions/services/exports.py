"""Spreadsheet exports of supporter data that are safe to open in Excel or LibreOffice."""

import re
from typing import Any

# A cell starting with one of these is run as a formula by spreadsheet programs, so a
# signer could type "=HYPERLINK(...)" as their name and attack whoever opens the export.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Control characters other than tab and line breaks: XLSX cannot hold them (openpyxl refused
# the whole export, with the value in the log), and in a CSV read in a terminal an escape
# sequence can rewrite what the steward sees. Each becomes U+FFFD, so that something visibly
# stood there.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REPLACEMENT = "\ufffd"


def neutralise_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets display as plain text, and control characters are replaced. Numbers, dates
    and other text pass unchanged."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub(REPLACEMENT, value)
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
