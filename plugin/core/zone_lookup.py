"""Which governorate, district, sub-district and disputed zone a point falls in, fast.

``ZoneLookup(lon, lat)`` answers a dict with the keys the store copies into incidents (admin1,
admin1_pcode, admin2, admin2_pcode, admin3, admin3_pcode, disputed_zone, zone_group) plus
``status`` (e.g. "disputed (UNAMI 2009)", "Kurdistan Region", "federal Iraq", "outside Iraq"),
``region``, ``zone_id``, ``nearest_zone`` and ``distance_km`` (to the nearest disputed or claimed
zone; 0 inside one).

Speed: the units are rasterised once (GDAL, 0.01° cells) with the cells their boundaries touch
marked; a point in any other cell is answered by one array look-up, a point near a boundary by the
prepared geometries of the units that meet its cell (found once per cell). Distances (skipped when
``distances`` is False, e.g. for the store, which does not keep them): nearest point on the zones'
boundaries (split into short pieces in an STRtree, in a plane scaled by cos 34°N), then the
great-circle distance to it.
"""

import math
import os
import sqlite3
from array import array

from shapely import wkb
from shapely.geometry import LineString, Point, box
from shapely.ops import nearest_points
from shapely.prepared import prep

from ..domain import gpkg_geometry
from ..domain import zones_definition as zd
from ..domain.i18n import message_template
from ..domain.zone_tables import DISTRICTS_LAYER, SUBDISTRICTS_LAYER
from .compat import GeometryIndex
from .geometry import as_multipolygon, shapely_from_qgs

RESULT_KEYS = ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "admin3", "admin3_pcode", "disputed_zone",
               "zone_group")
_READ_FIELDS = ("admin1", "admin1_ar", "admin1_pcode", "admin2", "admin2_ar", "admin2_pcode", "admin3",
                "admin3_ar", "admin3_pcode", "region", "zone_id", "zone_name_en", "zone_group")
_SCALE = math.cos(math.radians(34.0))  # Iraq's middle latitude
_EARTH_KM = 6371.0088
_MIXED = -1
_NOTHING = -2
_PIECE = 24  # vertices per boundary piece in the distance index


def _msg(text):
    return message_template("zone_lookup", text)


def _haversine_km(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class ZoneLookup:
    """Point look-up over zone units: ``records`` are (attributes dict, shapely polygon) in EPSG:4326."""

    def __init__(self, records, cell=0.01, distances=True):
        self.units = []
        self.attributes = []
        for attributes, geometry in records:
            shape = as_multipolygon(geometry)
            if shape is not None:
                self.units.append(shape)
                self.attributes.append({k: attributes.get(k) for k in _READ_FIELDS})
        if not self.units:
            raise ValueError(_msg("The zones layer has no polygons."))
        self._prepared = [prep(g) for g in self.units]
        self._index = GeometryIndex(self.units)
        self._cell = cell
        self._grid = None
        self._cell_candidates = {}
        self._last_point, self._last_unit = None, None
        self.distances = distances
        self._results = [self._result_of(i) for i in range(len(self.units))]
        self._build_distance_index()

    # --- construction ------------------------------------------------------------------------
    @classmethod
    def from_gpkg(cls, path, distances=True):
        """The look-up over a GeoPackage's zones layers (read with SQLite: the zones are written in
        EPSG:4326 by the plugin), or None when it has none."""
        layer_name = _zones_table(path)
        if layer_name is None:
            return None
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            geometry_column = connection.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", [layer_name]).fetchone()[0]
            names = [row[1] for row in connection.execute(f'PRAGMA table_info("{layer_name}")')
                     if row[1] in _READ_FIELDS]
            columns = ", ".join(f'"{n}"' for n in names + [geometry_column])
            rows = connection.execute(f'SELECT {columns} FROM "{layer_name}"').fetchall()
        finally:
            connection.close()
        records = []
        for *values, blob in rows:
            data = gpkg_geometry.wkb_of(blob)
            if data is not None:
                records.append((dict(zip(names, values)), wkb.loads(data)))
        return cls(records, distances=distances)

    @classmethod
    def from_layer(cls, layer, distances=True):
        """The look-up over a zones layer (``zones_subdistricts`` or ``zones_districts``) in any CRS."""
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

        transform_ = None
        if layer.crs().isValid() and layer.crs().authid() != "EPSG:4326":
            transform_ = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                                QgsProject.instance())
        names = [n for n in layer.fields().names() if n in _READ_FIELDS]
        if "region" not in names:
            raise ValueError(_msg("{layer} is not a zones layer (no 'region' field); build the zones first").format(
                layer=layer.name()))
        records = []
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if transform_ is not None and not geometry.isNull():
                geometry.transform(transform_)
            shape = shapely_from_qgs(geometry)
            if shape is not None:
                records.append(({n: _value(feature[n]) for n in names}, shape))
        return cls(records, distances=distances)

    def _result_of(self, i):
        a = self.attributes[i]
        region = a.get("region") or zd.REGION_FEDERAL
        inside_zone = region in (zd.REGION_DISPUTED, zd.REGION_CLAIMED)
        return {
            "admin1": a.get("admin1"), "admin1_pcode": a.get("admin1_pcode"),
            "admin2": a.get("admin2"), "admin2_pcode": a.get("admin2_pcode"),
            "admin3": a.get("admin3"), "admin3_pcode": a.get("admin3_pcode"),
            "admin1_ar": a.get("admin1_ar"), "admin2_ar": a.get("admin2_ar"), "admin3_ar": a.get("admin3_ar"),
            "disputed_zone": a.get("zone_name_en") if inside_zone else None,
            "zone_group": a.get("zone_group") if inside_zone else None,
            "zone_id": a.get("zone_id") if inside_zone else None,
            "region": region,
            "status": zd.STATUS_OF_REGION.get(region, zd.STATUS_FEDERAL),
            "nearest_zone": a.get("zone_name_en") if inside_zone else None,
            "distance_km": 0.0 if inside_zone else None,
        }

    def _build_distance_index(self):
        pieces, names = [], []
        for i, attributes in enumerate(self.attributes):
            if attributes.get("region") not in (zd.REGION_DISPUTED, zd.REGION_CLAIMED):
                continue
            for polygon in self.units[i].geoms:
                for ring in [polygon.exterior] + list(polygon.interiors):
                    coords = [(x * _SCALE, y) for x, y in ring.coords]
                    for start in range(0, len(coords) - 1, _PIECE):
                        pieces.append(LineString(coords[start:start + _PIECE + 1]))
                        names.append(attributes.get("zone_name_en"))
        self._pieces, self._piece_zone = pieces, names
        self._piece_index = GeometryIndex(pieces)

    # --- look-up -----------------------------------------------------------------------------
    def _build_grid(self):
        """Rasterise the units (cell value: unit index, or nothing) and mark the cells their boundaries
        touch (GDAL's ALL_TOUCHED line burning): only those need an exact test. The grid is a flat
        array of row * columns + column."""
        from osgeo import gdal, ogr, osr

        wgs84 = osr.SpatialReference()
        wgs84.SetWellKnownGeogCS("WGS84")  # the same on the layers and the raster: nothing reprojected
        minx, miny, maxx, maxy = self._index_bounds()
        size = self._cell
        self._origin = (math.floor(minx / size) * size - size, math.ceil(maxy / size) * size + size)
        columns = int(math.ceil((maxx - self._origin[0]) / size)) + 2
        rows = int(math.ceil((self._origin[1] - miny) / size)) + 2
        memory = ogr.GetDriverByName("Memory").CreateDataSource("")
        areas = memory.CreateLayer("units", wgs84, ogr.wkbMultiPolygon)
        areas.CreateField(ogr.FieldDefn("idx", ogr.OFTInteger))
        lines = memory.CreateLayer("lines", wgs84, ogr.wkbMultiLineString)
        for i, geometry in enumerate(self.units):
            polygon = ogr.CreateGeometryFromWkb(geometry.wkb)
            feature = ogr.Feature(areas.GetLayerDefn())
            feature.SetField(0, i)
            feature.SetGeometry(polygon)
            areas.CreateFeature(feature)
            outline = ogr.Feature(lines.GetLayerDefn())
            outline.SetGeometry(polygon.GetBoundary())
            lines.CreateFeature(outline)
        raster = gdal.GetDriverByName("MEM").Create("", columns, rows, 1, gdal.GDT_Int32)
        raster.SetGeoTransform((self._origin[0], size, 0, self._origin[1], 0, -size))
        raster.SetProjection(wgs84.ExportToWkt())
        band = raster.GetRasterBand(1)
        band.Fill(_NOTHING)
        gdal.RasterizeLayer(raster, [1], areas, options=["ATTRIBUTE=idx"])
        gdal.RasterizeLayer(raster, [1], lines, burn_values=[_MIXED], options=["ALL_TOUCHED=TRUE"])
        self._grid = array("i", band.ReadRaster())
        self._shape = (rows, columns)

    def _index_bounds(self):
        bounds = [g.bounds for g in self.units]
        return (min(b[0] for b in bounds), min(b[1] for b in bounds), max(b[2] for b in bounds),
                max(b[3] for b in bounds))

    def unit_at(self, lon, lat):
        """Index of the unit containing the point, or None."""
        if (lon, lat) == self._last_point:  # validation and the zone fields ask about the same point
            return self._last_unit
        if self._grid is None:
            self._build_grid()
        row = int((self._origin[1] - lat) // self._cell)
        column = int((lon - self._origin[0]) // self._cell)
        unit = None
        if 0 <= row < self._shape[0] and 0 <= column < self._shape[1]:
            answer = self._grid[row * self._shape[1] + column]
            if answer >= 0:
                unit = answer
            elif answer == _MIXED:
                unit = self._exact_unit_at(lon, lat, row, column)
        self._last_point, self._last_unit = (lon, lat), unit
        return unit

    def _exact_unit_at(self, lon, lat, row, column):
        """The exact test near a boundary. The first point in a cell settles what can be settled for
        the whole cell: no unit meets it (nothing there), one unit covers it (that unit, written into
        the grid); otherwise the units meeting it are kept and each point is tested against them."""
        candidates = self._cell_candidates.get((row, column))
        if candidates is None:
            west = self._origin[0] + column * self._cell
            north = self._origin[1] - row * self._cell
            cell = box(west, north - self._cell, west + self._cell, north)
            candidates = [i for i in self._index.query(cell) if self._prepared[i].intersects(cell)]
            if not candidates:
                self._grid[row * self._shape[1] + column] = _NOTHING
                return None
            if len(candidates) == 1 and self._prepared[candidates[0]].contains(cell):
                self._grid[row * self._shape[1] + column] = candidates[0]
                return candidates[0]
            self._cell_candidates[(row, column)] = candidates
        point = Point(lon, lat)
        for i in candidates:
            if self._prepared[i].intersects(point):
                return i
        return None

    def nearest_zone(self, lon, lat):
        """(zone name, distance in km) of the nearest disputed or claimed zone."""
        if not self._pieces:
            return None, None
        point = Point(lon * _SCALE, lat)
        i = self._piece_index.nearest(point)
        # The nearest piece by the index is exact for the scaled plane; take the point on it.
        near = nearest_points(self._pieces[i], point)[0]
        return self._piece_zone[i], _haversine_km(lon, lat, near.x / _SCALE, near.y)

    def __call__(self, longitude, latitude):
        if longitude is None or latitude is None:
            return None
        lon, lat = float(longitude), float(latitude)
        i = self.unit_at(lon, lat)
        if i is None:
            result = dict.fromkeys(RESULT_KEYS + ("admin1_ar", "admin2_ar", "admin3_ar", "zone_id", "region",
                                                  "nearest_zone", "distance_km"))
            result["status"] = zd.STATUS_OUTSIDE
        else:
            result = dict(self._results[i])
        if result["distance_km"] is None and self.distances:
            result["nearest_zone"], distance = self.nearest_zone(lon, lat)
            result["distance_km"] = None if distance is None else round(distance, 2)
        return result

    def describe(self, result):
        """One line for users: the zone and status, or how far the nearest zone is."""
        if result is None:
            return ""
        if result.get("disputed_zone"):
            return f"{result['disputed_zone']} ({result['zone_group']}), {result['status']}"
        text = f"{result['status']}, {zd.OUTSIDE_ZONES}"
        if result.get("distance_km") is not None:
            text += f" ({result['distance_km']:.1f} km from {result['nearest_zone']})"
        return text


def _value(value):
    if value is None:
        return None
    text = str(value)
    return None if text in ("", "NULL") else text


def _zones_table(path):
    """The zones layer to read in a GeoPackage (sub-districts, else districts), or None."""
    if not path or not os.path.isfile(path):
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        from qgis.PyQt.QtCore import QCoreApplication

        from . import log

        log.warning(QCoreApplication.translate(
            "stores", "The zones file {path} could not be read ({error}); incidents will get no zones until "
            "the zones are built again.").format(path=path, error=error))
        return None
    for name in (SUBDISTRICTS_LAYER, DISTRICTS_LAYER):
        if name in names:
            return name
    return None
