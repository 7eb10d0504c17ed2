"""The incident store: what every backend (GeoPackage, PostGIS) offers, and the logic they share.

A backend subclass provides the connection, the SQL dialect (statements here are written with ``?``
placeholders and pass through ``_sql``) and the geometry encoding; this class does the rest
(validation, figures, duplicates, zone fields, transactions, schema upgrades). Every write is one
transaction: on any failure nothing is half-written.

One save path: :meth:`IncidentStore.check_incident` tells what a save would say (problems per field,
likely duplicates) without writing, :meth:`IncidentStore.save_incident` adds or updates an incident
with its sources, :meth:`IncidentStore.delete_incident` deletes one. Both writes return a
:class:`Change` (the incident's stored rows before and after), which :meth:`IncidentStore.revert` and
:meth:`IncidentStore.reapply` undo and redo, each in one transaction.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from ..domain import validation
from ..domain.admin_names import LEVELS, disagreeing_levels
from ..domain.duplicates import DuplicateIndex, is_likely_duplicate
from ..domain.i18n import join, message_template
from ..domain.incident import prepare, timestamp
from ..domain.schema import (
    BOOLEAN,
    HISTORY_FIELD_NAMES,
    HISTORY_TABLE,
    INCIDENT_FIELD_NAMES,
    INCIDENT_FIELDS,
    INCIDENTS_TABLE,
    META_TABLE,
    SCHEMA_VERSION,
    SOURCE_FIELD_NAMES,
    SOURCE_FIELDS,
    SOURCES_TABLE,
)
from . import ddl, text_search
from .ddl import LOOKUP_INDEXED
from .review_store import ReviewStore

ZONE_FIELDS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode",
               "disputed_zone", "zone_group")
EXTERNAL_ID_FIELDS = ("event_id_cnty", "ucdp_id")
# The incident list's columns, and the rows it fetches at a time.
LIST_COLUMNS = ("uuid", "event_date", "location", "event_type", "fatalities", "disputed_zone")
LIST_PAGE = 200


@dataclass
class TextPage:
    """A list page read through a search index (:meth:`IncidentStore._text_page`): ``FROM source WHERE
    clauses ORDER BY order``; ``whole``: a short page is the end of the list, else it is read again the
    plain way (the index read only the newest incidents)."""
    source: str
    order: str
    params: list
    clauses: list
    whole: bool = True


class StoreError(Exception):
    """A problem a user can act on; ``str()`` is the message to show."""


class NotAStoreError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class ValidationFailed(StoreError):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(join("; ", (str(p) for p in problems)))


# Conflict messages (raised with the incident as it is stored).
SAVED_MEANWHILE = message_template("store", "Someone else saved this incident after you opened it. "
                                            "Compare both versions and choose which to keep.")
CHANGED_SINCE = message_template("store", "The incident changed in the store since then (someone else saved it); "
                                          "the change was not undone or redone.")


class ConflictError(StoreError):
    """The incident changed in the store since it was read (another analyst saved it)."""

    def __init__(self, message, current):
        self.current = current
        super().__init__(message)


class ImportCanceled(StoreError):
    pass


HISTORY_SCHEMA_VERSION = 3  # from this version on, stores keep the history of every change


def _add_fields_of(version):
    """The upgrade step adding the incident fields of schema ``version`` (in the store's SQL dialect)."""
    def step(store, cursor):
        for statement in ddl.add_column_statements(version, store.dialect):
            cursor.execute(statement)
    return step


def _add_history(store, cursor):
    """Version 3: review statuses ('partially verified' reads 'in review'), merges, the history of changes."""
    cursor.execute(store._sql(f"UPDATE {INCIDENTS_TABLE} SET verification = ? WHERE verification = ?"),
                   ["in review", "partially verified"])
    _add_fields_of(3)(store, cursor)
    for statement in store._history_statements():
        cursor.execute(statement)


# Upgrade steps: MIGRATIONS[n](store, cursor) turns a schema version n store into version n + 1.
# 1 -> 2: the file's own admin names, their disagreement with COD-AB and the original event type.
# 2 -> 3: review statuses, merges and the history of every change.
MIGRATIONS = {1: _add_fields_of(2), 2: _add_history}


@dataclass(frozen=True)
class StoredIncident:
    """An incident exactly as stored: its row (store fields, ``fid``, ``longitude``, ``latitude``) and
    its sources' rows (with ``fid``, in the order they were cited). ``incident`` is None when the
    store does not hold it."""

    incident: dict = None
    sources: tuple = ()

    @property
    def row_version(self):
        return None if self.incident is None else self.incident["row_version"]


@dataclass(frozen=True)
class Change:
    """One write of one incident (an add, an update or a delete): its stored rows before and after."""

    uuid: str
    before: StoredIncident
    after: StoredIncident

    @property
    def kind(self):
        if self.before.incident is None:
            return "add"
        return "delete" if self.after.incident is None else "update"


@dataclass
class IncidentCheck:
    """What saving an incident would meet: ``problems`` (:class:`validation.Problem`, errors and
    confirmations, per field) and ``duplicates`` (stored incidents it likely repeats; looked for only
    when there are no errors). ``incident`` is the record as it would be saved (merged with the
    stored one for an update, with its zones)."""

    incident: dict
    problems: list = field(default_factory=list)
    duplicates: list = field(default_factory=list)

    @property
    def errors(self):
        return validation.errors_only(self.problems)

    @property
    def confirmations(self):
        return [p for p in self.problems if p.kind == validation.CONFIRM]


@dataclass
class SaveResult:
    """``likely_duplicates``: uuids of stored incidents found like this one when it was written."""

    uuid: str
    row_version: int
    likely_duplicates: list
    change: Change


@dataclass
class BulkResult:
    imported: int = 0
    already_present: int = 0
    likely_duplicates: int = 0
    admin_disagreements: int = 0  # imported incidents whose source's admin names are other COD-AB units


def _msg(text):
    return message_template("store", text)


class IncidentStore(ReviewStore):
    """Base class; use :class:`GeoPackageStore` (or the PostGIS store) through ``open_store``."""

    kind = None
    dialect = None  # the backend's :class:`.ddl.Dialect`
    schema_version = SCHEMA_VERSION
    text_index_pending = False  # whether the search index is being filled in the background (GeoPackage)

    def _history_statements(self):
        """The backend's history tables and triggers (:mod:`.history_ddl`)."""
        raise NotImplementedError

    def __init__(self, location, zone_lookup=None):
        self.location = location
        self.zone_lookup = zone_lookup
        self.user = os_user()  # who writes, for the history (stores.open_store takes the analyst's setting)
        self._action = None  # what the next writes are (history), while ``acting`` holds

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

    # What keeps selected rows for the transaction (GeoPackage: BEGIN IMMEDIATE already holds the lock).
    _lock_clause = ""

    def _execute_many(self, cursor, sql, rows):
        cursor.executemany(sql, rows)

    def _open_session(self, cursor, action, reason):
        """Tell the history triggers who writes and why, inside the transaction just begun."""

    def _close_session(self, cursor):
        """Undo :meth:`_open_session` before the transaction commits."""

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

    def _transaction(self, action=None, reason=None):
        return _Transaction(self, action, reason)

    def acting(self, action, reason=None):
        """``with store.acting(action, reason):`` the writes inside are recorded in the history as ``action``."""
        return _Acting(self, action, reason)

    def inside_iraq(self, longitude, latitude):
        """Whether a point is in Iraq: by the store's zones when it has them (a point in Iran or the Gulf
        inside Iraq's bounding box is outside), by the bounding box alone otherwise."""
        if not validation.inside_iraq_bbox(longitude, latitude):
            return False
        unit_at = getattr(self.zone_lookup, "unit_at", None)
        return unit_at is None or unit_at(longitude, latitude) is not None

    def _with_zones(self, incident):
        """The incident with the COD-AB units and zone at its point, and the levels where the names its
        source gave (source_admin1-3) are other units (``admin_disagreement``)."""
        if self.zone_lookup is None:
            return incident
        zones = self.zone_lookup(incident["longitude"], incident["latitude"]) or {}
        result = dict(incident)
        for name in ZONE_FIELDS:
            if name in zones:
                result[name] = zones[name]
        if zones:
            levels = disagreeing_levels({level: incident.get("source_" + level) for level in LEVELS}, zones)
            result["admin_disagreement"] = ";".join(levels) or None
        return result

    def _insert_incident(self, cursor, row):
        """Insert one incident row (with its ``fid`` when the row has one, as a restored row does)."""
        names = (["fid"] if row.get("fid") is not None else []) + [n for n in INCIDENT_FIELD_NAMES if n in row]
        columns = ", ".join(names + ["geom"])
        values = ", ".join(["?"] * len(names) + [self._geometry_placeholder()])
        cursor.execute(self._sql(f"INSERT INTO {INCIDENTS_TABLE} ({columns}) VALUES ({values})"),
                       [row[n] for n in names] + list(self._geometry_params(row["longitude"], row["latitude"])))

    def _insert_sources(self, cursor, sources):
        for source in sources:
            names = (["fid"] if source.get("fid") is not None else []) + [n for n in SOURCE_FIELD_NAMES
                                                                          if n in source]
            cursor.execute(
                self._sql(f"INSERT INTO {SOURCES_TABLE} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})"),
                [source[n] for n in names])

    # --- the API -------------------------------------------------------------------------------
    def zones_at(self, longitude, latitude):
        """The zone fields (admin1..3, their P-codes, disputed zone, group) at a point; {} without zones."""
        if self.zone_lookup is None or longitude is None or latitude is None:
            return {}
        return dict(self.zone_lookup(longitude, latitude) or {})

    def _record(self, incident, current):
        """The record a save writes: ``incident`` over the stored one (for an update), with its zones."""
        record = dict(current or {})
        record.pop("fid", None)
        record.update(incident)
        return self._with_zones(record) if record.get("longitude") is not None else record

    def _problems(self, record, sources, today, require_source):
        return validation.validate(record, sources, today=today, require_source=require_source,
                                   inside_iraq=self.inside_iraq)

    def check_incident(self, incident, sources=(), uuid=None, today=None, require_source=True):
        """What :meth:`save_incident` would meet, without writing: an :class:`IncidentCheck`.

        ``uuid`` names the stored incident being edited (its other fields fill what ``incident``
        leaves out, and it is not its own duplicate)."""
        current = self.get_incident(uuid) if uuid else None
        record = self._record(incident, current)
        problems = self._problems(record, sources, today, require_source)
        duplicates = [] if validation.errors_only(problems) else self.likely_duplicates(dict(record, uuid=uuid))
        return IncidentCheck(record, problems, duplicates)

    def save_incident(self, incident, sources=None, uuid=None, expected_row_version=None, created_by=None,
                      today=None, confirmed=False, require_source=True):
        """Add (``uuid`` None) or update one incident with its sources, in one transaction.

        ``incident`` holds store fields plus longitude/latitude; for an update, the fields it leaves
        out keep their stored value and ``sources`` None keeps the stored sources. In the transaction:
        the row version (when ``expected_row_version`` is given and the stored row has another,
        :class:`ConflictError` carries the stored incident), zones, validation (problems of kind
        "confirm", a point outside Iraq, stop the save unless ``confirmed``: :class:`ValidationFailed`),
        figures from the sources, likely duplicates (flagged in ``likely_duplicate_of`` on an add,
        never stopping it), the new row version and the sources. Returns a :class:`SaveResult`.
        """
        with self._transaction() as cursor:
            before = self._stored(cursor, uuid, lock=True) if uuid else StoredIncident()
            if uuid and before.incident is None:
                raise StoreError(_msg("The incident {uuid} is not in the store.").format(uuid=uuid))
            if expected_row_version is not None and before.row_version != expected_row_version:
                raise ConflictError(SAVED_MEANWHILE, _without_fid(before.incident))
            record = self._record(incident, before.incident)
            new_sources = sources if sources is not None else [_without_fid(s) for s in before.sources]
            problems = self._problems(record, new_sources, today, require_source)
            blocking = problems if not confirmed else validation.errors_only(problems)
            if blocking:
                raise ValidationFailed(blocking)
            if uuid:
                record["uuid"] = uuid
                row, prepared_sources = prepare(record, new_sources)
                row["created_at"] = before.incident["created_at"]
                row["row_version"] = before.row_version + 1
            else:
                row, prepared_sources = prepare(record, new_sources, created_by=created_by)
            duplicates = [d["uuid"] for d in self.likely_duplicates(row)]
            if uuid:
                self._update_incident_row(cursor, row, before.row_version)
                if sources is not None:
                    # A source given with the uuid of one cited elsewhere moves here (a merge taken back).
                    moved = [s["uuid"] for s in prepared_sources]
                    cursor.execute(self._sql(f"DELETE FROM {SOURCES_TABLE} WHERE incident_uuid = ?"
                                             + (f" OR uuid IN ({', '.join('?' * len(moved))})" if moved else "")),
                                   [uuid] + moved)
                    self._insert_sources(cursor, prepared_sources)
            else:
                if duplicates:
                    row["likely_duplicate_of"] = ";".join(duplicates)
                self._insert_incident(cursor, row)
                self._insert_sources(cursor, prepared_sources)
            after = self._stored(cursor, row["uuid"])
        return SaveResult(row["uuid"], row["row_version"], duplicates, Change(row["uuid"], before, after))

    def _update_incident_row(self, cursor, row, stored_version):
        names = [n for n in INCIDENT_FIELD_NAMES if n in row and n not in ("uuid", "created_at")]
        assignments = ", ".join(f"{n} = ?" for n in names)
        cursor.execute(
            self._sql(f"UPDATE {INCIDENTS_TABLE} SET {assignments}, geom = {self._geometry_placeholder()} "
                      "WHERE uuid = ? AND row_version = ?"),
            [row[n] for n in names] + list(self._geometry_params(row["longitude"], row["latitude"]))
            + [row["uuid"], stored_version])
        if cursor.rowcount != 1:
            raise ConflictError(SAVED_MEANWHILE, self._fetch_incident(cursor, row["uuid"]))

    def add_incident(self, incident, sources=(), created_by=None, today=None, confirmed=False,
                     require_source=True):
        """:meth:`save_incident` of a new incident; returns its :class:`SaveResult` (``uuid``,
        ``likely_duplicates``)."""
        return self.save_incident(incident, list(sources), created_by=created_by, today=today, confirmed=confirmed,
                                  require_source=require_source)

    def update_incident(self, uuid, incident, sources=None, expected_row_version=None, today=None,
                        confirmed=False):
        """:meth:`save_incident` of a stored incident; returns its new row version."""
        return self.save_incident(incident, sources, uuid=uuid, expected_row_version=expected_row_version,
                                  today=today, confirmed=confirmed).row_version

    def delete_incident(self, uuid, expected_row_version=None):
        """Delete an incident and its sources in one transaction; returns the :class:`Change` (for
        :meth:`revert`), or None when the store does not hold it."""
        with self._transaction() as cursor:
            before = self._stored(cursor, uuid, lock=True)
            if before.incident is None:
                return None
            if expected_row_version is not None and before.row_version != expected_row_version:
                raise ConflictError(SAVED_MEANWHILE, _without_fid(before.incident))
            self._delete_stored(cursor, uuid)
        return Change(uuid, before, StoredIncident())

    def _delete_stored(self, cursor, uuid):
        cursor.execute(self._sql(f"DELETE FROM {SOURCES_TABLE} WHERE incident_uuid = ?"), [uuid])
        cursor.execute(self._sql(f"DELETE FROM {INCIDENTS_TABLE} WHERE uuid = ?"), [uuid])

    def stored_incident(self, uuid):
        """The incident's rows exactly as stored (a :class:`StoredIncident`)."""
        with self._reading() as cursor:
            return self._stored(cursor, uuid)

    def _stored(self, cursor, uuid, lock=False):
        found = self._select_incidents(cursor, "uuid = ?", [uuid], order=None, with_fid=True, lock=lock)
        if not found:
            return StoredIncident()
        names = ("fid",) + SOURCE_FIELD_NAMES
        cursor.execute(self._sql(f"SELECT {', '.join(names)} FROM {SOURCES_TABLE} WHERE incident_uuid = ? "
                                 "ORDER BY fid"), [uuid])
        sources = tuple(self._typed(dict(zip(names, self._python_values(v))), SOURCE_FIELDS)
                        for v in cursor.fetchall())
        return StoredIncident(found[0], sources)

    def revert(self, change):
        """Undo ``change``: the incident's rows become ``change.before`` again, in one transaction.

        Only when the store still holds what the change wrote (same row version, or still deleted);
        otherwise :class:`ConflictError` and nothing is written."""
        self._replace(change.uuid, change.after, change.before)

    def reapply(self, change):
        """Redo a reverted ``change``: the rows become ``change.after``, if the store holds ``change.before``."""
        self._replace(change.uuid, change.before, change.after)

    def _replace(self, uuid, expected, target):
        with self._transaction() as cursor:
            current = self._stored(cursor, uuid, lock=True)
            if current.row_version != expected.row_version:
                raise ConflictError(CHANGED_SINCE, _without_fid(current.incident))
            self._delete_stored(cursor, uuid)
            if target.incident is not None:
                self._insert_incident(cursor, target.incident)
                self._insert_sources(cursor, target.sources)

    def _select_incidents(self, cursor, where="", params=(), order="event_date, fid", limit=None, with_fid=False,
                          lock=False):
        """Incident records; ``with_fid`` adds the ``fid``, ``lock`` keeps the rows for this transaction."""
        names = (("fid",) if with_fid else ()) + INCIDENT_FIELD_NAMES
        columns = ", ".join(names) + ", " + self._point_columns()
        sql = f"SELECT {columns} FROM {INCIDENTS_TABLE}"
        if where:
            sql += " WHERE " + where
        if order:
            sql += " ORDER BY " + order
        if limit:
            sql += f" LIMIT {int(limit)}"
        if lock:
            sql += self._lock_clause
        cursor.execute(self._sql(sql), list(params))
        count = len(names)
        result = []
        for values in cursor.fetchall():
            record = self._typed(dict(zip(names, self._python_values(values[:count]))), INCIDENT_FIELDS)
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

    def query(self, start=None, end=None, zone=None, text=None, limit=None, statuses=None):
        """Incidents between ``start`` and ``end`` (inclusive), in a zone or zone group, matching text."""
        clauses, params = self._filters(start, end, zone, text, statuses)
        with self._reading() as cursor:
            return self._select_incidents(cursor, " AND ".join(clauses), params, limit=limit)

    def _filters(self, start, end, zone, text, statuses=None):
        """(clauses, params) of :meth:`query`'s filters; the text through the backend's search index;
        ``statuses``: the review statuses kept (all when None)."""
        clauses, params = [], []
        if statuses is not None:
            clauses.append(f"verification IN ({', '.join('?' * len(statuses)) or 'NULL'})")
            params += list(statuses)
        if start:
            clauses.append("event_date >= ?")
            params.append(_iso(start))
        if end:
            clauses.append("event_date <= ?")
            params.append(_iso(end))
        if self.schema_version >= HISTORY_SCHEMA_VERSION:
            clauses.append("merged_into IS NULL")  # a merged incident is a record, not an incident
        if zone:
            clauses.append("(disputed_zone = ? OR zone_group = ? OR admin2 = ? OR admin1 = ?)")
            params += [zone] * 4
        if text:
            clause, text_params = self._text_clause(text)
            clauses.append(clause)
            params += text_params
        return clauses, params

    def _text_clause(self, text):
        """(SQL, params) matching typed text (:mod:`.text_search`); a backend with an index overrides it."""
        return text_search.like_clause(text)

    def _text_page(self, text, start, end, zone, statuses, after, limit):
        """A :class:`TextPage` when the backend's search index can give the list's page of incidents
        matching ``text`` in the list's order (the page then ends as soon as it is full); None: the text
        is one more filter of the page read along the date index."""
        return None

    def incident_page(self, start=None, end=None, zone=None, text=None, after=None, limit=LIST_PAGE, statuses=None):
        """One page of the incident list, newest first: dicts of :data:`LIST_COLUMNS` (and ``fid``).

        ``after`` is the ``(event_date, fid)`` of the last row of the previous page (keyset paging: each
        page costs the same however deep the analyst scrolls). Filters as in :meth:`query`.
        """
        searched = self._text_page(text, start, end, zone, statuses, after, limit) if text else None
        if searched is not None:
            rows = self._page_rows(searched.source, searched.clauses, searched.params, searched.order, limit)
            if len(rows) == limit or searched.whole:
                return rows
        clauses, params = self._filters(start, end, zone, text, statuses)
        clauses += self._keyset(after, params)
        return self._page_rows(INCIDENTS_TABLE, clauses, params, "event_date DESC, fid DESC", limit)

    @staticmethod
    def _keyset(after, params):
        """The clauses (none or one) of the rows after ``after`` = (event_date, fid) in the list's order;
        their values appended to ``params``."""
        if after is None:
            return []
        params += [after[0], after[0], after[1]]
        return ["(event_date < ? OR (event_date = ? AND fid < ?))"]

    def _page_rows(self, source, clauses, params, order, limit):
        sql = f"SELECT {INCIDENTS_TABLE}.fid, {', '.join(LIST_COLUMNS)} FROM {source}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY {order} LIMIT {int(limit)}"
        names = ("fid",) + LIST_COLUMNS
        with self._reading() as cursor:
            cursor.execute(self._sql(sql), params)
            return [dict(zip(names, self._python_values(values))) for values in cursor.fetchall()]

    def distinct_values(self, column):
        """The distinct non-empty values of an indexed incident column (:data:`.ddl.LOOKUP_INDEXED`),
        sorted: a loose index scan, one index probe per value, whatever the number of incidents."""
        with self._reading() as cursor:
            cursor.execute(self._sql(_distinct(column) + " SELECT value FROM found WHERE value <> ''"), [])
            return [row[0] for row in cursor.fetchall()]

    def zone_names(self):
        """The zone groups, disputed zones and districts the incidents are in (for the zone filter)."""
        return sorted({name for column in ("zone_group", "disputed_zone", "admin2")
                       for name in self.distinct_values(column)})

    def incident_places(self):
        """One (location, longitude, latitude, admin2) per distinct location name of the incidents (the
        point of one of its incidents), for the place search; one index probe per name."""
        sql = (_distinct("location") + f" SELECT found.value, i.admin2, {self._point_columns()} FROM found "
               f"JOIN {INCIDENTS_TABLE} i ON i.fid = (SELECT fid FROM {INCIDENTS_TABLE} "
               "WHERE location = found.value LIMIT 1) WHERE found.value <> ''")
        places = []
        with self._reading() as cursor:
            cursor.execute(self._sql(sql), [])
            for values in cursor.fetchall():
                longitude, latitude = self._point_of(values[2:])
                if longitude is not None:
                    places.append((values[0], longitude, latitude, values[1]))
        return places

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
        uuid = incident.get("uuid")
        reviewed = self.not_duplicate_pairs() if uuid and self.schema_version >= HISTORY_SCHEMA_VERSION else ()
        return [c for c in candidates if abs(c["latitude"] - lat) < 0.1 and is_likely_duplicate(incident, c)
                and not (uuid and tuple(sorted((uuid, c["uuid"]))) in reviewed) and not c.get("merged_into")]

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
        with self._transaction(action="import") as cursor:
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
                    if row.get("admin_disagreement"):
                        result.admin_disagreements += 1
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

    def write_rows(self, incidents, sources, history=()):
        """Write rows from :meth:`all_rows` (and :meth:`all_history`) as they are (no validation, ids and versions
        kept), all or nothing. The history is the one given, not the record of this copy."""
        with self._transaction(action="import") as cursor:
            self._write_batch(cursor, list(incidents), list(sources))
            if self.schema_version >= HISTORY_SCHEMA_VERSION:
                cursor.execute(self._sql(f"DELETE FROM {HISTORY_TABLE} WHERE change_id = {self._change_id_sql()}"), [])
                names = [n for n in HISTORY_FIELD_NAMES]
                self._execute_many(cursor, self._sql(
                    f"INSERT INTO {HISTORY_TABLE} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})"),
                    [[row.get(n) for n in names] for row in history])

    def _change_id_sql(self):
        """SQL for the id the history triggers give the rows of the current write."""
        raise NotImplementedError

    def all_history(self):
        """Every history row as stored (images as JSON text), oldest first (for copies and full exports)."""
        if self.schema_version < HISTORY_SCHEMA_VERSION:
            return []
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT {', '.join(HISTORY_FIELD_NAMES)} FROM {HISTORY_TABLE} ORDER BY fid"), [])
            return [dict(zip(HISTORY_FIELD_NAMES, self._python_values(v))) for v in cursor.fetchall()]

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


def _without_fid(row):
    return None if row is None else {k: v for k, v in row.items() if k != "fid"}


def os_user():
    """The operating system's name of the person running QGIS, or None."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None
def _distinct(column):
    """A CTE ``found(value)``: the distinct non-null values of an indexed column, by a loose index scan
    (SQLite and PostgreSQL would otherwise read every row)."""
    if column not in LOOKUP_INDEXED:
        raise ValueError(column)
    return (f"WITH RECURSIVE found(value) AS (SELECT MIN({column}) FROM {INCIDENTS_TABLE} UNION ALL "
            f"SELECT (SELECT MIN({column}) FROM {INCIDENTS_TABLE} WHERE {column} > found.value) FROM found "
            "WHERE found.value IS NOT NULL)")


def _iso(value):
    return value.isoformat() if isinstance(value, date) else str(value)


class _Transaction:
    """``with store._transaction() as cursor``: BEGIN, then COMMIT, or ROLLBACK on any exception. The history
    triggers learn who writes (``store.user``) and why (``action``, ``reason``) inside it."""

    def __init__(self, store, action=None, reason=None):
        self.store = store
        self.action = action
        self.reason = reason

    def __enter__(self):
        self.connection = self.store._connection()
        self.cursor = self.connection.cursor()
        self.store._begin(self.cursor)
        try:
            action, reason = self.store._action or (self.action, self.reason)
            self.store._open_session(self.cursor, action, reason)
        except BaseException:
            self.store._end(self.connection, self.cursor, commit=False)
            self.cursor.close()
            raise
        return self.cursor

    def __exit__(self, kind, value, traceback):
        try:
            if kind is None:
                self.store._close_session(self.cursor)
            self.store._end(self.connection, self.cursor, commit=kind is None)
        finally:
            self.cursor.close()
        return False


class _Acting:
    def __init__(self, store, action, reason):
        self.store, self.action, self.reason = store, action, reason

    def __enter__(self):
        self.saved = self.store._action
        self.store._action = (self.action, self.reason)
        return self.store

    def __exit__(self, *exc):
        self.store._action = self.saved
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
