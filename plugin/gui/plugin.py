"""The plugin object QGIS loads: menu, toolbar, Processing provider; everything undone on unload."""

import os
import sys

from qgis.core import QgsApplication, QgsDateTimeRange, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QDateTime, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog

try:  # Qt5 keeps QAction in QtWidgets; Qt6 (QGIS 4) in QtGui
    from qgis.PyQt.QtWidgets import QAction
except ImportError:
    from qgis.PyQt.QtGui import QAction

from ..core.layers import add_store_layers, find_store_layers
from ..core.settings import ui_language
from ..core.store import StoreError
from ..core.stores import attach_zones, create_store, open_store
from ..core.translation import translated
from ..domain.resources import resource_path
from ..processing.provider import IncidentTrackerProvider
from .slots import reported

MENU = "&Incident Tracker"
TOOLBAR_NAME = "IncidentTrackerToolbar"
PROJECT_SCOPE, PROJECT_KEY, LANGUAGE_KEY = "IncidentTracker", "store", "language"
RIGHT_TO_LEFT = ("ar", "ckb", "fa")
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "i18n")


def tr(text):
    return QCoreApplication.translate("IncidentTracker", text)


class IncidentTrackerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.actions = []
        self.toolbar = None
        self.provider = None
        self.translator = None
        self.store_location = None
        self.store = None
        self.dock = None
        self.statistics_dialog = None
        self.period_label = None
        self.locator_filter = None
        self.text_index_task = None
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
        self._add_action("new_store", tr("New incident store…"), self.new_store, toolbar=False)
        self._add_action("open_store", tr("Open incident store…"), self.open_store)
        self._add_action("open_team_store", tr("Open team store (PostGIS)…"), self.open_team_store,
                         toolbar=False)
        self._add_action("new_team_store", tr("New team store (PostGIS)…"), self.new_team_store,
                         toolbar=False)
        self.dock_action = self._add_action("dock", tr("Incident dock"), self.toggle_dock)
        self.dock_action.setCheckable(True)
        self._add_action("zones", tr("Add disputed zones"), self.add_zones)
        self._add_action("statistics", tr("Statistics by zone…"), self.show_statistics, toolbar=False)
        self._add_action("import_csv", tr("Import ACLED / UCDP CSV…"), self.import_csv, toolbar=False)
        self._add_action("export_gpkg", tr("Export as GeoPackage…"),
                         lambda: self.export("incidenttracker:exportgeopackage"), toolbar=False)
        self._add_action("export_csv", tr("Export as ACLED-format CSV…"),
                         lambda: self.export("incidenttracker:exportcsv"), toolbar=False)
        self._add_action("export_geojson", tr("Export as GeoJSON…"),
                         lambda: self.export("incidenttracker:exportgeojson"), toolbar=False)
        self._add_action("bulletin", tr("Situation bulletin (PDF)…"),
                         lambda: self.export("incidenttracker:bulletin"), toolbar=False)
        self._add_action("about", tr("Help / About…"), self.show_about, toolbar=False)
        from .period_label import PeriodLabel

        self.period_label = PeriodLabel(self.iface.mapCanvas())
        self.iface.mapCanvas().temporalRangeChanged.connect(self._time_off_shows_all)
        QgsProject.instance().readProject.connect(self._project_read)
        from .locator_filter import IncidentLocatorFilter

        self.locator_filter = IncidentLocatorFilter(lambda: self.store_location, self.open_incident)
        self.iface.registerLocatorFilter(self.locator_filter)
        self.iface.layoutDesignerOpened.connect(self._designer_opened)

    def unload(self):
        try:
            self.iface.mapCanvas().temporalRangeChanged.disconnect(self._time_off_shows_all)
        except TypeError:
            pass
        try:
            QgsProject.instance().readProject.disconnect(self._project_read)
            self.iface.layoutDesignerOpened.disconnect(self._designer_opened)
        except TypeError:
            pass
        from .designer_period import ACTION_NAME

        for designer in self.iface.openLayoutDesigners():  # their "Add incident period label" goes too
            for action in designer.window().findChildren(QAction, ACTION_NAME):
                action.deleteLater()
        self._cancel_text_index()
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.period_label is not None:
            self.period_label.remove()
            self.period_label = None
        if self.statistics_dialog is not None:
            self.statistics_dialog.close()
            self.statistics_dialog.deleteLater()
            self.statistics_dialog = None
        zones_action = sys.modules.get(f"{__package__}.zones_action")  # loaded only once zones were asked for
        if zones_action is not None:
            zones_action.cancel_running()
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.store is not None:
            self.store.close()
            self.store = None
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

    def _add_action(self, name, text, callback, toolbar=True):
        """A menu entry (and toolbar button) with its own icon, resources/icons/<name>.svg."""
        action = QAction(QIcon(resource_path(f"icons/{name}.svg")), text, self.iface.mainWindow())
        action.setObjectName(f"IncidentTracker_{name}")
        action.triggered.connect(reported(callback))
        self.iface.addPluginToVectorMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    @reported
    def _designer_opened(self, designer):
        from .designer_period import add_to_designer

        add_to_designer(designer, self.iface.mapCanvas(), QIcon(resource_path("icons/period_label.svg")))

    def _message(self, text, level=0):
        self.iface.messageBar().pushMessage(tr("Incident Tracker"), translated(text), level=level, duration=8)

    @reported
    def _project_read(self, *args):
        path, found = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        if self.store is not None:
            self.store.close()
            self.store = None
        self.store_location = path if found and path else None
        self._localise_project()
        self._fit_time()
        if self.dock is not None:
            self.dock.watch_layers()
            self.dock.incident_list.reload()

    # --- actions -------------------------------------------------------------------------------
    def set_store(self, location):
        """Open the store at ``location`` (a GeoPackage file, or a PostgreSQL connection), add its layers
        to the project and make it the active store."""
        from ..core import text_index_task

        store = open_store(location)
        layers = add_store_layers(store)
        if self.store is not None:
            self.store.close()
        self.store, self.store_location = store, location
        self._cancel_text_index()
        self.text_index_task = text_index_task.start(store)  # a large store's search table, in the background
        attach_zones(store)
        QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, location)
        self._localise_project()
        self._fit_time()
        if self.dock is not None:
            self.dock.watch_layers()
            self.dock.incident_list.reload()
            self.dock.reload_places()
        return layers

    def _cancel_text_index(self):
        """Stop filling the previous store's search table (it continues when that store is opened again)."""
        from qgis.core import QgsTask

        task, self.text_index_task = self.text_index_task, None
        try:
            if task is not None and task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
                task.cancel()
        except RuntimeError:  # the task manager has deleted it already
            pass

    def _localise_project(self):
        """The plugin's layers (names, legend, map labels, form labels) in the UI language, when the
        project was made in another one."""
        from ..core.layers import arrange_store_forms, localise_store_layers
        from ..core.zone_layers import localise_zone_layers, zone_language

        project = QgsProject.instance()
        language = zone_language(ui_language())
        made_in, _ = project.readEntry(PROJECT_SCOPE, LANGUAGE_KEY, "en")
        if made_in != language:
            localise_store_layers(project)
            localise_zone_layers(project, language)
            project.writeEntry(PROJECT_SCOPE, LANGUAGE_KEY, language)
        arrange_store_forms(project, again=made_in != language)

    def _fit_time(self):
        """The Temporal Controller steps a day, week or month (not QGIS's hour) through the incidents,
        unless the project has a step someone chose."""
        from ..core.temporal import fit_time_settings, step_is_default

        project = QgsProject.instance()
        if step_is_default(project):
            navigation = self.iface.mapCanvas().temporalController()
            fit_time_settings(project, navigation if hasattr(navigation, "setFrameDuration") else None)

    @reported
    def _time_off_shows_all(self):
        """With the Temporal Controller off the map shows every incident. QGIS 3.22 may still put the map on
        one frame (the last hour of the project's range) while it reads a project with the controller off:
        only that hour's incidents were drawn, and clickable. The range is cleared, as the controller's
        own Turn off button clears it."""
        from ..core.compat import navigation_off

        canvas = self.iface.mapCanvas()
        navigation = canvas.temporalController()
        if navigation is not None and navigation.navigationMode() == navigation_off() and \
                canvas.mapSettings().isTemporal():
            canvas.setTemporalRange(QgsDateTimeRange(QDateTime(), QDateTime()))

    def add_zones(self, ask=None):
        """Menu/dock action: the disputed zones of the active store, built on first use."""
        from .zones_action import add_zones

        store, _ = self.context()
        if store is None:
            self._message(tr("Open or create an incident store first."), level=1)
            return None
        added = add_zones(self.iface.mainWindow(), store, ui_language(), ask=ask, on_added=self._zones_added)
        if added:
            self._zones_added(added)
        return added

    def _zones_added(self, layers):
        if self.dock is not None:
            self.dock.reload_places()

    def context(self):
        """(store, layers) of the active store, for the dock; (None, None) when there is none."""
        if self.store_location and self.store is None:
            try:
                self.set_store(self.store_location)
            except StoreError as error:  # the project's store is gone or damaged: say why
                self.store_location = None
                self._message(error, level=2)
        if self.store is None:
            return None, None
        return self.store, find_store_layers(self.store)

    def toggle_dock(self, checked=None):
        if self.dock is None:
            from .incident_dock import IncidentDock

            language = ui_language()
            self.dock = IncidentDock(self.iface, self.context, self.iface.mainWindow(), language=language)
            if language in RIGHT_TO_LEFT:
                self.dock.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self.dock_action.setChecked)
            self.dock.zones_requested.connect(self.add_zones)
            self.dock.export_requested.connect(self.export)
            self.dock.watch_layers()
            self.dock.incident_list.reload()
            self.dock.reload_places()
        visible = checked if isinstance(checked, bool) else not self.dock.isVisible()
        self.dock.setVisible(visible)
        return self.dock

    def show_statistics(self):
        """The statistics dialog, kept by the plugin: a dialog only Qt holds loses its Python half to the
        garbage collector (its slots die with it: the period no longer refreshes anything). It reads
        the active store each time, not the store open when it was made (closed since, maybe)."""
        from .zone_statistics_dialog import ZoneStatisticsDialog

        store, _ = self.context()
        if store is None:
            self._message(tr("Open or create an incident store first."), level=1)
            return None
        if self.statistics_dialog is None:
            self.statistics_dialog = ZoneStatisticsDialog(self._incidents, self.iface.mainWindow())
        self.statistics_dialog.refresh()
        self.statistics_dialog.show()
        self.statistics_dialog.raise_()
        return self.statistics_dialog

    def _incidents(self):
        store, _ = self.context()
        return store.query() if store is not None else []

    def show_about(self):
        from .about import show_about

        show_about(self.iface.mainWindow())

    def open_incident(self, uuid):
        dock = self.toggle_dock(True)
        dock.show_incident(uuid)

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
            create_store(path).close()
            self.set_store(path)
        except StoreError as error:
            self._message(str(error), level=2)

    def export(self, algorithm="incidenttracker:exportgeopackage"):
        """The export dialog (Processing's, with progress and cancel) for the active store and its zones."""
        import processing

        from ..core.stores import zones_path
        from ..core.zone_lookup import ZoneLookup

        store, _ = self.context()
        if store is None:
            self._message(tr("Open or create an incident store first."), level=1)
            return
        parameters = self._store_parameters(store)
        if algorithm.endswith("geopackage") and ZoneLookup.from_gpkg(zones_path(store), distances=False):
            parameters["ZONES"] = f"{zones_path(store)}|layername=zones_subdistricts"
        if algorithm.endswith("bulletin"):  # in the UI's language by default
            from ..core.bulletin_language import LANGUAGES

            parameters["LANGUAGE"] = LANGUAGES.index(ui_language()) if ui_language() in LANGUAGES else 0
        processing.execAlgorithmDialog(algorithm, parameters)

    def _store_parameters(self, store):
        """The Processing parameters naming the active store: STORE for a file, CONNECTION/SCHEMA for PostGIS."""
        if store.kind == "postgis":
            from ..core.postgis_connection import connection_name_for

            return {"CONNECTION": connection_name_for(store.uri), "SCHEMA": store.schema}
        return {"STORE": self.store_location}

    def new_team_store(self):
        """Create (or upgrade) a store in a PostgreSQL database, through createstore's dialog, and open it."""
        import processing

        results = processing.execAlgorithmDialog("incidenttracker:createstore", {"OUTPUT": None})
        location = (results or {}).get("STORE")
        if location:
            try:
                self.set_store(location)
            except StoreError as error:
                self._message(str(error), level=2)

    def open_team_store(self):
        from qgis.PyQt.QtWidgets import QInputDialog

        from ..core.postgis_connection import connection_names

        names = connection_names()
        if not names:
            self._message(tr("No PostgreSQL connection yet: add one in the Browser (PostgreSQL ▸ New Connection), "
                             "with its credentials in an authentication configuration."), level=1)
            return
        name, chosen = QInputDialog.getItem(self.iface.mainWindow(), tr("Open team store"), tr("Connection"),
                                            names, 0, False)
        if chosen:
            try:
                self.set_store(name)
            except StoreError as error:
                self._message(str(error), level=2)

    def import_csv(self):
        import processing

        store, _ = self.context()
        parameters = self._store_parameters(store) if store else {}
        processing.execAlgorithmDialog("incidenttracker:importincidents", parameters)
        if self.store_location:
            from ..core.layers import find_store_layers, refresh

            layers = find_store_layers(self.store) if self.store else None
            if layers:
                refresh(layers)
