"""Importing an ACLED or UCDP GED export (CSV, API JSON, XLSX) into an incident store.

The file is streamed: each row is mapped and validated, bad rows are set aside with their line and
reason, and the good ones flow lazily into ``store.import_records``, which writes them all in one
transaction (all or nothing; a cancel leaves the store as it was).
"""

import os
import re
from dataclasses import dataclass, field

from ..domain import validation
from ..domain.dates import LONE_SERIAL, is_serial
from ..domain.i18n import join, message_template
from ..domain.import_cells import RowError
from ..domain.import_formats import AUTO, DATE_COLUMNS, mapper, resolve_format
from .import_files import open_table
from .store import ImportCanceled

PROGRESS_EVERY = 500  # rows between progress reports and cancel checks
_QUOTED = re.compile(r"'[^']*'")
_NUMBER = re.compile(r"(?<![\w'…])-?\d+(?:\.\d+)?(?![\w'])")
_HASH_BITS = (1 << 64) - 1


def _t(text):
    return message_template("import", text)


@dataclass
class ImportReport:
    path: str
    format: str = None
    imported: int = 0
    already_present: int = 0
    likely_duplicates: int = 0
    skipped: list = field(default_factory=list)  # (file, line, reason)
    notices: list = field(default_factory=list)  # what the reader says about the whole file
    reasons: dict = field(default_factory=dict)  # reason without its values -> [rows, first line]
    repeated: int = 0  # rows repeating an earlier row of the file (same ID, same cells): counted once
    admin_disagreements: int = 0  # imported incidents whose file's admin names are other COD-AB units
    unchecked_border: int = 0  # imported points checked against Iraq's bounding box only (no zones)

    def skip(self, line, reason, kind=None):
        """Set a row aside: ``reason`` for the user, ``kind`` the reason without the row's values (to group)."""
        self.skipped.append((self.path, line, reason))
        entry = self.reasons.setdefault(kind or reason, [0, line])
        entry[0] += 1

    @property
    def failed(self):
        """Rows were read and none was imported or found already in the store: the import did nothing."""
        return bool(self.skipped) and not (self.imported or self.already_present or self.repeated)

    def common_reasons(self, count=5):
        """[(reason, rows, first line)] of the ``count`` most frequent reasons, most frequent first."""
        ranked = sorted(self.reasons.items(), key=lambda item: (-item[1][0], item[1][1]))
        return [(reason, rows, line) for reason, (rows, line) in ranked[:count]]

    def reasons_text(self, count=5):
        reason_text = _t("{rows} × {reason} (first on line {line})")
        return join(_t("; "), (reason_text.format(rows=rows, reason=reason, line=line)
                               for reason, rows, line in self.common_reasons(count)))

    def failure(self):
        """What to tell when :attr:`failed`: nothing imported, and why."""
        return _t("Nothing was imported from {file}: all {count} rows were skipped. Most common reasons: "
                  "{reasons}").format(file=os.path.basename(self.path), count=len(self.skipped),
                                      reasons=self.reasons_text())

    def summary(self, shown=3):
        """'Imported 98; skipped 2 (line 5: …; line 9: …); 3 already present; 1 likely duplicate'."""
        parts = [self.failure() if self.failed else _t("Imported {count}").format(count=self.imported)]
        if self.skipped:
            lines = join(_t("; "), (_t("line {line}: {reason}").format(line=line, reason=reason)
                                    for _, line, reason in self.skipped[:shown]))
            more = _t("; …{count} more").format(count=len(self.skipped) - shown) if len(self.skipped) > shown else ""
            parts.append(_t("skipped {count} ({lines}{more})").format(count=len(self.skipped), lines=lines, more=more))
        if self.already_present:
            parts.append(_t("{count} already in the store").format(count=self.already_present))
        if self.repeated:
            parts.append(_t("{count} rows repeated earlier rows of the file exactly (same ID, same values) and were "
                            "counted once").format(count=self.repeated))
        if self.likely_duplicates:
            parts.append(_t("{count} flagged as likely duplicates").format(count=self.likely_duplicates))
        if self.admin_disagreements:
            parts.append(_t("{count} incidents name other governorates, districts or sub-districts than the COD-AB "
                            "units at their point (see their admin_disagreement field)").format(
                                count=self.admin_disagreements))
        if self.unchecked_border:
            parts.append(_t("{count} points could only be checked against Iraq's bounding box, not its border: "
                            "the store has no zones yet (build them with Add disputed zones in the Incident "
                            "Tracker menu, or the Build disputed zones algorithm, before importing)").format(
                                count=self.unchecked_border))
        return join(_t("; "), parts)


def import_file(store, path, fmt=AUTO, progress=None, is_canceled=None, today=None, created_by=None):
    """Import the file at ``path`` (CSV, JSON or XLSX; format 'auto', 'acled' or 'ucdp') into ``store``.

    ``progress(percent)`` is called as the file is read; when ``is_canceled()`` turns true,
    :class:`ImportCanceled` is raised and the store is unchanged. Raises ``ValueError`` (its
    subclasses :class:`TableFormatError`, :class:`UnknownFormatError`) for a file that cannot be read
    as the format. Returns an :class:`ImportReport`.
    """
    path = os.fspath(path)
    with open_table(path) as table:
        fmt = resolve_format(table.header, fmt)
        report = ImportReport(path=path, format=fmt)
        map_row = _with_serial_dates(fmt, lambda: open_table(path))
        records = _valid_records(table, map_row, report, progress, is_canceled, today, store.inside_iraq)
        result = store.import_records(records, is_canceled=is_canceled, created_by=created_by)
        report.notices.extend(table.notices)
        if table.cleaned_lines:
            report.notices.append(_t("Invisible control characters (NUL, byte-order marks, bidirectional overrides) "
                                     "were removed from {count} lines or cells.").format(count=table.cleaned_lines))
    report.imported = result.imported
    report.already_present = result.already_present
    report.likely_duplicates = result.likely_duplicates
    report.admin_disagreements = result.admin_disagreements
    if getattr(store.zone_lookup, "unit_at", None) is None:
        report.unchecked_border = result.imported
    if progress:
        progress(100.0)
    return report


def _with_serial_dates(fmt, open_rows):
    """The row mapper of ``fmt``, reading numbers in the date columns as Excel serial days when the whole
    columns are numbers. Only a file whose dates are numbers pays for the check: at its first number
    among the dates, ``open_rows()`` reads the file again to look at every date cell."""
    plain = mapper(fmt)
    serial = []  # [] not known yet, [True] or [False] once looked at

    def map_row(row):
        if serial == [True]:
            return mapper(fmt, serial_dates=True)(row)
        try:
            return plain(row)
        except RowError as error:
            if error.template != LONE_SERIAL or serial:
                raise
            serial.append(_all_numbers(open_rows, DATE_COLUMNS[fmt]))
            if not serial[0]:
                raise
            return mapper(fmt, serial_dates=True)(row)
    return map_row


def _all_numbers(open_rows, columns):
    """Whether every filled cell of ``columns`` in the rows of ``open_rows()`` is a serial day number."""
    with open_rows() as rows:
        for _, row in rows:
            if isinstance(row, RowError):
                continue
            for column in columns:
                value = row.get(column)
                if value and value.strip() and not is_serial(value):
                    return False
    return True


def _kind(template, params):
    """A reason without the row's values (the field kept), to group rows skipped for the same reason; a
    message that translates where it is shown."""
    if template == "{reason}":  # a message of values.py or dates.py: its own template, without its values
        reason = params.get("reason", "")
        parts = getattr(reason, "parts", ())
        if len(parts) == 1 and isinstance(parts[0], tuple) and parts[0][1] != "{reason}":
            context, text, _args, inner = parts[0]
            return _kind(message_template(context, text), inner or {})
        return _NUMBER.sub("…", _QUOTED.sub("'…'", reason))
    return template.format(**{name: value if name == "field" else "…" for name, value in params.items()})


def _problems_kind(problems):
    return join(_t("; "), (_t("{field}: {reason}").format(
        field=p.field, reason=_kind(message_template("validation", p.template), p.params)) for p in problems))


def _valid_records(csv_file, map_row, report, progress, is_canceled, today, inside_iraq=None):
    """The (incident, sources) pairs of the good rows; bad rows go to ``report.skipped``.

    A row whose ACLED or UCDP ID an earlier row of the file had is counted in ``report.repeated`` when
    it maps to the same incident and sources, and skipped (naming both lines) when it does not.
    """
    inside_iraq = inside_iraq or validation.inside_iraq_bbox
    skip = report.skip
    validate = validation.validate
    first_seen = {}  # external ID -> (line << 64) | the hash of its incident and sources
    for count, (line, row) in enumerate(csv_file, start=1):
        if count % PROGRESS_EVERY == 0:
            if is_canceled and is_canceled():
                raise ImportCanceled(_t("The import was canceled; the store is unchanged."))
            if progress:
                progress(100.0 * csv_file.fraction_read())
        if isinstance(row, RowError):
            skip(line, str(row), _kind(row.template, row.params))
            continue
        try:
            incident, sources = map_row(row)
        except RowError as error:
            skip(line, str(error), _kind(error.template, error.params))
            continue
        problems = validate(incident, sources, today=today, require_source=False, inside_iraq=inside_iraq)
        if problems:
            # Errors cannot be imported; "confirm" problems (a point outside Iraq) need an analyst's
            # decision, which a bulk import cannot take: both are skipped with the reason.
            skip(line, join("; ", (str(p) for p in problems)), _problems_kind(problems))
            continue
        name = "event_id_cnty" if incident.get("event_id_cnty") else "ucdp_id"
        external = incident.get(name)
        if external:
            # What the row says, as mapped: cells the store does not keep (ACLED's data_id, the row number of
            # one export; timestamp) do not make two copies of one event different.
            cells = hash((tuple(incident.values()), tuple(tuple(s.values()) for s in sources))) & _HASH_BITS
            earlier = first_seen.setdefault(external, (line << 64) | cells)
            if earlier >> 64 != line:
                if earlier & _HASH_BITS == cells:
                    report.repeated += 1
                else:
                    template = _t("{field}: {value} is also on line {first} with other values; only line {first} "
                                  "was imported")
                    params = {"field": name, "value": external[:40], "first": earlier >> 64}
                    skip(line, template.format(**params), _kind(template, params))
                continue
        yield incident, sources
