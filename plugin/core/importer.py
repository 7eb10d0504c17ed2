"""Importing an ACLED or UCDP GED export (CSV, API JSON, XLSX) into an incident store.

The file is streamed: each row is mapped and validated, bad rows are set aside with their line and
reason, and the good ones flow lazily into ``store.import_records``, which writes them all in one
transaction (all or nothing; a cancel leaves the store as it was).
"""

import os
from dataclasses import dataclass, field

from ..domain import validation
from ..domain.i18n import join, message_template
from ..domain.import_cells import RowError
from ..domain.import_formats import AUTO, mapper, resolve_format
from .import_files import open_table
from .store import ImportCanceled

PROGRESS_EVERY = 500  # rows between progress reports and cancel checks


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

    def summary(self, shown=3):
        """'Imported 98; skipped 2 (line 5: …; line 9: …); 3 already present; 1 likely duplicate'."""
        parts = [_t("Imported {count}").format(count=self.imported)]
        if self.skipped:
            lines = join(_t("; "), (_t("line {line}: {reason}").format(line=line, reason=reason)
                                    for _, line, reason in self.skipped[:shown]))
            more = _t("; …{count} more").format(count=len(self.skipped) - shown) if len(self.skipped) > shown else ""
            parts.append(_t("skipped {count} ({lines}{more})").format(count=len(self.skipped), lines=lines, more=more))
        if self.already_present:
            parts.append(_t("{count} already in the store").format(count=self.already_present))
        if self.likely_duplicates:
            parts.append(_t("{count} flagged as likely duplicates").format(count=self.likely_duplicates))
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
        records = _valid_records(table, mapper(fmt), report, progress, is_canceled, today, store.inside_iraq)
        result = store.import_records(records, is_canceled=is_canceled, created_by=created_by)
        report.notices.extend(table.notices)
        if table.cleaned_lines:
            report.notices.append(_t("Invisible control characters (NUL, byte-order marks, bidirectional overrides) "
                                     "were removed from {count} lines or cells.").format(count=table.cleaned_lines))
    report.imported = result.imported
    report.already_present = result.already_present
    report.likely_duplicates = result.likely_duplicates
    if progress:
        progress(100.0)
    return report


def _valid_records(csv_file, map_row, report, progress, is_canceled, today, inside_iraq=None):
    """The (incident, sources) pairs of the good rows; bad rows go to ``report.skipped``."""
    inside_iraq = inside_iraq or validation.inside_iraq_bbox
    path = report.path
    skipped = report.skipped
    validate = validation.validate
    for count, (line, row) in enumerate(csv_file, start=1):
        if count % PROGRESS_EVERY == 0:
            if is_canceled and is_canceled():
                raise ImportCanceled(_t("The import was canceled; the store is unchanged."))
            if progress:
                progress(100.0 * csv_file.fraction_read())
        if isinstance(row, RowError):
            skipped.append((path, line, str(row)))
            continue
        try:
            incident, sources = map_row(row)
        except RowError as error:
            skipped.append((path, line, str(error)))
            continue
        problems = validate(incident, sources, today=today, require_source=False, inside_iraq=inside_iraq)
        if problems:
            # Errors cannot be imported; "confirm" problems (a point outside Iraq) need an analyst's
            # decision, which a bulk import cannot take: both are skipped with the reason.
            skipped.append((path, line, join(_t("; "), (str(p) for p in problems))))
            continue
        yield incident, sources
