"""The sample store: the incidents of resources/sample_incidents.json (with their press sources)."""

from ..domain.resources import load_json
from .gpkg_store import GeoPackageStore


def sample_records():
    return [(entry["incident"], entry["sources"]) for entry in load_json("sample_incidents.json")["incidents"]]


def build_sample_store(path, zone_lookup=None):
    """Create a store at ``path`` holding the sample incidents; returns the open store."""
    store = GeoPackageStore.create(path, zone_lookup=zone_lookup)
    for incident, sources in sample_records():
        store.add_incident(incident, sources, created_by="Incident Tracker sample")
    return store
