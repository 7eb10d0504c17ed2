"""Typed values from one row of an imported file, with row errors a user can act on.

Every helper takes the row (a dict of column name to text) and a column name, and returns the
typed value, ``None`` for an empty or missing cell, or raises :class:`RowError`.
"""

import re
from datetime import date

from .dates import DateError, read_date
from .i18n import message_template
from .values import parse_coordinate, parse_whole_number

# "1,234,567": commas only as thousands separators; "12,5" (a decimal comma) is not 125.
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.0*)?")

# More characters than any figure or code has ('10,000,000.000'); int() of a 5000-digit text is slow,
# and refused past 4300 digits by Python itself.
MAX_NUMBER_CHARS = 24

# No ACLED or UCDP cell comes near this; a longer one is a broken file (a quote swallowing lines).
MAX_CELL_CHARS = 20000


def _t(text):
    return message_template("import", text)


class RowError(ValueError):
    """A row that cannot be imported; ``str()`` is the reason, a message that translates (domain/i18n)."""

    def __init__(self, template, **params):
        self.template = template  # what the report groups skipped rows by
        self.params = params
        super().__init__(template.format(**params))


def text(row, name):
    value = row.get(name)
    if not value:
        return None
    value = value.strip()
    if len(value) > MAX_CELL_CHARS:
        raise RowError(_t("{field}: {length} characters is not a plausible value (broken quoting?)"),
                       field=name, length=len(value))
    return value or None


def _number_text(row, name):
    """The cell's stripped text, None when empty; refused when longer than any number we read."""
    value = row.get(name)
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > MAX_NUMBER_CHARS:
        raise RowError(_t("{field}: a number of {length} characters is not a plausible value"),
                       field=name, length=len(value))
    return value


def whole_number(row, name):
    value = row.get(name)
    if value and len(value) <= MAX_NUMBER_CHARS and value.isdecimal():  # the common case, first
        return int(value)  # isdecimal, not isdigit: '²' and '①' are "digits" that int() refuses
    value = _number_text(row, name)
    if value is None:
        return None
    if value.isdecimal():
        return int(value)
    if "," in value and not _GROUPED.fullmatch(value):
        raise RowError(_t("{field}: '{value}' is not a whole number"), field=name, value=value)
    try:
        return parse_whole_number(value, name)
    except ValueError as error:
        raise RowError(_t("{reason}"), reason=str(error)) from None


def coordinate(row, name):
    try:
        value = parse_coordinate(_number_text(row, name), name)
    except ValueError as error:
        raise RowError(_t("{reason}"), reason=str(error)) from None
    if value is None:
        raise RowError(_t("{field} is empty"), field=name)
    return value


def iso_date(row, name, required=False, serials=False):
    """The cell as an ISO date text (YYYY-MM-DD), or None; the row's ``year`` gives a two-digit year's
    century; ``serials``: the column is all numbers, Excel serial days (see :mod:`.dates`)."""
    value = text(row, name)
    if value is None:
        if required:
            raise RowError(_t("{field} is empty"), field=name)
        return None
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass  # let read_date give the message
    try:
        return read_date(value, name, year=row.get("year"), serials=serials).isoformat()
    except DateError as error:
        raise RowError(error.template, **error.params) from None


def code(row, name, allowed):
    """A small whole-number code that must be in ``allowed`` (a container of ints)."""
    number = whole_number(row, name)
    if number is not None and number not in allowed:
        raise RowError(_t("{field}: {value} is not a known code"), field=name, value=number)
    return number


def split_list(value, separator=";"):
    """'A; B;;A' -> ['A', 'B']: stripped, without empties or repeats, in order."""
    if not value:
        return []
    seen = []
    for part in value.split(separator):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen
