"""The plugin object QGIS loads: menu, toolbar, Processing provider; everything undone on unload."""

import os

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from ..core.gpkg_store import GeoPackageStore
from ..core.layers import add_store_layers
from ..core.store import StoreError
from ..domain.resources import resource_path
from ..processing.provider import IncidentTrackerProvider

MENU = "&Incident Tracker"
TOOLBAR_NAME = "IncidentTrackerToolbar"
PROJECT_SCOPE, PROJECT_KEY = "IncidentTracker", "store"
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "i18n")


def tr(text):
    return QCoreApplication.translate("IncidentTracker", text)


def ui_language():
    """The UI language QGIS uses (its locale override, else the system's), as a two-letter code."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


class IncidentTrackerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = None
        self.provider = None
        self.translator = None
        self.store_path = None
        self._install_translator()

    # --- QGIS entry points ---------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = IncidentTrackerProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(tr("Incident Tracker"))
        self.toolbar.setObjectName(TOOLBAR_NAME)
        self._add_action("new_store", "icon.svg", tr("New incident store…"), self.new_store, toolbar=False)
        self._add_action("open_store", "icon.svg", tr("Open incident store…"), self.open_store)
        self._add_action("import_csv", "icon.svg", tr("Import ACLED / UCDP CSV…"), self.import_csv, toolbar=False)
        QgsProject.instance().readProject.connect(self._project_read)

    def unload(self):
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
        except TypeError:
            pass
        for action in self.actions:
            self.iface.removePluginVectorMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # --- helpers -------------------------------------------------------------------------------
    def _install_translator(self):
        path = os.path.join(I18N_DIR, f"incident_tracker_{ui_language()}.qm")
        if os.path.exists(path):
            self.translator = QTranslator()
            if self.translator.load(path):
                QCoreApplication.installTranslator(self.translator)
            else:
                self.translator = None

    def _add_action(self, name, icon, text, callback, toolbar=True):
        action = QAction(QIcon(resource_path(icon)), text, self.iface.mainWindow())
        action.setObjectName(f"IncidentTracker_{name}")
        action.triggered.connect(callback)
        self.iface.addPluginToVectorMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _message(self, text, level=0):
        self.iface.messageBar().pushMessage(tr("Incident Tracker"), text, level=level, duration=8)

    def _project_read(self, *args):
        path, found = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        self.store_path = path if found and path else None

    # --- actions -------------------------------------------------------------------------------
    def set_store(self, path):
        """Open the store at ``path``, add its layers to the project and make it the active store."""
        store = GeoPackageStore.open(path)
        store.close()
        layers = add_store_layers(path)
        self.store_path = path
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, path)
        return layers

    def open_store(self):
        path, _ = QFileDialog.getOpenFileName(self.iface.mainWindow(), tr("Open incident store"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if path:
            try:
                self.set_store(path)
            except StoreError as error:
                self._message(str(error), level=2)

    def new_store(self):
        path, _ = QFileDialog.getSaveFileName(self.iface.mainWindow(), tr("New incident store"), "",
                                              tr("GeoPackage (*.gpkg)"))
        if not path:
            return
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        try:
            GeoPackageStore.create(path).close()
            self.set_store(path)
        except StoreError as error:
            self._message(str(error), level=2)

    def import_csv(self):
        import processing

        parameters = {"STORE": self.store_path} if self.store_path else {}
        processing.execAlgorithmDialog("incidenttracker:importincidents", parameters)
        if self.store_path:
            from ..core.layers import find_store_layers, refresh

            layers = find_store_layers(self.store_path)
            if layers:
                refresh(layers)
