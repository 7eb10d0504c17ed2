"""What the exports contain: which incidents, which fields, and how each row is written.

Pure Python (no QGIS, no Qt): the GeoPackage, CSV and GeoJSON writers in ``core`` only move these
rows into files.

- :func:`select` keeps the incidents of a date range, zones and verification statuses, and their sources.
- "Public" mode (:func:`public_rows`) empties and drops the fields the schema marks ``internal``
  (who created a record, source excerpts) and rounds coordinates to a chosen number of decimals.
- :func:`acled_row` writes an incident in ACLED's columns and order (ACLED Codebook 2023 and the ACLED
  API / Data Export Tool CSV: ``event_id_cnty`` … ``timestamp``, as in :data:`.acled.KNOWN_COLUMNS`),
  sources joined with ``"; "``, actor types as ACLED's numeric codes; optionally with a row of HXL
  hashtags under the header (:mod:`.hxl`), for HDX.
- :func:`spreadsheet_safe` keeps spreadsheets from running text cells as formulas (a leading apostrophe,
  which the CSV import takes off again: :mod:`.spreadsheet_cells`); text cells are quoted, so a cell
  with ``;`` stays one cell in spreadsheets whose list separator is the semicolon.
- :func:`geojson_feature` builds RFC 7946 features (longitude, latitude; WGS 84, no ``crs`` member).
"""

import csv
import json
from datetime import date, datetime, timezone

from . import hxl, review
from .acled import ACTOR_TYPES, KNOWN_COLUMNS
from .schema import INCIDENT_FIELDS, SOURCE_FIELDS
from .spreadsheet_cells import guarded

ACLED_COLUMNS = KNOWN_COLUMNS  # ACLED Codebook order; see the module docstring
ACLED_SOURCE_SEPARATOR = "; "
# The store holds incidents in Iraq: ISO 3166-1 numeric code, ACLED region and country name.
IRAQ = {"iso": 368, "region": "Middle East", "country": "Iraq"}
CIVILIAN_TARGETING = "Civilian targeting"  # ACLED's value of civilian_targeting when true
DEFAULT_PUBLIC_DECIMALS = 2  # about 1.1 km north-south

INTERNAL_INCIDENT_FIELDS = tuple(f.name for f in INCIDENT_FIELDS if f.internal)
INTERNAL_SOURCE_FIELDS = tuple(f.name for f in SOURCE_FIELDS if f.internal)
# Sources listed in each GeoJSON feature (the rest stays in the GeoPackage).
GEOJSON_SOURCE_FIELDS = ("outlet", "title", "url", "published", "language", "source_type", "reliability",
                         "credibility", "fatalities_reported", "wounded_reported", "abducted_reported",
                         "archive_url", "excerpt")


def _day(value):
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


# --- selection -------------------------------------------------------------------------------------

def select(incidents, sources, start=None, end=None, zones=None, verification=None, public=False):
    """(incidents, sources) kept by the filters; the sources are those of the kept incidents.

    ``start``/``end``: inclusive event dates (date or ISO text); ``zones``: names matched against
    ``disputed_zone``, ``zone_group``, ``admin2`` and ``admin1``; ``verification``: statuses kept.
    Empty filters keep everything, except in a ``public`` export: it keeps only verified incidents
    unless statuses are given, and never the records of merged incidents.
    """
    start, end = _day(start), _day(end)
    zones = set(zones or ())
    verification = set(verification or (review.DEFAULT_PUBLIC_STATUSES if public else ()))
    kept = []
    for incident in incidents:
        if public and incident.get("merged_into"):
            continue
        day = _day(incident.get("event_date"))
        if start and (day is None or day < start):
            continue
        if end and (day is None or day > end):
            continue
        if zones and not zones.intersection(
                incident.get(name) for name in ("disputed_zone", "zone_group", "admin2", "admin1")):
            continue
        if verification and incident.get("verification") not in verification:
            continue
        kept.append(incident)
    uuids = {i["uuid"] for i in kept}
    return kept, [s for s in sources if s.get("incident_uuid") in uuids]


def period(incidents):
    """(first, last) event date of ``incidents`` as ISO text, or (None, None)."""
    days = sorted(d for d in (_day(i.get("event_date")) for i in incidents) if d)
    return (days[0], days[-1]) if days else (None, None)


# --- public mode -----------------------------------------------------------------------------------

def round_coordinate(value, decimals):
    if value is None:
        return None
    return round(float(value), int(decimals))


def public_incident(incident, decimals=DEFAULT_PUBLIC_DECIMALS):
    """A copy without the internal fields and with coordinates rounded to ``decimals``."""
    row = {k: v for k, v in incident.items() if k not in INTERNAL_INCIDENT_FIELDS}
    for name in ("longitude", "latitude"):
        if name in row:
            row[name] = round_coordinate(row[name], decimals)
    return row


def public_source(source):
    return {k: v for k, v in source.items() if k not in INTERNAL_SOURCE_FIELDS}


def public_rows(incidents, sources, decimals=DEFAULT_PUBLIC_DECIMALS):
    return [public_incident(i, decimals) for i in incidents], [public_source(s) for s in sources]


def exported_fields(fields, public):
    """The names of ``fields`` (schema Fields) an export keeps."""
    return tuple(f.name for f in fields if not (public and f.internal))


def sources_by_incident(sources):
    result = {}
    for source in sources:
        result.setdefault(source.get("incident_uuid"), []).append(source)
    return result


# --- spreadsheets ----------------------------------------------------------------------------------

def spreadsheet_safe(value):
    """``value`` as a CSV cell that spreadsheets show as text, never run as a formula.

    Numbers stay numbers (a negative number is data, not a formula); text goes through
    :func:`.spreadsheet_cells.guarded`.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    return guarded(str(value))


# --- ACLED format ----------------------------------------------------------------------------------

_ACTOR_CODES = {name: code for code, name in ACTOR_TYPES.items()}


def actor_code(value):
    """ACLED's numeric actor type for an inter1/inter2 value (a name or a code), else the text; 0 when empty."""
    if value is None or value == "":
        return 0
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    return _ACTOR_CODES.get(text, text)


def interaction_code(inter1, inter2):
    """ACLED's interaction: both actor codes, lower first ("17"); one actor alone gives "10".."80"."""
    codes = sorted(c for c in (actor_code(inter1), actor_code(inter2)) if isinstance(c, int) and c)
    if not codes:
        return ""
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def unix_time(value):
    """An ISO date-time (``2024-01-02T03:04:05.000Z``) as whole seconds since 1970, or ''."""
    if not value:
        return ""
    try:
        moment = datetime.strptime(str(value).strip()[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return ""
    # The store writes UTC times (``...Z``).
    moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def acled_row(incident, sources=()):
    """One incident as a dict of ACLED column to value (unescaped; see :func:`write_acled_csv`)."""
    day = _day(incident.get("event_date"))
    outlets = []
    for source in sources:
        outlet = (source.get("outlet") or "").strip()
        if outlet and outlet not in outlets:
            outlets.append(outlet)
    inter1, inter2 = actor_code(incident.get("inter1")), actor_code(incident.get("inter2"))
    row = dict.fromkeys(ACLED_COLUMNS, "")
    for name in ("event_id_cnty", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2", "admin3", "location",
                 "latitude", "longitude", "geo_precision", "source_scale", "notes", "fatalities", "tags"):
        value = incident.get(name)
        row[name] = "" if value is None else value
    # Incidents not from ACLED are identified by their store ID (partners need a unique key).
    row["event_id_cnty"] = incident.get("event_id_cnty") or incident.get("uuid") or ""
    # ACLED's columns hold the source's own admin names when it gave them (an imported ACLED row comes
    # back as it was), else the COD-AB units of the point.
    for level in ("admin1", "admin2", "admin3"):
        row[level] = incident.get("source_" + level) or row[level]
    row.update(IRAQ)
    row.update({
        "event_date": day or "",
        "year": int(day[:4]) if day else "",
        "inter1": inter1,
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2),
        "civilian_targeting": CIVILIAN_TARGETING if incident.get("civilian_targeting") else "",
        "source": ACLED_SOURCE_SEPARATOR.join(outlets),
        "timestamp": unix_time(incident.get("updated_at") or incident.get("created_at")),
    })
    return row


def write_acled_csv(stream, incidents, sources, hashtags=False):
    """Write the ACLED-format CSV (header, then one line per incident) to a text ``stream``.

    With ``hashtags``, a second header row of HXL hashtags follows the header and the store's P-codes,
    wounded and abducted follow ACLED's columns (:mod:`.hxl`). Open the stream with ``newline=""`` and
    UTF-8. Returns the number of incidents written.
    """
    columns = hxl.COLUMNS if hashtags else ACLED_COLUMNS
    header = csv.writer(stream, lineterminator="\r\n")  # as ACLED writes it
    header.writerow(columns)
    if hashtags:
        header.writerow(hxl.HASHTAGS)
    writer = csv.writer(stream, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)  # text quoted, numbers not
    count = 0
    by_incident = sources_by_incident(sources)
    for incident in incidents:
        row = acled_row(incident, by_incident.get(incident.get("uuid"), ()))
        for name in hxl.EXTRA_COLUMNS if hashtags else ():
            row[name] = incident.get(name)
        writer.writerow([spreadsheet_safe(row[c]) for c in columns])
        count += 1
    return count


# --- GeoJSON ---------------------------------------------------------------------------------------

def _json_value(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def geojson_feature(incident, sources=(), fields=None):
    """An RFC 7946 Feature: the point, the incident's ``fields`` (all but coordinates by default) and
    a ``sources`` list (the fields of :data:`GEOJSON_SOURCE_FIELDS` each source has)."""
    names = fields or [k for k in incident if k not in ("longitude", "latitude")]
    properties = {name: _json_value(incident.get(name)) for name in names}
    properties["sources"] = [{k: _json_value(s[k]) for k in GEOJSON_SOURCE_FIELDS if k in s} for s in sources]
    lon, lat = incident.get("longitude"), incident.get("latitude")
    geometry = None if lon is None or lat is None else {"type": "Point", "coordinates": [lon, lat]}
    feature = {"type": "Feature", "geometry": geometry, "properties": properties}
    if incident.get("uuid"):
        feature["id"] = incident["uuid"]
    return feature


def geojson_collection(incidents, sources, fields=None):
    by_incident = sources_by_incident(sources)
    return {"type": "FeatureCollection",
            "features": [geojson_feature(i, by_incident.get(i.get("uuid"), ()), fields) for i in incidents]}


def write_geojson(stream, incidents, sources, fields=None):
    """Write the FeatureCollection as UTF-8 JSON text to ``stream``; returns the number of features."""
    collection = geojson_collection(incidents, sources, fields)
    json.dump(collection, stream, ensure_ascii=False, separators=(",", ":"))
    return len(collection["features"])
