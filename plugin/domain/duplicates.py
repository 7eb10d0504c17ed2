"""Likely duplicates: same event type, event dates at most one day apart, points within 5 km.

Flagged for the analyst, never merged.
"""

import math
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta

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
    is about 0.045°) instead of the whole bucket, which grows with the store."""

    NEAR = 0.05  # degrees of latitude

    def __init__(self):
        # (event type, day) -> (latitudes in order, longitudes, uuids): compact for a million incidents
        self._buckets = defaultdict(lambda: (array("d"), array("d"), []))

    def add(self, incident):
        latitudes, longitudes, uuids = self._buckets[(incident["event_type"], _day(incident["event_date"]))]
        latitude = incident["latitude"]
        position = bisect_right(latitudes, latitude)
        latitudes.insert(position, latitude)
        longitudes.insert(position, incident["longitude"])
        uuids.insert(position, incident.get("uuid"))

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
            latitudes, longitudes, uuids = bucket
            for position in range(bisect_left(latitudes, lat - self.NEAR), bisect_right(latitudes, lat + self.NEAR)):
                if distance_km(lon, lat, longitudes[position], latitudes[position]) <= MAX_DISTANCE_KM:
                    found.append(uuids[position])
        return found
