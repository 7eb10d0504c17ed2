"""The figures of a situation bulletin (pure Python): per zone for a period and the previous period of
the same length, the change between them, incidents per week or month, and the main incidents."""

from dataclasses import dataclass
from datetime import date, timedelta

from .i18n import message_template
from .zone_statistics import OUTSIDE_LABEL, Tally, _int, _iso, zone_statistics

WEEKLY_UP_TO_DAYS = 92  # a period up to about three months is charted per week, a longer one per month


def _day(value):
    return date.fromisoformat(_iso(value))


def previous_period(start, end):
    """(start, end) of the period of the same number of days that ends the day before ``start``."""
    first, last = _day(start), _day(end)
    if last < first:
        raise ValueError(message_template("bulletin", "the period ends ({end}) before it starts ({start})").format(
            end=last, start=first))
    length = (last - first).days + 1
    previous_end = first - timedelta(days=1)
    return (previous_end - timedelta(days=length - 1)).isoformat(), previous_end.isoformat()


@dataclass(frozen=True)
class Change:
    current: int
    previous: int

    @property
    def difference(self):
        return self.current - self.previous

    @property
    def percent(self):
        """Change in percent of the previous figure, rounded; None when the previous figure is zero."""
        return round(100 * self.difference / self.previous) if self.previous else None

    def text(self):
        """"+3 (+50%)", "-2 (-40%)", "0", or "+3" when there was nothing before."""
        if not self.difference:
            return "0"
        sign = "+" if self.difference > 0 else "-"
        text = f"{sign}{abs(self.difference)}"
        return text if self.percent is None else f"{text} ({sign}{abs(self.percent)}%)"


@dataclass
class ZoneFigures:
    zone: str
    zone_group: str
    current: Tally
    previous: Tally

    @property
    def change(self):
        return Change(self.current.incidents, self.previous.incidents)


def zone_figures(incidents, start, end):
    """[ZoneFigures] of the zones with incidents in the period or the previous one: most incidents
    first, incidents outside the zones last (so that the rows add up to the period's total)."""
    previous_start, previous_end = previous_period(start, end)
    current = zone_statistics(incidents, start, end)
    previous = zone_statistics(incidents, previous_start, previous_end)
    rows = []
    for zone in list(current) + [z for z in previous if z not in current]:
        stats = current.get(zone) or previous[zone]
        rows.append(ZoneFigures(zone, stats.zone_group, current[zone].total if zone in current else Tally(),
                                previous[zone].total if zone in previous else Tally()))
    return sorted(rows, key=lambda r: (r.zone == OUTSIDE_LABEL, -r.current.incidents, -r.previous.incidents, r.zone))


def totals(rows):
    """(current, previous) Tally of all rows."""
    current, previous = Tally(), Tally()
    for row in rows:
        for total, tally in ((current, row.current), (previous, row.previous)):
            total.incidents += tally.incidents
            total.killed += tally.killed
            total.wounded += tally.wounded
            total.abducted += tally.abducted
    return current, previous


@dataclass(frozen=True)
class Bin:
    start: str
    end: str
    incidents: int


def _month_start(day):
    return day.replace(day=1)


def _next_month(day):
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def series(incidents, start, end, step=None):
    """(step, [Bin]) of incidents per "week" (7-day bins from ``start``) or "month" (calendar months,
    the first and last clipped to the period); ``step`` None picks weeks for up to three months."""
    first, last = _day(start), _day(end)
    step = step or ("week" if (last - first).days < WEEKLY_UP_TO_DAYS else "month")
    bounds, cursor = [], first
    while cursor <= last:
        following = cursor + timedelta(days=7) if step == "week" else _next_month(_month_start(cursor))
        bounds.append((cursor, min(following - timedelta(days=1), last)))
        cursor = following
    days = sorted(d for d in (_iso(i.get("event_date")) for i in incidents) if d)
    return step, [Bin(a.isoformat(), b.isoformat(), sum(1 for d in days if a.isoformat() <= d <= b.isoformat()))
                  for a, b in bounds]


def severity(incident):
    return _int(incident.get("fatalities")) + _int(incident.get("wounded")) + _int(incident.get("abducted"))


def main_incidents(incidents, start, end, limit=10):
    """The period's ``limit`` most severe incidents (killed + wounded + abducted), latest first among equals."""
    start, end = _iso(start), _iso(end)
    chosen = [i for i in incidents if start <= (_iso(i.get("event_date")) or "") <= end]
    ordered = sorted(chosen, key=lambda i: _iso(i.get("event_date")), reverse=True)
    ordered.sort(key=severity, reverse=True)  # stable: latest first among equals
    return ordered[:limit]
