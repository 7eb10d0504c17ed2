"""Everything that differs between the QGIS (3.22 to 3.40+) and shapely (1.8 to 2.x) versions we support.

Other modules ask this one instead of testing versions themselves.
"""

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


def temporal_mode_start_end_expressions():
    return _enum("VectorTemporalMode.FeatureDateTimeStartAndEndFromExpressions",
                 QgsVectorLayerTemporalProperties, "ModeFeatureDateTimeStartAndEndFromExpressions")
