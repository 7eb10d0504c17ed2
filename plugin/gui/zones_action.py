"""The "Add disputed zones" action: build the zones into the active store (once), then show them."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QMessageBox

from ..core.stores import zones_path as zones_file
from ..core.translation import translated
from ..core.zone_layers import add_zone_layers
from ..core.zone_lookup import ZoneLookup


def tr(text):
    return QCoreApplication.translate("ZonesAction", text)


def show_zones(store, language):
    """Add the store's zone layers beneath the incident layers and give the store their lookup."""
    added = add_zone_layers(zones_file(store), QgsProject.instance(), language)
    store.zone_lookup = ZoneLookup.from_gpkg(zones_file(store), distances=False)
    return added


def add_zones(parent, store, language, ask=None, on_added=None):
    """Build the zones when the store has none (from layers/files, or a download), then show them.

    Returns the added layers, or None when the user stopped or the zones are being downloaded and built
    in the background (then ``on_added(layers)`` is called once they are shown). ``ask(text, choices)``
    returns the chosen index (a message box by default; tests replace it).
    """
    if ZoneLookup.from_gpkg(zones_file(store), distances=False) is None:
        ask = ask or _ask
        choice = ask(tr("This store has no disputed zones yet. Build them from administrative boundaries:"),
                     [tr("Layers or files…"), tr("Download (OCHA COD-AB / geoBoundaries)…"), tr("Cancel")])
        if choice == 0:
            import processing

            processing.execAlgorithmDialog("incidenttracker:buildzones", {"OUTPUT": zones_file(store)})
        elif choice == 1:
            start_download_and_build(parent, store, language, on_added)
            return None
        else:
            return None
        if ZoneLookup.from_gpkg(zones_file(store), distances=False) is None:
            return None
    return show_zones(store, language)


def _ask(text, choices):
    box = QMessageBox(QMessageBox.Icon.Question, tr("Disputed zones"), text)
    roles = QMessageBox.ButtonRole
    buttons = [box.addButton(choice, roles.AcceptRole if i < len(choices) - 1 else roles.RejectRole)
               for i, choice in enumerate(choices)]
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else len(choices) - 1


_RUNNING = set()  # the tasks started here, kept referenced until they end


def start_download_and_build(parent, store, language, on_added=None, urls=None, cache_directory=None):
    """Download the boundaries and build the zones in a background task (progress and cancel in QGIS's
    task manager); when it succeeds the zones are shown and ``on_added(layers)`` called. Returns the task."""
    from ..core.boundary_download import boundary_url
    from ..core.zones_task import BuildZonesTask

    def finished(task):
        _RUNNING.discard(task)
        if task.report is not None and not task.isCanceled():
            added = show_zones(store, language)
            if on_added is not None:
                on_added(added)
        elif task.error:
            QMessageBox.warning(parent, tr("Disputed zones"), translated(task.error))

    task = BuildZonesTask(urls or [boundary_url(level) for level in (2, 3)], zones_file(store), finished,
                          cache_directory)
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def cancel_running():
    """Cancel the zone builds still running (the plugin is unloading)."""
    for task in list(_RUNNING):
        task.on_finished = None
        task.cancel()
    _RUNNING.clear()
