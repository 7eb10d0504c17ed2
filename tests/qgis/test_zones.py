"""Zones built from the reference COD-AB boundaries (../shared/data/cod-ab-irq), and the point look-up."""

import random

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from incident_tracker.plugin.core.zone_lookup import ZoneLookup
from incident_tracker.plugin.core.zones_builder import (
    DISTRICTS_LAYER,
    GROUPS_LAYER,
    REGION_LAYER,
    SUBDISTRICTS_LAYER,
    build_zones,
)
from incident_tracker.plugin.domain import zones_definition as zd

from support import SHARED_DATA

ADM2 = str(SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson")
ADM3 = str(SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson")

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")


@pytest.fixture(scope="module")
def zones_gpkg(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("zones") / "zones.gpkg")
    report = build_zones(ADM2, ADM3, path)
    return path, report


@pytest.fixture(scope="module")
def lookup(zones_gpkg):
    return ZoneLookup.from_gpkg(zones_gpkg[0])


def layer(path, name):
    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert result.isValid(), name
    return result


def test_every_area_of_the_definition_matches_a_polygon_by_pcode(zones_gpkg):
    path, report = zones_gpkg
    definition = zd.load_definition()
    assert report.unmatched == [] and report.matched_by_name == []
    assert sorted(report.matched_by_pcode) == sorted(a.id for a in definition.areas)
    districts = layer(path, DISTRICTS_LAYER)
    disputed = {f["admin2_pcode"]: f["zone_name_en"] for f in districts.getFeatures() if f["region"] == "disputed"}
    unami = {a.admin2_pcode for a in definition.areas if a.level == zd.DISTRICT and a.status == zd.UNAMI_2009}
    assert set(disputed) == unami and len(unami) == 14


def test_layers_hold_every_subdistrict_and_the_definition_attributes(zones_gpkg):
    path, _report = zones_gpkg
    subdistricts = layer(path, SUBDISTRICTS_LAYER)
    assert subdistricts.featureCount() == 294
    kirkuk = [f for f in subdistricts.getFeatures() if f["admin3_pcode"] == "IQG13Q04N06"][0]
    assert kirkuk["admin3_ar"] == "مركز كركوك" and kirkuk["zone_group"] == "Kirkuk"
    assert kirkuk["control_2014_2017"] == "KRG" and "Reuters" in kirkuk["control_2014_2017_source"]
    assert kirkuk["zone_name_ckb"] == "کەرکوک"
    baladruz = [f for f in layer(path, DISTRICTS_LAYER).getFeatures() if f["admin2_pcode"] == "IQG10Q03"][0]
    assert baladruz["region"] == "federal" and baladruz["disputed_part"] == "Mandali"
    groups = {(f["zone_group"], f["region"]) for f in layer(path, GROUPS_LAYER).getFeatures()}
    assert ("Khanaqin–Mandali", "disputed") in groups and ("Nineveh Plains", "claimed") in groups
    region = layer(path, REGION_LAYER)
    assert region.featureCount() == 1
    outline = next(region.getFeatures()).geometry()
    assert outline.contains(QgsGeometry.fromPointXY(QgsPointXY(44.009, 36.191)))  # Erbil
    assert not outline.contains(QgsGeometry.fromPointXY(QgsPointXY(43.59, 35.78)))  # Makhmour town: disputed


def test_khanaqin_town(lookup):
    result = lookup(45.391, 34.348)
    assert result["admin2"] == "Khanaqin" and result["admin2_pcode"] == "IQG10Q05"
    assert result["admin1"] == "Diyala" and result["admin3_pcode"].startswith("IQG10Q05")
    assert result["disputed_zone"] == "Khanaqin" and result["zone_group"] == "Khanaqin–Mandali"
    assert result["status"] == zd.STATUS_DISPUTED and result["distance_km"] == 0


def test_erbil_is_kurdistan_region_outside_the_zones(lookup):
    result = lookup(44.009, 36.191)
    assert result["admin1"] == "Erbil" and result["status"] == zd.STATUS_KURDISTAN
    assert result["disputed_zone"] is None and result["zone_group"] is None
    assert 0 < result["distance_km"] < 60


def test_baghdad_is_federal_with_a_distance(lookup):
    result = lookup(44.366, 33.315)
    assert result["admin1"] == "Baghdad" and result["status"] == zd.STATUS_FEDERAL
    assert result["disputed_zone"] is None
    assert 50 < result["distance_km"] < 150
    assert "km from" in lookup.describe(result)


@pytest.mark.parametrize("lon, lat", [(49.5, 29.0), (38.0, 40.0)])  # the Gulf; central Turkey
def test_sea_or_abroad_is_outside_iraq(lookup, lon, lat):
    result = lookup(lon, lat)
    assert result["status"] == zd.STATUS_OUTSIDE
    assert all(result[k] is None for k in ("admin1", "admin2", "admin3", "disputed_zone", "zone_group"))
    assert result["distance_km"] > 100


def test_sub_district_zones_and_claimed_areas(lookup):
    assert lookup(45.55, 33.75)["disputed_zone"] == "Mandali"
    bashiqa = lookup(43.35, 36.45)
    assert bashiqa["disputed_zone"] == "Bashiqa" and bashiqa["status"] == zd.STATUS_CLAIMED
    mosul = lookup(43.13, 36.34)
    assert mosul["admin2"] == "Al-Mosul" and mosul["disputed_zone"] is None


def test_lookup_matches_the_polygons_everywhere(lookup, zones_gpkg):
    """The grid cache gives the same answer as a plain point-in-polygon test."""
    subdistricts = layer(zones_gpkg[0], SUBDISTRICTS_LAYER)
    features = list(subdistricts.getFeatures())
    rng = random.Random(7)
    for _ in range(300):
        lon, lat = rng.uniform(38.7, 48.7), rng.uniform(29.0, 37.5)
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        expected = [f["admin3_pcode"] for f in features if f.geometry().contains(point)]
        assert lookup(lon, lat)["admin3_pcode"] == (expected[0] if expected else None)


def test_from_gpkg_without_zones_is_none(store):
    assert ZoneLookup.from_gpkg(store.path) is None


def test_zones_in_the_store_itself_and_the_store_fills_zone_fields(store):
    from support import DARA, DARA_SOURCES

    build_zones(ADM2, ADM3, store.path)
    store.zone_lookup = ZoneLookup.from_gpkg(store.path)
    uuid = store.add_incident(dict(DARA), DARA_SOURCES).uuid
    saved = store.get_incident(uuid)
    assert saved["admin2"] == "Khanaqin" and saved["zone_group"] == "Khanaqin–Mandali"


def test_from_layer(zones_gpkg):
    lookup = ZoneLookup.from_layer(layer(zones_gpkg[0], DISTRICTS_LAYER))
    assert lookup(45.391, 34.348)["disputed_zone"] == "Khanaqin"
    assert lookup(45.391, 34.348)["admin3"] is None


def test_name_matching_fallback_without_pcodes(tmp_path):
    """A district layer without P-codes (geoBoundaries style: shapeName only) is matched by name."""
    source = QgsVectorLayer(ADM2, "adm2", "ogr")
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=shapeName:string", "gb", "memory")
    features = []
    for f in source.getFeatures():
        if f["ADM2_EN"] == "Kifri":
            continue  # this one stays unmatched
        feature = QgsFeature(memory.fields())
        feature.setGeometry(f.geometry())
        feature["shapeName"] = {"Al-Hawiga": "Hawija", "Tooz Khurmato": "Tuz Khurmatu"}.get(f["ADM2_EN"], f["ADM2_EN"])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    report = build_zones(memory, None, str(tmp_path / "z.gpkg"))
    assert set(report.unmatched) == {"kifri", "mandali", "bashiqa"}
    assert "al_hawiga" in report.matched_by_name and "tooz_khurmato" in report.matched_by_name
    lookup = ZoneLookup.from_gpkg(str(tmp_path / "z.gpkg"))
    assert lookup(45.391, 34.348)["disputed_zone"] == "Khanaqin"


def test_lookup_agrees_with_join_by_location_near_boundaries(lookup, zones_gpkg, qgis_processing):
    """Where the grid matters most, next to the boundaries, the look-up gives the sub-district QGIS's
    own join by location gives (speed is measured in bench/, not here)."""
    import processing

    zones = layer(zones_gpkg[0], SUBDISTRICTS_LAYER)
    rng = random.Random(3)
    vertices = [v for f in zones.getFeatures() for v in f.geometry().vertices()]
    points = [(v.x() + rng.uniform(-0.002, 0.002), v.y() + rng.uniform(-0.002, 0.002))
              for v in rng.sample(vertices, 4000)]
    points += [(rng.uniform(38.8, 48.6), rng.uniform(29.1, 37.4)) for _ in range(1000)]
    memory = QgsVectorLayer("Point?crs=EPSG:4326&field=n:integer", "points", "memory")
    features = []
    for n, (lon, lat) in enumerate(points):
        feature = QgsFeature(memory.fields())
        feature.setAttributes([n])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": memory, "JOIN": zones, "PREDICATE": [5], "JOIN_FIELDS": ["admin3_pcode"], "METHOD": 1,
        "DISCARD_NONMATCHING": False, "OUTPUT": "memory:"})["OUTPUT"]
    expected = {f["n"]: (f["admin3_pcode"] or None) for f in joined.getFeatures()}
    fresh = ZoneLookup.from_gpkg(zones_gpkg[0], distances=False)  # the store's own: no distances
    found = {n: fresh(lon, lat)["admin3_pcode"] for n, (lon, lat) in enumerate(points)}
    assert found == expected


def test_add_zone_layers_styled_beneath_the_incidents(zones_gpkg, qgis_new_project):
    from qgis.core import QgsProject

    from incident_tracker.plugin.core.zone_layers import GROUP_NAME, add_zone_layers
    from incident_tracker.plugin.core.zones_builder import ATTRIBUTION

    project = QgsProject.instance()
    incidents = QgsVectorLayer("Point?crs=EPSG:4326", "incidents", "memory")
    project.addMapLayer(incidents)
    added = add_zone_layers(zones_gpkg[0], project, "ckb")
    root = project.layerTreeRoot()
    assert root.children()[0].layerId() == incidents.id()
    assert root.children()[-1].name() == GROUP_NAME
    groups = added[GROUPS_LAYER]
    assert groups.labelsEnabled()
    assert {c.value() for c in groups.renderer().categories()} == {"disputed", "claimed", "kurdistan_region",
                                                                   "federal"}
    assert groups.renderer().categories()[0].symbol().symbolLayer(1).layerType() == "LinePatternFill"
    assert ATTRIBUTION in groups.metadata().rights()
    assert ATTRIBUTION in project.readEntry("CopyrightLabel", "/Label", "")[0]
    expression = groups.labeling().settings().fieldName
    from qgis.core import QgsExpression, QgsExpressionContext

    context = QgsExpressionContext()
    values = {}
    for feature in groups.getFeatures():
        context.setFeature(feature)
        values[feature["zone_group_id"]] = QgsExpression(expression).evaluate(context)
    assert values["sinjar"] == "شنگال"  # Sorani name known
    assert values["makhmour"] == "Makhmour"  # Sorani unknown: English
