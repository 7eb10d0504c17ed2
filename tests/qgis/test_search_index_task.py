"""Opening a large store of an earlier version does not freeze QGIS while its search table is filled: the
table is filled in batches by a background task (searching by scans meanwhile), saves made during the
fill are indexed once, and a canceled fill continues the next time the store is opened. The threshold
and the batch are lowered so that a few hundred incidents take the large store's path."""

import sqlite3

import pytest
from qgis.core import QgsApplication

from incident_tracker.plugin.core import ddl, gpkg_store, text_index_task, text_search
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.domain.incident import prepare

from support import DARA, DARA_SOURCES, ROOT

INCIDENTS = 300
LOOKUP_INDEXES = [f"idx_incidents_{name}" for name in ddl.LOOKUP_INDEXED]


@pytest.fixture
def large_store_path(tmp_path, monkeypatch):
    """A store of 300 incidents with the search table of an earlier version; 'large' from 100 incidents,
    filled 100 incidents a batch."""
    monkeypatch.setattr(gpkg_store, "TEXT_INDEX_INLINE_ROWS", 100)
    monkeypatch.setattr(text_index_task, "BATCH_ROWS", 100)
    path = str(tmp_path / "older.gpkg")
    with GeoPackageStore.create(path) as store:
        store.write_rows([prepare(dict(DARA, location=f"Village {n % 10}", event_date=f"{2000 + n % 20}-01-01",
                                       notes=f"Report number {n}"), [])[0] for n in range(INCIDENTS)], [])
        store.drop_text_index()
    legacy = text_search.LEGACY_FTS_TABLE
    with sqlite3.connect(path) as db:  # the previous version's table, keyed by fid; no lookup indexes yet
        for name in LOOKUP_INDEXES:
            db.execute(f"DROP INDEX {name}")
        db.execute(f"CREATE VIRTUAL TABLE {legacy} USING fts5(location, content='incidents', content_rowid='fid')")
        db.execute(f"INSERT INTO {legacy} ({legacy}) VALUES ('rebuild')")
    return path


def numbered(store, n):
    return next(i for i in store.query(text=f"report number {n}") if i["notes"] == f"Report number {n}")


def found(store, text):
    return sorted((i["location"], i["notes"]) for i in store.query(text=text))


def by_scans(store, text):
    indexed, store.text_index = store.text_index, False
    try:
        return found(store, text)
    finally:
        store.text_index = indexed


def lookup_indexes(path):
    with sqlite3.connect(path) as db:
        return sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'idx_incidents_%'")
                      if r[0] in LOOKUP_INDEXES)


def assert_table_complete(path):
    """FTS5's own check: the index holds each incident's text once, no more, no less; the lookup indexes."""
    assert lookup_indexes(path) == sorted(LOOKUP_INDEXES)
    with sqlite3.connect(path) as db:
        db.execute(f"INSERT INTO {text_search.FTS_TABLE} ({text_search.FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        assert db.execute("SELECT value FROM incident_tracker_meta WHERE key = ?",
                          [text_search.FILL_MARK]).fetchone() is None


def run_task(task):
    """Run a QgsTask in QGIS's task manager until it ends (its finished() has run)."""
    from qgis.core import QgsApplication, QgsTask
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    task.taskCompleted.connect(loop.quit)
    task.taskTerminated.connect(loop.quit)
    QTimer.singleShot(120000, loop.quit)  # a guard against a hang, not a measure
    if task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        loop.exec()
    QgsApplication.processEvents()


def test_a_large_store_searches_by_scans_until_the_background_task_has_indexed_it(qgis_app, large_store_path):
    with GeoPackageStore.open(large_store_path) as store:
        assert not store.text_index and store.text_index_pending
        assert lookup_indexes(large_store_path) == []  # left to the task too
        village = found(store, "village 3")
        assert len(village) == INCIDENTS // 10 and found(store, "report number 299") == [("Village 9", "Report number 299")]
        logged = []

        def received(message, tag, level):
            logged.append(message)

        QgsApplication.messageLog().messageReceived.connect(received)
        try:
            run_task(text_index_task.start(store))
        finally:
            QgsApplication.messageLog().messageReceived.disconnect(received)
        assert store.text_index and not store.text_index_pending
        name = store.display_name
        assert [m for m in logged if name in m and "for search" in m] == [
            f"{name}: indexing the incidents for search in the background; searching by scans meanwhile.",
            f"{name}: 25 % of the incidents indexed for search.", f"{name}: 50 % of the incidents indexed for search.",
            f"{name}: the incidents are indexed for search."]
        assert found(store, "village 3") == village == by_scans(store, "village 3")
        assert found(store, "report number 299") == [("Village 9", "Report number 299")]
        assert text_index_task.start(store) is None  # nothing left to do
    assert_table_complete(large_store_path)
    with GeoPackageStore.open(large_store_path) as store:
        assert store.text_index and not store.text_index_pending


def test_saves_during_a_canceled_fill_are_found_once_and_the_fill_continues_on_the_next_opening(qgis_app,
                                                                                              large_store_path):
    with GeoPackageStore.open(large_store_path) as store:
        stops = iter([False, True])  # cancel after the first batch
        assert not store.fill_text_index(canceled=lambda: next(stops))
        assert not store.text_index and store.text_index_pending
        first, last = numbered(store, 5), numbered(store, 250)
        store.update_incident(first["uuid"], {"location": "Zummar"}, DARA_SOURCES)  # a row the fill has passed
        store.update_incident(last["uuid"], {"location": "Bashiqa"}, DARA_SOURCES)  # one it has not reached
        store.delete_incident(numbered(store, 7)["uuid"])
        store.add_incident(dict(DARA, location="Mekhas", event_date="2021-01-01"), DARA_SOURCES, confirmed=True)
        store.write_rows([prepare(dict(DARA, location="Tel Afar", event_date="2019-02-02", notes=f"Import {n}"),
                                  [])[0] for n in range(gpkg_store.BULK_ROWS)], [])  # a bulk import meanwhile
        assert [i["location"] for i in store.query(text="zummar")] == ["Zummar"]  # by scans meanwhile
    with GeoPackageStore.open(large_store_path) as store:
        assert store.text_index_pending  # 300 incidents left: the background's
        run_task(text_index_task.start(store))
        assert store.text_index
        for text, count in (("zummar", 1), ("bashiqa", 1), ("mekhas", 1), ("tel afar", gpkg_store.BULK_ROWS),
                            ("report number 7", 10), ("village 3", INCIDENTS // 10)):
            assert len(found(store, text)) == count, text
            assert found(store, text) == by_scans(store, text), text
        assert ("Village 7", "Report number 7") not in found(store, "report number 7")
    assert_table_complete(large_store_path)


def test_a_store_left_with_a_few_incidents_to_index_finishes_on_opening(qgis_app, large_store_path, monkeypatch):
    with GeoPackageStore.open(large_store_path) as store:
        stops = iter([False, False, True])
        store.fill_text_index(canceled=lambda: next(stops))  # 200 of 300 indexed, then QGIS closed
        assert store.text_index_pending
    with GeoPackageStore.open(large_store_path) as store:
        assert store.text_index and not store.text_index_pending
        assert len(found(store, "village 3")) == INCIDENTS // 10
    assert_table_complete(large_store_path)


def test_the_plugin_opens_a_large_store_at_once_and_indexes_it_in_the_background(qgis_iface, qgis_new_project,
                                                                                 large_store_path):
    import incident_tracker

    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(large_store_path)
        assert not plugin.store.text_index and plugin.text_index_task is not None
        assert len(found(plugin.store, "village 3")) == INCIDENTS // 10  # by scans meanwhile
        run_task(plugin.text_index_task)
        assert plugin.store.text_index and len(found(plugin.store, "village 3")) == INCIDENTS // 10
    finally:
        plugin.unload()
    assert_table_complete(large_store_path)


def test_saves_made_while_the_task_runs_are_each_found_once(qgis_app, large_store_path, monkeypatch):
    """Saves on the main thread while the task fills the table on its own connection (interleaved however they
    happen: the task rests between batches, so a waiting save gets its turn)."""
    monkeypatch.setattr(text_index_task, "BATCH_ROWS", 50)
    with GeoPackageStore.open(large_store_path) as store:
        task, ended = text_index_task.start(store), []
        task.taskCompleted.connect(lambda: ended.append(True))
        task.taskTerminated.connect(lambda: ended.append(False))
        saved = 0
        while not ended and saved < 30:
            store.add_incident(dict(DARA, location=f"Sinjar {saved}", event_date="2021-01-01"), DARA_SOURCES,
                               confirmed=True)
            store.update_incident(numbered(store, saved)["uuid"], {"notes": f"Report number {saved} amended"},
                                  DARA_SOURCES)
            saved += 1
            QgsApplication.processEvents()
        if not ended:  # saved them all before the task ended: let it end
            run_task(task)
        QgsApplication.processEvents()
        assert ended == [True] and store.text_index and saved > 0
        assert len(found(store, "sinjar")) == saved and len(found(store, "amended")) == saved
        assert found(store, "sinjar") == by_scans(store, "sinjar")
    assert_table_complete(large_store_path)


def test_an_import_through_processing_into_a_large_store_leaves_it_indexed(large_store_path, provider):
    """Processing runs in its own thread: the import fills the search table there, rather than leaving a
    store that a later opening in QGIS must index."""
    import processing

    result = processing.run("incidenttracker:importincidents", {
        "INPUT": str(ROOT / "tests" / "data" / "import" / "acled_iraq_sample.csv"), "STORE": large_store_path})
    assert result["IMPORTED"] > 0
    assert_table_complete(large_store_path)
    with GeoPackageStore.open(large_store_path) as store:
        assert store.text_index and not store.text_index_pending
        assert found(store, "report number 299") == [("Village 9", "Report number 299")]
