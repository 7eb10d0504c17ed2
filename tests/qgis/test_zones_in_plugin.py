"""The zones as an analyst meets them: one click adds them beneath the incidents; the dock fills zones."""

import pytest
from qgis.core import QgsProject

import incident_tracker
from incident_tracker.plugin.core.sample import build_sample_store

from support import SHARED_DATA, file_bytes


@pytest.fixture(scope="module")
def zoned_sample(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("zoned") / "sample.gpkg")
    build_sample_store(path, zones_from=str(SHARED_DATA)).close()
    return path


@pytest.fixture
def plugin(qgis_iface, qgis_new_project):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    plugin.unload()


def test_sample_incidents_carry_their_district_and_disputed_zone(zoned_sample):
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    store = GeoPackageStore.open(zoned_sample)
    for incident in store.query():
        assert (incident["admin1"], incident["admin2"], incident["admin2_pcode"]) == ("Diyala", "Khanaqin", "IQG10Q05")
        assert incident["zone_group"] == "Khanaqin–Mandali"


def test_one_click_adds_the_zones_beneath_the_incident_layers(plugin, zoned_sample):
    plugin.set_store(zoned_sample)
    added = plugin.add_zones(ask=lambda text, choices: pytest.fail("zones exist: no question expected"))
    assert added and all(layer.isValid() for layer in added.values())
    root = QgsProject.instance().layerTreeRoot()
    names = [child.name() for child in root.children()]
    assert names[0].startswith("Incident Tracker") and len(names) == 2  # incidents group on top, zones below
    for layer in added.values():
        assert layer.metadata().rights() == ["Administrative boundaries: Iraq CSO / OCHA COD-AB (2019), CC BY 3.0 IGO"]


def test_a_store_without_zones_asks_how_to_build_them_and_cancel_adds_nothing(plugin, store):
    plugin.set_store(store.path)
    asked = []
    assert plugin.add_zones(ask=lambda text, choices: asked.append(choices) or len(choices) - 1) is None
    assert len(asked) == 1 and len(QgsProject.instance().layerTreeRoot().children()) == 1


def test_the_dock_fills_governorate_district_and_zone_from_the_point(plugin, zoned_sample):
    plugin.set_store(zoned_sample)
    dock = plugin.toggle_dock(True)
    dock.form.coordinates.setText("34.348, 45.391")
    dock.form.coordinates.editingFinished.emit()
    assert dock.form.zone_fields["admin1"].text() == "Diyala"
    assert dock.form.zone_fields["admin2"].text() == "Khanaqin"
    assert "Khanaqin–Mandali" in dock.form.zone_fields["disputed_zone"].text()


def test_processing_import_into_a_store_with_zones_fills_the_zone_fields(provider, tmp_path, zoned_sample):
    import shutil

    import processing

    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    from support import TEST_DATA

    path = str(tmp_path / "zoned.gpkg")
    shutil.copy(zoned_sample, path)
    result = processing.run("incidenttracker:importincidents", {
        "INPUT": str(TEST_DATA / "import" / "acled_iraq_sample.csv"), "FORMAT": 1, "STORE": path})
    assert result["IMPORTED"] > 0
    store = GeoPackageStore.open(path)
    imported = [i for i in store.query() if i["event_id_cnty"]]
    assert len(imported) == result["IMPORTED"]
    assert all(i["admin2_pcode"] and i["admin2_pcode"].startswith("IQG") for i in imported)
    assert any(i["zone_group"] for i in imported)


def test_statistics_by_zone_show_a_table_and_a_chart_and_save_as_csv(plugin, zoned_sample, tmp_path, monkeypatch):
    import csv

    from qgis.PyQt.QtWidgets import QMessageBox

    plugin.set_store(zoned_sample)
    dialog = plugin.show_statistics()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(6)] == ["Khanaqin", "Khanaqin–Mandali", "2", "9", "5", "2"]
    assert dialog.chart.bars == [("Khanaqin", 2)]
    dialog.figure.setCurrentIndex(dialog.figure.findData("killed"))
    assert dialog.chart.bars == [("Khanaqin", 9)]
    from qgis.PyQt.QtCore import QDate

    dialog.start.setDate(QDate(2020, 6, 1))
    assert dialog.chart.bars == [("Khanaqin", 7)]
    path = dialog.save_csv(str(tmp_path / "stats.csv"))
    with open(path, encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["zone", "zone_group", "incidents", "killed", "wounded", "abducted"],
                                       ["Khanaqin", "Khanaqin–Mandali", "1", "7", "5", "0"]]
    # never over a store: the user is told, the store is unchanged
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = file_bytes(zoned_sample)
    assert dialog.save_csv(zoned_sample) is None
    assert file_bytes(zoned_sample) == before and "is an incident store" in warnings[0]
    dialog.grab()  # paints the chart
    dialog.close()


def test_place_search_finds_districts_in_english_and_arabic_and_places_the_point(plugin, zoned_sample):
    plugin.set_store(zoned_sample)
    dock = plugin.toggle_dock(True)
    form = dock.form
    form._search_places("khanaq")
    labels = form.place_model.stringList()
    assert labels and labels[0].startswith("Khanaqin (district, Diyala)")
    form._search_places("خانقين")
    assert any(label.startswith("Khanaqin") for label in form.place_model.stringList())
    form.choose_place(labels[0])
    assert form.location.text() == "Khanaqin" and form.geo_precision.currentData() == 3
    assert form.zone_fields["admin2"].text() == "Khanaqin"
    form._search_places("dara (near")
    assert form.place_model.stringList() == ["Dara (near Khanaqin) (incident, Khanaqin)"]


def test_place_search_looks_in_a_gazetteer_layer(plugin, zoned_sample):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    plugin.set_store(zoned_sample)
    dock = plugin.toggle_dock(True)
    gazetteer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "villages", "memory")
    feature = QgsFeature(gazetteer.fields())
    feature["name"] = "Mikhas"
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(45.45, 34.31)))
    gazetteer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(gazetteer)
    dock.form.gazetteer.setLayer(gazetteer)
    dock.form.gazetteer_field.setField("name")
    dock.form._search_places("mikh")
    assert dock.form.place_model.stringList() == ["Mekhas (Mikhas), near Dara (incident, Khanaqin)",
                                                  "Mikhas (gazetteer, villages)"]
    dock.form.choose_place("Mikhas (gazetteer, villages)")
    assert dock.form.point == (45.45, 34.31) and dock.form.geo_precision.currentData() == 1


def test_export_from_the_menu_or_dock_opens_the_dialog_with_the_store_and_its_zones(plugin, zoned_sample,
                                                                                    monkeypatch):
    import processing

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, params: opened.append((name, params)))
    plugin.set_store(zoned_sample)
    dock = plugin.toggle_dock(True)
    dock.export_button.click()
    assert opened == [("incidenttracker:exportgeopackage",
                       {"STORE": zoned_sample, "ZONES": f"{zoned_sample}|layername=zones_subdistricts"})]
    plugin.export("incidenttracker:exportcsv")
    assert opened[-1] == ("incidenttracker:exportcsv", {"STORE": zoned_sample})


def test_a_point_in_iran_inside_iraqs_bounding_box_needs_confirmation_in_the_dock(plugin, zoned_sample, tmp_path):
    import shutil

    path = str(tmp_path / "copy.gpkg")
    shutil.copy(zoned_sample, path)
    plugin.set_store(path)
    dock = plugin.toggle_dock(True)
    asked = []
    dock.confirm = lambda text: asked.append(text) or False
    dock.form.coordinates.setText("34.0, 46.5")  # Iran, east of Khanaqin, inside Iraq's rectangle
    dock.form.coordinates.editingFinished.emit()
    from qgis.PyQt.QtCore import QDate

    from support import DARA_SOURCES

    dock.form.event_date.setDate(QDate(2020, 6, 14))
    dock.form.event_type.setCurrentIndex(dock.form.event_type.findData("Battles"))
    for source in DARA_SOURCES:
        dock.form.add_source(source)
    assert dock.save() is None and "outside Iraq" in asked[-1]
