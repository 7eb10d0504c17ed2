"""SCREENSHOT_SETUP script: open the incident dock and type the Dara attack into it (for the README)."""

from qgis.PyQt.QtCore import QDate
from qgis.utils import plugins

plugin = plugins["incident_tracker"]
iface.mainWindow().resize(1600, 1000)  # noqa: F821 - given by scripts/screenshot.py
dock = plugin.toggle_dock(True)
iface.mainWindow().resizeDocks([dock], [520], 1)  # noqa: F821 - 1: Qt.Horizontal
form = dock.form
form.coordinates.setText("34.348, 45.391")
form.coordinates.editingFinished.emit()
form.location.setText("Dara village")
form.geo_precision.setCurrentIndex(form.geo_precision.findData(2))
form.event_date.setDate(QDate(2020, 6, 14))
form.event_type.setCurrentIndex(form.event_type.findData("Violence against civilians"))
form.sub_event_type.setCurrentIndex(form.sub_event_type.findData("Attack"))
form.actor1.setText("Islamic State (Iraq)")
form.attribution.setCurrentIndex(form.attribution.findData("suspected"))
form.target_community.setCurrentIndex(form.target_community.findData("Kakai"))
form.civilian_targeting.setChecked(True)
form.add_source({"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600",
                 "fatalities_reported": 7, "wounded_reported": 7})
form.add_source({"outlet": "KirkukNow", "url": "https://kirkuknow.com/en/news/62501",
                 "fatalities_reported": 7, "wounded_reported": 5})
