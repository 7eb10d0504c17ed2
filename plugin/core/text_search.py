"""Finding incidents by typed text, through an index where the backend has one.

One set of searched columns and one reading of the typed text for every backend:

- GeoPackage: an SQLite FTS5 table (``incidents_text``, external content on the incidents through a
  view, kept in step by triggers) when the SQLite at hand has FTS5 (checked at run time). Its rows are
  keyed in the list's order (event date, then fid, below 2**32), so the list's page is FTS5's first
  matches;
- PostGIS: a generated ``search_vector`` column (``to_tsvector('simple', …)`` of the same columns, kept
  by PostgreSQL on every write) with a GIN index (PostgreSQL's own full-text search: no extension to
  install). Stored, not an expression index: checking a row (word order, the rows of a page) then
  reads the vector instead of rebuilding it from the row's text (1.4 s → ms at 100,000 incidents). The
  list's page of a common word walks the newest incidents instead (:func:`pg_walk_rows`);
- otherwise ``LIKE`` on each column (a scan).

The indexes match words by their beginning, as typed: "kirk" finds Kirkuk, "دارا" finds "قرية دارا",
and several words find them in that order ("kirkuk citadel"). ``LIKE`` also matches inside words.
Text without a letter or digit ("%"), or a single letter, is searched with ``LIKE``.
"""

import re
import sqlite3

from qgis.PyQt.QtCore import QCoreApplication

from ..domain.schema import INCIDENTS_TABLE, META_TABLE
from . import log

SEARCHED_COLUMNS = ("location", "notes", "actor1", "actor2", "admin1", "admin2", "admin3", "event_type",
                    "sub_event_type", "target_community", "event_id_cnty", "source_admin1", "source_admin2",
                    "source_admin3", "source_event_type")
FTS_TABLE = "incidents_text"
# The FTS5 table of the versions before this one, keyed by fid: a store that has it gets the new table
# instead. A store opened again by an older version gets the old one back from it (and each version
# searches its own), as the older version knows no other.
LEGACY_FTS_TABLE = "incidents_search"
FTS_INSERT_TRIGGER = f"{FTS_TABLE}_insert"
# While the FTS5 table of a large store is being filled (in batches, by fid: :mod:`.text_index_task`), the
# store's metadata holds the last fid filled under this key; the table is complete once the key is gone.
FILL_MARK = "text_index_filled_to"
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


def log_left_to_administrator(name):
    """Say in QGIS's log that a large PostGIS store lacks this version's indexes, and who adds them."""
    log.warning(QCoreApplication.translate(
        "store", "{name}: the search and lookup indexes of this version are missing. Its administrator adds "
                 "them with 'Create incident store' on the same connection and schema; until then typed text "
                 "is searched by scans.").format(name=name))


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
    matching = f"SELECT rowid & {FID_MASK} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    key = "fid" if _few_matches(cursor, matching, [match]) else "+fid"  # "+": not by key, along the date index
    return f"{key} IN ({matching})", [match]


# The FTS5 rows are keyed in the list's order (newest first: event_date, then fid): the key is the date as
# yyyymmdd in the high bits and the fid in the low 32, so FTS5, which lists its matches in key order,
# gives the list's first page as its first matches (no sort of every match; a keyset page is a key range).
FID_BITS = 32
FID_MASK = (1 << FID_BITS) - 1
SEARCH_ROWS_VIEW = f"{FTS_TABLE}_rows"


def _date_number(date_sql):
    return (f"coalesce(CAST(substr({date_sql}, 1, 4) AS INTEGER) * 10000 + CAST(substr({date_sql}, 6, 2) AS INTEGER) "
            f"* 100 + CAST(substr({date_sql}, 9, 2) AS INTEGER), 0)")


def search_key_sql(prefix="", date_sql=None, fid_sql=None):
    """The SQL of an incident's FTS5 key (``prefix``: ``new.``, ``old.`` in a trigger), or of the key of
    ``date_sql`` and ``fid_sql`` (e.g. ``?``: the page's bounds, by the same formula)."""
    return f"(({_date_number(date_sql or prefix + 'event_date')}) << {FID_BITS}) + {fid_sql or prefix + 'fid'}"


def fts5_page(text, start=None, end=None, after=None):
    """(FROM clause, ORDER BY, params) of a list page searched through FTS5, or None when the typed text
    has no indexed word: the matching keys newest first, joined to their incidents, within the date range
    and after the previous page's last ``(event_date, fid)`` as key bounds (FTS5 answers them itself)."""
    match = fts5_match(text)
    if match is None:
        return None
    bounds, params = [], [match]
    keyed = [(">=", start, 0)] if start else []
    keyed += [("<=", end, FID_MASK)] if end else []
    keyed += [("<", after[0] or "", after[1])] if after is not None else []
    for operator, date, fid in keyed:  # the date thrice: the formula reads its year, month and day
        bounds.append(f"rowid {operator} {search_key_sql(date_sql='?', fid_sql='?')}")
        params += [str(date)] * 3 + [int(fid)]
    found = (f"(SELECT rowid AS search_key FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
             + "".join(" AND " + b for b in bounds) + ") AS found")
    return (f"{found} CROSS JOIN {INCIDENTS_TABLE} ON {INCIDENTS_TABLE}.fid = found.search_key & {FID_MASK}",
            "found.search_key DESC", params)


def _values(prefix):
    return ", ".join(f"{prefix}.{c}" for c in SEARCHED_COLUMNS)


def fts5_table_statement():
    """The FTS5 table: external content, read through a view that gives each incident its key."""
    return (f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(SEARCHED_COLUMNS)}, "
            f"content='{SEARCH_ROWS_VIEW}', content_rowid='search_key', "
            "tokenize='unicode61 remove_diacritics 2')")


def indexed_sql(fid_sql):
    """SQL true when the incident of ``fid_sql`` belongs in the FTS5 table now: always, except during a fill,
    when only the incidents up to :data:`FILL_MARK`'s fid do (the fill indexes the others as they are when
    it reaches them: an incident is indexed once, by the triggers or by the fill, never by both). Qualify
    ``fid_sql`` (the metadata table has a ``fid`` too)."""
    return (f"NOT EXISTS (SELECT 1 FROM {META_TABLE} WHERE key = '{FILL_MARK}' "
            f"AND CAST(value AS INTEGER) < {fid_sql})")


def fts5_statements():
    """The (empty) FTS5 table over the incidents and the triggers keeping it in step with every write (the
    store's, QGIS's edit buffers', any SQLite client's that has FTS5); :func:`fts5_fill_statement` or
    :mod:`.text_index_task` fills it."""
    columns = ", ".join(SEARCHED_COLUMNS)
    new_key, old_key = search_key_sql("new."), search_key_sql("old.")
    return [
        f"CREATE VIEW {SEARCH_ROWS_VIEW} AS SELECT {search_key_sql()} AS search_key, {columns} FROM {INCIDENTS_TABLE}",
        fts5_table_statement(),
        f"CREATE TRIGGER {FTS_INSERT_TRIGGER} AFTER INSERT ON {INCIDENTS_TABLE} WHEN {indexed_sql('new.fid')} BEGIN "
        f"INSERT INTO {FTS_TABLE} (rowid, {columns}) VALUES ({new_key}, {_values('new')}); END",
        f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON {INCIDENTS_TABLE} WHEN {indexed_sql('old.fid')} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) VALUES ('delete', {old_key}, {_values('old')}); END",
        f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF fid, event_date, {columns} ON {INCIDENTS_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {columns}) SELECT 'delete', {old_key}, {_values('old')} "
        f"WHERE {indexed_sql('old.fid')}; "
        f"INSERT INTO {FTS_TABLE} (rowid, {columns}) SELECT {new_key}, {_values('new')} "
        f"WHERE {indexed_sql('new.fid')}; END",
    ]


def fts5_fill_statement(where):
    """Index the incidents matching ``where`` (SQL) in one statement (bulk writes, without the trigger)."""
    return (f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(SEARCHED_COLUMNS)}) "
            f"SELECT {search_key_sql()}, {', '.join(SEARCHED_COLUMNS)} FROM {INCIDENTS_TABLE} WHERE {where}")


def fts5_drop_statements(table=FTS_TABLE):
    """What removes an FTS5 table (this version's, with its view, or :data:`LEGACY_FTS_TABLE`) and its
    triggers (exports leave them out; a store whose table is not :func:`fts5_table_statement`'s gets
    them anew)."""
    return [f"DROP TRIGGER IF EXISTS {table}_{kind}" for kind in ("insert", "delete", "update")] + [
        f"DROP TABLE IF EXISTS {table}"] + ([f"DROP VIEW IF EXISTS {SEARCH_ROWS_VIEW}"] if table == FTS_TABLE else [])


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


def pg_clause(text):
    """The full-text clause for typed text, answered through the GIN index (``?`` placeholders)."""
    query = pg_tsquery(text)
    if query is None:
        return like_clause(text)
    return f"{PG_COLUMN} @@ to_tsquery('simple'::regconfig, ?)", [query]


# The list's page of matches, on PostgreSQL: the GIN index lists every match (unordered: the page then sorts
# them all), while walking the incidents newest first stops once the page is full. Which is cheaper depends
# on how common the words are: the newest PROBE_ROWS incidents (a bounded walk) tell, and the table's row
# estimate says how many matches the index would list. A walked row costs about WALK_COST listed matches
# (measured on 100,000 incidents: ~4 µs a row walked, checking its stored vector; ~2.6 µs a match listed
# and checked).
PROBE_ROWS = 1000
WALK_COST = 1.5


def pg_walk_rows(cursor, newest_sql, params, query, limit):
    """How many of the newest incidents (``newest_sql``: the filtered incidents newest first, ``%s``
    placeholders) to walk for a page of ``limit`` matches of ``query``: (rows, whole), ``whole`` when they
    are all the incidents left; None when the GIN index is the cheaper way."""
    cursor.execute(f"SELECT count(*), count(*) FILTER (WHERE {PG_COLUMN} @@ to_tsquery('simple'::regconfig, %s)), "
                   f"(SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = '{INCIDENTS_TABLE}'::regclass) "
                   f"FROM ({newest_sql} LIMIT {PROBE_ROWS}) AS newest", [query] + list(params))
    scanned, matched, estimate = cursor.fetchone()
    if scanned < PROBE_ROWS:
        return PROBE_ROWS, True
    if matched == 0:
        return None
    walked = limit * scanned / matched
    if walked * WALK_COST > estimate * matched / scanned:
        return None
    return int(2 * walked) + PROBE_ROWS, False
