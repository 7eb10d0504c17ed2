"""CSV text cells that spreadsheets never run as formulas, read back exactly as they were.

Excel, LibreOffice and Google Sheets run a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula; a leading apostrophe makes it text (OWASP, "CSV Injection"). So that
reading gives back exactly what was written, a cell made of apostrophes followed by one of those
characters gets one apostrophe more too, and reading takes one apostrophe off any cell of that shape:

    =1+1    ->  '=1+1    ->  =1+1
    '=1+1   ->  ''=1+1   ->  '=1+1
    it's    ->  it's     ->  it's      (no formula character after the apostrophes: left alone)

Pure Python: the CSV export writes with :func:`guarded`, the CSV reader reads with :func:`unguarded_cells`.
"""

import re

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_SEPARATOR = "\x1f"  # joins a row's cells to look for an apostrophe once per row


def guarded(text):
    """``text`` as a cell spreadsheets show as text (see the module's doc)."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_PREFIXES) else text


def unguarded(text):
    """The text :func:`guarded` was given for the cell ``text``."""
    return text[1:] if _GUARDED.match(text) else text


def unguarded_cells(values):
    """The row's cells (a list of text) with :func:`unguarded` applied; the same list when no cell has an
    apostrophe (most rows: checked at C speed)."""
    if "'" not in _SEPARATOR.join(values):
        return values
    return [unguarded(value) for value in values]
