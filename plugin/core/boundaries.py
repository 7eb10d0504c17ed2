"""Reading administrative boundaries (districts, sub-districts) from a QGIS layer or any OGR file.

OCHA COD-AB field names (``ADM2_EN``, ``ADM2_AR``, ``ADM2_PCODE``...) and geoBoundaries'
``shapeName`` are recognised; other names can be given as a field map, e.g.
``{"admin2": "DIST_NAME", "admin2_pcode": "DIST_CODE"}``. Geometries come back as shapely
geometries in EPSG:4326.
"""

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from .geometry import as_multipolygon, shapely_from_qgs

WGS84 = "EPSG:4326"

# Unit attributes we read, and the field names recognised for each (first found wins; case-insensitive).
_RECOGNISED = {
    1: {"admin1": ("ADM1_EN", "ADM1_NAME", "NAME_1"), "admin1_ar": ("ADM1_AR",), "admin1_pcode": ("ADM1_PCODE",)},
    2: {"admin2": ("ADM2_EN", "ADM2_NAME", "NAME_2"), "admin2_ar": ("ADM2_AR",), "admin2_pcode": ("ADM2_PCODE",)},
    3: {"admin3": ("ADM3_EN", "ADM3_NAME", "NAME_3"), "admin3_ar": ("ADM3_AR",), "admin3_pcode": ("ADM3_PCODE",)},
}
_GENERIC_NAMES = ("shapeName", "name_en", "name")  # geoBoundaries and plain files: the unit's own name


def tr(text):
    return QCoreApplication.translate("boundaries", text)


class BoundaryError(Exception):
    """A boundary source the plugin cannot use; ``str()`` is the message to show."""


@dataclass
class AdminUnit:
    key: str
    attributes: dict
    geometry: object  # shapely MultiPolygon, EPSG:4326

    def get(self, name):
        value = self.attributes.get(name)
        return None if value in (None, "") else value


@dataclass
class BoundarySource:
    level: int
    units: list
    fields: dict = field(default_factory=dict)  # our name -> the layer's field name
    name: str = ""

    @property
    def has_pcodes(self):
        return f"admin{self.level}_pcode" in self.fields


def recognised_fields(field_names, level):
    """{our attribute: layer field} for a layer of admin ``level`` (2 or 3), from the known names."""
    lower = {n.lower(): n for n in field_names}
    result = {}
    for lvl in range(1, level + 1):
        for ours, candidates in _RECOGNISED[lvl].items():
            for candidate in candidates:
                if candidate.lower() in lower:
                    result[ours] = lower[candidate.lower()]
                    break
    own_name = f"admin{level}"
    if own_name not in result:
        for candidate in _GENERIC_NAMES:
            if candidate.lower() in lower:
                result[own_name] = lower[candidate.lower()]
                break
    return result


def open_layer(source, name="boundaries"):
    """A valid QgsVectorLayer for ``source`` (a layer, or a path/URI any OGR driver reads)."""
    if isinstance(source, QgsVectorLayer):
        layer = source
    else:
        layer = QgsVectorLayer(str(source), name, "ogr")
    if not layer.isValid():
        raise BoundaryError(tr("Could not read boundaries from {source}.").format(source=source))
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise BoundaryError(tr("{name} is not a polygon layer.").format(name=layer.name()))
    return layer


def read_units(source, level, fields=None, feedback=None):
    """All units of ``source`` (layer or path) as a :class:`BoundarySource`.

    ``fields`` overrides or completes the recognised field names. Raises :class:`BoundaryError`
    when the layer has neither a P-code nor a name field for its level.
    """
    layer = open_layer(source, f"admin{level}")
    names = layer.fields().names()
    mapping = recognised_fields(names, level)
    for ours, theirs in (fields or {}).items():
        if theirs:
            if theirs not in names:
                raise BoundaryError(tr("{layer} has no field {field}.").format(layer=layer.name(), field=theirs))
            mapping[ours] = theirs
    if f"admin{level}_pcode" not in mapping and f"admin{level}" not in mapping:
        raise BoundaryError(tr(
            "{layer}: no P-code or name field found for administrative level {level}. Choose the fields "
            "holding the P-code and the English name.").format(layer=layer.name(), level=level))
    transform = None
    crs = layer.crs()
    target = QgsCoordinateReferenceSystem(WGS84)
    if crs.isValid() and crs.authid() != WGS84:
        transform = QgsCoordinateTransform(crs, target, QgsProject.instance())
    units = []
    count = max(layer.featureCount(), 1)
    for number, feature in enumerate(layer.getFeatures()):
        if feedback is not None:
            if feedback.isCanceled():
                return BoundarySource(level, [], mapping, layer.name())
            feedback.setProgress(100.0 * number / count)
        geometry = feature.geometry()
        if transform is not None and not geometry.isNull():
            geometry.transform(transform)
        shape = as_multipolygon(shapely_from_qgs(geometry))
        if shape is None:
            continue
        attributes = {}
        for ours, theirs in mapping.items():
            value = feature[theirs]
            attributes[ours] = None if value is None or str(value) in ("", "NULL") else str(value).strip()
        key = attributes.get(f"admin{level}_pcode") or f"{level}:{feature.id()}"
        units.append(AdminUnit(key, attributes, shape))
    return BoundarySource(level, units, mapping, layer.name())
