"""Store → ACLED-format CSV (plain or HXL-tagged) → import → store: the same incidents, formula-like text
exactly as it was, wounded and abducted kept by the HXL variant; on both store backends."""

import csv
from datetime import date

import pytest

from incident_tracker.plugin.core.export_files import export_acled_csv
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file

from support import DARA, DARA_SOURCES

FORMULAS = {"notes": "=1+1", "actor1": "'=1+1", "actor2": "@SUM(1)", "location": "-Dara", "assoc_actor_1": "''+x",
            "tags": "it's; fine"}
COMPARED = ("event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "location", "notes",
            "tags", "geo_precision", "fatalities", "longitude", "latitude")


def _fill(store):
    store.add_incident(dict(DARA, **FORMULAS), DARA_SOURCES)
    store.add_incident(dict(DARA, event_date="2020-06-20", location="Mekhas", abducted=2, wounded=None),
                       [{"outlet": "KirkukNow; Rudaw"}])


def _round_trip(store, tmp_path, hashtags):
    output = str(tmp_path / "out.csv")
    export_acled_csv(store, output, hashtags=hashtags)
    with open(output, encoding="utf-8", newline="") as f:
        raw = f.read()
    assert "=1+1" in raw and not any(cell.startswith(("=", "+", "-", "@"))
                                     for record in csv.reader(raw.splitlines()) for cell in record)
    again = GeoPackageStore.create(str(tmp_path / "again.gpkg"))
    report = import_file(again, output, "acled", today=date(2024, 1, 1))
    assert report.imported == store.count() == 2 and not report.skipped
    return again


@pytest.mark.parametrize("hashtags", [False, True], ids=["acled", "hxl"])
@pytest.mark.parametrize("backend", ["gpkg", "postgis"])
def test_the_csv_export_imports_back_unchanged(backend, hashtags, request, tmp_path):
    store = request.getfixturevalue("store" if backend == "gpkg" else "pg_store")
    _fill(store)
    again = _round_trip(store, tmp_path, hashtags)
    try:
        before = {i["event_date"]: i for i in store.query()}
        for incident in again.query():
            original = before.pop(incident["event_date"])
            for name in COMPARED:
                assert incident[name] == original[name], (name, incident[name], original[name])
            for name in ("wounded", "abducted"):  # ACLED has no such columns: only the HXL export keeps them
                assert incident[name] == (original[name] if hashtags else None), name
        assert not before
    finally:
        again.close()


def test_the_processing_export_has_the_hxl_option(store, provider, tmp_path):
    import processing

    _fill(store)
    output = str(tmp_path / "hdx.csv")
    processing.run("incidenttracker:exportcsv", {"STORE": store.path, "HXL": True, "OUTPUT": output})
    with open(output, encoding="utf-8", newline="") as f:
        header, hashtags = list(csv.reader(f))[:2]
    assert hashtags[header.index("event_date")] == "#date+occurred"
    assert hashtags[header.index("admin2_pcode")] == "#adm2+code"
    result = processing.run("incidenttracker:importincidents", {"INPUT": output, "STORE": str(tmp_path / "b.gpkg")})
    assert (result["IMPORTED"], result["SKIPPED"]) == (2, 0)


def test_the_export_dialog_offers_the_hxl_option(store, qgis_iface, monkeypatch):
    """The menu's CSV export opens Processing's dialog on the active store; the algorithm has the HXL box."""
    import processing
    from qgis.core import QgsApplication, QgsProcessingParameterBoolean

    import incident_tracker

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm, parameters: opened.append(
        (algorithm, parameters)))
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(store.path)
        plugin.export("incidenttracker:exportcsv")
        (algorithm, parameters), = opened
        assert parameters == {"STORE": store.path}
        definition = QgsApplication.processingRegistry().algorithmById(algorithm).parameterDefinition("HXL")
        assert isinstance(definition, QgsProcessingParameterBoolean) and definition.defaultValue() is False
        assert definition.description() == "HXL hashtags (for HDX)"
    finally:
        plugin.unload()
