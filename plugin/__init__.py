"""Incident Tracker plugin package.

Layers, from the bottom up:
- ``domain``: pure Python (schema, validation, parsing, imports mapping, duplicates); no QGIS, no Qt.
- ``core``: QGIS and GDAL core code (stores, layers, zones, exports); no widgets.
- ``processing``: the Processing provider and its algorithms, thin wrappers over ``core``.
- ``gui``: the plugin class, dock and dialogs; thin.
"""
