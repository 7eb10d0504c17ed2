"""The dock at a real store's size: the incident list fetches pages as it scrolls, typed text is
searched after a pause through the store's index (FTS5 on GeoPackage, full-text search on PostGIS,
LIKE where there is none), the index follows every write, and opening the dock reads no more of a
big store than of a small one."""

import sqlite3

import pytest

import incident_tracker
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.store import LIST_PAGE
from incident_tracker.plugin.core.text_search import FTS_TABLE
from incident_tracker.plugin.domain.incident import prepare

from support import DARA, DARA_SOURCES


def fill(store, count, places=10):
    """``count`` incidents written in one batch: dates spread over years, ``places`` location names."""
    rows = []
    for n in range(count):
        row, _ = prepare(dict(DARA, location=f"Village {n % places}", event_date=f"{2000 + n % 20}-"
                              f"{1 + n % 12:02d}-{1 + n % 28:02d}", notes=f"Report number {n}"), [])
        rows.append(row)
    store.write_rows(rows, [])
    return rows


def locations(store, text):
    return sorted(i["location"] for i in store.query(text=text))


def test_the_list_fetches_more_rows_as_it_scrolls(qgis_app, store):
    from qgis.PyQt.QtWidgets import QApplication

    from incident_tracker.plugin.gui.incident_list import IncidentList

    rows = fill(store, 2 * LIST_PAGE + 50)
    listing = IncidentList(lambda: (store, None))
    listing.resize(400, 300)
    listing.show()
    listing.reload()
    QApplication.processEvents()
    assert listing.model.rowCount() == LIST_PAGE
    for _ in range(5):
        listing.table.scrollToBottom()
        QApplication.processEvents()
    assert listing.model.rowCount() == len(rows)
    shown = listing.uuids
    assert sorted(shown) == sorted(r["uuid"] for r in rows)  # each once
    dates = [store.get_incident(u)["event_date"] for u in shown[::50]]
    assert dates == sorted(dates, reverse=True)  # newest first
    listing.close()


def test_typed_text_is_searched_once_after_the_pause_not_at_each_keystroke(qgis_app, store):
    from qgis.PyQt.QtTest import QTest

    from incident_tracker.plugin.gui.incident_list import TYPING_PAUSE_MS, IncidentList

    fill(store, 30)
    listing = IncidentList(lambda: (store, None))
    listing.reload()
    pages = []
    page = store.incident_page
    store.incident_page = lambda **kwargs: pages.append(kwargs) or page(**kwargs)
    QTest.keyClicks(listing.text, "village 3")
    assert pages == [] and len(listing.uuids) == 30  # no query while typing
    QTest.qWait(TYPING_PAUSE_MS * 3)
    assert [p["text"] for p in pages] == ["village 3"]
    assert len(listing.uuids) == 3


def test_the_filter_finds_incidents_through_the_index_and_without_it(any_store):
    any_store.add_incident(DARA, DARA_SOURCES)
    any_store.add_incident(dict(DARA, location="Kirkuk citadel", event_date="2021-03-02"), DARA_SOURCES)
    any_store.add_incident(dict(DARA, location="قرية دارا", event_date="2021-01-01"), DARA_SOURCES)
    assert any_store.text_index
    for text_index in (True, False):
        any_store.text_index = text_index
        assert locations(any_store, "kirk") == ["Kirkuk citadel"]
        assert locations(any_store, "KIRKUK CIT") == ["Kirkuk citadel"]
        assert locations(any_store, "citadel kirkuk") == []
        assert locations(any_store, "دارا") == ["قرية دارا"]
        assert locations(any_store, "islamic state") == ["Dara", "Kirkuk citadel", "قرية دارا"]
        page = any_store.incident_page(text="kirk")
        assert [p["location"] for p in page] == ["Kirkuk citadel"]
    # The index matches words from their start; the scan also inside them: which one ran shows.
    any_store.text_index = True
    assert locations(any_store, "irkuk") == []
    any_store.text_index = False
    assert locations(any_store, "irkuk") == ["Kirkuk citadel"]


def test_the_search_index_follows_adds_updates_and_deletes(any_store):
    uuid = any_store.add_incident(dict(DARA, location="Mekhas"), DARA_SOURCES).uuid
    assert locations(any_store, "mekh") == ["Mekhas"]
    any_store.update_incident(uuid, {"location": "Tuz Khurmatu"})
    assert locations(any_store, "mekh") == [] and locations(any_store, "khurm") == ["Tuz Khurmatu"]
    any_store.delete_incident(uuid)
    assert locations(any_store, "khurm") == [] and locations(any_store, "tuz") == []


def test_edits_made_in_qgis_reach_the_geopackage_search_index(qgis_new_project, store):
    from qgis.core import QgsFeatureRequest

    from incident_tracker.plugin.core.layers import open_layers

    uuid = store.add_incident(dict(DARA, location="Mekhas"), DARA_SOURCES).uuid
    incidents, _ = open_layers(store)
    feature = next(incidents.getFeatures(QgsFeatureRequest().setFilterExpression(f"\"uuid\" = '{uuid}'")))
    assert incidents.startEditing()
    incidents.changeAttributeValue(feature.id(), incidents.fields().indexOf("location"), "Jalawla")
    assert incidents.commitChanges(), incidents.commitErrors()
    assert locations(store, "jalaw") == ["Jalawla"] and locations(store, "mekh") == []
    assert incidents.startEditing()
    incidents.deleteFeature(feature.id())
    assert incidents.commitChanges(), incidents.commitErrors()
    assert locations(store, "jalaw") == []


def test_a_store_made_before_the_index_gets_it_when_opened(tmp_path):
    path = str(tmp_path / "older.gpkg")
    with GeoPackageStore.create(path) as store:
        store.add_incident(dict(DARA, location="Mekhas"), DARA_SOURCES)
    with sqlite3.connect(path) as db:  # as a store of the previous version was
        for name in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER {FTS_TABLE}_{name}")
        db.execute(f"DROP TABLE {FTS_TABLE}")
        db.execute("DROP INDEX idx_incidents_location")
    with GeoPackageStore.open(path) as store:
        assert store.text_index and locations(store, "mekh") == ["Mekhas"]
        assert store.incident_places()[0][0] == "Mekhas"
    with sqlite3.connect(path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert {FTS_TABLE, "idx_incidents_location"} <= names


def test_a_read_only_store_without_the_index_is_searched_by_scans(tmp_path):
    import os
    import stat

    path = str(tmp_path / "older.gpkg")
    with GeoPackageStore.create(path) as store:
        store.add_incident(dict(DARA, location="Mekhas"), DARA_SOURCES)
        store.drop_text_index()
    os.chmod(path, stat.S_IRUSR)
    os.chmod(tmp_path, stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who may write read-only files")
        with GeoPackageStore.open(path) as store:
            assert not store.text_index
            assert locations(store, "ekha") == ["Mekhas"]
    finally:
        os.chmod(tmp_path, stat.S_IRWXU)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_zone_names_and_places_come_from_the_indexes(any_store):
    any_store.add_incident(dict(DARA, admin2="Khanaqin", disputed_zone="Khanaqin", zone_group="Diyala"),
                           DARA_SOURCES)
    any_store.add_incident(dict(DARA, location="Mekhas", event_date="2020-05-10", admin2="Khanaqin",
                                longitude=45.3, latitude=34.4), DARA_SOURCES)
    any_store.add_incident(dict(DARA, location="Mekhas", event_date="2020-05-11", admin2="Kirkuk"), DARA_SOURCES)
    assert any_store.zone_names() == ["Diyala", "Khanaqin", "Kirkuk"]
    places = {name: (round(lon, 3), round(lat, 3)) for name, lon, lat, _admin2 in any_store.incident_places()}
    assert set(places) == {"Dara", "Mekhas"} and places["Dara"] == (45.391, 34.348)


def _dock_open_steps(qgis_iface, path):
    """SQLite virtual-machine steps (in thousands) the plugin's store runs while the dock opens."""
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    plugin.set_store(path)
    steps = []
    plugin.store._connection().set_progress_handler(lambda: steps.append(1) and 0, 1000)
    try:
        dock = plugin.toggle_dock(True)
        dock.tabs.setCurrentIndex(1)
        assert len(dock.incident_list.uuids) == LIST_PAGE
    finally:
        plugin.store._connection().set_progress_handler(None, 0)
        plugin.unload()
    return len(steps)


def test_opening_the_dock_reads_no_more_of_a_big_store_than_of_a_small_one(qgis_iface, qgis_new_project, tmp_path):
    small, big = str(tmp_path / "small.gpkg"), str(tmp_path / "big.gpkg")
    for path, count in ((small, LIST_PAGE + 10), (big, 20 * LIST_PAGE)):
        with GeoPackageStore.create(path) as store:
            fill(store, count)
    small_steps, big_steps = _dock_open_steps(qgis_iface, small), _dock_open_steps(qgis_iface, big)
    # Reading every incident would take ~20× the steps; the first page and the index probes do not grow.
    assert big_steps < 1.5 * small_steps + 5, (small_steps, big_steps)


def test_a_bulk_import_is_indexed_and_the_index_stays_whole(store):
    records = [(dict(DARA, location=f"Imported {n}", event_id_cnty=f"IRQ{n}"), DARA_SOURCES) for n in range(250)]
    assert store.import_records(records, batch=120).imported == 250  # bulk batches and a small one
    assert locations(store, "imported 17") == sorted(f"Imported {n}" for n in [17, *range(170, 180)])
    assert [i["event_id_cnty"] for i in store.query(text="irq249")] == ["IRQ249"]
    store.add_incident(dict(DARA, location="Mekhas"), DARA_SOURCES)
    with sqlite3.connect(store.path) as db:  # FTS5 compares its index with the incidents; raises if they differ
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"{FTS_TABLE}_insert", f"{FTS_TABLE}_update", f"{FTS_TABLE}_delete"} <= triggers
    assert locations(store, "mekhas") == ["Mekhas"]


def _all_pages(store, text, limit, **filters):
    """Every page of the list for ``text``, read as the list reads them (keyset paging)."""
    pages, after = [], None
    while True:
        page = store.incident_page(text=text, after=after, limit=limit, **filters)
        pages.append([r["uuid"] for r in page])
        if len(page) < limit:
            return pages
        after = (page[-1]["event_date"], page[-1]["fid"])


SEARCHED_TEXTS = ("village", "village 3", "report number 4", "islamic state", "state attack", "attack on i",
                  "nowhere")


def _searched_store(store):
    fill(store, 60)
    for n in range(12):  # one date for several incidents: the list orders them by fid
        store.add_incident(dict(DARA, event_date="2010-05-05", location=f"Village {n % 3}",
                                notes=("Islamic State attack on a checkpoint" if n % 2 else "An attack on Islamic State")),
                           DARA_SOURCES)


def test_the_search_lists_its_pages_in_the_lists_order_through_every_plan(any_store, monkeypatch):
    """The index gives the matches in the list's order (GeoPackage: FTS5 keyed by date and fid; PostGIS:
    the newest incidents walked, or the GIN index): the same pages as the text as a plain filter."""
    from incident_tracker.plugin.core import text_search

    _searched_store(any_store)
    filtered = ({}, {"start": "2005-01-01", "end": "2012-12-31"}, {"zone": "Kirkuk"})
    plans = [{}]
    if any_store.kind == "postgis":  # every incident walked; walks too short for a page; the GIN index only
        plans = [{"WALK_COST": 0}, {"WALK_COST": 0, "PROBE_ROWS": 3}, {"WALK_COST": 1e9}]
    expected = {}
    with monkeypatch.context() as plain:
        plain.setattr(any_store, "_text_page", lambda *args: None)
        for text in SEARCHED_TEXTS:
            for n, filters in enumerate(filtered):
                expected[text, n] = _all_pages(any_store, text, 7, **filters)
    for plan in plans:
        with monkeypatch.context() as patched:
            for name, value in plan.items():
                patched.setattr(text_search, name, value)
            for text in SEARCHED_TEXTS:
                for n, filters in enumerate(filtered):
                    assert _all_pages(any_store, text, 7, **filters) == expected[text, n], (plan, text, filters)
    assert sum(map(len, expected["village", 0])) == 72 and sum(map(len, expected["state attack", 0])) == 6
    assert sum(map(len, expected["attack on i", 0])) == 6 and expected["nowhere", 0] == [[]]
    assert sum(map(len, expected["village", 1])) == 24 + 12  # 2005-2012: 8 years of 60 filled, and the 12


def test_a_changed_date_moves_the_incident_in_the_searchs_order(any_store):
    older = any_store.add_incident(dict(DARA, location="Mekhas", event_date="2020-01-01"), DARA_SOURCES).uuid
    newer = any_store.add_incident(dict(DARA, location="Mekhas", event_date="2021-01-01"), DARA_SOURCES).uuid
    assert [r["uuid"] for r in any_store.incident_page(text="mekh")] == [newer, older]
    any_store.update_incident(older, {"event_date": "2022-01-01"})
    assert [r["uuid"] for r in any_store.incident_page(text="mekh")] == [older, newer]
    assert [r["uuid"] for r in any_store.incident_page(text="mekh", start="2021-06-01")] == [older]


def test_a_search_table_of_an_earlier_version_is_made_anew_when_opened(tmp_path):
    from incident_tracker.plugin.core import text_search

    path = str(tmp_path / "older.gpkg")
    with GeoPackageStore.create(path) as store:
        store.add_incident(dict(DARA, location="Mekhas", event_date="2020-01-01"), DARA_SOURCES)
        store.add_incident(dict(DARA, location="Mekhas", event_date="2021-01-01"), DARA_SOURCES)
        store.drop_text_index()
    legacy, columns = text_search.LEGACY_FTS_TABLE, ", ".join(text_search.SEARCHED_COLUMNS[:11])
    with sqlite3.connect(path) as db:  # the table of the previous version: keyed by fid, fewer columns
        db.execute(f"CREATE VIRTUAL TABLE {legacy} USING fts5({columns}, content='incidents', "
                   "content_rowid='fid', tokenize='unicode61 remove_diacritics 2')")
        db.execute(f"CREATE TRIGGER {legacy}_insert AFTER INSERT ON incidents BEGIN "
                   f"INSERT INTO {legacy} (rowid, location) VALUES (new.fid, new.location); END")
        db.execute(f"INSERT INTO {legacy} ({legacy}) VALUES ('rebuild')")
    with GeoPackageStore.open(path) as store:
        assert store.text_index
        assert [r["event_date"] for r in store.incident_page(text="mekh")] == ["2021-01-01", "2020-01-01"]
        store.add_incident(dict(DARA, location="Mekhas", event_date="2022-01-01"), DARA_SOURCES)
    with sqlite3.connect(path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
        assert legacy not in names and f"{legacy}_insert" not in names
        assert db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [FTS_TABLE]).fetchone()[0] == \
            text_search.fts5_table_statement()
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")
    with sqlite3.connect(path) as db:  # this version's table, of other columns (a later change): made anew too
        db.execute(f"DROP TABLE {FTS_TABLE}")
        db.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(location, content='incidents_text_rows', "
                   "content_rowid='search_key')")
    with GeoPackageStore.open(path) as store:
        assert [r["event_date"] for r in store.incident_page(text="mekh")] == ["2022-01-01", "2021-01-01",
                                                                               "2020-01-01"]
