"""QGIS core code: stores, layers, zones, imports, exports. No widgets."""
