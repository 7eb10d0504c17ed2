"""Universal Transverse Mercator grid positions on WGS84, through pyproj (EPSG:326zz / 327zz).

Angles are in degrees at the interface, metres on the grid. pyproj is imported on first use, so
loading the plugin does not pay for it.
"""

from functools import lru_cache


def central_meridian(zone):
    return zone * 6.0 - 183.0


def standard_zone(longitude, latitude):
    """The UTM zone of a point, with the Norway and Svalbard exceptions."""
    lon = ((longitude + 180.0) % 360.0) - 180.0
    zone = min(int((lon + 180.0) // 6) + 1, 60)
    if 56 <= latitude < 64 and 3 <= lon < 12:
        return 32
    if 72 <= latitude <= 84 and 0 <= lon < 42:
        return 31 if lon < 9 else 33 if lon < 21 else 35 if lon < 33 else 37
    return zone


@lru_cache(maxsize=None)
def _transformer(zone, northern):
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", f"EPSG:{(32600 if northern else 32700) + zone}", always_xy=True)


def to_grid(longitude, latitude, zone=None):
    """(zone, northern, easting, northing) of a point; ``zone`` forces a zone (maps often run over)."""
    zone = zone or standard_zone(longitude, latitude)
    northern = latitude >= 0
    easting, northing = _transformer(zone, northern).transform(longitude, latitude)
    return zone, northern, easting, northing


def from_grid(zone, northern, easting, northing):
    """Longitude, latitude of a UTM grid position."""
    longitude, latitude = _transformer(zone, northern).transform(easting, northing, direction="INVERSE")
    longitude = ((longitude + 180.0) % 360.0) - 180.0
    return longitude, latitude
