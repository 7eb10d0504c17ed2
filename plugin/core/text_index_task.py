"""Filling the search table (FTS5) of a large GeoPackage store in the background (a QgsTask).

Opening a store whose search table is missing (made by an earlier version) makes the empty table and its
triggers at once and, for a large store, leaves the filling to :class:`FillTextIndexTask` (the dock searches
by scans meanwhile). The table is filled in batches of incidents by fid, each its own short write
transaction (the analyst's saves wait for one batch at most). The last fid filled is kept in the store's
metadata (:data:`.text_search.FILL_MARK`), which the triggers read: an incident saved meanwhile is indexed
by the triggers when the fill has passed it, by the fill otherwise, so once either way. A cancel or a crash
leaves the mark, and the next opening continues from it; the mark goes, with the last batch, when every
incident is in the table, and only then does the store search through it.
"""

import sqlite3
import time
from contextlib import contextmanager

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..domain.schema import INCIDENTS_TABLE, META_TABLE
from . import ddl, log, text_search

BATCH_ROWS = 20000  # incidents a batch indexes (0.2-0.35 s of work, measured at 100,000 and 1,000,000 incidents)
# Seconds the task rests between batches: longer than SQLite's longest wait between two tries of a writer
# waiting for the lock (100 ms), so an analyst's save waits for one batch at most instead of all of them.
BATCH_PAUSE = 0.2


def tr(text):
    return QCoreApplication.translate("text_index_task", text)


@contextmanager
def _writing(connection):
    """One write transaction of ``connection`` (autocommit mode), taking the write lock at once."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def fill_batch(connection, rows=None):
    """Index the next ``rows`` incidents (by fid) in one write transaction of ``connection`` (autocommit
    mode); (fid filled before, fid filled after, highest fid), or None once the table is complete (the mark
    gone)."""
    with _writing(connection):  # the mark is read and moved under the write lock
        found = connection.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", [text_search.FILL_MARK]).fetchone()
        if found is None:
            return None
        filled = int(found[0])
        last, highest = connection.execute(
            f"SELECT (SELECT max(fid) FROM (SELECT fid FROM {INCIDENTS_TABLE} WHERE fid > ? ORDER BY fid LIMIT ?)), "
            f"(SELECT max(fid) FROM {INCIDENTS_TABLE})", [filled, rows or BATCH_ROWS]).fetchone()
        if last is None:
            connection.execute(f"DELETE FROM {META_TABLE} WHERE key = ?", [text_search.FILL_MARK])
        else:
            connection.execute(text_search.fts5_fill_statement("fid > ? AND fid <= ?"), [filled, last])
            connection.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = ?", [str(last), text_search.FILL_MARK])
    return None if last is None else (filled, last, highest)


def add_lookup_indexes(connection):
    """The lookup indexes a large store was opened without (:func:`.ddl.lookup_index_statements`), each in
    its own write transaction (0.6 s each at a million incidents); nothing to do when present."""
    for statement in ddl.lookup_index_statements():
        with _writing(connection):
            connection.execute(statement)


def fill(connection, progress=None, canceled=None, rows=None, pause=0.0):
    """Fill the search table batch after batch until it is complete (True) or ``canceled()`` says stop
    (False, the table resumable); ``progress(percent)`` after each batch, then a ``pause`` (seconds) for
    other writers. The lookup indexes first."""
    add_lookup_indexes(connection)
    first = None
    while not (canceled and canceled()):
        done = fill_batch(connection, rows)
        if done is None:
            return True
        filled, last, highest = done
        first = filled if first is None else first
        if progress is not None and highest > first:
            progress(100.0 * (last - first) / (highest - first))
        time.sleep(pause)
    return False


class FillTextIndexTask(QgsTask):
    """Fill ``store``'s search table (its own connection, in QGIS's task manager with progress and cancel);
    when it ends, on the main thread, the store searches through the table if it is complete."""

    def __init__(self, store):
        super().__init__(tr("Indexing the incidents for search: {name}").format(name=store.display_name),
                         QgsTask.Flag.CanCancel)
        self.store = store
        self.error = None

    def run(self):
        try:
            connection = sqlite3.connect(self.store.path, timeout=self.store.busy_timeout, isolation_level=None,
                                         check_same_thread=False)
            try:
                return fill(connection, self._progress, self.isCanceled, pause=BATCH_PAUSE)
            finally:
                connection.close()
        except sqlite3.Error as error:
            self.error = str(error)
            return False

    def _progress(self, percent):
        """The task bar's progress; the log's at each quarter."""
        if int(percent // 25) > int(self.progress() // 25) and percent < 100:
            log.info(tr("{name}: {percent} % of the incidents indexed for search.").format(
                name=self.store.display_name, percent=int(percent // 25) * 25))
        self.setProgress(percent)

    def finished(self, result):
        name = self.store.display_name
        if result:
            self.store.text_index_filled()
            log.info(tr("{name}: the incidents are indexed for search.").format(name=name))
        elif self.error:
            log.warning(tr("{name}: the incidents could not be indexed for search ({error}); searching by scans, "
                           "the indexing continues the next time the store is opened.").format(
                               name=name, error=self.error))
        else:
            log.info(tr("{name}: indexing for search canceled; it continues the next time the store is opened.")
                     .format(name=name))


def start(store):
    """Fill ``store``'s search table in the background when it needs it; the task (None: nothing to do)."""
    if not store.text_index_pending:
        return None
    from qgis.core import QgsApplication

    task = FillTextIndexTask(store)
    log.info(tr("{name}: indexing the incidents for search in the background; searching by scans meanwhile.")
             .format(name=store.display_name))
    QgsApplication.taskManager().addTask(task)
    return task
