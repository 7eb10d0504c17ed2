"""Incidents that share one point: stores put many at a town's or district's centroid (ACLED's
geo precision 2 and 3), and the samples share Khanaqin's. The map draws them in a ring (layers.displaced),
but a click selects only one; these give the dock the others, to offer them."""

from qgis.core import QgsFeatureRequest, QgsRectangle

# How far from the point an incident still counts as at it, in the layer's units: ~1 cm in degrees,
# 1 cm in metres (a typed point and a stored one may differ in their last digits).
SAME_POINT = {True: 1e-7, False: 0.01}
# At most this many are offered, the newest first (a town's centroid may hold thousands).
OFFERED = 200
# What an offered incident is named by (point_chooser) and sorted on.
NAMED_BY = ["uuid", "event_date", "location", "event_type", "fatalities"]


def _request(layer):
    return QgsFeatureRequest().setSubsetOfAttributes(NAMED_BY, layer.fields())


def _newest_first(features):
    return sorted(features, key=lambda f: (str(f["event_date"] or ""), f.id()), reverse=True)


def incidents_at_point(layer, fid, limit=OFFERED):
    """The features of ``layer`` at the point of its feature ``fid`` (that one included), newest first
    and at most ``limit``, and how many there are in all (the layer's filter applies)."""
    feature = next(layer.getFeatures(QgsFeatureRequest(fid)), None)
    if feature is None or not feature.hasGeometry():
        return [], 0
    point = feature.geometry().asPoint()
    tolerance = SAME_POINT[layer.crs().isGeographic()]
    box = QgsRectangle(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance)
    found = list(layer.getFeatures(_request(layer).setFilterRect(box)))
    return _newest_first(found)[:limit], len(found)


def selected_incidents(layer, limit=OFFERED):
    """The layer's selected features, newest first and at most ``limit``, and how many are selected."""
    ids = layer.selectedFeatureIds()
    found = list(layer.getFeatures(_request(layer).setFilterFids(ids)))
    return _newest_first(found)[:limit], len(ids)
