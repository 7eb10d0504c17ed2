"""Finding incidents by typed text, through an index where the backend has one.

One set of searched columns and one reading of the typed text for every backend:

- GeoPackage: an SQLite FTS5 table (``incidents_search``, external content on the incidents, kept in
  step by triggers) when the SQLite at hand has FTS5 (checked at run time);
- PostGIS: a GIN index on ``to_tsvector('simple', …)`` of the same columns (PostgreSQL's own full-text
  search: no extension to install, and an expression index follows every write by itself);
- otherwise ``LIKE`` on each column (a scan).

The indexes match words by their beginning, as typed: "kirk" finds Kirkuk, "دارا" finds "قرية دارا",
and several words find them in that order ("kirkuk citadel"). ``LIKE`` also matches inside words.
Text without a letter or digit ("%") is searched with ``LIKE``.
"""

import re
import sqlite3

from qgis.PyQt.QtCore import QCoreApplication

from ..domain.schema import INCIDENTS_TABLE
from . import log

SEARCHED_COLUMNS = ("location", "notes", "actor1", "actor2", "admin1", "admin2", "admin3", "event_type",
                    "sub_event_type", "target_community", "event_id_cnty")
FTS_TABLE = "incidents_search"
FTS_INSERT_TRIGGER = f"{FTS_TABLE}_insert"
PG_INDEX = "idx_incidents_search"
_WORD_SEPARATORS = re.compile(r"[\W_]+")


def words(text):
    """The words of typed text, as the indexes cut them (letters and digits of any script)."""
    return [w for w in _WORD_SEPARATORS.split(text or "") if w]


def log_prepared(name, error=None):
    """Say in QGIS's log that a store got its search indexes (or, with ``error``, why not)."""
    if error is None:
        log.info(QCoreApplication.translate("store", "{name}: search indexes added.").format(name=name))
    else:
        log.warning(QCoreApplication.translate(
            "store", "{name}: the search indexes could not be added ({error}); searching by scans.").format(
                name=name, error=error))


def like_clause(text):
    """(SQL with ``?`` placeholders, params): any searched column contains ``text``, case-insensitively."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    clause = "(" + " OR ".join(f"LOWER({c}) LIKE LOWER(?) ESCAPE '\\'" for c in SEARCHED_COLUMNS) + ")"
    return clause, [pattern] * len(SEARCHED_COLUMNS)


# --- SQLite FTS5 -----------------------------------------------------------------------------------

def sqlite_has_fts5(connection=None):
    """Whether this SQLite can create (and so read and write) FTS5 tables."""
    probe = connection or sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        probe.execute("DROP TABLE temp.fts5_probe")
        return True
    except sqlite3.Error:
        return False
    finally:
        if connection is None:
            probe.close()


def fts5_match(text):
    """The FTS5 query for typed text: its words as a phrase, the last one a prefix; None without words."""
    found = words(text)
    return '"' + " ".join(found) + '"*' if found else None


# Up to this many matches, the matching incidents are read by their key and sorted; from it on, the list
# walks the incidents newest first and keeps the matching ones (it soon has a page of them).
FEW_MATCHES = 1000


def fts5_clause(text, cursor):
    """The FTS5 clause for typed text, by the plan that suits how many incidents match it."""
    match = fts5_match(text)
    if match is None:
        return like_clause(text)
    cursor.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?)",
                   [match, FEW_MATCHES])
    key = "fid" if cursor.fetchone()[0] < FEW_MATCHES else "+fid"  # "+": not by key, along the date index
    return f"{key} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", [match]


def _values(prefix):
    return ", ".join(f"{prefix}.{c}" for c in SEARCHED_COLUMNS)


def fts5_statements():
    """The FTS5 table over the incidents and the triggers keeping it in step with every write (the
    store's, QGIS's edit buffers', any SQLite client's that has FTS5)."""
    columns = ", ".join(SEARCHED_COLUMNS)
    return [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, content='{INCIDENTS_TABLE}', "
        "content_rowid='fid', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {FTS_INSERT_TRIGGER} AFTER INSERT ON {INCIDENTS_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} (rowid, {columns}) VALUES (new.fid, {_values('new')}); END",
        f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON {INCIDENTS_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.fid, {_values('old')}); END",
        f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF fid, {columns} ON {INCIDENTS_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) VALUES ('delete', old.fid, {_values('old')}); "
        f"INSERT INTO {FTS_TABLE} (rowid, {columns}) VALUES (new.fid, {_values('new')}); END",
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')",
    ]


def fts5_fill_statement(where):
    """Index the incidents matching ``where`` (SQL) in one statement (bulk writes, without the trigger)."""
    return (f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(SEARCHED_COLUMNS)}) "
            f"SELECT fid, {', '.join(SEARCHED_COLUMNS)} FROM {INCIDENTS_TABLE} WHERE {where}")


def fts5_drop_statements():
    """What removes the FTS5 table and its triggers (exports leave them out)."""
    return [f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{kind}" for kind in ("insert", "delete", "update")] + [
        f"DROP TABLE IF EXISTS {FTS_TABLE}"]


# --- PostgreSQL full-text search ---------------------------------------------------------------------

def pg_document():
    """The indexed expression (IMMUTABLE: ``||`` and ``coalesce``, an explicit configuration)."""
    return "to_tsvector('simple'::regconfig, " + " || ' ' || ".join(
        f"coalesce({c}::text, '')" for c in SEARCHED_COLUMNS) + ")"


def pg_index_statement():
    return f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON {INCIDENTS_TABLE} USING GIN ({pg_document()})"


def pg_tsquery(text):
    """The tsquery text for typed text: its words in order (``<->``), the last one a prefix."""
    found = words(text)
    if not found:
        return None
    quoted = ["'" + w.replace("'", "''").lower() + "'" for w in found]
    quoted[-1] += ":*"
    return " <-> ".join(quoted)


def pg_clause(text):
    query = pg_tsquery(text)
    if query is None:
        return like_clause(text)
    return f"{pg_document()} @@ to_tsquery('simple'::regconfig, ?)", [query]
