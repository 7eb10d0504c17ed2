"""incidenttracker:controlperiods: incidents per disputed zone and control period (who held the zone)."""

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core.compat import field_type, processing_date_type, processing_source_type
from ..core.export_files import opened_store
from ..core.store import StoreError
from ..core.translation import translated
from ..domain import zones_definition as zd
from ..domain.control_periods import COLUMNS, control_period_rows, control_periods
from .export_geopackage import ExportAlgorithmBase, _date_text

_TYPES = {"incidents": "Int", "killed": "Int", "wounded": "Int", "abducted": "Int", "incidents_per_month": "Double",
          "killed_per_month": "Double", "start": "Date", "end": "Date"}


class ControlPeriodsAlgorithm(ExportAlgorithmBase):
    NAME, GROUP_ID = "controlperiods", "zones"

    def displayName(self):
        return self.tr("Incidents by control period")

    def shortHelpString(self):
        return self.tr(
            "For each disputed zone and each period of control in the zones definition (before June 2014, "
            "June 2014 to October 2017, after October 2017, with each zone's own dates where its sources "
            "give them): who held the zone, the period's dates, the zone's incidents, killed, wounded and "
            "abducted, and the incidents and killed per month. Periods are clipped to START and END (by "
            "default from the store's first incident to today), so that a zone's rows add up to its "
            "incidents of those dates.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("Incident store"), fileFilter=self.tr("GeoPackage (*.gpkg)"), optional=True))
        self.add_team_store_parameters()
        for name, label in ((self.START, self.tr("From (event date)")), (self.END, self.tr("To (event date)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, processing_date_type(), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Incidents by control period"), processing_source_type("Vector")))

    def processAlgorithm(self, parameters, context, feedback):
        start = _date_text(self.parameterAsDateTime(parameters, self.START, context)) \
            if parameters.get(self.START) else None
        end = _date_text(self.parameterAsDateTime(parameters, self.END, context)) if parameters.get(self.END) else None
        store, opened = opened_store(self.store_location(parameters, context))
        try:
            incidents, _sources = store.all_rows()
        except StoreError as error:
            raise QgsProcessingException(translated(error)) from None
        finally:
            if opened:
                store.close()
        definition = zd.load_definition()
        fields = QgsFields()
        for column in COLUMNS + ("sources",):
            fields.append(QgsField(column, field_type(_TYPES.get(column, "String"))))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        for row in control_period_rows(control_periods(definition), incidents, start, end):
            values = list(row.as_tuple())
            for index in (COLUMNS.index("start"), COLUMNS.index("end")):
                values[index] = QDate.fromString(values[index], "yyyy-MM-dd")
            feature = QgsFeature(fields)
            feature.setAttributes(values + [
                "; ".join(definition.cite(s) for s in row.period.sources) or zd.UNKNOWN])
            sink.addFeature(feature)
        return {self.OUTPUT: dest}
