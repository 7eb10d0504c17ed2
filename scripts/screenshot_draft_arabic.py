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


def main(out):
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QDate, QLocale, QSettings

    app = QgsApplication([], True)
    app.initQgis()
    settings = QSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ar_IQ")
    QLocale.setDefault(QLocale("ar_IQ"))  # as QGIS does at start for the user's locale
    import drafting_reports
    from workers import StandInInterface, load_plugin

    plugin_package = load_plugin()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.gui.draft_dialog import DraftDialog

    plugin = plugin_package.classFactory(StandInInterface())  # the bench's stand-in QgisInterface
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
        dock.resize(700, 1560)
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
