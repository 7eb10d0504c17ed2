"""The ``incidenttracker`` Processing provider."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..domain.resources import resource_path


def _algorithm_classes():
    # Each algorithm module is imported here so that adding one is a one-line change.
    from .assign_zones import AssignZonesAlgorithm
    from .build_zones import BuildZonesAlgorithm
    from .bulletin import BulletinAlgorithm
    from .control_periods import ControlPeriodsAlgorithm
    from .create_store import CreateStoreAlgorithm
    from .draft_from_text import DraftFromTextAlgorithm
    from .export_csv import ExportCsvAlgorithm, ExportGeoJsonAlgorithm
    from .export_geopackage import ExportGeoPackageAlgorithm
    from .import_incidents import ImportIncidentsAlgorithm
    from .merge_incidents import MergeIncidentsAlgorithm
    from .zone_statistics import ZoneStatisticsAlgorithm

    classes = [CreateStoreAlgorithm, ImportIncidentsAlgorithm]
    classes += [BuildZonesAlgorithm, AssignZonesAlgorithm, ZoneStatisticsAlgorithm]
    classes += [ControlPeriodsAlgorithm]
    classes += [DraftFromTextAlgorithm, MergeIncidentsAlgorithm]
    classes += [ExportGeoPackageAlgorithm]
    classes += [ExportCsvAlgorithm]
    classes += [ExportGeoJsonAlgorithm]
    classes += [BulletinAlgorithm]
    return classes


class IncidentTrackerProvider(QgsProcessingProvider):
    def id(self):
        return "incidenttracker"

    def name(self):
        return self.tr("Incident Tracker")

    def icon(self):
        return QIcon(resource_path("icon.svg"))

    def loadAlgorithms(self):
        for algorithm_class in _algorithm_classes():
            self.addAlgorithm(algorithm_class())

    def longName(self):
        return self.name()
