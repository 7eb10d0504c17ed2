"""Shapely geometry helpers for the zones: valid multipolygons, QGIS geometries to shapely.

shapely is imported on first use, not when the plugin starts (it is only needed for zones).
"""


def make_valid(geom):
    if geom.is_valid:
        return geom
    try:  # shapely >= 1.8
        from shapely.validation import make_valid as shapely_make_valid
    except ImportError:  # pragma: no cover - older shapely
        return geom.buffer(0)
    return shapely_make_valid(geom)


def as_multipolygon(geom):
    """``geom`` as a MultiPolygon (polygon parts only), or None when it has no area."""
    from shapely.geometry import GeometryCollection, MultiPolygon, Polygon

    if geom is None or geom.is_empty:
        return None
    geom = make_valid(geom)
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    if isinstance(geom, GeometryCollection) or hasattr(geom, "geoms"):
        parts = []
        for part in geom.geoms:
            if isinstance(part, Polygon):
                parts.append(part)
            elif isinstance(part, MultiPolygon):
                parts.extend(part.geoms)
        return MultiPolygon(parts) if parts else None
    return None


def shapely_from_qgs(geometry):
    """A shapely geometry from a QgsGeometry (None for a null geometry)."""
    from shapely import wkb

    if geometry is None or geometry.isNull():
        return None
    return wkb.loads(bytes(geometry.asWkb()))
