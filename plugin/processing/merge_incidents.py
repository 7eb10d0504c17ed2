"""incidenttracker:mergeincidents: merge one incident into another (a reviewed duplicate)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.store import StoreError
from ..core.translation import translated
from .algorithm import IncidentTrackerAlgorithm


class MergeIncidentsAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "mergeincidents", "incidents"
    STORE, KEEP, MERGE, FIELDS, REASON = "STORE", "KEEP", "MERGE", "FIELDS", "REASON"
    SURVIVOR, ROW_VERSION = "SURVIVOR", "ROW_VERSION"

    def displayName(self):
        return self.tr("Merge incidents")

    def shortHelpString(self):
        return self.tr(
            "Merges the incident MERGE into the incident KEEP, in one transaction: every source of MERGE moves to "
            "KEEP and the figures follow from all the sources; KEEP takes the fields listed in FIELDS (comma "
            "separated, e.g. notes,location) from MERGE and keeps its own otherwise. MERGE stays in the store as a "
            "record pointing to KEEP, so its ACLED or UCDP ID is still known and re-importing its file adds "
            "nothing. The merge is recorded in the store's history and can be undone by restoring both incidents' "
            "earlier versions.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.STORE, self.tr("Incident store"), fileFilter=self.tr("GeoPackage (*.gpkg)"), optional=True))
        self.add_team_store_parameters()
        self.addParameter(QgsProcessingParameterString(self.KEEP, self.tr("Incident ID to keep")))
        self.addParameter(QgsProcessingParameterString(self.MERGE, self.tr("Incident ID merged into it")))
        self.addParameter(QgsProcessingParameterString(
            self.FIELDS, self.tr("Fields taken from the merged incident"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.REASON, self.tr("Reason"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.SURVIVOR, self.tr("Incident kept")))
        self.addOutput(QgsProcessingOutputNumber(self.ROW_VERSION, self.tr("Its new row version")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.stores import open_store

        connection, schema = self.team_store_choice(parameters, context)
        location = connection or self.parameterAsFile(parameters, self.STORE, context)
        if not location:
            raise QgsProcessingException(self.tr("Choose a store: a GeoPackage file or a PostgreSQL connection."))
        keep = self.parameterAsString(parameters, self.KEEP, context).strip()
        merge = self.parameterAsString(parameters, self.MERGE, context).strip()
        fields = [f.strip() for f in self.parameterAsString(parameters, self.FIELDS, context).split(",") if f.strip()]
        reason = self.parameterAsString(parameters, self.REASON, context).strip() or None
        try:
            with open_store(location, schema=schema) as store:
                version = store.merge_incidents(keep, merge, fields, reason=reason)
        except (StoreError, ValueError) as error:
            raise QgsProcessingException(translated(error)) from None
        feedback.pushInfo(self.tr("{merged} was merged into {kept}.").format(merged=merge, kept=keep))
        return {self.SURVIVOR: keep, self.ROW_VERSION: version}
