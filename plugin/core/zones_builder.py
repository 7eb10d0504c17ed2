"""Building the zones layers from administrative boundaries and the disputed zones definition.

``build_zones`` writes four layers (EPSG:4326) into a GeoPackage (a new file, or an incident store):

- ``zones_subdistricts``: every sub-district, its admin names (English, Arabic) and P-codes, its
  ``region`` (disputed, claimed, kurdistan_region, federal) and, where disputed, the definition's
  attributes (zone, names en/ar/ckb, group, status, control in three periods with sources);
- ``zones_districts``: the same per district (``disputed_part`` names the disputed sub-districts of
  a district only partly disputed);
- ``zone_groups``: disputed areas dissolved by group and status;
- ``kurdistan_region``: the Kurdistan Region outline, without the disputed areas;
- ``zone_control_periods``: each disputed area once per control period (who held it, from and to
  which date, with the sources), for the Temporal Controller;
- ``zones_meta``: attribution, build date, sources and what could not be matched.

Areas are found by P-code; the ones whose P-code is not in the boundaries are matched by name
(the report lists what still could not be matched).
"""

import datetime
import os
from dataclasses import dataclass, field

from shapely.ops import unary_union

from ..domain import zones_definition as zd
from ..domain.i18n import message_template
from ..domain.zone_tables import (  # noqa: F401 - re-exported: where the builder writes
    ATTRIBUTION,
    CONTROL_LAYER,
    DISTRICTS_LAYER,
    GROUPS_LAYER,
    META_LAYER,
    REGION_LAYER,
    SUBDISTRICTS_LAYER,
    ZONE_LAYERS,
)
from .boundaries import BoundaryError, read_units
from .compat import GeometryIndex
from .geometry import as_multipolygon
from .translation import translated

ADMIN_FIELDS = ("admin1", "admin1_ar", "admin1_pcode", "admin2", "admin2_ar", "admin2_pcode")
SUBDISTRICT_ADMIN_FIELDS = ADMIN_FIELDS + ("admin3", "admin3_ar", "admin3_pcode")
ZONE_FIELDS = ("region", "status", "zone_id", "zone_name_en", "zone_name_ar", "zone_name_ckb", "zone_group_id",
               "zone_group", "zone_group_ar", "zone_group_ckb", "status_source") + tuple(
    f"control_{p}{suffix}" for p in zd.PERIODS for suffix in ("", "_note", "_source")) + ("matched_by",)
GROUP_FIELDS = ("zone_group_id", "zone_group", "zone_group_ar", "zone_group_ckb", "region", "status", "areas")
REGION_FIELDS = ("name_en", "name_ar", "name_ckb", "source", "note")
CONTROL_FIELDS = ("zone_id", "zone_name_en", "zone_name_ar", "zone_name_ckb", "zone_group", "period",
                  "controlled_by", "start_date", "end_date", "note", "sources")


def _msg(text):
    return message_template("zones_builder", text)


class BuildCanceled(BoundaryError):
    pass


@dataclass
class BuildReport:
    output: str
    subdistricts: int = 0
    districts: int = 0
    matched_by_pcode: list = field(default_factory=list)
    matched_by_name: list = field(default_factory=list)
    unmatched: list = field(default_factory=list)  # area ids of the definition found in no polygon
    ambiguous: dict = field(default_factory=dict)

    def messages(self):
        lines = [_msg("{districts} districts, {subdistricts} sub-districts written to {path}").format(
            districts=self.districts, subdistricts=self.subdistricts, path=self.output)]
        if self.matched_by_name:
            lines.append(_msg("matched by name (no P-code match): {areas}").format(
                areas=", ".join(self.matched_by_name)))
        if self.unmatched:
            lines.append(_msg("NOT matched (no polygon found): {areas}").format(areas=", ".join(self.unmatched)))
        for area, keys in self.ambiguous.items():
            lines.append(_msg("ambiguous name match for {area}: {keys}").format(
                area=area, keys=", ".join(map(str, keys))))
        return lines


def _info(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(translated(text))


def _check_canceled(feedback):
    if feedback is not None and feedback.isCanceled():
        raise BuildCanceled(_msg("The build of the zones was canceled."))


def zone_attributes(definition, region, area, matched_by):
    """The zone attributes of a unit in ``region`` (area may be None)."""
    values = dict.fromkeys(ZONE_FIELDS)
    values["region"] = region
    values["status"] = zd.STATUS_OF_REGION[region]
    if area is None:
        return values
    group = definition.group_of(area)
    values.update(zone_id=area.id, zone_name_en=area.name_en, zone_name_ar=area.name_ar, zone_name_ckb=area.name_ckb,
                  zone_group_id=group.id, zone_group=group.name_en, zone_group_ar=group.name_ar,
                  zone_group_ckb=group.name_ckb, status_source=definition.cite(area.status_source),
                  matched_by=matched_by)
    for claim in area.control:
        values[f"control_{claim.period}"] = claim.holder
        values[f"control_{claim.period}_note"] = claim.note or None
        values[f"control_{claim.period}_source"] = claim.source_text(definition)
    return values


def _match_areas(definition, districts, subdistricts, report):
    """{area id: (unit key, level, how)} by P-code first, then by name for the rest."""
    by_district = {u.get("admin2_pcode"): u for u in districts.units if u.get("admin2_pcode")}
    by_subdistrict = {u.get("admin3_pcode"): u for u in subdistricts.units if u.get("admin3_pcode")} \
        if subdistricts else {}
    found = {}
    for area in definition.areas:
        if area.level == zd.DISTRICT and area.admin2_pcode in by_district:
            found[area.id] = (area.admin2_pcode, 2, "pcode")
        elif area.level == zd.SUBDISTRICT and area.admin3_pcode in by_subdistrict:
            found[area.id] = (area.admin3_pcode, 3, "pcode")
    missing = [a for a in definition.areas if a.id not in found]
    if missing:
        sub = zd.Definition(missing, definition.groups, definition.kurdistan_region, definition.sources)
        district_parents = {u.key: u.get("admin2") for u in districts.units}
        names = zd.match_by_name(
            sub, [(u.key, u.get("admin2"), None) for u in districts.units],
            [(u.key, u.get("admin3"), u.get("admin2") or district_parents.get(u.get("admin2_pcode")))
             for u in subdistricts.units] if subdistricts else [])
        for area_id, key in names.matched.items():
            level = 2 if definition_area(definition, area_id).level == zd.DISTRICT else 3
            found[area_id] = (key, level, "name")
        report.unmatched = names.unmatched
        report.ambiguous = names.ambiguous
    report.matched_by_pcode = [a for a, v in found.items() if v[2] == "pcode"]
    report.matched_by_name = [a for a, v in found.items() if v[2] == "name"]
    return found


def definition_area(definition, area_id):
    return next(a for a in definition.areas if a.id == area_id)


def classify(definition, districts, subdistricts, report):
    """(district rows, sub-district rows): lists of (unit, region, area, matched_by)."""
    found = _match_areas(definition, districts, subdistricts, report)
    areas = {a.id: a for a in definition.areas}
    district_area = {key: (areas[a], how) for a, (key, level, how) in found.items() if level == 2}
    subdistrict_area = {key: (areas[a], how) for a, (key, level, how) in found.items() if level == 3}

    # Sub-districts of a disputed district: by P-code of the parent, else by location.
    district_units = [u for u in districts.units if u.key in district_area]
    index = GeometryIndex([u.geometry for u in district_units])

    def parent_area(unit):
        parent = unit.get("admin2_pcode")
        if parent and parent in district_area:
            return district_area[parent]
        if parent and districts.has_pcodes:
            return None
        point = unit.geometry.representative_point()
        for i in index.query(point):
            if district_units[i].geometry.intersects(point):
                return district_area[district_units[i].key]
        return None

    def region_for(unit, area):
        if area is not None:
            return area.region
        if definition.is_kurdistan_region(unit.get("admin1_pcode"), unit.get("admin1")):
            return zd.REGION_KURDISTAN
        return zd.REGION_FEDERAL

    sub_rows = []
    disputed_parts = {}
    if subdistricts:
        for unit in subdistricts.units:
            area, how = subdistrict_area.get(unit.key) or parent_area(unit) or (None, None)
            if area is not None and unit.key in subdistrict_area:
                disputed_parts.setdefault(area.admin2_pcode, []).append(area.name_en)
            sub_rows.append((unit, region_for(unit, area), area, how))
    district_rows = []
    for unit in districts.units:
        area, how = district_area.get(unit.key, (None, None))
        district_rows.append((unit, region_for(unit, area), area, how))
    # Partly disputed districts: name their disputed sub-districts.
    for area in definition.areas:
        if area.level == zd.SUBDISTRICT and area.id in found:
            disputed_parts.setdefault(area.admin2_pcode, [])
            if area.name_en not in disputed_parts[area.admin2_pcode]:
                disputed_parts[area.admin2_pcode].append(area.name_en)
    return district_rows, sub_rows, disputed_parts


def build_zones(adm2, adm3, output_gpkg, feedback=None, adm2_fields=None, adm3_fields=None, definition=None):
    """Write the zones layers into ``output_gpkg`` (created if missing; zone layers replaced).

    ``adm2``/``adm3`` are QgsVectorLayers or paths (``adm3`` may be None: then only district-level
    areas can be drawn and the sub-district areas are reported unmatched). Returns a
    :class:`BuildReport`; raises :class:`BoundaryError` (or :class:`BuildCanceled`).
    """
    definition = definition or zd.load_definition()
    report = BuildReport(output_gpkg)
    _info(feedback, _msg("Reading districts"))
    districts = read_units(adm2, 2, adm2_fields)
    _check_canceled(feedback)
    subdistricts = None
    if adm3 is not None:
        _info(feedback, _msg("Reading sub-districts"))
        subdistricts = read_units(adm3, 3, adm3_fields)
        _check_canceled(feedback)
    if not districts.units:
        raise BoundaryError(_msg("The district layer has no polygons."))
    district_rows, sub_rows, parts = classify(definition, districts, subdistricts, report)
    if feedback is not None:
        feedback.setProgress(40)
    _check_canceled(feedback)

    finest = sub_rows or district_rows
    groups = {}
    for unit, region, area, _how in finest:
        if area is not None:
            groups.setdefault((area.group, area.status), []).append((unit.geometry, area))
    region_geoms = [u.geometry for u, region, _a, _h in finest if region == zd.REGION_KURDISTAN]

    writer = _GpkgWriter(output_gpkg)
    try:
        if sub_rows:
            writer.write(SUBDISTRICTS_LAYER, SUBDISTRICT_ADMIN_FIELDS + ZONE_FIELDS, [
                (u.geometry, [u.get(f) for f in SUBDISTRICT_ADMIN_FIELDS] + _zone_values(definition, r, a, h))
                for u, r, a, h in sub_rows], "Sub-districts with disputed zones. " + ATTRIBUTION)
        _check_canceled(feedback)
        writer.write(DISTRICTS_LAYER, ADMIN_FIELDS + ZONE_FIELDS + ("disputed_part",), [
            (u.geometry, [u.get(f) for f in ADMIN_FIELDS] + _zone_values(definition, r, a, h)
             + ["; ".join(parts.get(u.get("admin2_pcode"), [])) or None])
            for u, r, a, h in district_rows], "Districts with disputed zones. " + ATTRIBUTION)
        if feedback is not None:
            feedback.setProgress(70)
        _check_canceled(feedback)
        group_rows = []
        for (group_id, status), members in sorted(groups.items()):
            group = definition.groups[group_id]
            area_names = sorted({a.name_en for _g, a in members})
            region = zd.REGION_DISPUTED if status == zd.UNAMI_2009 else zd.REGION_CLAIMED
            group_rows.append((unary_union([g for g, _a in members]),
                               [group.id, group.name_en, group.name_ar, group.name_ckb, region,
                                zd.STATUS_OF_REGION[region], ", ".join(area_names)]))
        writer.write(GROUPS_LAYER, GROUP_FIELDS, group_rows, "Disputed zone groups. " + ATTRIBUTION)
        kr = definition.kurdistan_region
        region_rows = [(unary_union(region_geoms), [kr.name_en, kr.name_ar, kr.name_ckb,
                                                    definition.cite(kr.source), kr.note])] if region_geoms else []
        writer.write(REGION_LAYER, REGION_FIELDS, region_rows,
                     "Kurdistan Region (without the disputed areas). " + ATTRIBUTION)
        writer.write(CONTROL_LAYER, CONTROL_FIELDS, control_rows(definition, finest),
                     "Who held each disputed area when (open dates: no start or no end). " + ATTRIBUTION)
        writer.write_meta(META_LAYER, {
            "attribution": ATTRIBUTION,
            "built_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "districts_source": districts.name, "subdistricts_source": subdistricts.name if subdistricts else "",
            "definition_format": "1", "unmatched": ",".join(report.unmatched),
            "matched_by_name": ",".join(report.matched_by_name)})
        _check_canceled(feedback)
        writer.commit()
    finally:
        writer.close()  # without the commit: every layer as it was (a new file is removed)
    report.subdistricts = len(sub_rows)
    report.districts = len(district_rows)
    for line in report.messages():
        _info(feedback, line)
    if feedback is not None:
        feedback.setProgress(100)
    return report


def control_rows(definition, units):
    """(geometry, values) of each area's control periods (domain.control_periods), the area's geometry
    being the union of its ``units`` ((unit, region, area, how) rows)."""
    from ..domain.control_periods import control_periods

    shapes = {}
    for unit, _region, area, _how in units:
        if area is not None:
            shapes.setdefault(area.id, []).append(unit.geometry)
    areas = {a.id: a for a in definition.areas}
    rows = []
    for period in control_periods(definition):
        if period.zone_id not in shapes:
            continue
        area = areas[period.zone_id]
        rows.append((unary_union(shapes[period.zone_id]), [
            area.id, area.name_en, area.name_ar, area.name_ckb, definition.group_of(area).name_en, period.period,
            period.controlled_by, period.start, period.end, period.note or None,
            "; ".join(definition.cite(s) for s in period.sources) or zd.UNKNOWN]))
    return rows


def _zone_values(definition, region, area, how):
    values = zone_attributes(definition, region, area, how)
    return [values[f] for f in ZONE_FIELDS]


class _GpkgWriter:
    """Writes polygon and attribute layers with OGR, replacing layers of the same name, in one transaction:
    until :meth:`commit`, the file keeps its old layers (a failed or canceled build leaves no half-built
    zones; a file created for the build is removed)."""

    def __init__(self, path):
        from osgeo import gdal, ogr, osr

        self.ogr = ogr
        self.path = path
        self.created = not os.path.exists(path)
        self.committed = False
        gdal.UseExceptions()
        driver = ogr.GetDriverByName("GPKG")
        try:
            self.ds = driver.CreateDataSource(path) if self.created else ogr.Open(path, 1)
            if self.ds is not None:
                self.ds.StartTransaction()
        except RuntimeError as error:
            self.close()
            raise BoundaryError(_msg("Could not write {path}: {error}").format(path=path, error=error)) from None
        if self.ds is None:
            self.close()
            raise BoundaryError(_msg("Could not write {path}.").format(path=path))
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(4326)

    def _replace(self, name, geom_type, srs, description):
        for i in range(self.ds.GetLayerCount()):
            if self.ds.GetLayerByIndex(i).GetName() == name:
                self.ds.DeleteLayer(i)
                break
        options = ["GEOMETRY_NAME=geom", "FID=fid", f"DESCRIPTION={description}"]
        return self.ds.CreateLayer(name, srs, geom_type, options=options)

    def write(self, name, fields, rows, description):
        ogr = self.ogr
        layer = self._replace(name, ogr.wkbMultiPolygon, self.srs, description)
        for f in fields:
            layer.CreateField(ogr.FieldDefn(f, ogr.OFTString))
        for geometry, values in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            shape = as_multipolygon(geometry)
            if shape is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(shape.wkb))
            for f, value in zip(fields, values):
                if value is not None:
                    feature.SetField(f, str(value))
            layer.CreateFeature(feature)

    def write_meta(self, name, values):
        ogr = self.ogr
        layer = self._replace(name, ogr.wkbNone, None, "Zones build metadata (Incident Tracker)")
        layer.CreateField(ogr.FieldDefn("key", ogr.OFTString))
        layer.CreateField(ogr.FieldDefn("value", ogr.OFTString))
        for key, value in values.items():
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("key", key)
            feature.SetField("value", str(value))
            layer.CreateFeature(feature)

    def commit(self):
        self.ds.CommitTransaction()
        self.committed = True

    def close(self):
        if getattr(self, "ds", None) is not None and not self.committed:
            # GDAL (3.8 and later) writes a new layer's feature-count triggers when the dataset closes; flushed
            # first, they are rolled back with the rest instead of failing on a table the rollback removed.
            self.ds.FlushCache()
            self.ds.RollbackTransaction()
        self.ds = None
        if self.created and not self.committed and os.path.exists(self.path):
            os.remove(self.path)
