import sqlite3
from datetime import date

import pytest
from support import DARA, DARA_SOURCES, table_rows

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.store import (
    ConflictError,
    NewerSchemaError,
    NotAStoreError,
    StoreError,
    ValidationFailed,
)


def test_a_new_store_is_a_geopackage_gdal_reads(tmp_path):
    from osgeo import ogr

    path = str(tmp_path / "s.gpkg")
    GeoPackageStore.create(path).close()
    datasource = ogr.Open(path)
    incidents = datasource.GetLayerByName("incidents")
    assert incidents.GetGeomType() == ogr.wkbPoint
    assert incidents.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert datasource.GetLayerByName("sources").GetGeomType() == ogr.wkbNone
    assert GeoPackageStore.open(path).metadata()["schema_version"] == "1"


def test_create_refuses_to_overwrite(tmp_path):
    path = tmp_path / "s.gpkg"
    path.write_text("precious")
    with pytest.raises(StoreError, match="already exists"):
        GeoPackageStore.create(str(path))
    assert path.read_text() == "precious"


def test_open_refuses_what_is_not_a_store(tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("not a database")
    with pytest.raises(NotAStoreError, match="not an Incident Tracker store"):
        GeoPackageStore.open(str(text))
    from osgeo import ogr

    other = str(tmp_path / "other.gpkg")
    ogr.GetDriverByName("GPKG").CreateDataSource(other).CreateLayer("roads")
    with pytest.raises(NotAStoreError):
        GeoPackageStore.open(other)
    with pytest.raises(NotAStoreError, match="does not exist"):
        GeoPackageStore.open(str(tmp_path / "missing.gpkg"))


def test_open_refuses_a_newer_schema_with_a_clear_message(store):
    store._connection().execute("UPDATE incident_tracker_meta SET value = '99' WHERE key = 'schema_version'")
    store.close()
    with pytest.raises(NewerSchemaError, match="newer version of Incident Tracker"):
        GeoPackageStore.open(store.path)


def test_add_writes_incident_with_both_sources_and_figures(store):
    result = store.add_incident(DARA, DARA_SOURCES)
    incident = store.get_incident(result.uuid)
    assert (incident["fatalities"], incident["fatalities_low"], incident["fatalities_high"], incident["wounded"]) \
        == (7, 7, 7, 5)
    assert incident["disorder_type"] == "Political violence"
    assert (incident["longitude"], incident["latitude"]) == (45.391, 34.348)
    assert [s["outlet"] for s in store.sources_of(result.uuid)] == ["Kurdistan 24", "KirkukNow"]


def test_an_add_failing_half_way_leaves_nothing(store):
    sources = [dict(DARA_SOURCES[0], uuid="same"), dict(DARA_SOURCES[1], uuid="same")]  # 2nd insert fails
    with pytest.raises(sqlite3.IntegrityError):
        store.add_incident(DARA, sources)
    assert table_rows(store.path, "incidents") == []
    assert table_rows(store.path, "sources") == []
    assert store.count() == 0


def test_invalid_incident_is_refused_and_nothing_written(store):
    with pytest.raises(ValidationFailed, match="in the future"):
        store.add_incident(dict(DARA, event_date="2099-01-01"), DARA_SOURCES)
    with pytest.raises(ValidationFailed, match="outlet"):
        store.add_incident(DARA, [])
    assert store.count() == 0


def test_a_point_outside_iraq_needs_confirmation(store):
    paris = dict(DARA, longitude=2.35, latitude=48.85)
    with pytest.raises(ValidationFailed, match="outside Iraq"):
        store.add_incident(paris, DARA_SOURCES)
    assert store.add_incident(paris, DARA_SOURCES, confirmed=True).uuid


def test_likely_duplicates_are_flagged_not_merged(store):
    first = store.add_incident(DARA, DARA_SOURCES)
    second = store.add_incident(dict(DARA, event_date="2020-06-13", longitude=45.40), DARA_SOURCES[:1])
    assert second.likely_duplicates == [first.uuid]
    assert store.count() == 2
    assert store.get_incident(second.uuid)["likely_duplicate_of"] == first.uuid
    third = store.add_incident(dict(DARA, event_type="Battles", sub_event_type="Armed clash"), DARA_SOURCES)
    assert third.likely_duplicates == []


def test_update_checks_the_row_version(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    version = store.update_incident(uuid, {"fatalities": 8, "fatalities_manual": True}, expected_row_version=1)
    assert version == 2 and store.get_incident(uuid)["fatalities"] == 8
    with pytest.raises(ConflictError, match="Someone else saved") as conflict:
        store.update_incident(uuid, {"notes": "stale edit"}, expected_row_version=1)
    assert conflict.value.current["fatalities"] == 8
    assert store.get_incident(uuid)["notes"] is None


def test_update_replaces_sources_and_recomputes_figures(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.update_incident(uuid, {}, sources=[dict(DARA_SOURCES[0], fatalities_reported=6)])
    incident = store.get_incident(uuid)
    assert incident["fatalities"] == 6 and [s["outlet"] for s in store.sources_of(uuid)] == ["Kurdistan 24"]


def test_delete_removes_incident_and_its_sources(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    assert store.delete_incident(uuid)
    assert store.count() == 0 and table_rows(store.path, "sources") == []


def test_query_by_dates_zone_and_text(store):
    store.add_incident(DARA, DARA_SOURCES)
    store.add_incident(dict(DARA, event_date="2020-05-10", location="Mekhas", sub_event_type="Abduction/forced disappearance",
                            admin2="Khanaqin"), DARA_SOURCES)
    store.add_incident(dict(DARA, event_date="2021-01-01", location="قرية دارا", longitude=44.39, latitude=35.47,
                            admin2="Kirkuk"), DARA_SOURCES)
    assert [i["location"] for i in store.query(start=date(2020, 6, 1), end="2020-12-31")] == ["Dara"]
    assert [i["location"] for i in store.query(text="mekh")] == ["Mekhas"]
    assert [i["location"] for i in store.query(text="دارا")] == ["قرية دارا"]
    assert [i["location"] for i in store.query(zone="Kirkuk")] == ["قرية دارا"]
    assert store.query(text="100%_") == []


def test_text_that_looks_like_sql_is_stored_as_text(store):
    name = "Dara'; DROP TABLE incidents; --"
    uuid = store.add_incident(dict(DARA, location=name), DARA_SOURCES).uuid
    assert store.get_incident(uuid)["location"] == name
    assert store.query(text="DROP TABLE")[0]["uuid"] == uuid
