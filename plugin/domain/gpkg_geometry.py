"""GeoPackage geometry blobs for points (OGC GeoPackage 1.3, clause 2.1.3 "Geometry Encoding").

A blob is the header ``'GP'``, version byte, flags byte, int32 srs_id, an optional envelope, then
standard WKB. Points are written without an envelope, as GDAL does.
"""

import struct

_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
_EMPTY_FLAG = 0b00010000


def encode_point(x, y, srs_id=4326):
    flags = 0b00000001  # little-endian header, no envelope, not empty, standard GeoPackage binary
    return b"GP" + bytes((0, flags)) + struct.pack("<i", srs_id) + struct.pack("<BIdd", 1, 1, x, y)


def _parse(blob):
    if blob is None or len(blob) < 8 or blob[:2] != b"GP":
        return None
    flags = blob[3]
    if flags & _EMPTY_FLAG:
        return None
    order = "<" if flags & 1 else ">"
    envelope_kind = (flags >> 1) & 0b111
    doubles = _ENVELOPE_DOUBLES.get(envelope_kind)
    if doubles is None:
        return None
    offset = 8
    if doubles:
        values = struct.unpack_from(order + "d" * doubles, blob, offset)
        return values[0], values[1], values[2], values[3]
    wkb = blob[offset + doubles * 8:]
    if len(wkb) < 21:
        return None
    wkb_order = "<" if wkb[0] == 1 else ">"
    geometry_type = struct.unpack_from(wkb_order + "I", wkb, 1)[0] % 1000
    if geometry_type != 1:
        return None
    x, y = struct.unpack_from(wkb_order + "dd", wkb, 5)
    if x != x or y != y:  # NaN coordinates encode an empty point
        return None
    return x, x, y, y


def wkb_of(blob):
    """The standard WKB inside a GeoPackage blob (any geometry type), or None for an empty or unreadable one."""
    if blob is None or len(blob) < 8 or blob[:2] != b"GP" or blob[3] & _EMPTY_FLAG:
        return None
    doubles = _ENVELOPE_DOUBLES.get((blob[3] >> 1) & 0b111)
    if doubles is None:
        return None
    return bytes(blob[8 + doubles * 8:])


def decode_point(blob):
    """(x, y) of a point blob, or None for an empty or non-point geometry."""
    envelope = _parse(blob)
    return None if envelope is None else (envelope[0], envelope[2])


def envelope(blob):
    """(minx, maxx, miny, maxy) of a blob, or None when empty or unreadable."""
    return _parse(blob)
