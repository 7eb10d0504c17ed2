"""incidenttracker:exportcsv (ACLED-format CSV) and incidenttracker:exportgeojson (GeoJSON for web maps)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ..core.export_files import export_acled_csv, export_geojson
from ..core.store import StoreError
from ..core.translation import translated
from .export_geopackage import ExportAlgorithmBase


class _FlatExportAlgorithm(ExportAlgorithmBase):
    writer = None

    def processAlgorithm(self, parameters, context, feedback):
        store = self.store_location(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            report = type(self).writer(store, output, self.filters(parameters, context),
                                       **self.writer_options(parameters, context))
        except (StoreError, OSError, ValueError) as error:
            raise QgsProcessingException(translated(error)) from None
        feedback.pushInfo(self.tr("{count} incidents written to {path}").format(count=report.incidents, path=output))
        return {self.OUTPUT: output, self.INCIDENTS: report.incidents}

    def writer_options(self, parameters, context):
        return {}


class ExportCsvAlgorithm(_FlatExportAlgorithm):
    writer = staticmethod(export_acled_csv)

    NAME = "exportcsv"
    HXL = "HXL"

    def displayName(self):
        return self.tr("Export incidents as ACLED-format CSV")

    def shortHelpString(self):
        return self.tr(
            "Writes the incidents in ACLED's columns and order (ACLED Codebook), sources joined with "
            "semicolons, for partners who ingest ACLED data; it imports back with Import incidents. "
            "Incidents not from ACLED carry their store ID in event_id_cnty. Text cells starting with =, +, "
            "- or @ get a leading apostrophe so that spreadsheets never run them as formulas (the import takes "
            "it off again).\n\nHXL hashtags (for HDX): a second header row of HXL hashtags (#date+occurred, "
            "#adm1+name, #affected+killed, #geo+lat…), and the P-codes, wounded and abducted after ACLED's "
            "columns; the file still imports back.")

    def initAlgorithm(self, config=None):
        self.add_filter_parameters()
        self.addParameter(QgsProcessingParameterBoolean(
            self.HXL, self.tr("HXL hashtags (for HDX)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("CSV file"), self.tr("CSV files (*.csv)")))

    def writer_options(self, parameters, context):
        return {"hashtags": self.parameterAsBool(parameters, self.HXL, context)}


class ExportGeoJsonAlgorithm(_FlatExportAlgorithm):
    writer = staticmethod(export_geojson)

    NAME = "exportgeojson"

    def displayName(self):
        return self.tr("Export incidents as GeoJSON")

    def shortHelpString(self):
        return self.tr("Writes the incidents as a GeoJSON FeatureCollection (RFC 7946, WGS 84) for web maps; "
                       "each feature lists its sources.")

    def initAlgorithm(self, config=None):
        self.add_filter_parameters()
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("GeoJSON file"), self.tr("GeoJSON (*.geojson *.json)")))
