"""The incident store: what every backend (GeoPackage, PostGIS) offers, and the logic they share.

A backend subclass provides the connection, the SQL dialect (statements here are written with ``?``
placeholders and pass through ``_sql``) and the geometry encoding; this class does the rest
(validation, figures, duplicates, zone fields, transactions, schema upgrades). Every write is one
transaction: on any failure nothing is half-written.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from ..domain import validation
from ..domain.duplicates import DuplicateIndex, is_likely_duplicate
from ..domain.i18n import message_template
from ..domain.incident import prepare, prepare_sources, timestamp
from ..domain.schema import (
    BOOLEAN,
    INCIDENT_FIELD_NAMES,
    INCIDENT_FIELDS,
    SOURCE_FIELDS,
    INCIDENTS_TABLE,
    META_TABLE,
    SCHEMA_VERSION,
    SOURCE_FIELD_NAMES,
    SOURCES_TABLE,
)

ZONE_FIELDS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode",
               "disputed_zone", "zone_group")
EXTERNAL_ID_FIELDS = ("event_id_cnty", "ucdp_id")


class StoreError(Exception):
    """A problem a user can act on; ``str()`` is the message to show."""


class NotAStoreError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ValidationFailed(StoreError):
    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class ConflictError(StoreError):
    """The incident changed in the store since it was read (another analyst saved it)."""

    def __init__(self, message, current):
        self.current = current
        super().__init__(message)


class ImportCanceled(StoreError):
    pass


# Upgrade steps: MIGRATIONS[n](store, cursor) turns a schema version n store into version n + 1.
# Version 1 is the first released schema, so there is no step yet.
MIGRATIONS = {}


@dataclass
class AddResult:
    uuid: str
    likely_duplicates: list = field(default_factory=list)


@dataclass
class BulkResult:
    imported: int = 0
    already_present: int = 0
    likely_duplicates: int = 0


def _msg(text):
    return message_template("store", text)


class IncidentStore:
    """Base class; use :class:`GeoPackageStore` (or the PostGIS store) through ``open_store``."""

    kind = None
    schema_version = SCHEMA_VERSION

    def __init__(self, location, zone_lookup=None):
        self.location = location
        self.zone_lookup = zone_lookup

    # --- backend hooks -------------------------------------------------------------------------
    def _connection(self):
        raise NotImplementedError

    def _geometry_placeholder(self):
        """SQL (with ``?`` placeholders) building the point from ``_geometry_params``."""
        raise NotImplementedError

    def _geometry_params(self, longitude, latitude):
        raise NotImplementedError

    def _point_columns(self):
        """SQL select-list giving the incident's point; decoded by ``_point_of``."""
        raise NotImplementedError

    def _point_of(self, row_values):
        raise NotImplementedError

    def _begin(self, cursor):
        cursor.execute("BEGIN")

    def _end(self, connection, cursor, commit):
        """Finish the transaction ``_begin`` started."""
        if commit:
            connection.commit()
        else:
            connection.rollback()

    def _execute_many(self, cursor, sql, rows):
        cursor.executemany(sql, rows)

    def _sql(self, text):
        """The driver's SQL for ``text``, written with ``?`` placeholders. Every statement goes through here."""
        return text

    def close(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # --- helpers -------------------------------------------------------------------------------

    def _transaction(self):
        return _Transaction(self)

    def inside_iraq(self, longitude, latitude):
        """Whether a point is in Iraq: by the store's zones when it has them (a point in Iran or the Gulf
        inside Iraq's bounding box is outside), by the bounding box alone otherwise."""
        if not validation.inside_iraq_bbox(longitude, latitude):
            return False
        unit_at = getattr(self.zone_lookup, "unit_at", None)
        return unit_at is None or unit_at(longitude, latitude) is not None

    def _with_zones(self, incident):
        if self.zone_lookup is None:
            return incident
        zones = self.zone_lookup(incident["longitude"], incident["latitude"]) or {}
        result = dict(incident)
        for name in ZONE_FIELDS:
            if name in zones:
                result[name] = zones[name]
        return result

    def _insert_incident(self, cursor, row):
        names = [n for n in INCIDENT_FIELD_NAMES if n in row]
        columns = ", ".join(names + ["geom"])
        values = ", ".join(["?"] * len(names) + [self._geometry_placeholder()])
        cursor.execute(self._sql(f"INSERT INTO {INCIDENTS_TABLE} ({columns}) VALUES ({values})"),
                       [row[n] for n in names] + list(self._geometry_params(row["longitude"], row["latitude"])))

    def _insert_sources(self, cursor, sources):
        for source in sources:
            names = [n for n in SOURCE_FIELD_NAMES if n in source]
            cursor.execute(
                self._sql(f"INSERT INTO {SOURCES_TABLE} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})"),
                [source[n] for n in names])

    # --- the API -------------------------------------------------------------------------------
    def add_incident(self, incident, sources=(), created_by=None, today=None, confirmed=False,
                     require_source=True):
        """Validate and write one incident with its sources in one transaction.

        Problems of kind "confirm" (point outside Iraq) stop the add unless ``confirmed``. Likely
        duplicates are returned in the result, for the analyst to review; they never stop the add.
        """
        incident = self._with_zones(incident)
        problems = validation.validate(incident, sources, today=today, require_source=require_source,
                                       inside_iraq=self.inside_iraq)
        blocking = problems if not confirmed else validation.errors_only(problems)
        if blocking:
            raise ValidationFailed(blocking)
        row, prepared_sources = prepare(incident, sources, created_by=created_by)
        duplicates = [d["uuid"] for d in self.likely_duplicates(row)]
        if duplicates:
            row["likely_duplicate_of"] = ";".join(duplicates)
        with self._transaction() as cursor:
            self._insert_incident(cursor, row)
            self._insert_sources(cursor, prepared_sources)
        return AddResult(row["uuid"], duplicates)

    def update_incident(self, uuid, incident, sources=None, expected_row_version=None, today=None,
                        confirmed=False):
        """Replace an incident's fields (and its sources when given), checking its row version.

        ``incident`` holds the full new record (fields plus longitude/latitude). When
        ``expected_row_version`` is given and the stored row has another version, nothing is written
        and :class:`ConflictError` carries the stored version.
        """
        current = self.get_incident(uuid)
        if current is None:
            raise StoreError(_msg("The incident {uuid} is not in the store.").format(uuid=uuid))
        merged = dict(current)
        merged.update(incident)
        merged = self._with_zones(merged)
        new_sources = sources if sources is not None else self.sources_of(uuid)
        problems = validation.validate(merged, new_sources, today=today, inside_iraq=self.inside_iraq)
        blocking = problems if not confirmed else validation.errors_only(problems)
        if blocking:
            raise ValidationFailed(blocking)
        merged["uuid"] = uuid
        row, prepared_sources = prepare(merged, new_sources)
        row["created_at"] = current["created_at"]
        row["row_version"] = current["row_version"] + 1
        names = [n for n in INCIDENT_FIELD_NAMES if n in row and n not in ("uuid", "created_at")]
        assignments = ", ".join(f"{n} = ?" for n in names)
        with self._transaction() as cursor:
            cursor.execute(
                self._sql(f"UPDATE {INCIDENTS_TABLE} SET {assignments}, geom = {self._geometry_placeholder()} "
                          "WHERE uuid = ? AND row_version = ?"),
                [row[n] for n in names] + list(self._geometry_params(row["longitude"], row["latitude"]))
                + [uuid, expected_row_version if expected_row_version is not None else current["row_version"]])
            if cursor.rowcount != 1:
                raise ConflictError(_msg("Someone else saved this incident after you opened it. "
                                         "Compare both versions and choose which to keep."),
                                    self._fetch_incident(cursor, uuid))
            if sources is not None:
                cursor.execute(self._sql(f"DELETE FROM {SOURCES_TABLE} WHERE incident_uuid = ?"), [uuid])
                self._insert_sources(cursor, prepare_sources(sources, uuid, row["updated_at"]))
        return row["row_version"]

    def delete_incident(self, uuid):
        with self._transaction() as cursor:
            cursor.execute(self._sql(f"DELETE FROM {SOURCES_TABLE} WHERE incident_uuid = ?"), [uuid])
            cursor.execute(self._sql(f"DELETE FROM {INCIDENTS_TABLE} WHERE uuid = ?"), [uuid])
            return cursor.rowcount == 1

    def _select_incidents(self, cursor, where="", params=(), order="event_date, fid", limit=None):
        columns = ", ".join(INCIDENT_FIELD_NAMES) + ", " + self._point_columns()
        sql = f"SELECT {columns} FROM {INCIDENTS_TABLE}"
        if where:
            sql += " WHERE " + where
        if order:
            sql += " ORDER BY " + order
        if limit:
            sql += f" LIMIT {int(limit)}"
        cursor.execute(self._sql(sql), list(params))
        count = len(INCIDENT_FIELD_NAMES)
        result = []
        for values in cursor.fetchall():
            record = self._typed(dict(zip(INCIDENT_FIELD_NAMES, self._python_values(values[:count]))),
                                 INCIDENT_FIELDS)
            record["longitude"], record["latitude"] = self._point_of(values[count:])
            result.append(record)
        return result

    def _python_values(self, values):
        return values

    @staticmethod
    def _typed(record, fields):
        for f in fields:
            if f.kind == BOOLEAN and record.get(f.name) is not None:
                record[f.name] = bool(record[f.name])
        return record

    def _fetch_incident(self, cursor, uuid):
        found = self._select_incidents(cursor, "uuid = ?", [uuid])
        return found[0] if found else None

    def get_incident(self, uuid):
        with self._reading() as cursor:
            return self._fetch_incident(cursor, uuid)

    def sources_of(self, uuid):
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT {', '.join(SOURCE_FIELD_NAMES)} FROM {SOURCES_TABLE} "
                                     "WHERE incident_uuid = ? ORDER BY fid"), [uuid])
            return [self._typed(dict(zip(SOURCE_FIELD_NAMES, self._python_values(v))), SOURCE_FIELDS)
                    for v in cursor.fetchall()]

    def query(self, start=None, end=None, zone=None, text=None, limit=None):
        """Incidents between ``start`` and ``end`` (inclusive), in a zone or zone group, matching text."""
        clauses, params = [], []
        if start:
            clauses.append("event_date >= ?")
            params.append(_iso(start))
        if end:
            clauses.append("event_date <= ?")
            params.append(_iso(end))
        if zone:
            clauses.append("(disputed_zone = ? OR zone_group = ? OR admin2 = ? OR admin1 = ?)")
            params += [zone] * 4
        if text:
            searched = ("location", "notes", "actor1", "actor2", "admin1", "admin2", "admin3", "event_type",
                        "sub_event_type", "target_community", "event_id_cnty")
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(" + " OR ".join(f"LOWER({c}) LIKE LOWER(?) ESCAPE '\\'" for c in searched) + ")")
            params += [pattern] * len(searched)
        with self._reading() as cursor:
            return self._select_incidents(cursor, " AND ".join(clauses), params, limit=limit)

    def count(self):
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT COUNT(*) FROM {INCIDENTS_TABLE}"), [])
            return cursor.fetchone()[0]

    def likely_duplicates(self, incident):
        """Stored incidents of the same event type, ±1 day and within 5 km of ``incident``."""
        day = date.fromisoformat(str(incident["event_date"])[:10])
        lat = float(incident["latitude"])
        with self._reading() as cursor:
            candidates = self._select_incidents(
                cursor, "event_type = ? AND event_date BETWEEN ? AND ? AND uuid <> ?",
                [incident["event_type"], (day - timedelta(1)).isoformat(), (day + timedelta(1)).isoformat(),
                 incident.get("uuid") or ""])
        return [c for c in candidates if abs(c["latitude"] - lat) < 0.1 and is_likely_duplicate(incident, c)]

    def external_ids(self):
        """{field: set of ids} of the incidents that came from ACLED or UCDP."""
        with self._reading() as cursor:
            result = {}
            for name in EXTERNAL_ID_FIELDS:
                cursor.execute(self._sql(f"SELECT {name} FROM {INCIDENTS_TABLE} WHERE {name} IS NOT NULL"), [])
                result[name] = {v[0] for v in cursor.fetchall()}
            return result

    def import_records(self, records, progress=None, is_canceled=None, created_by=None, batch=2000):
        """Write already validated (incident, sources) pairs in one transaction: all or nothing.

        Records whose ACLED/UCDP id is already in the store are not written again. Each written
        incident is checked against the store and the earlier records for likely duplicates.
        ``progress(count)`` is called every ``batch`` records; when ``is_canceled()`` turns true the
        transaction is rolled back and :class:`ImportCanceled` raised.
        """
        result = BulkResult()
        known = self.external_ids()
        index = DuplicateIndex()
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT uuid, event_type, event_date, {self._point_columns()} "
                                     f"FROM {INCIDENTS_TABLE}"), [])
            for values in cursor.fetchall():
                lon, lat = self._point_of(values[3:])
                index.add({"uuid": values[0], "event_type": values[1], "event_date": str(values[2]),
                           "longitude": lon, "latitude": lat})
        now = datetime.now(timezone.utc)
        now_text = timestamp(now)
        incident_rows, source_rows = [], []
        with self._transaction() as cursor:
            for count, (incident, sources) in enumerate(records, start=1):
                external = [(n, incident.get(n)) for n in EXTERNAL_ID_FIELDS if incident.get(n)]
                if any(value in known[name] for name, value in external):
                    result.already_present += 1
                else:
                    for name, value in external:
                        known[name].add(value)
                    row, prepared_sources = prepare(self._with_zones(incident), sources, created_by=created_by, now=now)
                    row["created_at"] = row["updated_at"] = now_text
                    duplicates = index.find(row)
                    if duplicates:
                        row["likely_duplicate_of"] = ";".join(duplicates)
                        result.likely_duplicates += 1
                    index.add(row)
                    incident_rows.append(row)
                    source_rows.extend(prepared_sources)
                    result.imported += 1
                if count % batch == 0:
                    self._write_batch(cursor, incident_rows, source_rows)
                    incident_rows, source_rows = [], []
                    if is_canceled and is_canceled():
                        raise ImportCanceled(_msg("The import was canceled; the store is unchanged."))
                    if progress:
                        progress(count)
            self._write_batch(cursor, incident_rows, source_rows)
            if is_canceled and is_canceled():
                raise ImportCanceled(_msg("The import was canceled; the store is unchanged."))
        return result

    def _write_batch(self, cursor, incident_rows, source_rows):
        if incident_rows:
            names = list(INCIDENT_FIELD_NAMES)
            values = ", ".join(["?"] * len(names) + [self._geometry_placeholder()])
            self._execute_many(
                cursor, self._sql(f"INSERT INTO {INCIDENTS_TABLE} ({', '.join(names)}, geom) VALUES ({values})"),
                [[r.get(n) for n in names] + list(self._geometry_params(r["longitude"], r["latitude"]))
                 for r in incident_rows])
        if source_rows:
            names = list(SOURCE_FIELD_NAMES)
            self._execute_many(
                cursor, self._sql(f"INSERT INTO {SOURCES_TABLE} ({', '.join(names)}) "
                                  f"VALUES ({', '.join(['?'] * len(names))})"),
                [[s.get(n) for n in names] for s in source_rows])

    def all_rows(self):
        """(incidents, sources) exactly as stored, in the order they were written (for copies)."""
        with self._reading() as cursor:
            incidents = self._select_incidents(cursor, order="fid")
            cursor.execute(self._sql(f"SELECT {', '.join(SOURCE_FIELD_NAMES)} FROM {SOURCES_TABLE} ORDER BY fid"), [])
            sources = [self._typed(dict(zip(SOURCE_FIELD_NAMES, self._python_values(v))), SOURCE_FIELDS)
                       for v in cursor.fetchall()]
        return incidents, sources

    def write_rows(self, incidents, sources):
        """Write rows from :meth:`all_rows` as they are (no validation, ids and versions kept), all or nothing."""
        with self._transaction() as cursor:
            self._write_batch(cursor, list(incidents), list(sources))

    def _reading(self):
        return _Reading(self)

    # --- schema versions -----------------------------------------------------------------------
    def _stored_schema_version(self, cursor):
        cursor.execute(self._sql(f"SELECT value FROM {META_TABLE} WHERE key = ?"), ["schema_version"])
        row = cursor.fetchone()
        return None if row is None else schema_version_number(getattr(self, "path", None) or self.display_name,
                                                              row[0])

    def migrate(self, steps=None):
        """Upgrade an older store to this version's schema, one step per version, in one transaction.

        Returns the number of steps run. ``steps`` defaults to :data:`MIGRATIONS`.
        """
        steps = MIGRATIONS if steps is None else steps
        with self._transaction() as cursor:
            version = self._stored_schema_version(cursor)
            start = version
            if version > SCHEMA_VERSION:
                raise NewerSchemaError(_msg("This store was written by a newer version of Incident Tracker."))
            while version < SCHEMA_VERSION:
                if version not in steps:
                    raise StoreError(_msg("No upgrade is known from store schema {version}.").format(version=version))
                steps[version](self, cursor)
                version += 1
            if version != start:
                cursor.execute(self._sql(f"UPDATE {META_TABLE} SET value = ? WHERE key = ?"),
                               [str(version), "schema_version"])
        self.schema_version = version
        return version - start


def schema_version_number(location, value):
    """The stored schema version ``value`` as a number; a clear :class:`StoreError` when it is not one."""
    try:
        return int(value)
    except (TypeError, ValueError):
        from .store_faults import schema_version_error

        raise schema_version_error(location, value) from None


def _iso(value):
    return value.isoformat() if isinstance(value, date) else str(value)


class _Transaction:
    """``with store._transaction() as cursor``: BEGIN, then COMMIT, or ROLLBACK on any exception."""

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.connection = self.store._connection()
        self.cursor = self.connection.cursor()
        self.store._begin(self.cursor)
        return self.cursor

    def __exit__(self, kind, value, traceback):
        try:
            self.store._end(self.connection, self.cursor, commit=kind is None)
        finally:
            self.cursor.close()
        return False


class _Reading:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.cursor = self.store._connection().cursor()
        return self.cursor

    def __exit__(self, *exc):
        self.cursor.close()
        return False
