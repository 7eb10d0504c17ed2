"""Incidents that share one point: stores put many at a town's or district's centroid (ACLED's
geo precision 2 and 3), and the samples share Khanaqin's. The map draws them in a ring (layers.displaced),
but a click selects only one; these give the dock the others, to offer them."""

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayerTemporalContext

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


def shown_in(layer, period):
    """A filter expression for the features of ``layer`` the map shows in the temporal range ``period``
    (a Temporal Controller frame), or None when the map is not temporal or the layer not dated."""
    properties = layer.temporalProperties()
    if period is None or period.isInfinite() or not properties.isActive():
        return None
    context = QgsVectorLayerTemporalContext()
    context.setLayer(layer)
    return properties.createFilterString(context, period) or None


def incidents_at_point(layer, fid, limit=OFFERED, period=None):
    """The features of ``layer`` at the point of its feature ``fid`` (that one included) that the map
    shows (the layer's filter applies, and the temporal range ``period`` when the map is temporal),
    newest first and at most ``limit``, and how many there are in all."""
    feature = next(layer.getFeatures(QgsFeatureRequest(fid)), None)
    if feature is None or not feature.hasGeometry():
        return [], 0
    point = feature.geometry().asPoint()
    tolerance = SAME_POINT[layer.crs().isGeographic()]
    box = QgsRectangle(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance)
    request = _request(layer).setFilterRect(box)
    shown = shown_in(layer, period)
    if shown:
        request.setFilterExpression(shown)
    found = list(layer.getFeatures(request))
    if all(f.id() != fid for f in found):  # the one clicked is offered, whatever the time shown
        found.append(feature)
    return _newest_first(found)[:limit], len(found)


def selected_incidents(layer, limit=OFFERED):
    """The layer's selected features, newest first and at most ``limit``, and how many are selected."""
    ids = layer.selectedFeatureIds()
    found = list(layer.getFeatures(_request(layer).setFilterFids(ids)))
    return _newest_first(found)[:limit], len(ids)
