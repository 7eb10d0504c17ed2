"""The PostGIS incident store: one dataset for a team, in its own schema of a PostgreSQL database.

The tables are those of every store (:mod:`.ddl`), in a schema (default ``incident_tracker``) with a
GiST index on the points. Queries go through psycopg2 with parameters only. The connection runs in
autocommit mode, so reads hold no transaction open; writes are explicit BEGIN … COMMIT blocks, and
an update only applies when the row version the analyst read is still the stored one (see
:meth:`IncidentStore.save_incident`; the row is read ``FOR UPDATE`` in the save's transaction).
"""

import re
from datetime import date, datetime

from qgis.core import QgsDataSourceUri, QgsWkbTypes

from ..domain.i18n import message_template
from ..domain.incident import timestamp
from ..domain.schema import GEOMETRY_COLUMN, INCIDENTS_TABLE, META_TABLE, SCHEMA_VERSION, SRID
from . import ddl, history_ddl, postgis_connection, text_search
from .store import IncidentStore, NewerSchemaError, NotAStoreError, StoreError, TextPage

DEFAULT_SCHEMA = "incident_tracker"
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
# Up to this many incidents, opening a store of an earlier version adds its missing lookup and search
# indexes at once (as GeoPackage stores do, gpkg_store.TEXT_INDEX_INLINE_ROWS); a larger table is left to
# the administrator's 'Create incident store' run.
LOOKUPS_INLINE_ROWS = 20000


def _msg(text):
    return message_template("store", text)


def _driver():
    try:
        import psycopg2
        import psycopg2.extras
    except ImportError:
        raise StoreError(_msg("PostGIS stores need the psycopg2 Python module "
                              "(Debian/Ubuntu: apt install python3-psycopg2).")) from None
    return psycopg2


def check_schema_name(schema):
    if not _SCHEMA_NAME.match(schema or ""):
        raise StoreError(_msg("{schema} is not a usable schema name (letters, digits and _, "
                              "not starting with a digit).").format(schema=schema))
    return schema


def _quoted(identifier):
    return '"' + identifier + '"'


class PostgisStore(IncidentStore):
    kind = "postgis"
    dialect = ddl.POSTGIS
    layer_provider = "postgres"

    def __init__(self, connection, schema=DEFAULT_SCHEMA, zone_lookup=None):
        self.schema = check_schema_name(schema)
        self.uri = postgis_connection.public_uri(connection)
        super().__init__(self.layer_uri(INCIDENTS_TABLE), zone_lookup)
        self.user = None  # the history names the database login; an analyst name, when set, beside it
        self._db = None
        self.text_index = False  # whether typed text is searched through the full-text index
        # Whether opening may add the lookup and search indexes a store of an earlier version lacks to a
        # large table: only the administrator's 'Create incident store' run does (it rewrites the table,
        # and the whole team waits while it runs).
        self.builds_lookups = False

    # --- creating, opening, upgrading ----------------------------------------------------------
    @classmethod
    def create(cls, connection, schema=DEFAULT_SCHEMA, zone_lookup=None):
        """Create the store's schema and tables; upgrade the store already there when it is older.

        Refuses a schema that already holds a current store or other tables.
        """
        store = cls(connection, schema, zone_lookup)
        store.builds_lookups = True
        version = store._existing_version()
        if version is None:
            store._create_tables()
        elif version < SCHEMA_VERSION:
            store.schema_version = version
            store.migrate()
        elif store._missing_lookups():
            pass  # a current store made before its lookup indexes: this run adds them (in _check)
        else:
            store.close()
            raise StoreError(_msg("{name} already holds an Incident Tracker store in the schema {schema}.")
                             .format(name=store.display_name, schema=schema))
        store._check()
        return store

    @classmethod
    def open(cls, connection, schema=DEFAULT_SCHEMA, zone_lookup=None):
        store = cls(connection, schema, zone_lookup)
        store._check()
        return store

    def _existing_version(self):
        """The schema version of the store in our schema, or None when the schema is free to use."""
        with self._reading() as cursor:
            cursor.execute(self._sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"),
                           [self.schema])
            tables = {row[0] for row in cursor.fetchall()}
            version = self._stored_schema_version(cursor) if META_TABLE in tables else None
        if tables and version is None:
            self.close()
            raise StoreError(_msg("The schema {schema} of {name} already holds other tables; choose another "
                                  "schema.").format(schema=self.schema, name=self.display_name))
        return version

    def _create_tables(self):
        with self._transaction() as cursor:
            cursor.execute(self._sql("SELECT 1 FROM pg_extension WHERE extname = ?"), ["postgis"])
            if cursor.fetchone() is None:
                raise StoreError(_msg("PostGIS is not enabled in {name}: an administrator runs CREATE EXTENSION "
                                      "postgis in that database.").format(name=self.display_name))
            cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {_quoted(self.schema)}")
            for statement in (ddl.table_statements(ddl.POSTGIS) + [
                    f"ALTER TABLE {INCIDENTS_TABLE} ADD COLUMN {text_search.pg_column_sql()}",
                    f"CREATE INDEX idx_incidents_geom ON {INCIDENTS_TABLE} USING GIST ({GEOMETRY_COLUMN})",
                    text_search.pg_index_statement()] + self._history_statements() + ddl.metadata_statements()):
                cursor.execute(statement)

    def _check(self):
        with self._reading() as cursor:
            cursor.execute(self._sql("SELECT 1 FROM information_schema.tables WHERE table_schema = ? "
                                     "AND table_name = ?"), [self.schema, META_TABLE])
            found = cursor.fetchone() is not None
            version = self._stored_schema_version(cursor) if found else None
        if version is None:
            self.close()
            raise NotAStoreError(_msg("The schema {schema} of {name} holds no Incident Tracker store.")
                                 .format(schema=self.schema, name=self.display_name))
        if version > SCHEMA_VERSION:
            self.close()
            raise NewerSchemaError(_msg(
                "{name} was written by a newer version of Incident Tracker (store schema {found}; this version "
                "reads up to {supported}). Update the plugin to open it.").format(
                    name=self.display_name, found=version, supported=SCHEMA_VERSION))
        if version < SCHEMA_VERSION:
            self.close()
            raise StoreError(_msg(
                "The store in {name} has an older schema ({found}). Its administrator upgrades it with "
                "'Create incident store' on the same connection and schema.").format(
                    name=self.display_name, found=version))
        self.schema_version = version
        self._prepare_history_triggers()
        self._prepare_lookups()

    def _prepare_history_triggers(self):
        """A store made before the history recorded inserts a statement at a time gets the new triggers once
        (the same history rows; an import's batch writes them in one statement); without the right to alter
        the tables it keeps its row-level triggers, which record the same."""
        with self._reading() as cursor:
            cursor.execute(self._sql("SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = ? AND c.relname = ? AND t.tgname = ?"),
                           [self.schema, INCIDENTS_TABLE, history_ddl.PG_STATEMENT_TRIGGER])
            if cursor.fetchone() is not None:
                return
            cursor.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                           "WHERE e.extname = 'postgis'")
            postgis_schema = cursor.fetchone()[0]
        try:
            with self._transaction() as cursor:
                for statement in history_ddl.postgis_trigger_statements(self.schema, postgis_schema):
                    cursor.execute(statement)
        except _driver().Error:
            pass  # not the tables' owner: the row-level triggers stay, and record the same rows

    def _prepare_lookups(self):
        """What the dock and the map read through (lookup and full-text indexes, the map-class column),
        added once to a store made before them (the first analyst to open it waits for them); without them
        (no right to alter the table) the store still works, by scans."""
        wanted, present = self._lookups()
        if not set(wanted) <= present and not self.builds_lookups and self._estimated_rows() > LOOKUPS_INLINE_ROWS:
            # Adding them rewrites the table and locks out the team for a while (44 s at a million
            # incidents): left to the administrator's 'Create incident store' run, in a background task.
            text_search.log_left_to_administrator(self.display_name)
        elif not set(wanted) <= present:
            columns = [sql for name, sql in ((ddl.MAP_CLASS_COLUMN, ddl.map_class_column(ddl.POSTGIS)),
                                             (text_search.PG_COLUMN, text_search.pg_column_sql()))
                       if name not in present]
            statements = ([f"ALTER TABLE {INCIDENTS_TABLE} " + ", ".join(f"ADD COLUMN {c}" for c in columns)]
                          if columns else []) + ddl.lookup_index_statements() + [text_search.pg_index_statement()]
            try:
                with self._transaction() as cursor:
                    for statement in statements:
                        cursor.execute(statement)
                present |= set(wanted)
                text_search.log_prepared(self.display_name)
            except _driver().Error as error:
                text_search.log_prepared(self.display_name, str(error).strip())
        self.text_index = text_search.PG_INDEX in present

    def _lookups(self):
        """(the lookup indexes and columns this version wants, those the store has)."""
        wanted = [f"idx_incidents_{name}" for name in ddl.LOOKUP_INDEXED] + [
            text_search.PG_INDEX, ddl.MAP_CLASS_COLUMN, text_search.PG_COLUMN]
        with self._reading() as cursor:
            cursor.execute(self._sql("SELECT indexname FROM pg_indexes WHERE schemaname = ? AND tablename = ? "
                                     "UNION SELECT column_name FROM information_schema.columns "
                                     "WHERE table_schema = ? AND table_name = ? AND column_name IN (?, ?)"),
                           [self.schema, INCIDENTS_TABLE, self.schema, INCIDENTS_TABLE, ddl.MAP_CLASS_COLUMN,
                            text_search.PG_COLUMN])
            present = {row[0] for row in cursor.fetchall()}
        return wanted, present

    def _missing_lookups(self):
        wanted, present = self._lookups()
        return not set(wanted) <= present

    def _estimated_rows(self):
        """The incidents table's size as PostgreSQL last estimated it (no count: instant at any size)."""
        with self._reading() as cursor:
            cursor.execute(self._sql("SELECT greatest(c.reltuples, 0) FROM pg_class c JOIN pg_namespace n "
                                     "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ?"),
                           [self.schema, INCIDENTS_TABLE])
            row = cursor.fetchone()
        return row[0] if row else 0

    def _text_clause(self, text):
        if self.text_index:
            return text_search.pg_clause(text)
        return super()._text_clause(text)

    def _text_page(self, text, start, end, zone, statuses, after, limit):
        """Common words: the newest incidents walked along the date index until the page is full (the GIN
        index would list, and the page sort, every match); rare ones: None, through the GIN index
        (:func:`.text_search.pg_walk_rows` chooses)."""
        query = text_search.pg_tsquery(text) if self.text_index else None
        if query is None:
            return None
        clauses, params = self._filters(start, end, zone, None, statuses)
        clauses += self._keyset(after, params)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        newest = f"SELECT * FROM {INCIDENTS_TABLE}{where} ORDER BY event_date DESC, fid DESC"
        with self._reading() as cursor:
            walk = text_search.pg_walk_rows(cursor, self._sql(newest), params, query, limit)
        if walk is None:
            return None
        rows, whole = walk
        clause, text_params = text_search.pg_clause(text)
        return TextPage(f"({newest} LIMIT {rows}) AS {INCIDENTS_TABLE}", "event_date DESC, fid DESC",
                        params + text_params, [clause], whole)

    # --- connection ----------------------------------------------------------------------------
    def _connection(self):
        if self._db is None:
            psycopg2 = _driver()
            try:
                self._db = psycopg2.connect(**postgis_connection.driver_arguments(self.uri))
            except psycopg2.Error as error:
                message = _msg("Could not connect to {name}: {error}")
                if not self.uri.authConfigId():
                    message += " " + _msg("Passwords are only taken from an authentication configuration: give "
                                          "the connection one in QGIS.")
                raise StoreError(message.format(name=self.display_name, error=str(error).strip())) from None
            self._db.autocommit = True
            with self._db.cursor() as cursor:
                cursor.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                               "WHERE e.extname = 'postgis'")
                row = cursor.fetchone()
                path = [_quoted(self.schema)] + ([_quoted(row[0])] if row and row[0] != self.schema else [])
                cursor.execute(f"SET search_path TO {', '.join(path)}")
        return self._db

    def _begin(self, cursor):
        cursor.execute("BEGIN")

    def _history_statements(self):
        with self._reading() as cursor:
            cursor.execute("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                           "WHERE e.extname = 'postgis'")
            return history_ddl.postgis_statements(self.schema, cursor.fetchone()[0])

    def _change_id_sql(self):
        return "txid_current()"

    def _open_session(self, cursor, action, reason):
        cursor.execute("SELECT set_config('incident_tracker.user', %s, true), "
                       "set_config('incident_tracker.action', %s, true), "
                       "set_config('incident_tracker.reason', %s, true)",
                       [self.user or "", action or "", reason or ""])

    def _end(self, connection, cursor, commit):
        try:
            cursor.execute("COMMIT" if commit else "ROLLBACK")
        except _driver().Error:
            if commit:
                raise
            self.close()  # the connection is broken; the server rolled back; reconnect on next use

    _lock_clause = " FOR UPDATE"

    def _execute_many(self, cursor, sql, rows):
        """Bulk writes: an INSERT as multi-row statements of 500 rows (the history's insert triggers then run
        once a statement, over its rows); other statements in batches."""
        head, found, template = sql.partition(" VALUES (")
        if found and head.lstrip().upper().startswith("INSERT") and template.rstrip().endswith(")") \
                and "ON CONFLICT" not in template.upper():
            _driver().extras.execute_values(cursor, head + " VALUES %s", rows, template="(" + template,
                                            page_size=500)
        else:
            _driver().extras.execute_batch(cursor, sql, rows, page_size=500)

    def _sql(self, text):
        return text.replace("%", "%%").replace("?", "%s")

    def _geometry_placeholder(self):
        return f"ST_SetSRID(ST_MakePoint(?, ?), {SRID})"

    def _geometry_params(self, longitude, latitude):
        return (longitude, latitude)

    def _point_columns(self):
        return f"ST_X({GEOMETRY_COLUMN}), ST_Y({GEOMETRY_COLUMN})"

    def _point_of(self, values):
        return values[0], values[1]

    def _python_values(self, values):
        """Dates and times as the store's text (ISO dates, UTC timestamps with milliseconds)."""
        return tuple(timestamp(v) if isinstance(v, datetime) else v.isoformat() if isinstance(v, date) else v
                     for v in values)

    # --- layers --------------------------------------------------------------------------------
    @property
    def key(self):
        return self.location

    @property
    def display_name(self):
        return f"{postgis_connection.describe(self.uri)} – {self.schema}"

    def layer_uri(self, table):
        """The postgres provider's URI for ``table``: connection, authcfg, schema; never a password."""
        uri = QgsDataSourceUri(self.uri.connectionInfo(False))
        if table == INCIDENTS_TABLE:
            uri.setDataSource(self.schema, table, GEOMETRY_COLUMN, "", "fid")
            uri.setSrid(str(SRID))
            uri.setWkbType(QgsWkbTypes.Point)
        else:
            uri.setDataSource(self.schema, table, None, "", "fid")
        return uri.uri(False)

    def metadata(self):
        with self._reading() as cursor:
            cursor.execute(self._sql(f"SELECT key, value FROM {META_TABLE}"), [])
            return dict(cursor.fetchall())

    def close(self):
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None
