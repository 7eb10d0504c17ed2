"""What every ``incidenttracker`` algorithm shares: its id, group, instance and translation context."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication

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

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return QCoreApplication.translate("IncidentTrackerAlgorithm", GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID
