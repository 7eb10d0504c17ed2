"""incidenttracker:buildzones, assignzones and zonestatistics on the reference boundaries."""

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from incident_tracker.plugin.core.compat import field_type

from support import SHARED_DATA

ADM2 = str(SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson")
ADM3 = str(SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson")
pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")

POINTS = [  # lon, lat, date, event type, killed, wounded
    (45.391, 34.348, "2023-01-10", "Battles", 2, 1),            # Khanaqin
    (45.40, 34.35, "2023-02-10", "Explosions/Remote violence", 1, 4),  # Khanaqin
    (44.39, 35.47, "2023-01-15", "Battles", 3, 0),              # Kirkuk
    (44.366, 33.315, "2023-01-20", "Battles", 7, 0),            # Baghdad: outside the zones
    (44.39, 35.47, "2022-06-01", "Battles", 50, 0),             # Kirkuk, before the period
]


def incidents_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "incidents", "memory")
    layer.dataProvider().addAttributes([QgsField("event_date", field_type("Date")), QgsField("event_type", field_type("String")),
                                        QgsField("fatalities", field_type("Int")), QgsField("wounded", field_type("Int")),
                                        QgsField("admin1", field_type("String"))])
    layer.updateFields()
    features = []
    for lon, lat, day, kind, killed, wounded in POINTS:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([QDate.fromString(day, "yyyy-MM-dd"), kind, killed, wounded, "stale value"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def zones_path(tmp_path_factory):
    from incident_tracker.plugin.core.zones_builder import build_zones

    path = str(tmp_path_factory.mktemp("zones") / "zones.gpkg")
    build_zones(ADM2, ADM3, path)
    return path


@pytest.fixture
def zones(zones_path, provider):
    return f"{zones_path}|layername=zones_subdistricts"


def test_buildzones(provider, tmp_path):
    import processing

    path = str(tmp_path / "zones.gpkg")
    result = processing.run("incidenttracker:buildzones", {"ADMIN2": ADM2, "ADMIN3": ADM3, "OUTPUT": path})
    assert result["UNMATCHED"] == ""
    layer = QgsVectorLayer(f"{path}|layername=zone_groups", "groups", "ogr")
    assert "Khanaqin–Mandali" in {f["zone_group"] for f in layer.getFeatures()}


def test_buildzones_without_subdistricts_reports_the_subdistrict_areas(provider, tmp_path):
    import processing

    result = processing.run("incidenttracker:buildzones", {"ADMIN2": ADM2, "OUTPUT": str(tmp_path / "z.gpkg")})
    assert set(result["UNMATCHED"].split(",")) == {"mandali", "bashiqa"}


def test_assignzones_adds_the_zone_fields(zones):
    import processing

    out = processing.run("incidenttracker:assignzones", {"INPUT": incidents_layer(), "ZONES": zones,
                                                          "OUTPUT": "memory:"})["OUTPUT"]
    rows = list(out.getFeatures())
    assert rows[0]["disputed_zone"] == "Khanaqin" and rows[0]["zone_group"] == "Khanaqin–Mandali"
    assert rows[0]["admin1"] == "Diyala"  # the stale input value is replaced
    assert rows[3]["disputed_zone"] is None or str(rows[3]["disputed_zone"]) == "NULL"
    assert rows[3]["zone_status"] == "federal Iraq" and rows[3]["distance_km"] > 50
    assert out.fields().names().count("admin1") == 1


def test_zonestatistics_for_a_period(zones):
    import processing

    out = processing.run("incidenttracker:zonestatistics", {
        "INCIDENTS": incidents_layer(), "ZONES": zones, "START": QDate(2023, 1, 1), "END": QDate(2023, 12, 31),
        "OUTPUT": "memory:"})["OUTPUT"]
    rows = {(f["zone"], f["month"], f["event_type"]): (f["incidents"], f["killed"], f["wounded"])
            for f in out.getFeatures()}
    assert rows[("Khanaqin", "all", "all")] == (2, 3, 5)
    assert rows[("Khanaqin", "2023-02", "all")] == (1, 1, 4)
    assert rows[("Kirkuk", "all", "all")] == (1, 3, 0)  # the 2022 incident is outside the period
    assert rows[("outside the disputed territories", "all", "all")] == (1, 7, 0)


def test_zonestatistics_keeps_the_review_statuses_chosen(zones):
    import processing

    from incident_tracker.plugin.domain import review

    layer = incidents_layer()
    layer.dataProvider().addAttributes([QgsField("verification", field_type("String"))])
    layer.updateFields()
    index = layer.fields().indexOf("verification")
    layer.dataProvider().changeAttributeValues(
        {f.id(): {index: "verified" if f["fatalities"] == 2 else "unverified"} for f in layer.getFeatures()})
    out = processing.run("incidenttracker:zonestatistics", {
        "INCIDENTS": layer, "ZONES": zones, "START": QDate(2023, 1, 1), "END": QDate(2023, 12, 31),
        "STATUS": [review.STATUSES.index(review.VERIFIED)], "OUTPUT": "memory:"})["OUTPUT"]
    rows = {(f["zone"], f["month"], f["event_type"]): (f["incidents"], f["killed"]) for f in out.getFeatures()}
    assert rows[("Khanaqin", "all", "all")] == (1, 2)
    assert ("Kirkuk", "all", "all") not in rows
