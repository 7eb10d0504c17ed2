import os
import uuid

import pytest

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

from support import DARA, DARA_SOURCES, ROOT, SHARED_DATA, TEST_DATA, file_bytes, table_rows  # noqa: F401


@pytest.fixture
def store(tmp_path):
    store = GeoPackageStore.create(str(tmp_path / "store.gpkg"))
    yield store
    store.close()


@pytest.fixture(params=["gpkg", "postgis"])
def any_store(request, tmp_path):
    """The same test on a GeoPackage store and on a PostGIS one."""
    if request.param == "gpkg":
        store = GeoPackageStore.create(str(tmp_path / "store.gpkg"))
    else:
        store = request.getfixturevalue("pg_store")
    yield store
    store.close()


@pytest.fixture(scope="session")
def postgis_cluster():
    """A throwaway PostgreSQL/PostGIS server on 127.0.0.1 for the session (see postgis_cluster.py)."""
    import postgis_cluster as cluster_module

    try:
        cluster = cluster_module.start()
    except cluster_module.Unavailable as reason:
        pytest.skip(f"PostGIS tests need a PostgreSQL server: {reason}")
    yield cluster
    cluster.stop()


@pytest.fixture
def postgis_schema(postgis_cluster):
    """A schema name unused so far in the test cluster; dropped after the test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield name
    postgis_cluster.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def pg_store(postgis_cluster, postgis_schema):
    from incident_tracker.plugin.core.postgis_store import PostgisStore

    store = PostgisStore.create(postgis_cluster.uri(), postgis_schema)
    yield store
    store.close()


@pytest.fixture
def provider(qgis_processing):
    from qgis.core import QgsApplication

    from incident_tracker.plugin.processing.provider import IncidentTrackerProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("incidenttracker")
    if existing is not None:
        yield existing
        return
    provider = IncidentTrackerProvider()
    registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
