"""Spreadsheet exports that open safely whatever a visitor typed.

CSV: text a spreadsheet would run as a formula is prefixed with a quote
(CSV injection). XLSX: characters the file format cannot hold (most C0
controls, such as the vertical tab a pasted text can carry) are replaced, and
cells are cut to Excel's limit; formula-like text is already stored as plain
text by Wagtail.
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Text a spreadsheet will not run as a formula. Pure."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


XLSX_MAX_CELL_LENGTH = 32_767
REPLACEMENT = "\ufffd"


def xlsx_text(value):
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, value)[:XLSX_MAX_CELL_LENGTH]


SAFE_TEXT = {
    SpreadsheetExportMixin.FORMAT_CSV: neutralise_formula,
    SpreadsheetExportMixin.FORMAT_XLSX: xlsx_text,
}


class SafeSpreadsheetMixin:
    """Applied to every exported value, after Wagtail turned it into text."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str):
            return SAFE_TEXT[export_format](value)
        return value
