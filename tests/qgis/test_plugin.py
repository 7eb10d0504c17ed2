"""The plugin as QGIS loads it: classFactory, initGui, unload, Processing."""

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QAction, QToolBar

import incident_tracker
from incident_tracker.plugin.gui.plugin import TOOLBAR_NAME

from support import ROOT


def _plugin_widgets(main_window):
    from qgis.PyQt.QtWidgets import QDockWidget

    toolbars = [t for t in main_window.findChildren(QToolBar) if t.objectName() == TOOLBAR_NAME]
    actions = [a for a in main_window.findChildren(QAction) if a.objectName().startswith("IncidentTracker_")]
    docks = [d for d in main_window.findChildren(QDockWidget) if d.objectName() == "IncidentTrackerDock"]
    return toolbars, actions, docks


def test_metadata_is_complete_for_the_plugin_repository():
    import configparser

    metadata = configparser.ConfigParser()
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "homepage",
                "tracker", "repository", "tags", "category", "icon", "hasProcessingProvider", "changelog"):
        assert general.get(key), key
    assert general["name"] == "Incident Tracker" and general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).is_file()


def test_loading_and_unloading_ten_times_leaves_nothing_behind(qgis_iface):
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    main_window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    providers_before = len(registry.providers())
    receivers_before = QgsProject.instance().receivers(QgsProject.instance().readProject)
    qgis_iface.removePluginVectorMenu.reset_mock()
    for _ in range(10):
        plugin = incident_tracker.classFactory(qgis_iface)
        plugin.initProcessing()
        plugin.initGui()
        plugin.toggle_dock(True)
        toolbars, actions, docks = _plugin_widgets(main_window)
        assert len(toolbars) == 1 and len(actions) == len(plugin.actions) >= 4 and len(docks) == 1
        assert registry.providerById("incidenttracker") is not None
        added = list(plugin.actions)
        locator_filter = plugin.locator_filter
        plugin.unload()
        qgis_iface.deregisterLocatorFilter.assert_called_with(locator_filter)
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # run deleteLater
        removed = [c.args[1] for c in qgis_iface.removePluginVectorMenu.call_args_list[-len(added):]]
        assert removed == added
        assert _plugin_widgets(main_window) == ([], [], [])
        assert registry.providerById("incidenttracker") is None
    assert len(registry.providers()) == providers_before
    assert QgsProject.instance().receivers(QgsProject.instance().readProject) == receivers_before


def test_opening_a_store_from_the_plugin_adds_its_layers_and_remembers_it(qgis_iface, qgis_new_project, store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        layers = plugin.set_store(store.path)
        assert layers.incidents.isValid()
        assert QgsProject.instance().readEntry("IncidentTracker", "store")[0] == store.path
    finally:
        plugin.unload()


def test_createstore_runs_through_processing(provider, tmp_path):
    import processing

    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    path = str(tmp_path / "new.gpkg")
    result = processing.run("incidenttracker:createstore", {"OUTPUT": path})
    assert result["OUTPUT"] == path
    assert GeoPackageStore.open(path).count() == 0
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("incidenttracker:createstore", {"OUTPUT": path})


def test_make_package_builds_a_zip_with_only_runtime_files_that_loads(tmp_path):
    import subprocess
    import sys
    import zipfile

    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, capture_output=True)
    with zipfile.ZipFile(ROOT / "dist" / "incident_tracker.zip") as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert "incident_tracker/metadata.txt" in names and "incident_tracker/i18n/incident_tracker_ar.qm" in names
    assert not [n for n in names if "/tests/" in n or n.endswith((".ts", ".pyc")) or "/bench/" in n
                or "glossary" in n]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import incident_tracker, importlib; "
            "importlib.import_module('incident_tracker.plugin.gui.plugin'); print('ok')")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "ok", result.stderr


def test_starting_the_plugin_loads_no_geometry_or_drafting_code():
    """initGui stays fast (bench/RESULTS.md): shapely and the drafting rules load on first use only."""
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from _plugin_import import import_plugin\n"
        "from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis()\n"
        "heavy = lambda: {m for m in sys.modules if m == 'shapely' or m.endswith('.drafting') or m == 'psycopg2'}\n"
        "before = heavy()  # what QGIS itself loaded (3.40 loads shapely on start)\n"
        "import_plugin(); from incident_tracker.plugin.processing.provider import IncidentTrackerProvider\n"
        "import incident_tracker.plugin.gui.plugin\n"
        "QgsApplication.processingRegistry().addProvider(IncidentTrackerProvider())\n"
        "print(sorted(heavy() - before))\n")
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / "scripts")], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr
