"""incidenttracker:assignzones: add governorate, district, sub-district and disputed zone to points."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
)

from ..core.compat import field_type, processing_source_type
from ..core.translation import translated
from .algorithm import IncidentTrackerAlgorithm

OUTPUT_FIELDS = (("admin1", "String"), ("admin1_pcode", "String"), ("admin2", "String"),
                 ("admin2_pcode", "String"), ("admin3", "String"), ("admin3_pcode", "String"),
                 ("disputed_zone", "String"), ("zone_group", "String"),
                 ("zone_status", "String"), ("distance_km", "Double"))


def zones_lookup(algorithm, parameters, context, distances=True):
    from ..core.zone_lookup import ZoneLookup  # shapely: loaded when an algorithm runs, not at start-up

    zones = algorithm.parameterAsVectorLayer(parameters, "ZONES", context)
    try:
        return ZoneLookup.from_layer(zones, distances=distances)
    except ValueError as error:
        raise QgsProcessingException(translated(error)) from None


def point_of(feature, transform):
    geometry = feature.geometry()
    if geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry.transform(transform)
    point = geometry.centroid().asPoint()
    return point.x(), point.y()


def to_wgs84(source, context):
    if source.sourceCrs().isValid() and source.sourceCrs().authid() != "EPSG:4326":
        return QgsCoordinateTransform(source.sourceCrs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                      context.transformContext())
    return None


class AssignZonesAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "assignzones", "zones"
    INPUT, ZONES, OUTPUT = "INPUT", "ZONES", "OUTPUT"

    def displayName(self):
        return self.tr("Assign zones to points")

    def shortHelpString(self):
        return self.tr("Adds to every point its governorate, district and sub-district (names and P-codes), the "
                       "disputed zone and zone group it falls in, its status (disputed, claimed, Kurdistan Region, "
                       "federal Iraq, outside Iraq) and the distance in km to the nearest disputed zone. ZONES is "
                       "the zones_subdistricts (or zones_districts) layer made by Build disputed zones.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Points"), [processing_source_type("VectorPoint")]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones"), [processing_source_type("VectorPolygon")]))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Points with zones")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        lookup = zones_lookup(self, parameters, context)
        added = [name for name, _kind in OUTPUT_FIELDS]
        fields = QgsFields()
        kept = [f for f in source.fields() if f.name() not in added]
        for f in kept:
            fields.append(f)
        for name, kind in OUTPUT_FIELDS:
            fields.append(QgsField(name, field_type(kind)))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        transform = to_wgs84(source, context)
        total = max(source.featureCount(), 1)
        for number, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            point = point_of(QgsFeature(feature), transform)
            zones = (lookup(*point) if point else None) or {}
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([feature[f.name()] for f in kept] + [
                zones.get("status") if name == "zone_status" else zones.get(name) for name in added])
            sink.addFeature(out)
            feedback.setProgress(100.0 * number / total)
        return {self.OUTPUT: dest}
