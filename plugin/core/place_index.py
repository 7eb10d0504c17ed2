"""The places an analyst can search in the dock: admin units of the zones, incident locations, a
gazetteer layer. Built into a :class:`~..domain.place_names.PlaceIndex`."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from ..domain.place_names import Place, PlaceIndex
from ..domain.zone_tables import DISTRICTS_LAYER as DISTRICTS_TABLE
from ..domain.zone_tables import SUBDISTRICTS_LAYER as SUBDISTRICTS_TABLE

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Geo precision a place of each kind supports (ACLED codes: 1 exact place, 2 near a place, 3 region).
PRECISION_OF_KIND = {"governorate": 3, "district": 3, "sub-district": 3, "incident": 2, "gazetteer": 1}


def _units(index, zones_gpkg, table, level, kind):
    layer = QgsVectorLayer(f"{zones_gpkg}|layername={table}", table, "ogr")
    if not layer.isValid():
        return
    transform = QgsCoordinateTransform(layer.crs(), WGS84, QgsProject.instance())
    seen = set()
    for feature in layer.getFeatures():
        name = feature[f"admin{level}"]
        if not name or name in seen and level < 3:
            continue
        seen.add(name)
        point = transform.transform(feature.geometry().pointOnSurface().asPoint())
        detail = ", ".join(str(feature[f"admin{n}"]) for n in range(level - 1, 0, -1) if feature[f"admin{n}"])
        place = Place(str(name), point.x(), point.y(), kind, detail)
        arabic = feature[f"admin{level}_ar"] if layer.fields().indexOf(f"admin{level}_ar") >= 0 else None
        index.add(place, *([str(arabic)] if arabic else []))


def add_incident_place(index, incident):
    """Put a saved incident's location into ``index`` (unless a place of that name is there already):
    the place search follows each save without reading the store again. Returns whether it was added."""
    name = incident.get("location")
    if not name or incident.get("longitude") is None or index.has_name(name):
        return False
    index.add(Place(name, incident["longitude"], incident["latitude"], "incident", incident.get("admin2") or ""))
    return True


def build_place_index(zones_gpkg=None, store=None, gazetteer=None, gazetteer_field=None):
    """Places from the zones' districts and sub-districts, the store's incident locations (one per
    name, by an index: not every incident) and a gazetteer point layer (its ``gazetteer_field``
    holding names)."""
    index = PlaceIndex()
    if zones_gpkg:
        _units(index, zones_gpkg, DISTRICTS_TABLE, 2, "district")
        _units(index, zones_gpkg, SUBDISTRICTS_TABLE, 3, "sub-district")
    if store is not None:
        for name, longitude, latitude, admin2 in store.incident_places():
            index.add(Place(name, longitude, latitude, "incident", admin2 or ""))
    if gazetteer is not None and gazetteer_field and gazetteer.fields().indexOf(gazetteer_field) >= 0:
        transform = QgsCoordinateTransform(gazetteer.crs(), WGS84, QgsProject.instance())
        for feature in gazetteer.getFeatures():
            if not feature.hasGeometry() or not feature[gazetteer_field]:
                continue
            point = transform.transform(feature.geometry().centroid().asPoint())
            index.add(Place(str(feature[gazetteer_field]), point.x(), point.y(), "gazetteer", gazetteer.name()))
    return index
