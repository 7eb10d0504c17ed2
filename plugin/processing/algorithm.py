"""What every ``incidenttracker`` algorithm shares: its id, group, instance and translation context."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterProviderConnection,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.compat import processing_flag_advanced
from ..domain.i18n import QT_TRANSLATE_NOOP

GROUPS = {
    "store": QT_TRANSLATE_NOOP("IncidentTrackerAlgorithm", "Store"),
    "incidents": QT_TRANSLATE_NOOP("IncidentTrackerAlgorithm", "Incidents"),
    "zones": QT_TRANSLATE_NOOP("IncidentTrackerAlgorithm", "Zones"),
    "export": QT_TRANSLATE_NOOP("IncidentTrackerAlgorithm", "Export"),
}


class IncidentTrackerAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` (the id after ``incidenttracker:``) and ``GROUP_ID`` (a key of GROUPS)."""

    NAME = None
    GROUP_ID = None

    def tr(self, text):
        """``text`` translated in the context of the class whose code holds it (pylupdate's context)."""
        for klass in type(self).__mro__:
            translated = QCoreApplication.translate(klass.__name__, text)
            if translated != text or klass is IncidentTrackerAlgorithm:
                return translated
        return text

    def add_advanced(self, parameter):
        """A parameter shown under "Advanced parameters", folded: the dialog opens with the ones most
        runs need, and its output field, in view."""
        parameter.setFlags(parameter.flags() | processing_flag_advanced())
        self.addParameter(parameter)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return QCoreApplication.translate("IncidentTrackerAlgorithm", GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    # --- team stores (PostGIS): chosen by connection and schema instead of a file ---------------
    CONNECTION, SCHEMA = "CONNECTION", "SCHEMA"

    def add_team_store_parameters(self):
        from ..core.postgis_store import DEFAULT_SCHEMA

        self.add_advanced(QgsProcessingParameterProviderConnection(
            self.CONNECTION, QCoreApplication.translate("IncidentTrackerAlgorithm",
                                                        "Or a PostgreSQL connection (team store)"),
            "postgres", optional=True))
        self.add_advanced(QgsProcessingParameterDatabaseSchema(
            self.SCHEMA, QCoreApplication.translate("IncidentTrackerAlgorithm", "Schema"), self.CONNECTION,
            DEFAULT_SCHEMA, optional=True))

    def team_store_choice(self, parameters, context):
        """(connection name, schema) chosen, or (None, None) when no connection was."""
        from ..core.postgis_store import DEFAULT_SCHEMA

        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context)
        if not connection:
            return None, None
        return connection, self.parameterAsSchema(parameters, self.SCHEMA, context) or DEFAULT_SCHEMA
