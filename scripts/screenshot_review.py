"""Screenshots for the README: the dock's Review and History tabs (offscreen, no desktop).

    QT_QPA_PLATFORM=offscreen ~/.cache/incident-tracker/venv/bin/python scripts/screenshot_review.py docs/

A store with the sample's Dara attack reported twice (Kurdistan 24, then KirkukNow's figures as a second
incident), a third incident with one source; the Review tab shows the likely duplicate side by side,
the History tab the first incident after a status change, an edit and a merge.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "tests"), str(ROOT / "scripts")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder):
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtWidgets import QMainWindow

    from screenshot_draft_arabic import _Interface
    from support import DARA, DARA_SOURCES
    from workers import load_plugin

    plugin_package = load_plugin()
    from incident_tracker.plugin.core import settings
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    settings.set_value(settings.ANALYST_NAME, "layla")

    window = QMainWindow()
    plugin = plugin_package.classFactory(_Interface(window, QgsMapCanvas(window), QgsMessageBar(window)))
    plugin.initGui()
    with tempfile.TemporaryDirectory() as temporary:
        store = GeoPackageStore.create(os.path.join(temporary, "store.gpkg"))
        store.user = "amira"
        keep = store.add_incident(dict(DARA, notes="Suspected IS fighters attacked a Kakai home."),
                                  DARA_SOURCES[:1]).uuid
        duplicate = store.add_incident(dict(DARA, location="Dara village, Khanaqin", notes="From KirkukNow's report"),
                                       DARA_SOURCES[1:]).uuid
        store.add_incident(dict(DARA, event_date="2020-05-10", location="Mekhas", latitude=34.45, longitude=45.30,
                                event_type="Violence against civilians",
                                sub_event_type="Abduction/forced disappearance",
                                abducted=2), [dict(DARA_SOURCES[0], fatalities_reported=None, wounded_reported=None,
                                                   abducted_reported=2)])
        plugin.set_store(store.path)
        dock = plugin.toggle_dock(True)
        dock.setFloating(True)
        dock.resize(520, 900)
        dock.show()
        dock.tabs.setCurrentWidget(dock.review_tab)
        review = dock.review_tab
        review.queue.setCurrentRow(0)
        names = [review.comparison.item(r, 0).data(0x0100) for r in range(review.comparison.rowCount())]
        if "notes" in names:
            review.comparison.selectRow(names.index("notes"))
        review.reason.setText("Same attack: two outlets, one house")
        for _ in range(5):
            app.processEvents()
        dock.grab().save(os.path.join(folder, "screenshot-review.png"))
        review.merge_button.click()
        store.set_status(keep, "verified", reason="Two outlets and the village mukhtar agree")
        store.update_incident(keep, {"notes": "Suspected IS fighters attacked a Kakai home; 7 killed."})
        dock.show_incident(keep, zoom=False)
        dock.tabs.setCurrentWidget(dock.history_tab)
        dock.history_tab.tree.expandAll()
        for _ in range(5):
            app.processEvents()
        dock.grab().save(os.path.join(folder, "screenshot-history.png"))
        plugin.unload()
        store.close()
    settings.set_value(settings.ANALYST_NAME, "")
    print(f"wrote {folder}/screenshot-review.png and screenshot-history.png ({duplicate} merged into {keep})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs")
