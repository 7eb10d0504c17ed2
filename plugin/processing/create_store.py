"""incidenttracker:createstore: a new, empty incident store (GeoPackage)."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFileDestination
from qgis.PyQt.QtCore import QCoreApplication

from ..core.gpkg_store import GeoPackageStore
from ..core.store import StoreError


class CreateStoreAlgorithm(QgsProcessingAlgorithm):
    OUTPUT = "OUTPUT"

    def tr(self, text):
        return QCoreApplication.translate("CreateStoreAlgorithm", text)

    def createInstance(self):
        return CreateStoreAlgorithm()

    def name(self):
        return "createstore"

    def displayName(self):
        return self.tr("Create incident store")

    def group(self):
        return self.tr("Store")

    def groupId(self):
        return "store"

    def shortHelpString(self):
        return self.tr("Creates an empty Incident Tracker store: a GeoPackage with the incidents (points, "
                       "EPSG:4326), sources and metadata tables. An existing file is never overwritten.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Store"), self.tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        try:
            store = GeoPackageStore.create(path)
        except StoreError as error:
            raise QgsProcessingException(str(error)) from None
        store.close()
        feedback.pushInfo(self.tr("Created {path}").format(path=path))
        return {self.OUTPUT: path}
