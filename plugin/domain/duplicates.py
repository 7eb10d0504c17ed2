"""Likely duplicates: same event type, event dates at most one day apart, points within 5 km.

Flagged for the analyst, never merged.
"""

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta

from .incident import uuid_text
from .values import parse_date

MAX_DAYS_APART = 1
MAX_DISTANCE_KM = 5.0
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)
_OFFSETS = tuple(timedelta(days) for days in range(-MAX_DAYS_APART, MAX_DAYS_APART + 1))


def distance_km(lon1, lat1, lon2, lat2):
    """Great-circle (haversine) distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def is_likely_duplicate(a, b):
    """Whether incidents ``a`` and ``b`` (dicts with event_type, event_date, longitude, latitude) match."""
    if a.get("event_type") != b.get("event_type"):
        return False
    date_a, date_b = parse_date(a.get("event_date")), parse_date(b.get("event_date"))
    if date_a is None or date_b is None or abs((date_a - date_b).days) > MAX_DAYS_APART:
        return False
    return distance_km(a["longitude"], a["latitude"], b["longitude"], b["latitude"]) <= MAX_DISTANCE_KM


def _day(value):
    """parse_date, with a fast path for ISO text (what the store holds)."""
    if type(value) is str and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return parse_date(value)


class DuplicateIndex:
    """Incidents bucketed by (event type, date) for quick duplicate checks during a bulk import; each
    bucket is sorted by latitude, so a check reads only the incidents within 0.05° of latitude (5 km
    is about 0.045°) instead of the whole bucket, which grows with the store.

    Compact for a million incidents: coordinates in ``array('d')``, uuids as two 64-bit halves in
    ``array('Q')`` (16 bytes instead of an 85-byte string); a uuid that is not canonical lowercase text
    is kept as given, its high half 0 and its low half its place in a side list."""

    NEAR = 0.05  # degrees of latitude

    def __init__(self):
        # (event type, day) -> (latitudes in order, longitudes, uuid high halves, uuid low halves)
        self._buckets = defaultdict(lambda: (array("d"), array("d"), array("Q"), array("Q")))
        self._kept_as_given = []

    def add(self, incident):
        latitudes, longitudes, highs, lows = self._buckets[(incident["event_type"], _day(incident["event_date"]))]
        latitude = incident["latitude"]
        high, low = self._halves(incident.get("uuid"))
        position = bisect_right(latitudes, latitude)
        latitudes.insert(position, latitude)
        longitudes.insert(position, incident["longitude"])
        highs.insert(position, high)
        lows.insert(position, low)

    def find(self, incident):
        """The uuids of indexed incidents that ``incident`` likely duplicates."""
        day = _day(incident["event_date"])
        lon, lat = incident["longitude"], incident["latitude"]
        found = []
        event_type, buckets = incident["event_type"], self._buckets
        for offset in _OFFSETS:
            bucket = buckets.get((event_type, day + offset))
            if bucket is None:
                continue
            latitudes, longitudes, highs, lows = bucket
            for position in range(bisect_left(latitudes, lat - self.NEAR), bisect_right(latitudes, lat + self.NEAR)):
                if distance_km(lon, lat, longitudes[position], latitudes[position]) <= MAX_DISTANCE_KM:
                    found.append(self._text(highs[position], lows[position]))
        return found

    def _halves(self, uuid):
        if type(uuid) is str and len(uuid) == 36 and uuid[8] == uuid[13] == uuid[18] == uuid[23] == "-":
            digits = uuid.replace("-", "")
            if len(digits) == 32 and not digits.strip("0123456789abcdef"):
                value = int(digits, 16)
                if value >> 64:
                    return value >> 64, value & 0xFFFFFFFFFFFFFFFF
        self._kept_as_given.append(uuid)
        return 0, len(self._kept_as_given) - 1

    def _text(self, high, low):
        if not high:
            return self._kept_as_given[low]
        return uuid_text(f"{high:016x}{low:016x}")
