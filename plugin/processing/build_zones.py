"""incidenttracker:buildzones: the disputed zones layers from district (and sub-district) boundaries."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.compat import processing_source_type
from ..core.translation import translated
from .algorithm import IncidentTrackerAlgorithm


class BuildZonesAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "buildzones", "zones"
    ADMIN2, ADMIN3, OUTPUT, UNMATCHED = "ADMIN2", "ADMIN3", "OUTPUT", "UNMATCHED"
    STORE_DESTINATIONS = (OUTPUT,)  # the zones layers are added to a store (its other tables are kept)
    FIELDS = (("ADMIN2_PCODE_FIELD", "ADMIN2", "admin2_pcode", "District P-code field"),
              ("ADMIN2_NAME_FIELD", "ADMIN2", "admin2", "District name field (English)"),
              ("ADMIN3_PCODE_FIELD", "ADMIN3", "admin3_pcode", "Sub-district P-code field"),
              ("ADMIN3_NAME_FIELD", "ADMIN3", "admin3", "Sub-district name field (English)"))

    def displayName(self):
        return self.tr("Build disputed zones")

    def shortHelpString(self):
        return self.tr(
            "Builds the disputed boundary zones layers (sub-districts, districts, zone groups, Kurdistan Region) "
            "from administrative boundaries, by OCHA COD-AB P-code, with a name-matching fallback. OCHA COD-AB "
            "field names are recognised; for other layers choose the P-code or name fields. The output can be a "
            "new GeoPackage or an incident store.")

    def initAlgorithm(self, config=None):
        polygons = [processing_source_type("VectorPolygon")]
        self.addParameter(QgsProcessingParameterVectorLayer(self.ADMIN2, self.tr("Districts (ADM2)"), polygons))
        self.addParameter(QgsProcessingParameterVectorLayer(self.ADMIN3, self.tr("Sub-districts (ADM3)"), polygons,
                                                            optional=True))
        for name, parent, _ours, label in self.FIELDS:
            self.addParameter(QgsProcessingParameterField(name, self.tr(label), parentLayerParameterName=parent,
                                                          optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Zones GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputString(self.UNMATCHED, self.tr("Areas not matched")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.boundaries import BoundaryError
        from ..core.zones_builder import build_zones

        adm2 = self.parameterAsVectorLayer(parameters, self.ADMIN2, context)
        adm3 = self.parameterAsVectorLayer(parameters, self.ADMIN3, context)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        fields = {"ADMIN2": {}, "ADMIN3": {}}
        for name, parent, ours, _label in self.FIELDS:
            value = self.parameterAsString(parameters, name, context)
            if value:
                fields[parent][ours] = value
        try:
            report = build_zones(adm2, adm3, path, feedback, fields["ADMIN2"], fields["ADMIN3"])
        except BoundaryError as error:
            raise QgsProcessingException(translated(error)) from None
        if report.unmatched:
            feedback.reportError(self.tr("Not matched to any polygon: {areas}").format(
                areas=", ".join(report.unmatched)))
        return {self.OUTPUT: path, self.UNMATCHED: ",".join(report.unmatched)}
