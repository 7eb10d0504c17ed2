"""Per-zone statistics of incidents for a period (pure Python).

Incidents are dicts with at least ``event_date`` (ISO text or date), ``event_type``, ``fatalities``,
``wounded``, ``abducted`` and the zone field used as key (``disputed_zone`` by default). Incidents
without a zone are counted under :data:`OUTSIDE_LABEL`, so that the rows add up to the period's
total.
"""

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

from .i18n import QT_TRANSLATE_NOOP

OUTSIDE_LABEL = QT_TRANSLATE_NOOP("zones", "outside the disputed territories")
ALL = "all"
FIGURES = ("incidents", "killed", "wounded", "abducted")
TABLE_COLUMNS = ("zone", "zone_group", "month", "event_type") + FIGURES


@dataclass
class Tally:
    incidents: int = 0
    killed: int = 0
    wounded: int = 0
    abducted: int = 0

    def add(self, incident):
        self.incidents += 1
        self.killed += _int(incident.get("fatalities"))
        self.wounded += _int(incident.get("wounded"))
        self.abducted += _int(incident.get("abducted"))

    def as_tuple(self):
        return (self.incidents, self.killed, self.wounded, self.abducted)


@dataclass
class ZoneStatistics:
    zone: str
    zone_group: str = None
    total: Tally = field(default_factory=Tally)
    by_event_type: dict = field(default_factory=dict)  # type: Tally
    by_month: dict = field(default_factory=dict)  # "YYYY-MM": Tally


def _int(value):
    try:
        return int(value) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return 0


def _iso(value):
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def zone_statistics(incidents, start=None, end=None, key="disputed_zone", group_key="zone_group"):
    """{zone: ZoneStatistics} for incidents between ``start`` and ``end`` (inclusive, optional).

    Zones are ordered by number of incidents (most first), the "outside" row last.
    """
    start, end = _iso(start), _iso(end)
    result = {}
    for incident in incidents:
        day = _iso(incident.get("event_date"))
        if day is None or (start and day < start) or (end and day > end):
            continue
        zone = incident.get(key) or OUTSIDE_LABEL
        stats = result.get(zone)
        if stats is None:
            stats = result[zone] = ZoneStatistics(zone, incident.get(group_key) if zone != OUTSIDE_LABEL else None)
        stats.total.add(incident)
        stats.by_event_type.setdefault(incident.get("event_type") or "unknown", Tally()).add(incident)
        stats.by_month.setdefault(day[:7], Tally()).add(incident)
    ordered = sorted(result.values(), key=lambda s: (s.zone == OUTSIDE_LABEL, -s.total.incidents, s.zone))
    return OrderedDict((s.zone, s) for s in ordered)


def table_rows(statistics):
    """Rows for :data:`TABLE_COLUMNS`: per zone the total (month and event type "all"), then per
    event type (month "all"), then per month (event type "all")."""
    rows = []
    for s in statistics.values():
        rows.append((s.zone, s.zone_group, ALL, ALL) + s.total.as_tuple())
        for event_type in sorted(s.by_event_type):
            rows.append((s.zone, s.zone_group, ALL, event_type) + s.by_event_type[event_type].as_tuple())
        for month in sorted(s.by_month):
            rows.append((s.zone, s.zone_group, month, ALL) + s.by_month[month].as_tuple())
    return rows
