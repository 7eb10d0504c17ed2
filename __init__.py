"""Incident Tracker: a QGIS plugin to map and cite attacks in Iraq's disputed territories.

QGIS calls :func:`classFactory`; nothing here imports QGIS at module level, so the pure logic in
``plugin.domain`` can be imported and tested without it.
"""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin.gui.plugin import IncidentTrackerPlugin

    return IncidentTrackerPlugin(iface)
