"""The records of an ACLED or UCDP API answer saved as JSON, as the rows a CSV export gives.

ACLED's API answers ``{"status": 200, "success": true, "count": n, "data": [{...}, ...]}``; UCDP's
(``/api/gedevents``) ``{"TotalCount": n, "TotalPages": p, "PreviousPageUrl": ..., "NextPageUrl": ...,
"Result": [{...}, ...]}``; a bare list of records is read too. Each record's keys are column names
(:mod:`import_columns`) and its values become the text a CSV cell would hold (numbers exactly as
written). ``line`` is the line of the file where the record starts. An error answer
(``"success": false``) is refused with ACLED's message; one page of a longer UCDP answer is read and
said to be one page (``notices``).
"""

import json
import os
from json.decoder import scanstring

from .cell_text import Cleaning, json_value_text
from .i18n import message_template
from .import_cells import RowError
from .import_columns import Table, TableFormatError, column_name
from .text_encoding import MARK, detect_encoding

RECORD_KEYS = ("data", "Result")
_WHITESPACE = " \t\n\r"


def _t(text):
    return message_template("import", text)


class _Record(dict):
    """A JSON object that remembers a key given twice."""

    twice = None


def _record(pairs):
    record = _Record()
    for key, value in pairs:
        if key in record and record.twice is None:
            record.twice = key
        record[key] = value
    return record


_DECODER = json.JSONDecoder(object_pairs_hook=_record, parse_int=str, parse_float=str, parse_constant=str)


def looks_like_json(path):
    """True when the file's first non-blank character (after a BOM) opens a JSON object or list."""
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf").lstrip()
    return head[:1] in (b"{", b"[")


class JsonFile(Table):
    """An API answer read whole: ``header``, ``encoding``, ``size``, ``fraction_read()``, ``notices``."""

    def __init__(self, path):
        self.path = str(path)
        self.size = os.path.getsize(self.path)
        self.encoding = detect_encoding(self.path)
        self.notices = []
        self.cleaning = Cleaning()
        with open(self.path, encoding=self.encoding, errors=MARK, newline="") as f:
            text = f.read()
        self._records, answer = _parse(text, self.path)
        self._check(answer)
        header = {}
        for _, record in self._records:
            if isinstance(record, dict):
                header.update((column_name(key), None) for key in record)
        self.header = list(header)
        self._read = 0

    def _check(self, answer):
        if answer.get("success") is False or (self._records is None and "error" in answer):
            raise TableFormatError(_t("{path} is an error answer of the ACLED API, not data: {message}").format(
                path=self.path, message=_message(answer.get("error") or answer.get("messages"))[:300]))
        if self._records is None:
            raise TableFormatError(_t("{path}: a JSON file, but neither an ACLED API answer (a 'data' list) nor a "
                                      "UCDP API answer (a 'Result' list).").format(path=self.path))
        if not self._records:
            raise TableFormatError(_t("{path} holds no records (an empty answer: check the query's filters).").format(
                path=self.path))
        if answer.get("NextPageUrl"):
            self.notices.append(_t(
                "{path} is one page of a longer UCDP answer ({count} of {total} records): download the other "
                "pages (NextPageUrl) and import them too.").format(
                path=os.path.basename(self.path), count=len(self._records), total=answer.get("TotalCount", "?")))

    def fraction_read(self):
        return self._read / len(self._records) if self._records else 1.0

    @property
    def cleaned_lines(self):
        return self.cleaning.cells

    def __iter__(self):
        for self._read, (line, record) in enumerate(self._records, start=1):
            try:
                yield line, self._row(record)
            except RowError as error:
                yield line, error

    def _row(self, record):
        if not isinstance(record, dict):
            raise RowError(_t("the record is not an object of named values"))
        if record.twice is not None:
            raise RowError(_t("the key {name} is given twice in the record"), name=record.twice)
        row = {}
        for key, value in record.items():
            name = column_name(key)
            if name in row:
                raise RowError(_t("the key {name} is given twice in the record"), name=name)
            row[name] = json_value_text(value, name, self.cleaning)
        return row

    def close(self):
        self._records = []


def _message(value):
    if isinstance(value, dict):
        return str(value.get("message") or value)
    if isinstance(value, list):
        return "; ".join(_message(v) for v in value)
    return str(value or "")


def _parse(text, path):
    """``(records, answer)``: records as ``[(line, value)]`` (None when there is no record list), and the
    answer's other top-level values."""
    lines = _LineCounter(text)
    try:
        position = _skip(text, 0)
        if text.startswith("\ufeff", position):
            position = _skip(text, position + 1)
        if text.startswith("[", position):
            records, position = _array(text, position, lines)
            answer = {}
        elif text.startswith("{", position):
            records, answer, position = _object(text, position, lines)
        else:
            raise ValueError
        if _skip(text, position) != len(text):
            raise ValueError
    except (ValueError, IndexError) as error:
        position = getattr(error, "pos", None)
        where = lines.at(position) if isinstance(position, int) else None
        raise TableFormatError(_t("{path} is not valid JSON (broken at line {line}).").format(
            path=path, line=where or "?")) from None
    return records, answer


def _skip(text, position):
    while position < len(text) and text[position] in _WHITESPACE:
        position += 1
    return position


def _object(text, position, lines):
    records, answer = None, {}
    position = _skip(text, position + 1)
    if text[position] == "}":
        return records, answer, position + 1
    while True:
        if text[position] != '"':
            raise json.JSONDecodeError("key", text, position)
        key, position = scanstring(text, position + 1)
        position = _skip(text, position)
        if text[position] != ":":
            raise json.JSONDecodeError("colon", text, position)
        position = _skip(text, position + 1)
        if key in RECORD_KEYS and text.startswith("[", position) and records is None:
            records, position = _array(text, position, lines)
        else:
            answer[key], position = _DECODER.raw_decode(text, position)
        position = _skip(text, position)
        if text[position] == "}":
            return records, answer, position + 1
        if text[position] != ",":
            raise json.JSONDecodeError("comma", text, position)
        position = _skip(text, position + 1)


def _array(text, position, lines):
    records = []
    position = _skip(text, position + 1)
    if text[position] == "]":
        return records, position + 1
    while True:
        line = lines.at(position)
        value, position = _DECODER.raw_decode(text, position)
        records.append((line, value))
        position = _skip(text, position)
        if text[position] == "]":
            return records, position + 1
        if text[position] != ",":
            raise json.JSONDecodeError("comma", text, position)
        position = _skip(text, position + 1)


class _LineCounter:
    """Line numbers of positions met in increasing order (counted once through the text)."""

    def __init__(self, text):
        self._text = text
        self._position = 0
        self._line = 1

    def at(self, position):
        if position < self._position:
            return self._text.count("\n", 0, position) + 1
        self._line += self._text.count("\n", self._position, position)
        self._position = position
        return self._line
