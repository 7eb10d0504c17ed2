"""Which export a CSV file is (ACLED or UCDP GED), from its header, and the row mapper for it."""

from functools import partial

from . import acled, ucdp
from .i18n import QT_TRANSLATE_NOOP, message_template

AUTO, ACLED, UCDP = "auto", "acled", "ucdp"
FORMATS = (AUTO, ACLED, UCDP)
LABELS = {
    AUTO: QT_TRANSLATE_NOOP("import", "Detect from the header"),
    ACLED: QT_TRANSLATE_NOOP("import", "ACLED export"),
    UCDP: QT_TRANSLATE_NOOP("import", "UCDP GED (CSV or API JSON)"),
}
_REQUIRED = {ACLED: acled.REQUIRED_COLUMNS, UCDP: ucdp.REQUIRED_COLUMNS}
# Columns only one of the two formats has: enough to tell them apart.
_MARKERS = {ACLED: ("event_id_cnty", "event_type", "sub_event_type"),
            UCDP: ("type_of_violence", "date_start", "where_prec", "best")}
_MAPPERS = {ACLED: acled.map_row, UCDP: ucdp.map_row}
# The columns read as dates (:mod:`.dates`): Excel serial numbers only when a whole column is numbers.
DATE_COLUMNS = {ACLED: ("event_date",), UCDP: ("date_start", "date_end")}


def _t(text):
    return message_template("import", text)


class UnknownFormatError(ValueError):
    pass


def missing_columns(header, fmt):
    present = set(header)
    return [c for c in _REQUIRED[fmt] if c not in present]


def detect_format(header):
    """'acled' or 'ucdp' for a header (list of lower-case column names); :class:`UnknownFormatError` else."""
    present = set(header)
    for fmt in (ACLED, UCDP):
        if any(m in present for m in _MARKERS[fmt]) and not missing_columns(header, fmt):
            return fmt
    raise UnknownFormatError(_t(
        "The columns are neither an ACLED export (expected {acled}) nor a UCDP GED file (expected {ucdp}). "
        "Found: {found}").format(acled=", ".join(_REQUIRED[ACLED]), ucdp=", ".join(_REQUIRED[UCDP]),
                                 found=", ".join(header[:40])))


def resolve_format(header, fmt=AUTO):
    """The format to read ``header`` with: detected for 'auto', else checked against the header."""
    fmt = (fmt or AUTO).lower()
    if fmt not in FORMATS:
        raise UnknownFormatError(_t("Unknown import format {fmt}; use one of {formats}.").format(
            fmt=fmt, formats=", ".join(FORMATS)))
    if fmt == AUTO:
        return detect_format(header)
    missing = missing_columns(header, fmt)
    if missing:
        raise UnknownFormatError(_t("The file lacks the {label} columns {missing}.").format(
            label=LABELS[fmt], missing=", ".join(missing)))
    return fmt


def mapper(fmt, serial_dates=False):
    """The function mapping one row of ``fmt`` to ``(incident, sources)``; ``serial_dates``: the file's
    date columns are all numbers (Excel serial days)."""
    if serial_dates:
        return partial(_MAPPERS[fmt], serial_dates=True)
    return _MAPPERS[fmt]
