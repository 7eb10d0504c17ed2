#!/usr/bin/env python3
"""One measurement per process, for bench/run.py: ``python3 bench/workers.py TASK --json ARGS``.

Each task prints one JSON object on its last line (seconds, counts, peak memory in KiB). Running
each in a fresh process keeps the measurements independent and makes peak memory exact
(``ru_maxrss`` of the process). Tasks: baseline, zones-template, import, ogr2ogr, zones, add, open,
initgui; and for the dock and the map at scale (``--store`` a GeoPackage path or, with ``--schema``, a
PostgreSQL connection string): pg-copy, dock, save, render, qgis-import.
"""

import argparse
import importlib.util
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_plugin():
    """The checkout imported as the package ``incident_tracker`` (as the tests do)."""
    if "incident_tracker" not in sys.modules:
        spec = importlib.util.spec_from_file_location("incident_tracker", ROOT / "__init__.py",
                                                      submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules["incident_tracker"] = module
        spec.loader.exec_module(module)
    return sys.modules["incident_tracker"]


_APP = None


def start_qgis(processing=False):
    global _APP
    from qgis.core import QgsApplication

    if _APP is None:
        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
    if processing:
        sys.path.append("/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing
        from qgis.analysis import QgsNativeAlgorithms

        if QgsApplication.processingRegistry().providerById("native") is None:
            QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
        Processing.initialize()
    return _APP


def peak_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def emit(result):
    result.setdefault("peak_kib", peak_kib())
    print(json.dumps(result), flush=True)


# --- tasks ---------------------------------------------------------------------------------------

def task_baseline(args):
    """QGIS's own baseline: a QgsApplication started, nothing else."""
    start_qgis()
    emit({})


def task_zones_template(args):
    """An empty store with the disputed zones built in (copied for every import run)."""
    plugin = load_plugin()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.core.zones_builder import build_zones

    start_qgis()
    adm2 = sorted(Path(args.boundaries).glob("*adm2*"))[0]
    adm3 = sorted(Path(args.boundaries).glob("*adm3*"))[0]
    if os.path.exists(args.out):
        os.remove(args.out)
    GeoPackageStore.create(args.out).close()
    started = time.perf_counter()
    build_zones(str(adm2), str(adm3), args.out)
    emit({"seconds": time.perf_counter() - started, "plugin": plugin.__name__})


def _open_with_zones(path):
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.core.zone_lookup import ZoneLookup

    store = GeoPackageStore.open(path)
    store.zone_lookup = ZoneLookup.from_gpkg(path, distances=False)
    return store


def task_import(args):
    """Import the CSV into a copy of the zones template: open the store, build its zone lookup, import."""
    load_plugin()
    from incident_tracker.plugin.core.importer import import_file

    start_qgis()  # as inside QGIS: the memory figure is above a running QgsApplication
    shutil.copyfile(args.template, args.out)
    before = rss_kib()
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started, cpu = time.perf_counter(), time.process_time()
    store = _open_with_zones(args.out)
    report = import_file(store, args.csv)
    store.close()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if args.profile:
        profiler.disable()
        profiler.dump_stats(args.profile)
    with sqlite3.connect(args.out) as db:
        zoned = db.execute("SELECT COUNT(*) FROM incidents WHERE admin3_pcode IS NOT NULL").fetchone()[0]
    emit({"seconds": seconds, "cpu_s": cpu, "imported": report.imported, "skipped": len(report.skipped),
          "zoned": zoned, "rss_before_kib": before})


def task_write_floor(args):
    """What writing alone costs: the rows of an imported store (``--store``), read back already prepared,
    written into a copy of the zones template by the store's own bulk writer in one transaction. No
    reading, mapping, validation, zones or duplicate checks: the floor under the import's time."""
    load_plugin()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    start_qgis()
    with GeoPackageStore.open(args.store) as imported:
        incidents, sources = imported.all_rows()
    shutil.copyfile(args.template, args.out)
    with GeoPackageStore.open(args.out) as store:
        started, cpu = time.perf_counter(), time.process_time()
        store.write_rows(incidents, sources)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        count = store.count()
    emit({"seconds": seconds, "cpu_s": cpu, "incidents": count, "sources": len(sources)})


def task_duplicates(args):
    """The duplicate checks of an import alone: the incidents of an imported store (``--store``), in
    their order, each looked up in the index of those before it and then added, as the import does.
    First the index's memory: built from rows streamed off the database, so that, as in an import,
    only the index keeps what it holds (RSS before and after)."""
    load_plugin()
    from incident_tracker.plugin.domain.duplicates import DuplicateIndex
    from incident_tracker.plugin.domain.gpkg_geometry import decode_point

    query = "SELECT uuid, event_type, event_date, geom FROM incidents ORDER BY fid"

    def rows(db):
        for uuid, kind, day, blob in db.execute(query):
            lon, lat = decode_point(blob)
            yield {"uuid": uuid, "event_type": kind, "event_date": day, "longitude": lon, "latitude": lat}

    before = rss_kib()
    index = DuplicateIndex()
    with sqlite3.connect(args.store) as db:
        for incident in rows(db):
            index.add(incident)
    index_mb = (rss_kib() - before) / 1024
    del index
    with sqlite3.connect(args.store) as db:
        incidents = list(rows(db))
    index, flagged = DuplicateIndex(), 0
    started = time.perf_counter()
    for incident in incidents:
        flagged += bool(index.find(incident))
        index.add(incident)
    seconds = time.perf_counter() - started
    emit({"seconds": seconds, "flagged": flagged, "index_mb": index_mb})


def task_ogr2ogr(args):
    """Plain ogr2ogr: the same CSV to a GeoPackage point layer (with its R-tree), assigning nothing."""
    if os.path.exists(args.out):
        os.remove(args.out)
    command = ["ogr2ogr", "-f", "GPKG", args.out, args.csv, "-nln", "incidents", "-a_srs", "EPSG:4326",
               "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "KEEP_GEOM_COLUMNS=NO"]
    started, children = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, capture_output=True)
    seconds, done = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = done.ru_utime + done.ru_stime - children.ru_utime - children.ru_stime
    with sqlite3.connect(args.out) as db:
        count = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
    emit({"seconds": seconds, "cpu_s": cpu, "imported": count, "command": " ".join(command)})


def task_zones(args):
    """Zone assignment of the points of ``--points`` (a GeoPackage point layer): the plugin's lookup
    vs QGIS's native:joinattributesbylocation with the same zones layer, in the same process."""
    load_plugin()
    from qgis.core import QgsVectorLayer

    from incident_tracker.plugin.core.zone_lookup import ZoneLookup
    from incident_tracker.plugin.domain.gpkg_geometry import decode_point

    start_qgis(processing=True)
    import processing

    points_layer = QgsVectorLayer(f"{args.points}|layername=incidents", "points", "ogr")
    zones_layer = QgsVectorLayer(f"{args.template}|layername=zones_subdistricts", "zones", "ogr")
    assert points_layer.isValid() and zones_layer.isValid()
    ours, theirs, agree = [], [], None
    for _ in range(args.repeat):
        started = time.perf_counter()
        lookup = ZoneLookup.from_gpkg(args.template, distances=False)
        with sqlite3.connect(args.points) as db:
            found = {key: lookup(*decode_point(blob))
                     for key, blob in db.execute("SELECT event_id_cnty, geom FROM incidents")}
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = processing.run("native:joinattributesbylocation", {
            "INPUT": points_layer, "JOIN": zones_layer, "PREDICATE": [0], "JOIN_FIELDS": ["admin3_pcode"],
            "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "", "OUTPUT": "TEMPORARY_OUTPUT"})
        joined = result["OUTPUT"]
        codes = {f["event_id_cnty"]: f["admin3_pcode"] for f in joined.getFeatures()}
        theirs.append(time.perf_counter() - started)
        if agree is None:
            plain = {k: None if c in (None, "") or str(c) == "NULL" else c for k, c in codes.items()}
            agree = sum((r or {}).get("admin3_pcode") == plain.get(k) for k, r in found.items()) / max(1, len(found))
    emit({"ours": ours, "qgis": theirs, "points": len(found), "agreement": agree})


def task_add(args):
    """Adding one incident with two sources through the store API into a copy of a (100k) store."""
    load_plugin()
    import random

    shutil.copyfile(args.store, args.out)
    store = _open_with_zones(args.out)
    rng = random.Random(7)
    times = []
    for n in range(args.repeat):
        incident = {"event_date": f"2020-06-{1 + n % 28:02d}", "event_type": "Violence against civilians",
                    "sub_event_type": "Attack", "longitude": 45.25 + rng.uniform(-0.1, 0.1),
                    "latitude": 34.35 + rng.uniform(-0.1, 0.1), "location": "Dara", "geo_precision": 2,
                    "actor1": "Islamic State (Iraq)", "notes": "Benchmark incident " * 10}
        sources = [{"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600",
                    "fatalities_reported": 7, "wounded_reported": 7},
                   {"outlet": "KirkukNow", "url": "https://kirkuknow.com/en/news/62501", "fatalities_reported": 7,
                    "wounded_reported": 5}]
        started = time.perf_counter()
        store.add_incident(incident, sources, created_by="bench")
        times.append(time.perf_counter() - started)
    count = store.count()
    store.close()
    emit({"times": times, "count": count})


def task_open(args):
    """Opening a store in QGIS: layers added to the project, configured and styled (then one render)."""
    load_plugin()
    start_qgis()
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsProject
    from qgis.PyQt.QtCore import QSize

    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.core.layers import add_store_layers

    times, renders = [], []
    for _ in range(args.repeat):
        QgsProject.instance().clear()
        started = time.perf_counter()
        store = GeoPackageStore.open(args.store)
        layers = add_store_layers(store)
        times.append(time.perf_counter() - started)
        count = layers.incidents.featureCount()
        settings = QgsMapSettings()
        settings.setLayers([layers.incidents])
        settings.setOutputSize(QSize(1000, 800))
        settings.setExtent(layers.incidents.extent())
        started = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        renders.append(time.perf_counter() - started)
        store.close()
    emit({"times": times, "renders": renders, "count": count})


class StandInInterface:
    """What initGui/unload use of QgisInterface, on a real QMainWindow."""

    def __init__(self):
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtCore import QObject, pyqtSignal
        from qgis.PyQt.QtWidgets import QMainWindow

        class Signals(QObject):
            layoutDesignerOpened = pyqtSignal(object)  # noqa: N815 - QGIS's name

        self._window = QMainWindow()
        self._canvas = QgsMapCanvas(self._window)
        self._bar = QgsMessageBar(self._window)
        self._menus = {}
        self._signals = Signals()
        self.layoutDesignerOpened = self._signals.layoutDesignerOpened  # noqa: N815

    def mainWindow(self):  # noqa: N802 - QGIS's names
        return self._window

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar

    def addToolBar(self, name):  # noqa: N802
        return self._window.addToolBar(name)

    def addPluginToVectorMenu(self, menu, action):  # noqa: N802
        self._menus.setdefault(menu, []).append(action)

    def removePluginVectorMenu(self, menu, action):  # noqa: N802
        self._menus.get(menu, []).remove(action)

    def registerLocatorFilter(self, locator_filter):  # noqa: N802
        pass

    def deregisterLocatorFilter(self, locator_filter):  # noqa: N802
        pass

    def addDockWidget(self, area, dock):  # noqa: N802
        self._window.addDockWidget(area, dock)

    def openLayoutDesigners(self):  # noqa: N802
        return []

    def removeDockWidget(self, dock):  # noqa: N802
        self._window.removeDockWidget(dock)


def task_initgui(args):
    """classFactory (the plugin's import) and initGui, as QGIS calls them at start."""
    start_qgis()
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    iface = StandInInterface()
    started = time.perf_counter()
    plugin_module = load_plugin()
    plugin = plugin_module.classFactory(iface)
    factory = time.perf_counter() - started
    started = time.perf_counter()
    plugin.initGui()
    first = time.perf_counter() - started
    times = []
    for _ in range(args.repeat):
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        plugin = plugin_module.classFactory(iface)
        started = time.perf_counter()
        plugin.initGui()
        times.append(time.perf_counter() - started)
    plugin.unload()
    emit({"class_factory": factory, "first_init_gui": first, "times": times,
          "median": statistics.median(times)})


# --- the dock and the map at scale ------------------------------------------------------------------

# What an analyst types into the list's filter: a word growing letter by letter, two words, Arabic,
# a district, and text found nowhere (each one query, as after the typing pause).
TYPED = ("k", "ki", "kir", "kirk", "kirku", "kirkuk", "islamic state", "كركوك", "Hawiga", "zzzq")
LIST_SQL = ("SELECT fid, uuid, event_date, location, event_type, fatalities, disputed_zone FROM incidents "
            "ORDER BY event_date DESC, fid DESC LIMIT 200")


def _open_location(args):
    from incident_tracker.plugin.core.stores import open_store

    return open_store(args.store, schema=args.schema)


def _median_ms(times):
    return statistics.median(times) * 1000


def _bare(store, sql, params=(), repeat=5):
    """The store's own connection running ``sql`` (its rows fetched), without the plugin: the baseline."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with store._reading() as cursor:
            cursor.execute(store._sql(sql), list(params))
            cursor.fetchall()
        times.append(time.perf_counter() - started)
    return times


def task_pg_copy(args):
    """A GeoPackage store (``--points``) copied into a new PostGIS store (``--store`` uri, ``--schema``)."""
    load_plugin()
    start_qgis()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.core.postgis_store import PostgisStore
    from incident_tracker.plugin.core.store_copy import copy_store

    started = time.perf_counter()
    with GeoPackageStore.open(args.points) as source:
        target = PostgisStore.create(args.store, args.schema)
        result = copy_store(source, target)
        with target._transaction() as cursor:
            cursor.execute("ANALYZE incidents")
        target.close()
    emit({"seconds": time.perf_counter() - started, "incidents": result.incidents})


def task_dock(args):
    """The plugin's dock on a big store, as an analyst opens it: the store opened (layers added), the dock
    opened (form, place search, zone list, the list's first page), the Incidents tab shown, then each
    typed text of TYPED searched (as the typing pause ends) and each keystroke's own handling. Baseline:
    the store's bare query of the list's first page."""
    load_plugin()
    start_qgis()
    from qgis.PyQt.QtWidgets import QApplication

    import incident_tracker

    iface = StandInInterface()
    plugin = incident_tracker.classFactory(iface)
    plugin.initGui()
    location = args.store if not args.schema else f"{args.store} table=\"{args.schema}\".\"incidents\""
    started = time.perf_counter()
    plugin.set_store(location)
    open_store = time.perf_counter() - started
    started = time.perf_counter()
    dock = plugin.toggle_dock(True)
    QApplication.processEvents()
    dock_open = time.perf_counter() - started
    started = time.perf_counter()
    dock.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    tab = time.perf_counter() - started
    listing = dock.incident_list
    filters, keystrokes, found = {}, [], {}
    for text in TYPED:
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            listing.text.setText(text)  # the keystroke: restarts the pause timer, nothing more
            keystrokes.append(time.perf_counter() - started)
            started = time.perf_counter()
            listing.filter_now()  # what the end of the pause runs
            times.append(time.perf_counter() - started)
        filters[text] = _median_ms(times)
        found[text] = len(listing.uuids)
    store = plugin.store
    bare = _bare(store, LIST_SQL)
    result = {"open_store_s": open_store, "dock_open_s": dock_open, "tab_s": tab, "filter_ms": filters,
              "filter_rows": found, "keystroke_ms": _median_ms(keystrokes), "bare_page_ms": _median_ms(bare),
              "count": store.count(), "text_index": store.text_index}
    plugin.unload()
    emit(result)


def task_save(args):
    """Saving through the store's add and update (zones assigned, validated, duplicates checked, one
    transaction), on a copy of a big store (GeoPackage) or in its own schema (PostGIS, rolled back by
    deleting what was added). Baseline: the same incident and sources written by bare INSERTs."""
    load_plugin()
    start_qgis()
    import random

    from incident_tracker.plugin.domain.incident import prepare

    if not args.schema:
        shutil.copyfile(args.store, args.out)
        store = _open_with_zones(args.out)
    else:
        from incident_tracker.plugin.core.zone_lookup import ZoneLookup

        store = _open_location(args)
        store.zone_lookup = ZoneLookup.from_gpkg(args.template, distances=False)
    rng = random.Random(7)
    adds, updates, bare, added = [], [], [], []
    sources = [{"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600",
                "fatalities_reported": 7, "wounded_reported": 7},
               {"outlet": "KirkukNow", "url": "https://kirkuknow.com/en/news/62501", "fatalities_reported": 7,
                "wounded_reported": 5}]
    for n in range(args.repeat):
        incident = {"event_date": f"2020-06-{1 + n % 28:02d}", "event_type": "Violence against civilians",
                    "sub_event_type": "Attack", "longitude": 45.25 + rng.uniform(-0.1, 0.1),
                    "latitude": 34.35 + rng.uniform(-0.1, 0.1), "location": "Dara", "geo_precision": 2,
                    "actor1": "Islamic State (Iraq)", "notes": "Benchmark incident " * 10}
        started = time.perf_counter()
        uuid = store.add_incident(incident, sources, created_by="bench").uuid
        adds.append(time.perf_counter() - started)
        added.append(uuid)
        started = time.perf_counter()
        store.update_incident(uuid, dict(incident, location="Dara village"), sources, confirmed=True)
        updates.append(time.perf_counter() - started)
        row, prepared = prepare(incident, sources, created_by="bench")
        started = time.perf_counter()
        with store._transaction() as cursor:
            store._insert_incident(cursor, row)
            store._insert_sources(cursor, prepared)
        bare.append(time.perf_counter() - started)
        added.append(row["uuid"])
    count = store.count()
    if args.schema:
        for uuid in added:
            store.delete_incident(uuid)
    store.close()
    emit({"add_ms": _median_ms(adds), "update_ms": _median_ms(updates), "bare_ms": _median_ms(bare),
          "count": count})


def task_render(args):
    """The incidents drawn (1000×800, the whole extent) with the plugin's style and with QGIS's default
    single symbol, alternately in one process; CPU time of the process (the machine is shared: wall time
    varies with the neighbours' load) and wall time, medians."""
    load_plugin()
    start_qgis()
    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsVectorLayer
    from qgis.PyQt.QtCore import QSize

    from incident_tracker.plugin.core.layers import open_layers

    store = _open_location(args)
    styled, _ = open_layers(store)
    plain = QgsVectorLayer(styled.source(), "plain", styled.providerType())

    def render(layer):
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setOutputSize(QSize(1000, 800))
        settings.setExtent(styled.extent())
        settings.setFlag(QgsMapSettings.Antialiasing, True)
        cpu, wall = time.process_time(), time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        return time.process_time() - cpu, time.perf_counter() - wall

    render(styled), render(plain)  # warm the file cache and the symbols
    times = {"styled": [], "plain": []}
    for _ in range(args.repeat):
        times["styled"].append(render(styled))
        times["plain"].append(render(plain))
    result = {name: {"cpu_s": statistics.median(t[0] for t in runs), "wall_s": statistics.median(t[1] for t in runs)}
              for name, runs in times.items()}
    result["count"] = styled.featureCount()
    store.close()
    emit(result)


def task_qgis_import(args):
    """What analysts do today in QGIS: the CSV as a delimited-text point layer, joined with the
    sub-districts by native:joinattributesbylocation, saved as a GeoPackage."""
    start_qgis(processing=True)
    import processing
    from qgis.core import QgsVectorLayer

    if os.path.exists(args.out):
        os.remove(args.out)
    started, cpu = time.perf_counter(), time.process_time()
    uri = (f"file://{os.path.abspath(args.csv)}?type=csv&delimiter=,&xField=longitude&yField=latitude"
           "&crs=EPSG:4326&spatialIndex=yes&subsetIndex=no&watchFile=no")
    points = QgsVectorLayer(uri, "acled", "delimitedtext")
    zones = QgsVectorLayer(f"{args.template}|layername=zones_subdistricts", "zones", "ogr")
    assert points.isValid() and zones.isValid()
    processing.run("native:joinattributesbylocation", {
        "INPUT": points, "JOIN": zones, "PREDICATE": [0],
        "JOIN_FIELDS": ["admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode", "zone_name_en",
                        "zone_group"],
        "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "", "OUTPUT": str(args.out)})
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    with sqlite3.connect(args.out) as db:
        table = db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]
        count = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
    emit({"seconds": seconds, "cpu_s": cpu, "imported": count})


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("task")
    parser.add_argument("--csv")
    parser.add_argument("--template")
    parser.add_argument("--store")
    parser.add_argument("--points")
    parser.add_argument("--out")
    parser.add_argument("--boundaries")
    parser.add_argument("--profile")
    parser.add_argument("--schema", help="with --store a PostgreSQL connection: the store's schema")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    globals()["task_" + args.task.replace("-", "_")](args)


if __name__ == "__main__":
    main()
