"""Streaming a CSV export row by row, whatever its encoding and delimiter.

``CsvFile(path)`` decides the encoding from the file's bytes (:mod:`text_encoding`: UTF-8 with or
without BOM, UTF-16, CP1256 Arabic Windows, CP1252 Western Excel) and the delimiter (comma, semicolon
or tab) from the header line, whose column names :func:`import_columns.table_header` reads. Iterating
gives ``(line, row)`` pairs: ``line`` is the physical line where the record starts and ``row`` either a
dict of column name to text or, for a row that cannot be read (broken quoting, wrong number of
fields, a line not in the file's encoding), a :class:`RowError` saying why. Reading goes on after a bad
row. Control characters are removed from every line (:mod:`text_cleaning`); ``cleaned_lines`` counts
the lines that had some. An HXL hashtag row right under the header is skipped, and the apostrophe the
plugin's own CSV export puts before a formula-like cell is taken off
(:func:`.spreadsheet_cells.unguarded_cells`), so the export reads back unchanged.
"""

import csv
import io
import os
import re
from collections import deque

from .i18n import message_template
from .import_cells import RowError
from .import_columns import Table, TableFormatError, hashtag_notice, is_hashtag_row, table_header
from .spreadsheet_cells import unguarded_cells
from .text_cleaning import CONTROLS, without_controls
from .text_encoding import CODE_PAGES, MARK, UNDECODABLE, UTF8, detect_encoding

DELIMITERS = (",", ";", "\t")
_SEPARATOR_HINT = re.compile(r"sep=([,;\t|])", re.IGNORECASE)
# A quoted field running over more lines than this is taken for an unclosed quote.
MAX_RECORD_LINES = 200
ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16",
                  "utf-16-be": "UTF-16", "cp1252": "Windows-1252", "cp1256": "Windows-1256"}

# One 10 MB cell must be read (and then rejected as implausible), not crash the reader.
csv.field_size_limit(2 ** 31 - 1)


def _t(text):
    return message_template("import", text)


class CsvFormatError(TableFormatError):
    """The file as a whole cannot be read as a CSV table: empty, no delimiter, unreadable."""


def detect_delimiter(header_line):
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties go to the earlier (comma first)
    return best if counts[best] else None


class _Lines:
    """The file's physical lines with their numbers; lines can be pushed back to be read again.

    Control characters are removed as lines are read; a line that is not text in the file's encoding
    (or, in a code-page file, is UTF-8) is remembered, and ``bad`` names it while its record is read.
    """

    def __init__(self, text, encoding):
        self._text = text
        self._encoding = encoding
        self._code_page = encoding in CODE_PAGES
        self._number = 0
        self._pending = deque()
        self._bad_lines = set()
        self.consumed = []
        self.bad = None
        self.cleaned_lines = 0

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
            if not line.rstrip("\r\n").isprintable():  # fast: true for most lines, false for all below
                if UNDECODABLE in line:
                    self._bad_lines.add(number)
                if CONTROLS.search(line):
                    line = without_controls(line)
                    self.cleaned_lines += 1
            if self._code_page and not line.isascii() and is_utf8(line, self._encoding):
                self._bad_lines.add(number)
        if number in self._bad_lines and self.bad is None:
            self.bad = number
        self.consumed.append((number, line))
        if len(self.consumed) > MAX_RECORD_LINES:
            raise _RecordTooLong
        return line

    def start_record(self):
        self.consumed = []
        self.bad = None

    def push_back(self, lines):
        self._pending.extendleft(reversed(lines))


def is_text_in(line, encoding):
    """False when ``line`` (decoded with errors=MARK) had bytes that are not ``encoding``, or,
    for a Windows code page, is UTF-8 text with non-ASCII letters (another file's lines pasted in)."""
    if line.isascii():
        return True
    if UNDECODABLE in line:
        return False
    return encoding not in CODE_PAGES or not is_utf8(line, encoding)


def is_utf8(line, encoding):
    """Whether ``line``, decoded from ``encoding``, was in fact UTF-8 bytes."""
    try:
        line.encode(encoding).decode(UTF8)
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return True


class _RecordTooLong(Exception):
    pass


class CsvFile(Table):
    """An open CSV file: ``header``, ``encoding``, ``delimiter``, ``size``, ``fraction_read()`` and
    ``cleaned_lines`` (lines that had control characters removed, so far)."""

    def __init__(self, path):
        self.path = str(path)
        self.size = os.path.getsize(self.path)
        self.encoding = detect_encoding(self.path)
        self._binary = open(self.path, "rb")
        try:
            self._text = io.TextIOWrapper(self._binary, encoding=self.encoding, errors=MARK,
                                          newline="")
            self._lines = _Lines(self._text, self.encoding)
            self.notices = []
            self.header, self.delimiter, self.header_line = self._read_header()
        except Exception:
            self.close()
            raise

    @property
    def cleaned_lines(self):
        return self._lines.cleaned_lines

    def _read_header(self):
        delimiter = None
        for number, line in enumerate(iter(self._text.readline, ""), start=1):
            line = CONTROLS.sub("", line)
            hint = _SEPARATOR_HINT.fullmatch(line.strip())
            if hint and delimiter is None:
                delimiter = hint.group(1)  # Excel's "sep=;" first line: the header follows
            elif line.strip():
                break
        else:
            raise CsvFormatError(_t("{path} is empty.").format(path=self.path))
        self._lines._number = number
        if not is_text_in(line, self.encoding):
            raise CsvFormatError(_t("{path}: the header line is not {encoding} text like the rest of the file.").format(
                path=self.path, encoding=ENCODING_NAMES.get(self.encoding, self.encoding)))
        delimiter = delimiter or detect_delimiter(line)
        if delimiter is None:
            raise CsvFormatError(_t("{path}: the first line is not a header of column names separated by "
                                    "commas, semicolons or tabs.").format(path=self.path))
        names = next(csv.reader([line], delimiter=delimiter))
        header, self._skip_first, self._width = table_header(names, self.path)
        return header, delimiter, number

    def fraction_read(self):
        """How much of the file has been read, from 0 to 1 (by bytes)."""
        if not self.size or self._binary.closed:
            return 1.0
        return min(1.0, self._binary.tell() / self.size)

    def __iter__(self):
        reader = csv.reader(self._lines, delimiter=self.delimiter, strict=True)
        lines = self._lines
        header = self.header
        width = self._width
        first = 1 if self._skip_first else 0
        encoding = ENCODING_NAMES.get(self.encoding, self.encoding)
        hashtags_possible = True  # the first row only
        while True:
            lines.start_record()
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
            start = lines.consumed[0][0]
            if hashtags_possible:
                hashtags_possible = False
                if is_hashtag_row(values):
                    self.notices.append(hashtag_notice(self.path, start))
                    continue
            if lines.bad is not None:
                yield start, RowError(_t("line {line} is not {encoding} text like the rest of the file (a damaged "
                                         "byte, or lines saved in another encoding)"),
                                      line=lines.bad, encoding=encoding)
                continue
            if len(values) != width:
                if not values or not any(v.strip() for v in values):
                    continue  # a blank line
                if len(values) > width and not any(v.strip() for v in values[width:]):
                    values = values[:width]
                else:
                    consumed = lines.consumed
                    lines.push_back(consumed[1:])
                    yield start, RowError(
                        _t("{count} fields where the header has {width} (broken quoting or a stray delimiter?)"),
                        count=len(values), width=width)
                    continue
            record = lines.consumed
            if len(record) > 1 or "'" in record[0][1]:  # the raw line tells at C speed (most rows have none)
                values = unguarded_cells(values)
            yield start, dict(zip(header, values[first:] if first else values))

    def close(self):
        self._binary.close()


def read_rows(path):
    """``(line, row)`` pairs of the CSV file at ``path`` (see :class:`CsvFile`)."""
    with CsvFile(path) as csv_file:
        yield from csv_file
