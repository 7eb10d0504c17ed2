"""What every ``incidenttracker`` algorithm shares: its id, group, instance and translation context, and
the check that none of its file outputs writes over a store or over a file it reads."""

import os

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterDatabaseSchema,
    QgsProcessingParameterProviderConnection,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.compat import processing_flag_advanced
from ..core.translation import translated
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
    # Destination parameters meant to hold a store (a new one, or one the algorithm adds to): the
    # output check leaves them to the algorithm.
    STORE_DESTINATIONS = ()

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

    # --- outputs: never over a store or an input ------------------------------------------------
    _LAYER_PARAMETERS = ("vector", "source", "layer", "raster")
    _LAYER_DESTINATIONS = ("sink", "vectorDestination", "rasterDestination")

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Before any algorithm runs (dialog, ``processing.run``, ``qgis_process``): refuse a file output that
        is a store or one of the files the run reads (:func:`..core.output_guard.check_output`)."""
        from ..core.output_guard import OutputRefused, check_output

        reads = [self._path_read(d, parameters, context) for d in self.parameterDefinitions()]
        for definition in self.destinationParameterDefinitions():
            if definition.name() in self.STORE_DESTINATIONS:
                continue
            output = self._path_written(definition, parameters, context)
            if output:
                try:
                    check_output(output, reads)
                except OutputRefused as error:
                    raise QgsProcessingException(translated(error)) from None
        return True

    def _path_read(self, definition, parameters, context):
        """The file a non-destination parameter reads, or None."""
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            return None
        if definition.type() == "file":
            return self.parameterAsFile(parameters, name, context) or None
        if definition.type() in self._LAYER_PARAMETERS:
            layer = self.parameterAsLayer(parameters, name, context)
            if layer is not None:
                return _file_of(layer.providerType(), layer.source())
        return None

    def _path_written(self, definition, parameters, context):
        """The file a destination parameter writes, or None (memory layers, databases)."""
        name = definition.name()
        if parameters.get(name) in (None, ""):
            return None
        if definition.type() in self._LAYER_DESTINATIONS:
            destination = self.parameterAsOutputLayer(parameters, name, context)
            if destination.startswith("ogr:"):  # a layer into an existing file: dbname='…' table="…"
                return QgsDataSourceUri(destination[len("ogr:"):]).database() or None
            return _file_of("ogr", destination)
        if definition.type() == "fileDestination":
            return self.parameterAsFileOutput(parameters, name, context) or None
        return None


def _file_of(provider, source):
    """The local file of a layer source (``path|layername=…``, ``dbname='…' table=…``), or None."""
    path = QgsProviderRegistry.instance().decodeUri(provider, source).get("path") or source.split("|")[0]
    return path if path and os.path.isabs(path) else None
