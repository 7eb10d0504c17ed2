"""incidenttracker:zonestatistics: incidents, killed, wounded, abducted per disputed zone for a period."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..core.compat import field_type, processing_date_type, processing_source_type
from ..domain import review
from ..domain.zone_statistics import TABLE_COLUMNS, table_rows, zone_statistics
from .algorithm import IncidentTrackerAlgorithm
from .assign_zones import point_of, to_wgs84, zones_lookup

_FIGURES = {"incidents", "killed", "wounded", "abducted"}


def _date_text(value):
    if value is None:
        return None
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    text = str(value)
    return None if text in ("", "NULL") else text[:10]


def _number(feature, names, name):
    return feature[name] if name in names else None


class ZoneStatisticsAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "zonestatistics", "zones"
    INCIDENTS, ZONES, START, END, STATUS, OUTPUT = "INCIDENTS", "ZONES", "START", "END", "STATUS", "OUTPUT"

    def displayName(self):
        return self.tr("Zone statistics")

    def shortHelpString(self):
        return self.tr("Counts incidents, killed, wounded and abducted per disputed zone between START and END "
                       "(both optional, inclusive): one row per zone with the totals (month and event type "
                       "'all'), then per event type and per month. Incidents outside the zones form one row. The "
                       "zone of each incident is looked up in ZONES (made by Build disputed zones). STATUS keeps "
                       "only incidents of some review statuses (all when none is chosen).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INCIDENTS, self.tr("Incidents"), [processing_source_type("VectorPoint")]))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones"), [processing_source_type("VectorPolygon")]))
        for name, label in ((self.START, "Start date"), (self.END, "End date")):
            self.addParameter(QgsProcessingParameterDateTime(name, self.tr(label), processing_date_type(),
                                                             optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.STATUS, self.tr("Only these review statuses"),
            [QCoreApplication.translate("taxonomy", s) for s in review.STATUSES], allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Zone statistics"), processing_source_type("Vector")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INCIDENTS, context)
        lookup = zones_lookup(self, parameters, context, distances=False)
        start = _date_text(self.parameterAsDateTime(parameters, self.START, context)) \
            if parameters.get(self.START) else None
        end = _date_text(self.parameterAsDateTime(parameters, self.END, context)) \
            if parameters.get(self.END) else None
        names = set(source.fields().names())
        transform = to_wgs84(source, context)
        incidents = []
        for feature in source.getFeatures():
            if feedback.isCanceled():
                return {}
            point = point_of(QgsFeature(feature), transform)
            zones = (lookup(*point) if point else None) or {}
            incidents.append({
                "event_date": _date_text(_number(feature, names, "event_date")),
                "event_type": _number(feature, names, "event_type"),
                "fatalities": _number(feature, names, "fatalities"),
                "wounded": _number(feature, names, "wounded"),
                "abducted": _number(feature, names, "abducted"),
                "disputed_zone": zones.get("disputed_zone"), "zone_group": zones.get("zone_group"),
                "verification": _number(feature, names, "verification"),
                "merged_into": _number(feature, names, "merged_into")})
        chosen = parameters.get(self.STATUS)
        if chosen not in (None, "", []):  # an optional multiple enum left empty still answers its first value
            incidents = review.with_statuses(
                incidents, [review.STATUSES[i] for i in self.parameterAsEnums(parameters, self.STATUS, context)])
        fields = QgsFields()
        for column in TABLE_COLUMNS:
            fields.append(QgsField(column, field_type("Int" if column in _FIGURES else "String")))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        for row in table_rows(zone_statistics(incidents, start, end)):
            out = QgsFeature(fields)
            out.setAttributes(list(row))
            sink.addFeature(out)
        return {self.OUTPUT: dest}
