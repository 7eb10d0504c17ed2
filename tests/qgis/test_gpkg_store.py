"""What only a GeoPackage store does: a file GDAL reads, refusing files that are not stores."""

import os

import pytest

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.store import NotAStoreError, StoreError
from incident_tracker.plugin.domain.schema import SCHEMA_VERSION


def test_a_new_store_is_a_geopackage_gdal_reads(tmp_path):
    from osgeo import ogr

    path = str(tmp_path / "s.gpkg")
    GeoPackageStore.create(path).close()
    datasource = ogr.Open(path)
    incidents = datasource.GetLayerByName("incidents")
    assert incidents.GetGeomType() == ogr.wkbPoint
    assert incidents.GetSpatialRef().GetAuthorityCode(None) == "4326"
    assert datasource.GetLayerByName("sources").GetGeomType() == ogr.wkbNone
    assert GeoPackageStore.open(path).metadata()["schema_version"] == str(SCHEMA_VERSION)


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


def test_a_store_passes_gdals_geopackage_validation(store):
    import subprocess

    from support import DARA, DARA_SOURCES

    validator = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
    if not os.path.exists(validator):
        pytest.skip("GDAL's validate_gpkg.py is not installed here")
    store.add_incident(DARA, DARA_SOURCES)
    store.close()
    result = subprocess.run(["/usr/bin/python3", validator, store.path], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
