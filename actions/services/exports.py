"""Spreadsheet exports of supporter data that are safe to open in Excel or LibreOffice."""

from typing import Any

# A cell starting with one of these is run as a formula by spreadsheet programs, so a
# signer could type "=HYPERLINK(...)" as their name and attack whoever opens the export.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe, which
    spreadsheets display as plain text. Numbers, dates and other text pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
