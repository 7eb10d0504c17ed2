"""Everything that differs between the QGIS (3.22 to 3.44, and 4) and shapely (1.8 to 2.x) versions we support.

Other modules ask this one instead of testing versions themselves.
"""

import warnings
from functools import lru_cache

from qgis.core import Qgis, QgsVectorLayerTemporalProperties

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


def _enum(scoped_path, legacy_owner, legacy_name):
    """A scoped enum value (``Qgis.X.Y``, 3.26+/3.30+) or its legacy spelling on older QGIS."""
    value = Qgis
    try:
        for part in scoped_path.split("."):
            value = getattr(value, part)
        return value
    except AttributeError:
        return getattr(legacy_owner, legacy_name)


def render_millimeters():
    from qgis.core import QgsUnitTypes

    return _enum("RenderUnit.Millimeters", QgsUnitTypes, "RenderMillimeters")


def drag_and_drop_layout():
    """The attribute form's drag and drop (tabbed) layout."""
    from qgis.core import QgsEditFormConfig

    return _enum("AttributeFormLayout.DragAndDrop", QgsEditFormConfig, "TabLayout")


def set_container_kind(container, group_box):
    """A form container shown as a group box or as a tab: ``setType`` (3.32+; ``setIsGroupBox`` is deprecated from
    then on) or ``setIsGroupBox`` before."""
    if hasattr(container, "setType"):
        kind = Qgis.AttributeEditorContainerType
        container.setType(kind.GroupBox if group_box else kind.Tab)
    else:
        container.setIsGroupBox(group_box)


def temporal_unit(name):
    """``Qgis.TemporalUnit.<name>`` (3.30+) or ``QgsUnitTypes.Temporal<name>``: "Hours", "Days"…"""
    from qgis.core import QgsUnitTypes

    return _enum(f"TemporalUnit.{name}", QgsUnitTypes, f"Temporal{name}")


def navigation_off():
    """The Temporal Controller turned off: ``Qgis.TemporalNavigationMode.Disabled`` (3.36+) or
    ``QgsTemporalNavigationObject.NavigationOff``."""
    from qgis.core import QgsTemporalNavigationObject

    return _enum("TemporalNavigationMode.Disabled", QgsTemporalNavigationObject, "NavigationOff")


def temporal_mode_start_end_expressions():
    return _enum("VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions",
                 QgsVectorLayerTemporalProperties, "ModeFeatureDateTimeStartAndEndFromExpressions")


def temporal_mode_start_end_fields():
    return _enum("VectorTemporalMode.FeatureDateTimeStartAndEndFromFields",
                 QgsVectorLayerTemporalProperties, "ModeFeatureDateTimeStartAndEndFromFields")


def text_render_always_text():
    """Text kept as text (not outlines) in exported PDFs."""
    from qgis.core import QgsRenderContext

    return _enum("TextRenderFormat.AlwaysText", QgsRenderContext, "TextFormatAlwaysText")


def layout_millimeters():
    from qgis.core import QgsUnitTypes

    return _enum("LayoutUnit.Millimeters", QgsUnitTypes, "LayoutMillimeters")


def render_points():
    from qgis.core import QgsUnitTypes

    return _enum("RenderUnit.Points", QgsUnitTypes, "RenderPoints")


def processing_no_threading():
    from qgis.core import QgsProcessingAlgorithm

    return _enum("ProcessingAlgorithmFlag.NoThreading", QgsProcessingAlgorithm, "FlagNoThreading")


# --- shapely 1.8 / 2.x (zones) ------------------------------------------------------------------
# shapely is imported on first use, not when the plugin starts (it is only needed for zones).


@lru_cache(maxsize=None)
def shapely_2():
    import shapely

    # By what it offers, not by its version text: Debian forky's shapely reports "0+unknown".
    return hasattr(shapely, "from_wkb")


class GeometryIndex:
    """An STRtree over ``geoms`` answering positions in ``geoms`` (never geometries)."""

    def __init__(self, geoms):
        from shapely.strtree import STRtree

        self.geoms = list(geoms)
        if not self.geoms:
            self._tree = None
        elif shapely_2():
            self._tree = STRtree(self.geoms)
        else:
            with warnings.catch_warnings():  # 1.8 warns that ``items`` goes away in 2.0: handled above
                warnings.simplefilter("ignore")
                self._tree = STRtree(self.geoms, list(range(len(self.geoms))))

    def query(self, geom):
        """Indices of the geometries whose envelope intersects ``geom``'s envelope."""
        if self._tree is None:
            return []
        if shapely_2():
            return [int(i) for i in self._tree.query(geom)]
        return list(self._tree.query_items(geom))

    def nearest(self, geom):
        """Index of the geometry nearest to ``geom`` (None when the index is empty)."""
        if self._tree is None:
            return None
        if shapely_2():
            return int(self._tree.nearest(geom))
        return self._tree.nearest_item(geom)


# --- field types (QMetaType from QGIS 3.38, required by QGIS 4; QVariant before) ----------------------

def field_type(name):
    """The type to give a QgsField: ``name`` is "String", "Int", "LongLong", "Double", "Bool", "Date"..."""
    if QGIS_VERSION_INT >= 33800:
        from qgis.PyQt.QtCore import QMetaType

        return getattr(QMetaType.Type, {"String": "QString", "Date": "QDate", "DateTime": "QDateTime"}.get(name, name))
    from qgis.PyQt.QtCore import QVariant

    return getattr(QVariant, name)  # QVariant.Type is gone in Qt6; only reached on QGIS < 3.38


# --- Processing enums (scoped in QGIS 3.36+, legacy names before) -------------------------------

def processing_source_type(name):
    """``Qgis.ProcessingSourceType.<name>`` or ``QgsProcessing.Type<name>`` (e.g. "VectorPoint")."""
    from qgis.core import QgsProcessing

    return _enum(f"ProcessingSourceType.{name}", QgsProcessing, f"Type{name}")


def processing_date_type():
    from qgis.core import QgsProcessingParameterDateTime

    return _enum("ProcessingDateTimeParameterDataType.Date", QgsProcessingParameterDateTime, "Date")


def processing_flag_advanced():
    from qgis.core import QgsProcessingParameterDefinition

    return _enum("ProcessingParameterFlag.Advanced", QgsProcessingParameterDefinition, "FlagAdvanced")


# --- exports (QGIS 3.22 to 3.40) -----------------------------------------------------------------

def set_relative_paths(project):
    """Store layer paths relative to the project (``setFilePathStorage`` where QGIS has it)."""
    project.writeEntryBool("Paths", "/Absolute", False)
    if hasattr(project, "setFilePathStorage"):
        from qgis.core import QgsProject

        project.setFilePathStorage(_enum("FilePathType.Relative", QgsProject, "Relative"))


def no_geometry_type():
    from qgis.core import QgsWkbTypes

    return _enum("GeometryType.Null", QgsWkbTypes, "NullGeometry")


def save_style_to_database(layer, name, description):
    """Save the layer's style as its default in its own database: ``(saved, error text)``.
    ``saveStyleToDatabaseV2`` where QGIS has it (3.44+, which deprecates ``saveStyleToDatabase``): there a style
    that cannot be written as SLD is still saved (QML is what QGIS loads), so only a failed write or QML fails."""
    if not hasattr(layer, "saveStyleToDatabaseV2"):
        error = layer.saveStyleToDatabase(name, description, True, "")
        return not error, error
    from qgis.core import QgsMapLayer

    results, error = layer.saveStyleToDatabaseV2(name, description, True, "")
    failed = QgsMapLayer.SaveStyleResult.DatabaseWriteFailed | QgsMapLayer.SaveStyleResult.QmlGenerationFailed
    return not results & failed, error


def set_metadata_created(metadata, date_time):
    """Record the creation time in layer metadata where QGIS has the field (3.30+); False before."""
    if not hasattr(metadata, "setDateTime"):
        return False
    metadata.setDateTime(Qgis.MetadataDateType.Created, date_time)
    return True


def feature_request_no_geometry():
    from qgis.core import QgsFeatureRequest

    return _enum("FeatureRequestFlag.NoGeometry", QgsFeatureRequest, "NoGeometry")


# --- Qt 5 / Qt 6 ------------------------------------------------------------------------------
try:  # Qt 5 has the undo framework in QtWidgets, Qt 6 moved it to QtGui
    from qgis.PyQt.QtWidgets import QUndoCommand  # noqa: F401
except ImportError:
    from qgis.PyQt.QtGui import QUndoCommand  # noqa: F401
