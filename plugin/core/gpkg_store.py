"""The GeoPackage incident store (the embedded default).

GDAL creates the file and the spatial index (so the GeoPackage is exactly what GDAL and QGIS
expect); writes go through Python's ``sqlite3`` in explicit transactions, which is both atomic and
fast for bulk imports. The R-tree triggers GDAL installs call ``ST_MinX`` and friends, which a plain
sqlite3 connection lacks: they are registered here from :mod:`..domain.gpkg_geometry`.
"""

import os
import sqlite3

from ..domain import gpkg_geometry
from ..domain.i18n import message_template
from ..domain.schema import (
    GEOMETRY_COLUMN,
    HISTORY_TABLE,
    INCIDENT_FIELD_NAMES,
    INCIDENTS_TABLE,
    META_TABLE,
    SCHEMA_VERSION,
    SESSION_TABLE,
    SOURCE_FIELD_NAMES,
    SOURCES_TABLE,
    SRID,
)
from . import ddl, history_ddl, store_faults, text_search
from .store import (
    HISTORY_SCHEMA_VERSION,
    IncidentStore,
    NewerSchemaError,
    NotAStoreError,
    StoreError,
    TextPage,
    _Reading,
    _Transaction,
    schema_version_number,
)

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
RTREE = f"rtree_{INCIDENTS_TABLE}_{GEOMETRY_COLUMN}"
RTREE_INSERT_TRIGGER = f"{RTREE}_insert"
BULK_ROWS = 100  # from this many rows a batch fills the R-tree itself
OPEN_WAIT = 5.0  # seconds opening waits for another program's commit before saying the store is locked
# Up to this many incidents, a search table missing on opening is filled at once; beyond, in the background
# (:mod:`.text_index_task`: 8-13 s at 100,000 incidents, minutes at a million, measured).
TEXT_INDEX_INLINE_ROWS = 20000
CACHE_KIB = 32768  # SQLite page cache per connection (the default 2 MB thrashed on the indexes in bulk imports)


_INCIDENT_COLUMNS = frozenset(INCIDENT_FIELD_NAMES)
_SOURCE_COLUMNS = frozenset(SOURCE_FIELD_NAMES)


def _msg(text):
    return message_template("store", text)


def _filled(row, columns):
    """The row's non-empty values of ``columns``, in the row's order."""
    return {k: v for k, v in row.items() if v is not None and k in columns}


def _insert_many(cursor, table, names, rows):
    """Bulk rows are grouped by the columns they fill and written without their empty ones: Python's
    sqlite3 binds ``None`` (and bytes, bools) through its adaptation protocol, which made binding the
    ~15 empty columns of a typical row cost more than SQLite's own insert (bench/notes.md)."""
    cursor.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join(['?'] * len(names))})", rows)


def schema_statements():
    """The SQL creating the store's tables inside an (already GDAL-initialised) GeoPackage."""
    return ddl.table_statements(ddl.GEOPACKAGE) + [
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES "
        f"('{INCIDENTS_TABLE}', 'features', '{INCIDENTS_TABLE}', 'Incidents (Incident Tracker)', {SRID})",
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        f"VALUES ('{INCIDENTS_TABLE}', '{GEOMETRY_COLUMN}', 'POINT', {SRID}, 0, 0)",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        f"('{SOURCES_TABLE}', 'attributes', '{SOURCES_TABLE}', 'Sources cited for each incident')",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        f"('{META_TABLE}', 'attributes', '{META_TABLE}', 'Incident Tracker store metadata')",
    ] + history_statements() + ddl.metadata_statements()


def history_statements():
    """The history tables (registered as GeoPackage attribute tables) and their triggers."""
    return history_ddl.sqlite_statements() + [
        f"INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        f"('{table}', 'attributes', '{table}', '{description}')"
        for table, description in history_ddl.GEOPACKAGE_CONTENTS]


def drop_history(connection):
    """Remove the history tables and triggers from a GeoPackage (a public export carries no history)."""
    triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'history_%'")
    for (name,) in triggers.fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')
    for table, _description in history_ddl.GEOPACKAGE_CONTENTS:
        connection.execute(f'DROP TABLE IF EXISTS "{table}"')
        connection.execute("DELETE FROM gpkg_contents WHERE table_name = ?", [table])


_FTS5 = []


def _has_fts5():
    """Whether this QGIS's SQLite has FTS5 (asked once)."""
    if not _FTS5:
        _FTS5.append(text_search.sqlite_has_fts5())
    return _FTS5[0]


def _register_functions(connection):
    def envelope_part(index):
        def part(blob):
            envelope = gpkg_geometry.envelope(blob)
            return None if envelope is None else envelope[index]
        return part

    connection.create_function("ST_IsEmpty", 1, lambda blob: 1 if gpkg_geometry.envelope(blob) is None else 0,
                               deterministic=True)
    for index, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, envelope_part(index), deterministic=True)


def store_error(path, error):
    """A :class:`StoreError` saying what an SQLite error means for the user; nothing was written."""
    fault = store_faults.read_error(path, error)
    if fault is not None:  # locked by another writer, or damaged
        return fault
    text = str(error).lower()
    if ("readonly" in text or "unable to open" in text) and store_faults.folder_read_only(path):
        return store_faults.read_only_folder_error(path)
    if "readonly" in text or "read-only" in text:
        template = _msg("{path} is read-only (file permissions, or a read-only disk); nothing was written.")
    elif "full" in text:
        template = _msg("The disk holding {path} is full; nothing was written. Free some space and try again.")
    elif "unable to open" in text:
        template = _msg("Could not open {path} for writing (is its folder read-only or gone?); nothing was written.")
    else:
        template = _msg("Could not write {path} ({error}); nothing was written.")
    return StoreError(template.format(path=path, error=error))


class _GeoPackageTransaction(_Transaction):
    """SQLite's operational errors (locked, read-only, disk full, I/O) become a :class:`StoreError` with a
    message a user can act on; constraint errors stay what they are (a bug, not the user's to fix)."""

    def __enter__(self):
        self.store._check_file()
        try:
            return super().__enter__()
        except sqlite3.Error as error:
            raise store_error(self.store.path, error) from None

    def __exit__(self, kind, value, traceback):
        try:
            super().__exit__(kind, value, traceback)
        except sqlite3.Error as error:  # the commit failed (disk full, I/O): undo, then say so
            try:
                self.connection.rollback()
            except sqlite3.Error:
                pass
            raise store_error(self.store.path, error) from None
        if kind is not None and (issubclass(kind, sqlite3.OperationalError)  # not constraint errors
                                 or issubclass(kind, sqlite3.DatabaseError) and store_faults.is_damage(value)):
            raise store_error(self.store.path, value) from None
        return False


class _GeoPackageReading(_Reading):
    """A read that meets a lock held too long or a damaged file says so (:mod:`.store_faults`)."""

    def __enter__(self):
        try:
            return super().__enter__()
        except sqlite3.DatabaseError as error:
            raise store_faults.read_error(self.store.path, error) or error from None

    def __exit__(self, kind, value, traceback):
        super().__exit__(kind, value, traceback)
        if kind is not None and issubclass(kind, sqlite3.DatabaseError):
            fault = store_faults.read_error(self.store.path, value)
            if fault is not None:
                raise fault from None
        return False


class GeoPackageStore(IncidentStore):
    kind = "gpkg"
    dialect = ddl.GEOPACKAGE
    layer_provider = "ogr"
    busy_timeout = 30.0  # seconds a write waits for another writer to finish

    def __init__(self, path, zone_lookup=None, busy_timeout=None):
        super().__init__(path, zone_lookup)
        self.path = path
        self._db = None
        self._identity = None
        self.text_index = False  # whether typed text is searched through the FTS5 index
        if busy_timeout is not None:
            self.busy_timeout = busy_timeout

    @classmethod
    def create(cls, path, zone_lookup=None):
        """A new, empty store at ``path`` (refuses to overwrite an existing file)."""
        from osgeo import gdal, ogr

        if os.path.exists(path):
            raise StoreError(_msg("{path} already exists; choose a new file name.").format(path=path))
        gdal.UseExceptions()
        driver = ogr.GetDriverByName("GPKG")
        try:
            datasource, failure = driver.CreateDataSource(path), None
        except RuntimeError as error:
            datasource, failure = None, error
        if datasource is None:
            from .output_guard import check_folder

            check_folder(path)  # a read-only folder says so
            if failure is not None:
                raise StoreError(_msg("Could not create {path}: {error}").format(path=path, error=failure))
            raise StoreError(_msg("Could not create {path}.").format(path=path))
        try:
            for statement in schema_statements():
                datasource.ExecuteSQL(statement)
        finally:
            datasource = None
        # Reopened so that GDAL (3.10+ checks) knows the new table before indexing it.
        datasource = ogr.Open(path, 1)
        try:
            datasource.ExecuteSQL(f"SELECT CreateSpatialIndex('{INCIDENTS_TABLE}', '{GEOMETRY_COLUMN}')")
        finally:
            datasource = None
        return cls.open(path, zone_lookup)

    @classmethod
    def open(cls, path, zone_lookup=None, busy_timeout=None):
        """Open an existing store; a clear :class:`StoreError` when ``path`` is not one we can use."""
        store = cls(path, zone_lookup, busy_timeout)
        store._check()
        return store

    def _transaction(self, action=None, reason=None):
        return _GeoPackageTransaction(self, action, reason)

    def _history_statements(self):
        return history_statements()

    def _change_id_sql(self):
        return f"(SELECT fid FROM {SESSION_TABLE} LIMIT 1)"

    def _open_session(self, cursor, action, reason):
        if self.schema_version >= HISTORY_SCHEMA_VERSION:
            cursor.execute(f"INSERT INTO {SESSION_TABLE} (user, action, reason) VALUES (?, ?, ?)",
                           [self.user, action, reason])

    def _close_session(self, cursor):
        if self.schema_version >= HISTORY_SCHEMA_VERSION:
            cursor.execute(f"DELETE FROM {SESSION_TABLE}")

    def _reading(self):
        return _GeoPackageReading(self)

    def _check_file(self):
        """Refuse to write into a file deleted or replaced since it was opened (the writes would be lost)."""
        try:
            stat = os.stat(self.path)
            identity = (stat.st_dev, stat.st_ino)
        except OSError:
            identity = None
        if identity is None or (self._identity is not None and identity != self._identity):
            raise StoreError(_msg("{path} was deleted or replaced since it was opened; nothing was written. "
                                  "Open the store again.").format(path=self.path))

    def _check(self):
        if not os.path.isfile(self.path):
            raise NotAStoreError(_msg("{path} does not exist.").format(path=self.path))
        try:
            application_id, row, shortfall = self._identity_rows()
        except sqlite3.DatabaseError as error:
            self.close()
            raise store_faults.read_error(self.path, error) or NotAStoreError(_msg(
                "{path} is not an Incident Tracker store (no store metadata found).").format(path=self.path)) from None
        if shortfall:
            self.close()
            raise store_faults.damaged_error(self.path, shortfall)
        if application_id != GPKG_APPLICATION_ID or row is None:
            self.close()
            raise NotAStoreError(_msg("{path} is not an Incident Tracker store.").format(path=self.path))
        try:
            version = schema_version_number(self.path, row[0])
        except StoreError:
            self.close()
            raise
        if version > SCHEMA_VERSION:
            self.close()
            raise NewerSchemaError(_msg(
                "{path} was written by a newer version of Incident Tracker (store schema {found}; this "
                "version reads up to {supported}). Update the plugin to open it.").format(
                    path=self.path, found=version, supported=SCHEMA_VERSION))
        self.schema_version = version
        if version < SCHEMA_VERSION:
            try:
                self.migrate()
            except StoreError as error:
                self.close()
                raise StoreError(_msg(
                    "{path} was written by an older version of Incident Tracker (store schema {found}) and is "
                    "upgraded to schema {supported} when it is opened, but the upgrade could not be written: "
                    "{reason}").format(path=self.path, found=version, supported=SCHEMA_VERSION,
                                       reason=error)) from None

        self._prepare_lookups()

    def _identity_rows(self):
        """(application id, schema version row, (size, expected) when the file is cut off), read in one read
        transaction: no writer changes the file while its size is compared with its header."""
        connection = self._connection()
        connection.execute(f"PRAGMA busy_timeout = {int(min(self.busy_timeout, OPEN_WAIT) * 1000)}")
        connection.execute("BEGIN")
        try:
            cursor = connection.execute("SELECT COUNT(*) FROM sqlite_master")  # takes the read lock
            cursor.fetchone()
            shortfall = store_faults.cut_off(self.path)
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            row = connection.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        return application_id, row, shortfall

    def _prepare_lookups(self):
        """What the dock and the map read through (:func:`.ddl.lookup_index_statements`, the FTS5 search
        table, the map-class column), added once to a store made before them. Where they cannot be (a
        read-only file, an SQLite without FTS5) the store still works, by scans. A missing search table is
        made empty and filled at once up to :data:`TEXT_INDEX_INLINE_ROWS` incidents; beyond, it is left
        to :mod:`.text_index_task` (``text_index_pending``), as is one whose filling was interrupted."""
        wanted = [f"idx_incidents_{name}" for name in ddl.LOOKUP_INDEXED]
        has_fts5 = _has_fts5()
        if has_fts5:
            wanted.append(text_search.FTS_TABLE)
        with self._reading() as cursor:
            cursor.execute(f"SELECT name, sql FROM sqlite_master WHERE name IN ({', '.join('?' * len(wanted))}, ?) "
                           f"UNION SELECT name, NULL FROM pragma_table_xinfo('{INCIDENTS_TABLE}') WHERE name = ? "
                           f"UNION SELECT key, value FROM {META_TABLE} WHERE key = ?",
                           wanted + [text_search.LEGACY_FTS_TABLE, ddl.MAP_CLASS_COLUMN, text_search.FILL_MARK])
            found = dict(cursor.fetchall())
        filling = found.pop(text_search.FILL_MARK, None) is not None
        # A search table of an earlier version (keyed by fid, or with other columns) is made anew.
        legacy = has_fts5 and found.pop(text_search.LEGACY_FTS_TABLE, None) is not None
        present = {name for name, sql in found.items()
                   if name != text_search.FTS_TABLE or sql == text_search.fts5_table_statement()}
        wanted.append(ddl.MAP_CLASS_COLUMN)
        if legacy or not set(wanted) <= present:
            statements = text_search.fts5_drop_statements(text_search.LEGACY_FTS_TABLE) if legacy else []
            if has_fts5 and text_search.FTS_TABLE not in present:
                statements += text_search.fts5_drop_statements() + text_search.fts5_statements() + [
                    f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES ('{text_search.FILL_MARK}', '0')"]
                filling = True
            if not filling or self._unindexed_rows(mark=0) <= TEXT_INDEX_INLINE_ROWS:
                statements += ddl.lookup_index_statements()  # else the fill adds them (3 s at a million)
            if ddl.MAP_CLASS_COLUMN not in present:
                statements.append(f"ALTER TABLE {INCIDENTS_TABLE} ADD COLUMN {ddl.map_class_column(ddl.GEOPACKAGE)}")
            try:
                if statements:  # none when only the lookup indexes are missing and left to the fill
                    with self._transaction() as writing:
                        for statement in statements:
                            writing.execute(statement)
                    text_search.log_prepared(self.path)
                present = set(wanted)
            except (StoreError, sqlite3.Error) as error:
                text_search.log_prepared(self.path, error)
        has_table = has_fts5 and text_search.FTS_TABLE in present
        self.text_index, self.text_index_pending = has_table and not filling, has_table and filling
        if self.text_index_pending and self._unindexed_rows() <= TEXT_INDEX_INLINE_ROWS:
            self.fill_text_index()

    def _unindexed_rows(self, mark=None):
        """How many incidents the FTS5 table's filling has still to index (above its ``mark`` when given),
        counted up to one more than :data:`TEXT_INDEX_INLINE_ROWS`."""
        with self._reading() as cursor:
            if mark is None:
                cursor.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", [text_search.FILL_MARK])
                found = cursor.fetchone()
                if found is None:
                    return 0
                mark = int(found[0])
            cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {INCIDENTS_TABLE} WHERE fid > ? LIMIT ?) AS unindexed",
                           [mark, TEXT_INDEX_INLINE_ROWS + 1])
            return cursor.fetchone()[0]

    def fill_text_index(self, progress=None, canceled=None):
        """Fill the FTS5 table here and now (headless code; the plugin runs :mod:`.text_index_task` instead);
        whether it is complete (False: ``canceled()`` stopped it, resumable)."""
        from . import text_index_task

        self._check_file()
        try:
            done = text_index_task.fill(self._connection(), progress, canceled)
        except sqlite3.Error as error:
            text_search.log_prepared(self.path, error)
            return False
        return self.text_index_filled() if done else False

    def text_index_filled(self):
        """Search through the FTS5 table from now on if its filling is complete (recorded in the store);
        whether it is (False for a store closed meanwhile)."""
        if self._db is None:
            return False
        with self._reading() as cursor:
            cursor.execute(f"SELECT 1 FROM {META_TABLE} WHERE key = ?", [text_search.FILL_MARK])
            complete = cursor.fetchone() is None
        if complete and (self.text_index or self.text_index_pending):
            self.text_index, self.text_index_pending = True, False
        return complete

    def drop_text_index(self):
        """Remove the FTS5 table and its triggers (from a copy that leaves the plugin, e.g. an export)."""
        with self._transaction() as cursor:
            for statement in text_search.fts5_drop_statements():
                cursor.execute(statement)
            cursor.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", [text_search.FILL_MARK])
        self.text_index = self.text_index_pending = False

    def _text_clause(self, text):
        if self.text_index:
            with self._reading() as cursor:
                return text_search.fts5_clause(text, cursor)
        return super()._text_clause(text)

    def _text_page(self, text, start, end, zone, statuses, after, limit):
        """The matching incidents as FTS5 lists them, keyed in the list's order (:func:`.text_search.fts5_page`)."""
        searched = text_search.fts5_page(text, start, end, after) if self.text_index else None
        if searched is None:
            return None
        source, order, params = searched
        clauses, filter_params = self._filters(start, end, zone, None, statuses)
        return TextPage(source, order, params + filter_params, clauses)

    def _connection(self):
        if self._db is None:
            try:
                self._db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None,
                                           check_same_thread=False)
                stat = os.stat(self.path)
                self._identity = (stat.st_dev, stat.st_ino)
            except (sqlite3.Error, OSError) as error:
                raise StoreError(_msg("Could not open {path}: {error}").format(path=self.path, error=error)) from None
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # bulk imports: index pages stay cached
            _register_functions(self._db)
        return self._db

    def _begin(self, cursor):
        cursor.execute("BEGIN IMMEDIATE")

    def _write_batch(self, cursor, incident_rows, source_rows):
        """Bulk writes: the R-tree insert trigger (which calls ST_MinX & co., Python functions here,
        five times a row) is dropped, the rows written with their fid, the R-tree filled with one
        executemany of the points, and the trigger put back, all in the caller's transaction (SQLite
        DDL is transactional: a rollback or a crash brings the trigger back with the old rows)."""
        if len(incident_rows) < BULK_ROWS:
            return super()._write_batch(cursor, incident_rows, source_rows)
        cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", [RTREE_INSERT_TRIGGER])
        trigger = cursor.fetchone()
        if trigger is None:
            return super()._write_batch(cursor, incident_rows, source_rows)
        cursor.execute(f'DROP TRIGGER "{RTREE_INSERT_TRIGGER}"')
        search_trigger = self._drop_search_insert_trigger(cursor)
        history = self._drop_import_history_triggers(cursor)
        cursor.execute(f"SELECT COALESCE(MAX(fid), 0) FROM {INCIDENTS_TABLE}")
        fid = first_fid = cursor.fetchone()[0]
        encode = gpkg_geometry.encode_point
        incidents, points = {}, []
        for row in incident_rows:
            fid += 1
            values = _filled(row, _INCIDENT_COLUMNS)
            longitude, latitude = row["longitude"], row["latitude"]
            incidents.setdefault(tuple(values), []).append(
                (fid, *values.values(), encode(longitude, latitude, SRID)))
            points.append((fid, longitude, longitude, latitude, latitude))
        for names, rows in incidents.items():
            _insert_many(cursor, INCIDENTS_TABLE, ("fid", *names, GEOMETRY_COLUMN), rows)
        cursor.executemany(f"INSERT INTO {RTREE} VALUES (?, ?, ?, ?, ?)", points)
        cursor.execute(trigger[0])
        if search_trigger is not None:  # the batch indexed in one statement, then the trigger back (during
            # a fill, the incidents it has passed: it indexes the others itself)
            passed = text_search.indexed_sql(f"{INCIDENTS_TABLE}.fid")
            cursor.execute(text_search.fts5_fill_statement(f"fid > ? AND {passed}"), [first_fid])
            cursor.execute(search_trigger)
        if history is not None:  # the rows the history trigger writes for an import, in one executemany
            session = history[0]
            cursor.executemany(
                f"INSERT INTO {HISTORY_TABLE} (incident_uuid, change_id, changed_at, changed_by, action, "
                "row_version, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(row["uuid"], session[0], session[4], session[1], session[2], row.get("row_version"), session[3])
                 for row in incident_rows])
        # Sources keep their order (their fid is the order they were cited in): runs of one shape.
        names, rows = None, []
        for source in source_rows:
            values = _filled(source, _SOURCE_COLUMNS)
            if tuple(values) != names:
                if rows:
                    _insert_many(cursor, SOURCES_TABLE, names, rows)
                names, rows = tuple(values), []
            rows.append(tuple(values.values()))
        if rows:
            _insert_many(cursor, SOURCES_TABLE, names, rows)
        if history is not None:  # back after the sources: during an import the source trigger writes nothing
            for trigger_sql in history[1]:  # (its WHEN), but checking that for each source cost more than the insert
                cursor.execute(trigger_sql)

    def _drop_import_history_triggers(self, cursor):
        """During an import, drop the history's insert triggers for a bulk batch (their rows are written
        in one executemany: the same rows, a third of the import's time less); the session row and the
        triggers' SQL to put back. None outside an import, or in a store without history."""
        if self.schema_version < HISTORY_SCHEMA_VERSION:
            return None
        cursor.execute(f"SELECT fid, user, action, reason, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM {SESSION_TABLE} "
                       "LIMIT 1")
        session = cursor.fetchone()
        if session is None or session[2] != "import":
            return None
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
                       list(history_ddl.IMPORT_INSERT_TRIGGERS))
        triggers = cursor.fetchall()
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
        return session, [sql for _name, sql in triggers]

    @staticmethod
    def _drop_search_insert_trigger(cursor):
        """Drop the FTS5 insert trigger for a bulk batch; its SQL to put it back (None: there is none)."""
        cursor.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                       [text_search.FTS_INSERT_TRIGGER])
        found = cursor.fetchone()
        if found is not None:
            cursor.execute(f'DROP TRIGGER "{text_search.FTS_INSERT_TRIGGER}"')
        return found[0] if found else None

    def _geometry_placeholder(self):
        return "?"

    def _geometry_params(self, longitude, latitude):
        return (gpkg_geometry.encode_point(longitude, latitude, SRID),)

    def _point_columns(self):
        return GEOMETRY_COLUMN

    def _point_of(self, values):
        point = gpkg_geometry.decode_point(values[0])
        return point if point else (None, None)

    @property
    def key(self):
        """What identifies this store's layers in a project."""
        return os.path.abspath(self.path)

    @property
    def display_name(self):
        return os.path.splitext(os.path.basename(self.path))[0]

    def layer_uri(self, table):
        return f"{self.path}|layername={table}"

    def metadata(self):
        with self._reading() as cursor:
            cursor.execute(f"SELECT key, value FROM {META_TABLE}")
            return dict(cursor.fetchall())

    def close(self):
        if self._db is not None:
            self._db.close()
            self._db = None
