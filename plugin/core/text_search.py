"""Finding incidents by typed text, through an index where the backend has one.

One set of searched columns and one reading of the typed text for every backend:

- GeoPackage: an SQLite FTS5 table (``incidents_search``, external content on the incidents, kept in
  step by triggers) when the SQLite at hand has FTS5 (checked at run time);
- PostGIS: a generated ``search_vector`` column (``to_tsvector('simple', …)`` of the same columns, kept
  by PostgreSQL on every write) with a GIN index (PostgreSQL's own full-text search: no extension to
  install). Stored, not an expression index: checking a row (word order, the rows of a page) then
  reads the vector instead of rebuilding it from the row's text (1.4 s → ms at 100,000 incidents);
- otherwise ``LIKE`` on each column (a scan).

The indexes match words by their beginning, as typed: "kirk" finds Kirkuk, "دارا" finds "قرية دارا",
and several words find them in that order ("kirkuk citadel"). ``LIKE`` also matches inside words.
Text without a letter or digit ("%"), or a single letter, is searched with ``LIKE``.
"""

import re
import sqlite3

from qgis.PyQt.QtCore import QCoreApplication

from ..domain.schema import INCIDENTS_TABLE
from . import log

SEARCHED_COLUMNS = ("location", "notes", "actor1", "actor2", "admin1", "admin2", "admin3", "event_type",
                    "sub_event_type", "target_community", "event_id_cnty", "source_admin1", "source_admin2",
                    "source_admin3", "source_event_type")
FTS_TABLE = "incidents_search"
FTS_INSERT_TRIGGER = f"{FTS_TABLE}_insert"
PG_INDEX = "idx_incidents_search"
PG_COLUMN = "search_vector"
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


def _indexed_words(text):
    """The words of typed text worth an index search: none for a single letter (every other incident has a
    word starting with it: a scan finds a page of them at once, sooner than the index lists them all)."""
    found = words(text)
    return found if sum(len(w) for w in found) > 1 else []


def fts5_match(text):
    """The FTS5 query for typed text: its words as a phrase, the last one a prefix; None without words."""
    found = _indexed_words(text)
    return '"' + " ".join(found) + '"*' if found else None


# Up to this many matches, the matching incidents are read by their key and sorted; from it on, the list
# walks the incidents newest first and keeps the matching ones (it soon has a page of them).
FEW_MATCHES = 1000


def _few_matches(cursor, sql, params):
    """Whether fewer than :data:`FEW_MATCHES` incidents match (``sql`` selects them, through the index)."""
    cursor.execute(f"SELECT COUNT(*) FROM ({sql} LIMIT {FEW_MATCHES}) AS found", params)
    return cursor.fetchone()[0] < FEW_MATCHES


def fts5_clause(text, cursor):
    """The FTS5 clause for typed text, by the plan that suits how many incidents match it."""
    match = fts5_match(text)
    if match is None:
        return like_clause(text)
    matching = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    key = "fid" if _few_matches(cursor, matching, [match]) else "+fid"  # "+": not by key, along the date index
    return f"{key} IN ({matching})", [match]


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
    """The searched text as a tsvector (IMMUTABLE: ``||`` and ``coalesce``, an explicit configuration)."""
    return "to_tsvector('simple'::regconfig, " + " || ' ' || ".join(
        f"coalesce({c}::text, '')" for c in SEARCHED_COLUMNS) + ")"


def pg_column_sql():
    return f"{PG_COLUMN} tsvector GENERATED ALWAYS AS ({pg_document()}) STORED"


def pg_index_statement():
    return f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON {INCIDENTS_TABLE} USING GIN ({PG_COLUMN})"


def pg_tsquery(text):
    """The tsquery text for typed text: its words in order (``<->``), the last one a prefix."""
    found = _indexed_words(text)
    if not found:
        return None
    quoted = ["'" + w.replace("'", "''").lower() + "'" for w in found]
    quoted[-1] += ":*"
    return " <-> ".join(quoted)


def pg_clause(text, cursor):
    """The full-text clause for typed text, by the plan that suits how many incidents match it: few, through
    the GIN index; many, by reading the incidents newest first (the vector given as an expression, which
    the index cannot answer) and keeping the matching ones, which soon fill a page."""
    query = pg_tsquery(text)
    if query is None:
        return like_clause(text)
    matches = "@@ to_tsquery('simple'::regconfig, %s)"
    few = _few_matches(cursor, f"SELECT 1 FROM {INCIDENTS_TABLE} WHERE {PG_COLUMN} {matches}", [query])
    vector = PG_COLUMN if few else f"coalesce({PG_COLUMN}, {PG_COLUMN})"
    return f"{vector} {matches.replace('%s', '?')}", [query]
