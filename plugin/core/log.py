"""The plugin's entries in QGIS's message log (View ▸ Panels ▸ Log Messages, tab "Incident Tracker").

Everything the plugin records for later reading goes through here: import rows skipped beyond the first
screenful, locator and zone-attach failures, background task errors. A message, an error or a text
may be given: it is written in the UI language (core.translation.translated).
"""

from qgis.core import Qgis, QgsMessageLog

from .translation import translated

TAG = "Incident Tracker"


def info(message):
    QgsMessageLog.logMessage(translated(message), TAG, Qgis.Info)


def warning(message):
    QgsMessageLog.logMessage(translated(message), TAG, Qgis.Warning)


def error(message):
    QgsMessageLog.logMessage(translated(message), TAG, Qgis.Critical)
