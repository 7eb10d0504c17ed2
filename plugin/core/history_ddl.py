"""The history of every change, written by the database itself: tables and triggers for both backends.

Triggers record every writer: the plugin's store, QGIS's attribute table, a script. The store tells
them who writes and why: on GeoPackage through a one-row session table it fills and empties inside
its own transaction (SQLite has no session variables), on PostgreSQL through transaction-local
settings (``SET LOCAL incident_tracker.user``). Edits made outside the plugin have no session: on
GeoPackage they are recorded with no user, on PostgreSQL with the database user.

Images are JSON objects of the row's fields plus ``longitude``/``latitude``. An add records no image:
the incident as added is the "before" of its first change, or the incident itself while it has none,
so an import of a million rows writes small history rows. Source rows added by an import are not
recorded one by one (the incident's add row stands for them).

On PostgreSQL the same triggers refuse a stale write: an UPDATE must raise ``row_version`` by one
from the stored one. QGIS layers do this through the default value applied on update (see
:data:`EDIT_MARKER`): a layer edit carries the version it was read at, so a write over a colleague's
newer save is refused instead of silently replacing it.
"""

from ..domain.schema import (
    GEOMETRY_COLUMN,
    HISTORY_FIELDS,
    HISTORY_TABLE,
    INCIDENT_FIELD_NAMES,
    INCIDENTS_TABLE,
    NOT_DUPLICATES_TABLE,
    SESSION_TABLE,
    SOURCE_FIELD_NAMES,
    SOURCES_TABLE,
)
from . import ddl
from .ddl import MAP_CLASS_COLUMN  # derived columns: not part of an incident's image
from .text_search import PG_COLUMN

# A QGIS layer edit on PostGIS stores EDIT_MARKER + the row version it read; the trigger checks that
# version against the stored one and writes stored + 1. Idempotent, so several attribute changes of
# one feature in one edit session carry the same mark.
EDIT_MARKER = 1_000_000_000
ROW_VERSION_ON_EDIT = (f'if("row_version" >= {EDIT_MARKER}, "row_version", '
                       f'coalesce("row_version", 0) + {EDIT_MARKER})')
STALE_MESSAGE = "Incident Tracker: this incident was changed by someone else after you read it"
REVIEWER_MESSAGE = "Incident Tracker: only a reviewer sets an incident to verified"
SQLITE_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
SQLITE_JSON_CHUNK = 40  # json_object() and json_set() take at most 127 arguments in a default SQLite build


def history_table_statements(dialect):
    return [
        ddl.table_sql(HISTORY_TABLE, HISTORY_FIELDS, dialect),
        f"CREATE INDEX idx_history_incident ON {HISTORY_TABLE} (incident_uuid)",
        ddl.table_sql(NOT_DUPLICATES_TABLE, (), dialect, ["uuid_a TEXT NOT NULL", "uuid_b TEXT NOT NULL",
                                                          "UNIQUE (uuid_a, uuid_b)"]),
    ]


# --- GeoPackage (SQLite) -------------------------------------------------------------------------------
def _sqlite_image(row, names, point):
    values = [(n, f"{row}.{n}") for n in names]
    if point:
        values += [("longitude", f"ST_MinX({row}.{GEOMETRY_COLUMN})"),
                   ("latitude", f"ST_MinY({row}.{GEOMETRY_COLUMN})")]
    chunks = [values[i:i + SQLITE_JSON_CHUNK] for i in range(0, len(values), SQLITE_JSON_CHUNK)]
    text = "json_object(" + ", ".join(f"'{n}', {v}" for n, v in chunks[0]) + ")"
    for chunk in chunks[1:]:  # json_set, not json_patch: a patch drops the keys whose value is null
        text = f"json_set({text}, " + ", ".join(f"'$.{n}', {v}" for n, v in chunk) + ")"
    return text


def _sqlite_session(column, fallback="NULL"):
    return f"coalesce((SELECT {column} FROM {SESSION_TABLE} LIMIT 1), {fallback})"


def _sqlite_insert(incident_uuid, action, row_version, source_uuid, old, new):
    return (f"INSERT INTO {HISTORY_TABLE} (incident_uuid, change_id, changed_at, changed_by, action, row_version, "
            f"source_uuid, reason, old_values, new_values) VALUES ({incident_uuid}, {_sqlite_session('fid')}, "
            f"{SQLITE_NOW}, {_sqlite_session('user')}, "
            f"{action}, {row_version}, {source_uuid}, {_sqlite_session('reason')}, {old}, {new});")


def sqlite_statements():
    """The history, not-duplicates and session tables and the history triggers, for a GeoPackage store."""
    incident_old = _sqlite_image("OLD", INCIDENT_FIELD_NAMES, True)
    incident_new = _sqlite_image("NEW", INCIDENT_FIELD_NAMES, True)
    source_old = _sqlite_image("OLD", SOURCE_FIELD_NAMES, False)
    source_new = _sqlite_image("NEW", SOURCE_FIELD_NAMES, False)
    action = _sqlite_session("action", "'{default}'")
    importing = f"EXISTS (SELECT 1 FROM {SESSION_TABLE} WHERE action = 'import')"
    return history_table_statements(ddl.GEOPACKAGE) + [
        ddl.table_sql(SESSION_TABLE, (), ddl.GEOPACKAGE, ["user TEXT", "action TEXT", "reason TEXT"]),
        f"CREATE TRIGGER history_incident_insert AFTER INSERT ON {INCIDENTS_TABLE} BEGIN "
        + _sqlite_insert("NEW.uuid", action.format(default="add"), "NEW.row_version", "NULL", "NULL", "NULL")
        + " END",
        f"CREATE TRIGGER history_incident_update AFTER UPDATE ON {INCIDENTS_TABLE} BEGIN "
        + _sqlite_insert("NEW.uuid", action.format(default="update"), "NEW.row_version", "NULL", incident_old,
                         incident_new) + " END",
        f"CREATE TRIGGER history_incident_delete AFTER DELETE ON {INCIDENTS_TABLE} BEGIN "
        + _sqlite_insert("OLD.uuid", action.format(default="delete"), "OLD.row_version", "NULL", incident_old,
                         "NULL") + " END",
        f"CREATE TRIGGER history_source_insert AFTER INSERT ON {SOURCES_TABLE} WHEN NOT {importing} BEGIN "
        + _sqlite_insert("NEW.incident_uuid", "'source add'", "NULL", "NEW.uuid", "NULL", source_new) + " END",
        f"CREATE TRIGGER history_source_update AFTER UPDATE ON {SOURCES_TABLE} BEGIN "
        + _sqlite_insert("NEW.incident_uuid", "'source update'", "NULL", "NEW.uuid", source_old, source_new)
        + " END",
        # A source moved to another incident (a merge) is in the history of both.
        f"CREATE TRIGGER history_source_move AFTER UPDATE ON {SOURCES_TABLE} "
        "WHEN OLD.incident_uuid <> NEW.incident_uuid BEGIN "
        + _sqlite_insert("OLD.incident_uuid", "'source update'", "NULL", "NEW.uuid", source_old, source_new)
        + " END",
        f"CREATE TRIGGER history_source_delete AFTER DELETE ON {SOURCES_TABLE} BEGIN "
        + _sqlite_insert("OLD.incident_uuid", "'source delete'", "NULL", "OLD.uuid", source_old, "NULL") + " END",
    ]


# What an import's bulk batches replace with one executemany (gpkg_store): the incident's add row; the
# sources' add rows are not written during an import anyway.
IMPORT_INSERT_TRIGGERS = ("history_incident_insert", "history_source_insert")

GEOPACKAGE_CONTENTS = [
    (HISTORY_TABLE, "Every change to the incidents and their sources"),
    (NOT_DUPLICATES_TABLE, "Pairs of incidents reviewed as not duplicates"),
    (SESSION_TABLE, "Who is writing, for the history (empty between writes)"),
]


# --- PostGIS --------------------------------------------------------------------------------------------
def _pg_image(row, point):
    image = f"to_jsonb({row})"
    if point:
        image = (f"(to_jsonb({row}) - 'fid' - '{GEOMETRY_COLUMN}' - '{MAP_CLASS_COLUMN}' - '{PG_COLUMN}') "
                 f"|| jsonb_build_object("
                 f"'longitude', ST_X({row}.{GEOMETRY_COLUMN}), 'latitude', ST_Y({row}.{GEOMETRY_COLUMN}))")
    else:
        image = f"to_jsonb({row}) - 'fid'"
    return image


def reviewer_role(schema):
    """The PostgreSQL role whose members may set an incident of the store in ``schema`` to "verified"."""
    return f"{schema}_reviewer"


# The triggers' names on a PostGIS store (dropped and made again by :func:`postgis_trigger_statements`).
PG_TRIGGERS = (("incident_row_version", INCIDENTS_TABLE), ("incident_history", INCIDENTS_TABLE),
               ("incident_history_insert", INCIDENTS_TABLE), ("source_history", SOURCES_TABLE),
               ("source_history_insert", SOURCES_TABLE))
# Present on stores whose inserts are recorded a statement at a time (see postgis_trigger_statements).
PG_STATEMENT_TRIGGER = "incident_history_insert"


def postgis_statements(schema, postgis_schema):
    """The history tables, the row-version and reviewer checks and the history triggers, for a PostGIS store
    in ``schema`` (first on the search path; PostGIS's functions are in ``postgis_schema``)."""
    return history_table_statements(ddl.POSTGIS) + postgis_trigger_statements(schema, postgis_schema)


def postgis_trigger_statements(schema, postgis_schema):
    """The row-version and reviewer checks and the history's functions and triggers (made again, as they are,
    by an upgrade). Setting "verified" needs membership of :func:`reviewer_role`
    once that role exists (a store without roles is a one-person store).

    Inserts are recorded by statement-level triggers over the statement's inserted rows (a transition
    table): one INSERT … SELECT of history rows for a multi-row INSERT (an import's batch), the same rows
    a row-level trigger wrote one at a time; updates and deletes a row at a time, with their images."""
    reviewer = reviewer_role(schema)
    # The history functions run as the store's owner: editors record changes without the right to write
    # (or forge) history rows themselves.
    setting = "nullif(current_setting('incident_tracker.{name}', true), '')"
    named = setting.format(name="user")
    user = (f"CASE WHEN {named} IS NULL OR {named} = session_user THEN session_user::text "
            f"ELSE {named} || ' (' || session_user || ')' END")
    action = setting.format(name="action")
    reason = setting.format(name="reason")
    now = "now()"
    columns = (f"INSERT INTO {HISTORY_TABLE} (incident_uuid, change_id, changed_at, changed_by, action, row_version, "
               f"source_uuid, reason, old_values, new_values) ")
    insert = columns + "VALUES "
    definer = f'SECURITY DEFINER SET search_path = "{schema}", "{postgis_schema}", pg_temp'
    return [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in PG_TRIGGERS] + [
        f"""CREATE OR REPLACE FUNCTION check_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN  -- a feature added in QGIS carries the edit mark of "no version yet"
    IF NEW.row_version >= {EDIT_MARKER} THEN
      NEW.row_version := 1;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.row_version >= {EDIT_MARKER} THEN
    IF NEW.row_version - {EDIT_MARKER} <> OLD.row_version THEN
      RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = '{STALE_MESSAGE}',
        DETAIL = format('incident %s: read at version %s, stored version %s', OLD.uuid,
                        NEW.row_version - {EDIT_MARKER}, OLD.row_version);
    END IF;
    NEW.row_version := OLD.row_version + 1;
  ELSIF NEW.row_version = OLD.row_version THEN
    NEW.row_version := OLD.row_version + 1;
  ELSIF NEW.row_version <> OLD.row_version + 1 THEN
    RAISE EXCEPTION USING ERRCODE = '40001', MESSAGE = '{STALE_MESSAGE}',
      DETAIL = format('incident %s: written as version %s over stored version %s', OLD.uuid,
                      NEW.row_version, OLD.row_version);
  END IF;
  IF NEW.verification = 'verified' AND OLD.verification IS DISTINCT FROM 'verified'
     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{reviewer}')
     AND NOT pg_has_role(current_user, '{reviewer}', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = '{REVIEWER_MESSAGE}',
      DETAIL = format('incident %s; role %s', OLD.uuid, '{reviewer}');
  END IF;
  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END $$""",
        f"CREATE TRIGGER incident_row_version BEFORE INSERT OR UPDATE ON {INCIDENTS_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION check_row_version()",
        f"""CREATE OR REPLACE FUNCTION record_incident_history() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = "{schema}", "{postgis_schema}", pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {insert}(NEW.uuid, txid_current(), {now}, {user}, coalesce({action}, 'add'), NEW.row_version, NULL, {reason},
             NULL, NULL);
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    {insert}(NEW.uuid, txid_current(), {now}, {user}, coalesce({action}, 'update'), NEW.row_version, NULL, {reason},
             ({_pg_image('OLD', True)})::text, ({_pg_image('NEW', True)})::text);
    RETURN NEW;
  END IF;
  {insert}(OLD.uuid, txid_current(), {now}, {user}, coalesce({action}, 'delete'), OLD.row_version, NULL, {reason},
           ({_pg_image('OLD', True)})::text, NULL);
  RETURN OLD;
END $$""",
        f"CREATE TRIGGER incident_history AFTER UPDATE OR DELETE ON {INCIDENTS_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION record_incident_history()",
        f"""CREATE OR REPLACE FUNCTION record_incident_inserts() RETURNS trigger LANGUAGE plpgsql
{definer} AS $$
BEGIN
  {columns}SELECT added.uuid, txid_current(), {now}, {user}, coalesce({action}, 'add'), added.row_version, NULL,
    {reason}, NULL, NULL FROM added_incidents added ORDER BY added.fid;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER {PG_STATEMENT_TRIGGER} AFTER INSERT ON {INCIDENTS_TABLE} REFERENCING NEW TABLE AS "
        "added_incidents FOR EACH STATEMENT EXECUTE FUNCTION record_incident_inserts()",
        f"""CREATE OR REPLACE FUNCTION record_source_history() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = "{schema}", "{postgis_schema}", pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF {action} IS DISTINCT FROM 'import' THEN
      {insert}(NEW.incident_uuid, txid_current(), {now}, {user}, 'source add', NULL, NEW.uuid, {reason}, NULL,
               ({_pg_image('NEW', False)})::text);
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    {insert}(NEW.incident_uuid, txid_current(), {now}, {user}, 'source update', NULL, NEW.uuid, {reason},
             ({_pg_image('OLD', False)})::text, ({_pg_image('NEW', False)})::text);
    IF OLD.incident_uuid <> NEW.incident_uuid THEN  -- moved by a merge: in the history of both
      {insert}(OLD.incident_uuid, txid_current(), {now}, {user}, 'source update', NULL, NEW.uuid, {reason},
               ({_pg_image('OLD', False)})::text, ({_pg_image('NEW', False)})::text);
    END IF;
    RETURN NEW;
  END IF;
  {insert}(OLD.incident_uuid, txid_current(), {now}, {user}, 'source delete', NULL, OLD.uuid, {reason},
           ({_pg_image('OLD', False)})::text, NULL);
  RETURN OLD;
END $$""",
        f"CREATE TRIGGER source_history AFTER UPDATE OR DELETE ON {SOURCES_TABLE} "
        "FOR EACH ROW EXECUTE FUNCTION record_source_history()",
        f"""CREATE OR REPLACE FUNCTION record_source_inserts() RETURNS trigger LANGUAGE plpgsql
{definer} AS $$
BEGIN
  IF {action} IS DISTINCT FROM 'import' THEN
    {columns}SELECT added.incident_uuid, txid_current(), {now}, {user}, 'source add', NULL, added.uuid, {reason},
      NULL, ({_pg_image('added', False)})::text FROM added_sources added ORDER BY added.fid;
  END IF;
  RETURN NULL;
END $$""",
        f"CREATE TRIGGER source_history_insert AFTER INSERT ON {SOURCES_TABLE} REFERENCING NEW TABLE AS "
        "added_sources FOR EACH STATEMENT EXECUTE FUNCTION record_source_inserts()",
    ]
