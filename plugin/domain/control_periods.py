"""Who held each disputed zone when, and the incidents of each zone under each holder (pure Python).

The control periods come from ``resources/disputed_zones.json`` (three periods per zone, each with
its sources; a zone's own dates where its sources give them, shorter spells as "phases"). They are
made contiguous: each period ends the day before the next begins, the first has no start and the
last no end, so that every date of a zone falls in exactly one period.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from . import zones_definition as zd
from .i18n import QT_TRANSLATE_NOOP
from .zone_statistics import Tally, _iso

COLUMNS = ("zone", "period", "controlled_by", "start", "end", "incidents", "killed", "wounded", "abducted",
           "incidents_per_month", "killed_per_month")
DAYS_PER_MONTH = 365.25 / 12
# The holders the definition names, as shown to users.
HOLDER_LABELS = {"KRG": QT_TRANSLATE_NOOP("zones", "Kurdistan Regional Government"),
                 "federal": QT_TRANSLATE_NOOP("zones", "federal government"),
                 "contested": QT_TRANSLATE_NOOP("zones", "contested"),
                 "shared": QT_TRANSLATE_NOOP("zones", "shared"),
                 "ISIL": QT_TRANSLATE_NOOP("zones", "Islamic State group"),
                 zd.UNKNOWN: QT_TRANSLATE_NOOP("zones", "unknown")}


@dataclass(frozen=True)
class ControlPeriod:
    zone: str  # the area's English name, as incidents' ``disputed_zone``
    zone_id: str
    period: str  # a key of zd.PERIODS
    controlled_by: str
    start: str  # ISO date, None: open
    end: str  # ISO date, None: open
    sources: tuple = ()
    note: str = ""

    def holds(self, day):
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


def _day_before(iso):
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _day_after(iso):
    return (date.fromisoformat(iso) + timedelta(days=1)).isoformat()


def area_periods(area):
    """The contiguous control periods of one area, phases split out of their period."""
    starts = [claim.start or zd.PERIOD_STARTS[claim.period] for claim in area.control]
    result = []
    for index, claim in enumerate(area.control):
        start = starts[index]
        end = _day_before(starts[index + 1]) if index + 1 < len(starts) else None
        cursor = start
        for phase in claim.phases:
            if cursor is None or phase.start > cursor:
                result.append(ControlPeriod(area.name_en, area.id, claim.period, claim.holder, cursor,
                                            _day_before(phase.start), claim.sources, claim.note))
            result.append(ControlPeriod(area.name_en, area.id, claim.period, phase.holder, phase.start, phase.end,
                                        phase.sources, phase.note))
            cursor = _day_after(phase.end)
        if cursor is None or end is None or cursor <= end:
            result.append(ControlPeriod(area.name_en, area.id, claim.period, claim.holder, cursor, end,
                                        claim.sources, claim.note))
    return result


def period_on(periods, zone, day):
    """The ControlPeriod of ``zone`` holding ``day``, or None."""
    return next((p for p in periods if p.zone == zone and p.holds(_iso(day))), None)


def control_periods(definition):
    """Every area's control periods, in the definition's order."""
    return [period for area in definition.areas for period in area_periods(area)]


def _months(first, last):
    return ((date.fromisoformat(last) - date.fromisoformat(first)).days + 1) / DAYS_PER_MONTH


def covered_dates(incidents, start=None, end=None, today=None):
    """(first, last) days the analysis covers: START (else the earliest incident), END (else today)."""
    days = [d for d in (_iso(i.get("event_date")) for i in incidents) if d]
    first = _iso(start) or (min(days) if days else None)
    last = _iso(end) or _iso(today or date.today())
    return first, last


@dataclass
class ControlPeriodRow:
    period: ControlPeriod
    start: str  # clipped to the covered dates
    end: str
    tally: Tally

    @property
    def months(self):
        return _months(self.start, self.end)

    def as_tuple(self):
        months = self.months
        return (self.period.zone, self.period.period, self.period.controlled_by, self.start, self.end,
                *self.tally.as_tuple(), round(self.tally.incidents / months, 3), round(self.tally.killed / months, 3))


def control_period_rows(periods, incidents, start=None, end=None, today=None, key="disputed_zone"):
    """One row per zone and control period overlapping the covered dates (see :func:`covered_dates`),
    counting the zone's incidents of those dates; a zone's rows add up to its incidents of the dates."""
    first, last = covered_dates(incidents, start, end, today)
    if first is None or first > last:
        return []
    by_zone = {}
    for incident in incidents:
        day = _iso(incident.get("event_date"))
        if day and incident.get(key) and first <= day <= last:
            by_zone.setdefault(incident[key], []).append((day, incident))
    rows = []
    for period in periods:
        clipped_start = max(first, period.start) if period.start else first
        clipped_end = min(last, period.end) if period.end else last
        if clipped_start > clipped_end:
            continue
        tally = Tally()
        for day, incident in by_zone.get(period.zone, ()):
            if clipped_start <= day <= clipped_end:
                tally.add(incident)
        rows.append(ControlPeriodRow(period, clipped_start, clipped_end, tally))
    return rows
