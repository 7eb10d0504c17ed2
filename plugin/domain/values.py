"""Parsing raw values (from CSV cells, forms, JSON) into the store's types.

Each parser returns the typed value or raises ``ValueError`` with a message fit for a user.
Empty input gives ``None``: "not known" is never turned into 0.
"""

import math
from datetime import date, datetime

from .dates import read_date
from .i18n import message_template


def _t(text):
    return message_template("values", text)


def is_blank(value):
    return value is None or (isinstance(value, str) and value.strip() == "")


def parse_whole_number(value, field="value"):
    """A whole, non-negative number; '7', '7.0' and 7 are fine, '3.5', '-1', 'nan' are not."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(_t("{field}: expected a whole number, got {value!r}").format(field=field, value=value))
    if isinstance(value, int):
        number = value
    else:
        text = str(value).strip().replace(",", "") if isinstance(value, str) else value
        try:
            as_float = float(text)
        except (TypeError, ValueError):
            raise ValueError(_t("{field}: '{value}' is not a number").format(field=field, value=value)) from None
        if not math.isfinite(as_float):
            raise ValueError(_t("{field}: '{value}' is not a finite number").format(field=field, value=value))
        if as_float != int(as_float):
            raise ValueError(_t("{field}: '{value}' is not a whole number").format(field=field, value=value))
        number = int(as_float)
    if number < 0:
        raise ValueError(_t("{field}: {number} is negative").format(field=field, number=number))
    return number


def parse_coordinate(value, field="coordinate"):
    if is_blank(value):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValueError(_t("{field}: '{value}' is not a number").format(field=field, value=value)) from None
    if not math.isfinite(number):
        raise ValueError(_t("{field}: '{value}' is not a finite number").format(field=field, value=value))
    return number


def parse_date(value, field="date"):
    """A date object, or text in one of the forms :func:`.dates.read_date` reads (ISO, '14 June 2020',
    '14-Jun-2020', 'June 14, 2020', an unambiguous d/m/yyyy)."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return read_date(value, field)


EARLIEST_LIKELY_YEAR = 1990  # earlier dates are possible (old events) but more often a mistyped year


def implausible_date(value, today):
    """Why a date someone typed is unlikely: "future", "long ago" (before 1990), or None."""
    if value > today:
        return "future"
    if value.year < EARLIEST_LIKELY_YEAR:
        return "long ago"
    return None


def parse_boolean(value, field="value"):
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("1", "true", "yes", "y", "t", "civilian targeting"):
        return True
    if text in ("0", "false", "no", "n", "f"):
        return False
    raise ValueError(_t("{field}: '{value}' is not yes/no").format(field=field, value=value))


def iso(value):
    """A date as ISO text, or None."""
    return value.isoformat() if isinstance(value, date) else (value or None)


def clean_text(value):
    if value is None:
        return None
    text = str(value).strip()
    return text or None
