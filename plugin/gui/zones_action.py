"""The "Add disputed zones" action: build the zones into the active store (once), then show them."""

from qgis.core import QgsFeedback, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QProgressDialog

from ..core.stores import zones_path as zones_file
from ..core.zone_layers import add_zone_layers
from ..core.zone_lookup import ZoneLookup


def tr(text):
    return QCoreApplication.translate("ZonesAction", text)


def show_zones(store, language):
    """Add the store's zone layers beneath the incident layers and give the store their lookup."""
    added = add_zone_layers(zones_file(store), QgsProject.instance(), language)
    store.zone_lookup = ZoneLookup.from_gpkg(zones_file(store), distances=False)
    return added


def add_zones(parent, store, language, ask=None):
    """Build the zones when the store has none (from layers/files, or a download), then show them.

    Returns the added layers, or None when the user stopped. ``ask(text, choices)`` returns the chosen
    index (a message box by default; tests replace it).
    """
    if ZoneLookup.from_gpkg(zones_file(store), distances=False) is None:
        ask = ask or _ask
        choice = ask(tr("This store has no disputed zones yet. Build them from administrative boundaries:"),
                     [tr("Layers or files…"), tr("Download (OCHA COD-AB / geoBoundaries)…"), tr("Cancel")])
        if choice == 0:
            import processing

            processing.execAlgorithmDialog("incidenttracker:buildzones", {"OUTPUT": zones_file(store)})
        elif choice == 1:
            if not _download_and_build(parent, store):
                return None
        else:
            return None
        if ZoneLookup.from_gpkg(zones_file(store), distances=False) is None:
            return None
    return show_zones(store, language)


def _ask(text, choices):
    box = QMessageBox(QMessageBox.Icon.Question, tr("Disputed zones"), text)
    buttons = [box.addButton(choice, QMessageBox.ButtonRole.AcceptRole if i < len(choices) - 1 else QMessageBox.ButtonRole.RejectRole)
               for i, choice in enumerate(choices)]
    box.exec()
    return buttons.index(box.clickedButton()) if box.clickedButton() in buttons else len(choices) - 1


def _download_and_build(parent, store):
    from ..core.boundary_download import DownloadError, boundary_url, download_boundaries
    from ..core.zones_builder import build_zones

    progress = QProgressDialog(tr("Downloading administrative boundaries…"), tr("Cancel"), 0, 100, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: progress.setValue(int(value)))
    progress.canceled.connect(feedback.cancel)
    progress.show()
    try:
        paths = [download_boundaries(boundary_url(level), feedback) for level in (2, 3)]
        progress.setLabelText(tr("Building the disputed zones…"))
        QApplication.processEvents()
        build_zones(paths[0], paths[1], zones_file(store), feedback)
    except (DownloadError, Exception) as error:  # noqa: BLE001 - shown to the user, nothing half-cached
        if not feedback.isCanceled():
            QMessageBox.warning(parent, tr("Disputed zones"), str(error))
        return False
    finally:
        progress.close()
    return True
