"""The dates of imported files: which written forms are read, and how, and which are refused.

Read (each rule with its tests in tests/domain/test_dates.py):

- ISO 8601 dates, ``2020-06-13`` (month and day may be unpadded), optionally with a time as pandas,
  Excel and databases write it (``2020-06-13T00:00:00``, ``2020-06-13 00:00:00.000``, ``...Z``,
  ``...+03:00``): the date part is the event's day; the time must be a real time. The same with
  slashes, year first (``2020/06/13``, ``2020/06/13 10:30:00``), is how GDAL gives the date cells
  of an XLSX sheet.
- A day, a month name and a year: ``13 June 2020`` (ACLED's export tool), ``13-Jun-20`` and
  ``13-Jun-2020`` (Excel's and ACLED's older CSV exports), ``June 13, 2020``. English month names,
  full or in three letters (``Sept`` too), any case.
- Two-digit years (``9-May-20``) only with the row's own ``year`` column, which gives the century
  and must end in the same two digits; without it the date is refused, never guessed. (A four-digit
  year is read as written.)
- ``d/m/yyyy`` or ``m/d/yyyy`` (also with ``-`` or ``.``, as in ``dd-mm-yyyy``) only when one reading
  alone is a date (``14/06/2020``: the 14th of June either way, as 14 is no month); ``03/04/2020`` is
  refused: the 3rd of April or the 4th of March.
- Excel serial day numbers (``43995`` = 2020-06-13, the 1900 date system) only when the caller
  knows the whole column is numbers (``serials=True``); a lone number among dates is refused.

Every refusal is a :class:`DateError` whose message says what to do (re-save with ISO dates).
"""

import re
from datetime import date, timedelta

from .i18n import message_template

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9

_ISO = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})"
                  r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[\s\-]+([^\W\d_]+)\.?[\s\-,]+(\d{4}|\d{2})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_SERIAL = re.compile(r"\d{1,7}(?:\.\d+)?")
# Excel's 1900 date system counts 1900-02-29, which never was: from day 61 on, day n is 1899-12-30 + n.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_LEAP_BUG = 60
_SHOWN_CHARS = 40

NOT_A_DATE = message_template("import", "{field}: '{value}' is not a date (expected YYYY-MM-DD)")
NOT_A_CALENDAR_DATE = message_template("import", "{field}: '{value}' is not a real calendar date")
AMBIGUOUS = message_template(
    "import", "{field}: '{value}' could be {first} or {second}: day and month cannot be told apart. "
              "Re-save the file with ISO dates (YYYY-MM-DD)")
TWO_DIGIT_YEAR = message_template(
    "import", "{field}: '{value}' has a two-digit year and the row has no year column to give its century. "
              "Re-save the file with four-digit years or ISO dates (YYYY-MM-DD)")
YEAR_DISAGREES = message_template("import", "{field}: '{value}' does not agree with the row's year {year}")
NOT_A_YEAR = message_template("import", "year: '{year}' is not a year")
LONE_SERIAL = message_template(
    "import", "{field}: '{value}' is not a date but a number (an Excel serial date?): numbers are read as "
              "dates only when the whole column is numbers. Re-save the file with ISO dates (YYYY-MM-DD)")


class DateError(ValueError):
    """A date that is not read; ``str()`` is the message, ``template``/``params`` for translation."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


def _shown(value):
    text = str(value)
    return text if len(text) <= _SHOWN_CHARS else text[:_SHOWN_CHARS] + "…"


def _make(year, month, day, value, field):
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(NOT_A_CALENDAR_DATE, field=field, value=_shown(value)) from None


def is_serial(text):
    """Whether ``text`` is written as an Excel serial day number (digits, maybe a fraction of a day)."""
    return bool(_SERIAL.fullmatch(text.strip())) if text else False


def from_serial(text, field="date"):
    """The day of an Excel serial number (1900 date system; a fraction of a day is the time, dropped)."""
    number = int(float(text))
    if number < 1 or number == _EXCEL_LEAP_BUG:
        raise DateError(NOT_A_CALENDAR_DATE, field=field, value=_shown(text))
    if number < _EXCEL_LEAP_BUG:
        number += 1
    try:
        return _EXCEL_EPOCH + timedelta(days=number)
    except OverflowError:
        raise DateError(NOT_A_CALENDAR_DATE, field=field, value=_shown(text)) from None


def _row_year(year):
    """The row's year column as an int, None when empty; DateError when it is not a year."""
    if year is None:
        return None
    text = str(year).strip()
    if not text:
        return None
    if text.endswith(".0"):
        text = text[:-2]
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise DateError(NOT_A_YEAR, year=_shown(year))
    return int(text)


def _full_year(digits, year, value, field):
    """The year of a date written with ``digits``: four as written, two with the row's year's century."""
    if len(digits) == 4:
        return int(digits)
    row_year = _row_year(year)
    if row_year is None:
        raise DateError(TWO_DIGIT_YEAR, field=field, value=_shown(value))
    if row_year % 100 != int(digits):
        raise DateError(YEAR_DISAGREES, field=field, value=_shown(value), year=row_year)
    return row_year


def read_date(value, field="date", year=None, serials=False):
    """The :class:`date` written in ``value`` (text), None when it is empty; :class:`DateError` else.

    ``year`` is the row's own year column (text or int, may be None): it gives the century of a
    two-digit year and must agree with the date. ``serials``: the whole column is numbers, read as
    Excel serial days.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match:
        hour, minute, second = match.group(5), match.group(6), match.group(7)
        if hour is not None and (int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59):
            raise DateError(NOT_A_DATE, field=field, value=_shown(value))
        return _make(int(match.group(1)), int(match.group(3)), int(match.group(4)), value, field)
    match = _DAY_MONTH_YEAR.fullmatch(text)
    if match and match.group(2).casefold() in MONTHS:
        full = _full_year(match.group(3), year, value, field)
        return _make(full, MONTHS[match.group(2).casefold()], int(match.group(1)), value, field)
    match = _MONTH_DAY_YEAR.fullmatch(text)
    if match and match.group(1).casefold() in MONTHS:
        full = _full_year(match.group(3), year, value, field)
        return _make(full, MONTHS[match.group(1).casefold()], int(match.group(2)), value, field)
    match = _SLASHED.fullmatch(text)
    if match:
        return _slashed(match, value, field)
    if is_serial(text):
        if not serials:
            raise DateError(LONE_SERIAL, field=field, value=_shown(value))
        return from_serial(text, field)
    raise DateError(NOT_A_DATE, field=field, value=_shown(value))


def _slashed(match, value, field):
    """``a/b/yyyy``: the one date it can be; refused when it can be two."""
    first, second, full = int(match.group(1)), int(match.group(3)), int(match.group(4))
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            reading = date(full, month, day)
        except ValueError:
            continue
        if reading not in readings:
            readings.append(reading)
    if not readings:
        raise DateError(NOT_A_CALENDAR_DATE, field=field, value=_shown(value))
    if len(readings) > 1:
        raise DateError(AMBIGUOUS, field=field, value=_shown(value), first=readings[0].isoformat(),
                        second=readings[1].isoformat())
    return readings[0]
