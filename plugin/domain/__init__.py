"""Pure logic: importable and testable without QGIS or Qt."""
