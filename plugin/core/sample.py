"""The sample store: the incidents of resources/sample_incidents.json (with their press sources)."""

from ..domain.resources import load_json
from .gpkg_store import GeoPackageStore


def sample_records():
    return [(entry["incident"], entry["sources"]) for entry in load_json("sample_incidents.json")["incidents"]]


def add_sample_incidents(store):
    for incident, sources in sample_records():
        store.add_incident(incident, sources, created_by="Incident Tracker sample")


def build_sample_store(path, zones_from=None):
    """Create a store at ``path`` holding the sample incidents; returns the open store.

    ``zones_from``: a folder with COD-AB adm2/adm3 files; the zones are built into the store first,
    so the sample incidents get their governorate, district, sub-district and disputed zone.
    """
    store = GeoPackageStore.create(path)
    if zones_from:
        import glob
        import os

        from .zone_lookup import ZoneLookup
        from .zones_builder import build_zones

        adm2 = sorted(glob.glob(os.path.join(zones_from, "*adm2*")))[0]
        adm3 = sorted(glob.glob(os.path.join(zones_from, "*adm3*")))[0]
        build_zones(adm2, adm3, path)
        store.zone_lookup = ZoneLookup.from_gpkg(path, distances=False)
    add_sample_incidents(store)
    return store
