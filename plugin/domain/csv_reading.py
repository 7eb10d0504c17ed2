"""Streaming a CSV export row by row, whatever its encoding and delimiter.

``CsvFile(path)`` detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, else CP1256 as
written by Arabic Windows) and the delimiter (comma, semicolon or tab) from the header line. Iterating
gives ``(line, row)`` pairs: ``line`` is the physical line where the record starts and ``row`` either a
dict of column name to text or, for a row that cannot be read (broken quoting, wrong number of
fields), a :class:`RowError` saying why. Reading goes on after a bad row.

Two conventions of the plugin's own CSV export are read back: an HXL hashtag row right under the header
is skipped (:func:`.hxl.is_hashtag_row`), and the apostrophe that keeps spreadsheets from running a
cell as a formula is taken off (:func:`.spreadsheet_cells.unguarded_cells`).
"""

import codecs
import csv
import io
import os
from collections import deque

from .hxl import is_hashtag_row
from .i18n import QT_TRANSLATE_NOOP
from .import_cells import RowError
from .spreadsheet_cells import unguarded_cells

DELIMITERS = (",", ";", "\t")
# A quoted field running over more lines than this is taken for an unclosed quote.
MAX_RECORD_LINES = 200
_CHUNK = 1 << 20

# One 10 MB cell must be read (and then rejected as implausible), not crash the reader.
csv.field_size_limit(2 ** 31 - 1)


def _t(text):
    return QT_TRANSLATE_NOOP("import", text)


class CsvFormatError(ValueError):
    """The file as a whole cannot be read as a table: empty, no header, unreadable."""


def detect_encoding(path):
    """'utf-8-sig', 'utf-16' (with BOM), 'utf-16-le'/'-be' (without), 'utf-8' or 'cp1256' for ``path``.

    A file without BOM is UTF-8 when all of it decodes as UTF-8, else CP1256 (Arabic Windows).
    """
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
            return "utf-16"
        f.seek(0)
        sample = f.read(4096)
        if sample.count(b"\x00") > len(sample) // 4:  # UTF-16 without BOM: every other byte of ASCII is 0
            return "utf-16-le" if sample[1::2].count(b"\x00") > sample[0::2].count(b"\x00") else "utf-16-be"
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1256"
    return "utf-8"


def detect_delimiter(header_line):
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier (comma first)
    return best if counts[best] else None


class _Lines:
    """The file's physical lines with their numbers; lines can be pushed back to be read again."""

    def __init__(self, text):
        self._text = text
        self._number = 0
        self._pending = deque()
        self.consumed = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending:
            number, line = self._pending.popleft()
        else:
            line = self._text.readline()
            if not line:
                raise StopIteration
            self._number += 1
            number = self._number
        self.consumed.append((number, line))
        if len(self.consumed) > MAX_RECORD_LINES:
            raise _RecordTooLong
        return line

    def push_back(self, lines):
        self._pending.extendleft(reversed(lines))


class _RecordTooLong(Exception):
    pass


class CsvFile:
    """An open CSV file: ``header``, ``encoding``, ``delimiter``, ``size`` and ``fraction_read()``."""

    def __init__(self, path):
        self.path = str(path)
        self.size = os.path.getsize(self.path)
        self.encoding = detect_encoding(self.path)
        self._binary = open(self.path, "rb")
        try:
            self._text = io.TextIOWrapper(self._binary, encoding=self.encoding, errors="replace", newline="")
            self._lines = _Lines(self._text)
            self.header, self.delimiter, self.header_line = self._read_header()
        except Exception:
            self.close()
            raise

    def _read_header(self):
        for number, line in enumerate(iter(self._text.readline, ""), start=1):
            if line.strip():
                break
        else:
            raise CsvFormatError(_t("{path} is empty.").format(path=self.path))
        self._lines._number = number
        delimiter = detect_delimiter(line)
        if delimiter is None:
            raise CsvFormatError(_t("{path}: the first line is not a header of column names separated by "
                                    "commas, semicolons or tabs.").format(path=self.path))
        names = next(csv.reader([line], delimiter=delimiter))
        names = [n.strip().lstrip("\ufeff").strip().lower() for n in names]
        while names and not names[-1]:
            names.pop()
        if len(names) < 2 or not all(names) or any(_looks_like_a_value(n) for n in names):
            raise CsvFormatError(_t("{path}: the first line is not a header of column names: {line}").format(
                path=self.path, line=line.strip()[:200]))
        return names, delimiter, number

    def fraction_read(self):
        """How much of the file has been read, from 0 to 1 (by bytes)."""
        if not self.size or self._binary.closed:
            return 1.0
        return min(1.0, self._binary.tell() / self.size)

    def __iter__(self):
        reader = csv.reader(self._lines, delimiter=self.delimiter, strict=True)
        lines = self._lines
        header = self.header
        width = len(header)
        first = True
        while True:
            lines.consumed = []
            try:
                values = next(reader)
            except StopIteration:
                return
            except (csv.Error, _RecordTooLong) as error:
                consumed = lines.consumed
                lines.push_back(consumed[1:])
                reason = (_t("a quoted field is not closed") if isinstance(error, _RecordTooLong)
                          or "end of data" in str(error) else _t("broken quoting ({error})").format(error=error))
                yield consumed[0][0], RowError(_t("{reason}"), reason=reason)
                continue
            if len(values) != width:
                if not values or not any(v.strip() for v in values):
                    continue  # a blank line
                if len(values) > width and not any(v.strip() for v in values[width:]):
                    values = values[:width]
                else:
                    consumed = lines.consumed
                    lines.push_back(consumed[1:])
                    yield consumed[0][0], RowError(
                        _t("{count} fields where the header has {width} (broken quoting or a stray delimiter?)"),
                        count=len(values), width=width)
                    continue
            if first:
                first = False
                if is_hashtag_row(values):
                    continue
            record = lines.consumed
            if len(record) > 1 or "'" in record[0][1]:  # the raw line tells at C speed (most rows have none)
                values = unguarded_cells(values)
            yield record[0][0], dict(zip(header, values))

    def close(self):
        self._binary.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _looks_like_a_value(name):
    """A header cell that is a number or a date is data: the file has no header line."""
    stripped = name.replace(".", "").replace("-", "").replace("/", "").replace(" ", "")
    return stripped.isdigit()


def read_rows(path):
    """``(line, row)`` pairs of the CSV file at ``path`` (see :class:`CsvFile`)."""
    with CsvFile(path) as csv_file:
        yield from csv_file
