"""incidenttracker:exportgeopackage: the store as one styled GeoPackage with its QGIS project, to share."""

from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime

from ..core.compat import processing_date_type, processing_source_type
from ..core.export_files import ExportCanceled, ExportFilters
from ..core.export_geopackage import DEFAULT_LICENCE, ExportMetadata, export_geopackage
from ..core.store import StoreError
from ..core.translation import translated
from ..domain import taxonomy
from ..domain.exports import DEFAULT_PUBLIC_DECIMALS
from .algorithm import IncidentTrackerAlgorithm


def _date_text(value):
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return None


class ExportAlgorithmBase(IncidentTrackerAlgorithm):
    """The store and filter parameters every export shares."""

    STORE, START, END, ZONE_NAMES, VERIFICATION, PUBLIC, DECIMALS = (
        "STORE", "START", "END", "ZONE_NAMES", "VERIFICATION", "PUBLIC", "DECIMALS")
    OUTPUT, INCIDENTS = "OUTPUT", "INCIDENTS"
    GROUP_ID = "export"

    def _statuses(self):
        return list(taxonomy.vocabulary("verification_status"))

    def add_filter_parameters(self):
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("Incident store"), fileFilter=self.tr("GeoPackage (*.gpkg)"), optional=True))
        self.add_team_store_parameters()
        for name, label in ((self.START, self.tr("From (event date)")), (self.END, self.tr("To (event date)"))):
            self.addParameter(QgsProcessingParameterDateTime(name, label, processing_date_type(), optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.ZONE_NAMES, self.tr("Only these zones (disputed zones, zone groups, districts or governorates; "
                                     "separated by ;)"), optional=True))
        labels = [QCoreApplication.translate("taxonomy", s) for s in self._statuses()]
        self.add_advanced(QgsProcessingParameterEnum(
            self.VERIFICATION, self.tr("Only these verification statuses (public version: verified unless chosen)"),
            labels, allowMultiple=True,
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.PUBLIC, self.tr("Public version (drop internal fields, round coordinates)"), defaultValue=False))
        self.add_advanced(QgsProcessingParameterNumber(
            self.DECIMALS, self.tr("Coordinate decimals in the public version"),
            QgsProcessingParameterNumber.Integer, DEFAULT_PUBLIC_DECIMALS, minValue=0, maxValue=6))
        self.addOutput(QgsProcessingOutputNumber(self.INCIDENTS, self.tr("Incidents exported")))

    def filters(self, parameters, context):
        start = _date_text(self.parameterAsDateTime(parameters, self.START, context)) \
            if parameters.get(self.START) else None
        end = _date_text(self.parameterAsDateTime(parameters, self.END, context)) \
            if parameters.get(self.END) else None
        zones = [z.strip() for z in (self.parameterAsString(parameters, self.ZONE_NAMES, context) or "").split(";")
                 if z.strip()]
        statuses = self._statuses()
        # An optional multiple enum left empty still answers its first value: read it only when given.
        chosen = parameters.get(self.VERIFICATION)
        verification = [statuses[i] for i in self.parameterAsEnums(parameters, self.VERIFICATION, context)] \
            if chosen not in (None, "", []) else []
        return ExportFilters(start=start, end=end, zones=tuple(zones), verification=tuple(verification),
                             public=self.parameterAsBool(parameters, self.PUBLIC, context),
                             decimals=self.parameterAsInt(parameters, self.DECIMALS, context))

    def store_location(self, parameters, context):
        """The store to export: a GeoPackage path, or an opened PostGIS store."""
        connection, schema = self.team_store_choice(parameters, context)
        if connection:
            from ..core.stores import open_store

            try:
                return open_store(connection, schema=schema)
            except StoreError as error:
                raise QgsProcessingException(translated(error)) from None
        location = self.parameterAsFile(parameters, self.STORE, context)
        if not location:
            raise QgsProcessingException(self.tr("Choose the incident store to export."))
        return location


class ExportGeoPackageAlgorithm(ExportAlgorithmBase):
    ZONES, LICENCE, ATTRIBUTION, TITLE = "ZONES", "LICENCE", "ATTRIBUTION", "TITLE"

    NAME = "exportgeopackage"

    def displayName(self):
        return self.tr("Export a styled GeoPackage to share")

    def shortHelpString(self):
        return self.tr(
            "Writes one GeoPackage with the incidents, their sources, the zones layers (from ZONES, or the "
            "store's own when it has them), each layer's style as its default, layer metadata and a QGIS "
            "project stored inside the file (Project ▸ Open From ▸ GeoPackage) that opens everything styled, "
            "grouped and related. The layers refer to the file by its name: it can be moved or e-mailed, but "
            "keep its name.\n\nThe public version leaves out who created each record and the source "
            "excerpts, and rounds coordinates (2 decimals: about 1 km).\n\nThe file is written beside the "
            "output and replaces it only once complete: a canceled or failed export leaves the old file as "
            "it was.")

    def initAlgorithm(self, config=None):
        self.add_filter_parameters()
        self.add_advanced(QgsProcessingParameterVectorLayer(
            self.ZONES, self.tr("Zones layer (any layer of the zones GeoPackage)"),
            [processing_source_type("VectorPolygon")], optional=True))
        self.add_advanced(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.ATTRIBUTION, self.tr("Attribution"), ExportMetadata.attribution, optional=True))
        self.add_advanced(QgsProcessingParameterString(
            self.LICENCE, self.tr("Licence"), DEFAULT_LICENCE, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoPackage to share"), self.tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.zone_layers import zone_language

        store = self.store_location(parameters, context)
        zones = self.parameterAsVectorLayer(parameters, self.ZONES, context) if parameters.get(self.ZONES) else None
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        metadata = ExportMetadata(
            title=self.parameterAsString(parameters, self.TITLE, context) or None,
            attribution=self.parameterAsString(parameters, self.ATTRIBUTION, context) or ExportMetadata.attribution,
            licence=self.parameterAsString(parameters, self.LICENCE, context) or DEFAULT_LICENCE)
        language = zone_language(QgsApplication.locale())
        try:
            report = export_geopackage(
                store, output, zones=zones.source() if zones else None, filters=self.filters(parameters, context),
                metadata=metadata, language=language,
                progress=lambda percent, step: feedback.setProgress(percent), is_canceled=feedback.isCanceled)
        except ExportCanceled as error:
            raise QgsProcessingException(translated(error)) from None
        except (StoreError, OSError, RuntimeError) as error:
            raise QgsProcessingException(translated(error)) from None
        for warning in report.warnings:
            feedback.reportError(translated(warning), fatalError=False)
        feedback.pushInfo(self.tr("{count} incidents, {sources} sources; tables: {tables}").format(
            count=report.incidents, sources=report.sources, tables=", ".join(report.tables)))
        return {self.OUTPUT: output, self.INCIDENTS: report.incidents}
