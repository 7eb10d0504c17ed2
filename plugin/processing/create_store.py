"""incidenttracker:createstore: a new, empty incident store (GeoPackage file, or PostGIS schema)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ..core.gpkg_store import GeoPackageStore
from ..core.postgis_store import PostgisStore
from ..core.store import StoreError
from ..core.translation import translated
from .algorithm import IncidentTrackerAlgorithm


class CreateStoreAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "createstore", "store"
    OUTPUT = "OUTPUT"
    STORE = "STORE"
    STORE_DESTINATIONS = (OUTPUT,)  # a new store: an existing file is refused by GeoPackageStore.create

    def displayName(self):
        return self.tr("Create incident store")

    def shortHelpString(self):
        return self.tr("Creates an empty Incident Tracker store: a GeoPackage with the incidents (points, "
                       "EPSG:4326), sources and metadata tables. An existing file is never overwritten.\n\n"
                       "For a team store, choose a PostgreSQL connection (with PostGIS) instead of a file: the "
                       "tables are created in the schema given (incident_tracker by default), or the store "
                       "already there is upgraded when it is older. Give the connection an authentication "
                       "configuration: no password is stored in the project.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Store"), self.tr("GeoPackage (*.gpkg)"), optional=True))
        self.add_team_store_parameters()
        self.addOutput(QgsProcessingOutputString(self.STORE, self.tr("Store location")))

    def processAlgorithm(self, parameters, context, feedback):
        connection, schema = self.team_store_choice(parameters, context)
        try:
            if connection:
                store = PostgisStore.create(connection, schema)
                path = None
            else:
                path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
                if not path:
                    raise QgsProcessingException(self.tr("Choose a GeoPackage file or a PostgreSQL connection."))
                store = GeoPackageStore.create(path)
        except StoreError as error:
            raise QgsProcessingException(translated(error)) from None
        location = store.location
        store.close()
        feedback.pushInfo(self.tr("Created {path}").format(path=path or store.display_name))
        return {self.OUTPUT: path, self.STORE: location}
