"""Exports: the styled GeoPackage with its project, public mode, GDAL validation, atomic writes, ACLED CSV."""

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from datetime import date

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsProject, QgsVectorLayer

from incident_tracker.plugin.core.export_files import (
    ExportFilters,
    export_acled_csv,
    export_geojson,
)
from incident_tracker.plugin.core.export_geopackage import (
    export_geopackage,
    project_uri,
)
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.layers import category_renderer, incident_renderer

from support import DARA, DARA_SOURCES, ROOT, SHARED_DATA, TEST_DATA, file_bytes

ACLED_CSV = str(TEST_DATA / "import" / "acled_iraq_sample.csv")
ADM2 = SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson"
ADM3 = SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson"
needs_boundaries = pytest.mark.skipif(not ADM2.exists(), reason="reference boundaries missing")
VALIDATE_GPKG = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
ZONE_TABLES = ["zones_subdistricts", "zones_districts", "zone_groups", "kurdistan_region"]


@pytest.fixture(scope="module")
def zones_path(tmp_path_factory):
    if not ADM2.exists():
        pytest.skip("reference boundaries missing")
    from incident_tracker.plugin.core.zones_builder import build_zones

    path = str(tmp_path_factory.mktemp("zones") / "zones.gpkg")
    build_zones(str(ADM2), str(ADM3), path)
    return path


@pytest.fixture
def filled_store(store):
    store.add_incident(dict(DARA, verification="verified", disputed_zone="Khanaqin", zone_group="Khanaqin–Mandali"),
                       [dict(s, excerpt="An excerpt not to publish") for s in DARA_SOURCES], created_by="analyst7")
    import_file(store, ACLED_CSV, "acled", today=date(2024, 1, 1))
    return store


def _open_project(uri):
    project = QgsProject.instance()
    project.clear()
    assert project.read(uri), project.error()
    return project


@needs_boundaries
def test_exported_geopackage_opens_styled_grouped_and_related_elsewhere(filled_store, zones_path, tmp_path,
                                                                          qgis_new_project):
    output = tmp_path / "out" / "shared.gpkg"
    output.parent.mkdir()
    report = export_geopackage(filled_store, str(output), zones=zones_path)
    assert report.incidents == filled_store.count() and report.sources > report.incidents
    assert set(ZONE_TABLES) <= set(report.tables)
    assert not [n for n in os.listdir(output.parent) if n != "shared.gpkg"]  # no temporary leftovers

    # As a colleague would: the file alone, in another folder, opened in a fresh project. (Layers refer
    # to the file by its name, relative to itself: it can go anywhere but must keep its name.)
    moved = tmp_path / "elsewhere" / "shared.gpkg"
    moved.parent.mkdir()
    shutil.copy(output, moved)
    os.remove(output)
    project = _open_project(project_uri(str(moved)))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert {"Incidents", "Sources"} <= set(layers) and len(layers) == 6
    for layer in layers.values():
        assert layer.isValid(), layer.name()
        assert os.path.abspath(layer.source().split("|")[0]) == str(moved)
    incidents, sources = layers["Incidents"], layers["Sources"]
    assert incidents.featureCount() == report.incidents and sources.featureCount() == report.sources

    renderer = category_renderer(incidents)
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "map_class"
    expected = incident_renderer().categories()
    # The "all other values" category (None) is written by QGIS as an empty value.
    assert [c.value() or "" for c in renderer.categories()] == [c.value() or "" for c in expected]
    assert [c.label() for c in renderer.categories()] == [c.label() for c in expected]
    assert [c.symbol().color().name() for c in renderer.categories()] == [c.symbol().color().name() for c in expected]
    zone_groups = next(layer for layer in layers.values() if layer.source().endswith("layername=zone_groups"))
    assert zone_groups.renderer().classAttribute() == "region"

    relations = project.relationManager().referencedRelations(incidents)
    assert len(relations) == 1 and relations[0].referencingLayer() == sources
    assert relations[0].fieldPairs() == {"incident_uuid": "uuid"}
    dara = next(incidents.getFeatures("\"location\" = 'Dara'"))
    assert len(list(relations[0].getRelatedFeatures(dara))) == 2

    root = project.layerTreeRoot()
    assert root.children()[0].name().startswith("Incident Tracker")
    assert root.children()[0].findLayer(incidents.id()) is not None

    metadata = incidents.metadata()
    assert metadata.title() == "Incidents" and "2020-06-14" in metadata.abstract()
    assert metadata.licenses() and metadata.rights()
    assert metadata.extent().temporalExtents()[0].begin().date().toString("yyyy-MM-dd") == report.period[0]
    assert any("Exported by Incident Tracker" in item for item in metadata.history())
    assert "COD-AB" in zone_groups.metadata().rights()[0]

    # The default style is in layer_styles: a layer opened on its own is styled too.
    alone = QgsVectorLayer(f"{moved}|layername=incidents", "alone", "ogr")
    assert isinstance(category_renderer(alone), QgsCategorizedSymbolRenderer)
    project.clear()


def test_public_mode_drops_internal_fields_and_rounds_coordinates(filled_store, tmp_path):
    output = str(tmp_path / "public.gpkg")
    report = export_geopackage(filled_store, output, filters=ExportFilters(public=True, decimals=1,
                                                                           verification=("verified",)))
    assert report.incidents == 1
    layer = QgsVectorLayer(f"{output}|layername=incidents", "i", "ogr")
    assert "created_by" not in layer.fields().names() and "notes" in layer.fields().names()
    point = next(layer.getFeatures()).geometry().asPoint()
    assert (point.x(), point.y()) == (45.4, 34.3)
    sources = QgsVectorLayer(f"{output}|layername=sources", "s", "ogr")
    assert "excerpt" not in sources.fields().names() and sources.featureCount() == 2
    raw = file_bytes(output)
    assert b"analyst7" not in raw and b"An excerpt not to publish" not in raw


def test_filters_by_date_and_zone(filled_store, tmp_path):
    output = str(tmp_path / "f.gpkg")
    report = export_geopackage(filled_store, output, filters=ExportFilters(start="2020-06-14", end="2020-06-30",
                                                                           zones=("Khanaqin–Mandali",)))
    layer = QgsVectorLayer(f"{output}|layername=incidents", "i", "ogr")
    assert report.incidents == layer.featureCount() == 1
    assert next(layer.getFeatures())["location"] == "Dara"
    assert export_geopackage(filled_store, output, filters=ExportFilters(end="2020-06-13")).incidents == 0


@needs_boundaries
def test_gdal_validates_the_export_and_converts_every_table(filled_store, zones_path, tmp_path):
    output = str(tmp_path / "valid.gpkg")
    report = export_geopackage(filled_store, output, zones=zones_path)
    if os.path.exists(VALIDATE_GPKG):
        result = subprocess.run(["/usr/bin/python3", VALIDATE_GPKG, output], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip() and not result.stderr.strip(), result
    info = subprocess.run(["ogrinfo", "-ro", "-al", "-so", output], capture_output=True, text=True, check=False)
    assert info.returncode == 0 and "Warning" not in info.stderr + info.stdout and "ERROR" not in info.stderr
    assert "IDENTIFIER=Incidents" in info.stdout
    for table in report.tables:
        target = str(tmp_path / f"{table}.gpkg")
        result = subprocess.run(["ogr2ogr", "-f", "GPKG", target, output, table], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stderr.strip(), (table, result.stderr)
    with sqlite3.connect(output) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not any(os.path.exists(output + s) for s in ("-wal", "-shm", "-journal"))
    assert GeoPackageStore.open(output).count() == report.incidents  # the full export is a store too


KILL_SCRIPT = r"""
import importlib.util, os, sys, time
sys.path.insert(0, {tests!r})
spec = importlib.util.spec_from_file_location("incident_tracker", {root!r} + "/__init__.py",
                                              submodule_search_locations=[{root!r}])
module = importlib.util.module_from_spec(spec); sys.modules["incident_tracker"] = module; spec.loader.exec_module(module)
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from incident_tracker.plugin.core.export_geopackage import export_geopackage

def progress(percent, step):
    if step == {step!r}:
        open({marker!r}, "w").close()
        time.sleep(120)

export_geopackage({store!r}, {output!r}, progress=progress)
"""


@pytest.mark.parametrize("step", ["styles", "finish"])
def test_an_export_killed_half_way_leaves_the_old_file_intact(filled_store, tmp_path, step):
    output = str(tmp_path / "shared.gpkg")
    export_geopackage(filled_store, output)
    before = file_bytes(output)
    filled_store.add_incident(dict(DARA, event_date="2020-06-20"), DARA_SOURCES)
    marker = str(tmp_path / "marker")
    script = tmp_path / "kill.py"
    script.write_text(KILL_SCRIPT.format(tests=str(ROOT / "tests"), root=str(ROOT), step=step, marker=marker,
                                         store=filled_store.path, output=output))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(["/usr/bin/python3", str(script)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while not os.path.exists(marker) and process.poll() is None and time.time() < deadline:
        time.sleep(0.1)
    assert os.path.exists(marker), process.communicate()[0].decode(errors="replace") if process.poll() else "timeout"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert file_bytes(output) == before
    assert GeoPackageStore.open(output).count() == filled_store.count() - 1
    # The next export replaces the file (the killed one's hidden folder does not matter).
    export_geopackage(filled_store, output)
    assert GeoPackageStore.open(output).count() == filled_store.count()


def test_a_failed_export_leaves_no_file(filled_store, tmp_path):
    output = str(tmp_path / "never.gpkg")

    def fail(percent, step):
        if step == "project":
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_geopackage(filled_store, output, progress=fail)
    assert os.listdir(tmp_path) == ["store.gpkg"] or set(os.listdir(tmp_path)) == {"store.gpkg"}


def test_acled_csv_round_trip_gives_back_the_same_incidents(filled_store, tmp_path):
    output = str(tmp_path / "acled.csv")
    report = export_acled_csv(filled_store, output)
    assert report.incidents == filled_store.count()
    with open(output, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(ACLED_CSV, encoding="utf-8") as f:
        assert tuple(rows[0]) == tuple(f.readline().strip().split(","))
    assert {r["source"] for r in rows if r["location"] == "Dara"} == {"Kurdistan 24; KirkukNow"}

    again = GeoPackageStore.create(str(tmp_path / "again.gpkg"))
    result = import_file(again, output, "acled", today=date(2024, 1, 1))
    assert result.imported == filled_store.count() and not result.skipped
    compared = ("event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
                "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "location", "admin1", "admin2",
                "admin3", "geo_precision", "fatalities", "notes", "tags", "source_scale", "longitude", "latitude")

    def key(incident):
        return incident.get("event_id_cnty") or incident["uuid"]

    original = {key(i): i for i in filled_store.query()}
    for incident in again.query():
        before = original.pop(incident["event_id_cnty"])
        for name in compared:
            assert incident[name] == before[name], (name, incident[name], before[name])
        assert bool(incident["civilian_targeting"]) == bool(before["civilian_targeting"])
        assert [s["outlet"] for s in again.sources_of(incident["uuid"])] == \
            [s["outlet"] for s in filled_store.sources_of(before["uuid"])]
    assert not original
    again.close()


def test_geojson_export_reads_in_gdal(filled_store, tmp_path):
    from osgeo import ogr

    output = str(tmp_path / "incidents.geojson")
    report = export_geojson(filled_store, output, ExportFilters(public=True))
    with open(output, encoding="utf-8") as f:
        collection = json.load(f)
    assert len(collection["features"]) == report.incidents
    assert "created_by" not in collection["features"][0]["properties"]
    datasource = ogr.Open(output)
    assert datasource.GetLayer(0).GetFeatureCount() == report.incidents


def test_csv_cells_are_not_run_as_formulas(store, tmp_path):
    store.add_incident(dict(DARA, notes="=HYPERLINK(\"http://evil\",\"x\")", actor1="@SUM(1)"), DARA_SOURCES)
    output = str(tmp_path / "a.csv")
    export_acled_csv(store, output)
    with open(output, encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["notes"].startswith("'=") and row["actor1"] == "'@SUM(1)"


def test_export_refuses_to_overwrite_its_own_store(filled_store):
    from incident_tracker.plugin.core.store import StoreError

    with pytest.raises(StoreError):
        export_geopackage(filled_store, filled_store.path)


def test_processing_exports(filled_store, provider, tmp_path):
    import processing
    from qgis.PyQt.QtCore import QDate

    output = str(tmp_path / "p.gpkg")
    result = processing.run("incidenttracker:exportgeopackage", {
        "STORE": filled_store.path, "START": QDate(2020, 6, 1), "END": QDate(2020, 6, 30), "PUBLIC": True,
        "VERIFICATION": [2], "OUTPUT": output})
    assert result["OUTPUT"] == output and result["INCIDENTS"] == 1
    layer = QgsVectorLayer(f"{output}|layername=incidents", "i", "ogr")
    assert layer.featureCount() == 1 and "created_by" not in layer.fields().names()
    csv_path = str(tmp_path / "p.csv")
    result = processing.run("incidenttracker:exportcsv", {"STORE": filled_store.path, "ZONE_NAMES": "Kirkuk",
                                                          "OUTPUT": csv_path})
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert result["INCIDENTS"] == len(rows) > 0 and {r["admin1"] for r in rows} == {"Kirkuk"}
    result = processing.run("incidenttracker:exportgeojson", {"STORE": filled_store.path,
                                                              "OUTPUT": str(tmp_path / "p.geojson")})
    assert result["INCIDENTS"] == filled_store.count()
