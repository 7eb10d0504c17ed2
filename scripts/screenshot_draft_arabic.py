"""Screenshot for the README: the dock in Arabic, an Arabic report drafted into it (offscreen, no desktop).

    QT_QPA_PLATFORM=offscreen ~/.cache/incident-tracker/venv/bin/python scripts/screenshot_draft_arabic.py \
        docs/screenshot-draft-ar.png

The report is tests/drafting_reports.py's DARA_ARABIC (the seed story's facts told in Arabic).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Interface:
    """The few QgisInterface calls the plugin makes, on a bare main window."""

    def __init__(self, window, canvas, bar):
        self._window, self._canvas, self._bar = window, canvas, bar

    def mainWindow(self):
        return self._window

    def mapCanvas(self):
        return self._canvas

    def messageBar(self):
        return self._bar

    def addDockWidget(self, area, dock):
        self._window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self._window.removeDockWidget(dock)

    def addToolBar(self, name):
        return self._window.addToolBar(name)

    def __getattr__(self, name):  # menus and locator filters: nothing to show in a screenshot
        return lambda *args, **kwargs: None


def main(out):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QDate, QSettings

    app = QgsApplication([], True)
    app.initQgis()
    settings = QSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ar_IQ")
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtWidgets import QMainWindow

    import drafting_reports
    from workers import load_plugin

    plugin_package = load_plugin()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.gui.draft_dialog import DraftDialog

    window = QMainWindow()
    plugin = plugin_package.classFactory(_Interface(window, QgsMapCanvas(window), QgsMessageBar(window)))
    plugin.initGui()
    with tempfile.TemporaryDirectory() as folder:
        store = GeoPackageStore.create(os.path.join(folder, "store.gpkg"))
        plugin.set_store(store.path)
        dock = plugin.toggle_dock(True)
        dialog = DraftDialog(dock, dock.form.places)
        dialog.text.setPlainText(drafting_reports.DARA_ARABIC)
        dialog.published.setDate(QDate(2020, 6, 14))
        dialog.outlet.setText("كوردستان 24")
        dialog.accept()
        dock.draft_from_text(dialog)
        dock.setFloating(True)
        dock.resize(560, 1560)
        dock.show()
        for _ in range(5):
            app.processEvents()
        dock.grab().save(out)
        plugin.unload()
        store.close()
    settings.setValue("locale/overrideFlag", False)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-draft-ar.png")
