"""Preparing an incident and its sources for writing: defaults, derived fields, normalised types."""

import os
import time
from datetime import date, datetime, timezone
from functools import lru_cache

from . import figures, taxonomy
from .schema import BOOLEAN, DATE, INCIDENT_FIELDS, INTEGER, SOURCE_FIELDS
from .values import clean_text, iso, parse_boolean, parse_date, parse_whole_number

_INCIDENT_FIELDS = {f.name: f for f in INCIDENT_FIELDS}
_SOURCE_FIELDS = {f.name: f for f in SOURCE_FIELDS}
DEFAULTS = {"time_precision": 1, "geo_precision": 1, "verification": "unverified", "row_version": 1}


def new_uuid():
    """A time-ordered random UUID (version 7, RFC 9562: 48 bits of Unix time in milliseconds, then 74
    random bits) as text. New rows then land at the end of the uuid indexes instead of at random
    places in them, which makes bulk imports cheaper (bench/notes.md); they stay unique across stores."""
    r = os.urandom(10).hex()
    return uuid_text(f"{time.time_ns() // 1_000_000:012x}7{r[:3]}{'89ab'[int(r[3], 16) & 3]}{r[4:19]}")


def uuid_text(digits):
    """32 hex digits as the canonical 8-4-4-4-12 text of a UUID."""
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def timestamp(now=None):
    """UTC time as GeoPackage DATETIME text (ISO 8601 with milliseconds and Z)."""
    return _timestamp_text(now or datetime.now(timezone.utc))


@lru_cache(maxsize=1)  # a bulk import prepares every row with the same ``now``
def _timestamp_text(now):
    return now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def _iso_text(value):
    """``value`` when it is already an ISO date text (the common case), else None."""
    if type(value) is str and len(value) == 10 and value[4] == "-":
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            return None
    return None


def _normalise(record, fields):
    """The record's values typed for storage; only ``fields`` are kept, in the record's own order."""
    result = {}
    for name, value in record.items():
        f = fields.get(name)
        if f is None:
            continue
        if value is None:
            result[name] = None
            continue
        kind = f.kind
        if kind == DATE:
            value = _iso_text(value) or iso(parse_date(value, name))
        elif kind == INTEGER:
            if type(value) is not int or value < 0:  # validated imports are typed already
                value = parse_whole_number(value, name) if f.minimum == 0 else _int_or_none(value)
        elif kind == BOOLEAN:
            value = parse_boolean(value, name)
        else:
            value = clean_text(value)
        result[name] = value
    return result


def _int_or_none(value):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return int(float(value))


def prepare_sources(sources, incident_uuid, now_text):
    prepared = []
    for source in sources:
        row = _normalise(source, _SOURCE_FIELDS)
        row["uuid"] = row.get("uuid") or new_uuid()
        row["incident_uuid"] = incident_uuid
        row["created_at"] = row.get("created_at") or now_text
        prepared.append(row)
    return prepared


def prepare(incident, sources=(), created_by=None, now=None):
    """(incident, sources) with defaults filled, figures reconciled and values typed for storage.

    Raises ``ValueError`` for values that cannot be typed (run validation first for friendly messages).
    """
    now_text = timestamp(now)
    row = _normalise(incident, _INCIDENT_FIELDS)
    for name, value in DEFAULTS.items():
        if row.get(name) is None:
            row[name] = value
    row["uuid"] = row.get("uuid") or new_uuid()
    if not row.get("disorder_type") and row.get("event_type"):
        row["disorder_type"] = taxonomy.disorder_type_for(row["event_type"], row.get("sub_event_type"))
    row["created_at"] = row.get("created_at") or now_text
    row["updated_at"] = now_text
    if created_by and not row.get("created_by"):
        row["created_by"] = created_by
    prepared_sources = prepare_sources(sources, row["uuid"], now_text)
    row = figures.reconcile(row, prepared_sources)
    row["longitude"] = float(incident["longitude"])
    row["latitude"] = float(incident["latitude"])
    return row, prepared_sources
