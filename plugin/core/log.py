"""The plugin's entries in QGIS's message log (View ▸ Panels ▸ Log Messages, tab "Incident Tracker").

Everything the plugin records for later reading goes through here: import rows skipped beyond the first
screenful, locator and zone-attach failures, background task errors. Messages are already translated
by the caller when they are meant for the user.
"""

from qgis.core import Qgis, QgsMessageLog

TAG = "Incident Tracker"


def info(message):
    QgsMessageLog.logMessage(str(message), TAG, Qgis.Info)


def warning(message):
    QgsMessageLog.logMessage(str(message), TAG, Qgis.Warning)


def error(message):
    QgsMessageLog.logMessage(str(message), TAG, Qgis.Critical)
