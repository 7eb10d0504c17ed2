import os

import pytest

from support import DARA, DARA_SOURCES, ROOT, SHARED_DATA, TEST_DATA, file_bytes, table_rows  # noqa: F401

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore


@pytest.fixture
def store(tmp_path):
    store = GeoPackageStore.create(str(tmp_path / "store.gpkg"))
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
