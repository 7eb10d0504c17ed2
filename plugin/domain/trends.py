"""Trend alerts: zones whose last four weeks are well above their usual level (pure Python).

The incidents of the last 28 days are compared with the mean per 28 days of the 52 weeks before
them (13 four-week windows); the zone is flagged when they exceed that mean by more than ``margin``.
The default margin, 25%, is the one ACLED's Trendfinder uses to flag an increase (ACLED, Armed
Conflict Location & Event Data Project, Trendfinder).
"""

from dataclasses import dataclass
from datetime import date, timedelta

from .zone_statistics import _iso

TRENDFINDER_MARGIN = 0.25  # ACLED Trendfinder
WINDOW_DAYS = 28
BASELINE_WINDOWS = 13  # 52 weeks


@dataclass(frozen=True)
class TrendAlert:
    zone: str
    recent: int  # incidents of the last four weeks
    baseline: float  # mean incidents per four weeks over the previous 52 weeks

    @property
    def increase(self):
        """Relative increase over the baseline (None when the baseline is zero)."""
        return (self.recent - self.baseline) / self.baseline if self.baseline else None


def exceeds(recent, baseline, margin=TRENDFINDER_MARGIN):
    """The rule: more than ``margin`` above the baseline (any incident counts when the baseline is zero)."""
    return recent > baseline * (1 + margin)


def windows(end):
    """((recent start, end), (baseline start, baseline end)) for the four weeks ending on ``end``."""
    end = date.fromisoformat(_iso(end))
    recent_start = end - timedelta(days=WINDOW_DAYS - 1)
    baseline_end = recent_start - timedelta(days=1)
    baseline_start = recent_start - timedelta(days=WINDOW_DAYS * BASELINE_WINDOWS)
    return ((recent_start.isoformat(), end.isoformat()), (baseline_start.isoformat(), baseline_end.isoformat()))


def trend_alerts(incidents, end, margin=TRENDFINDER_MARGIN, key="disputed_zone", zones=None):
    """TrendAlerts of the zones (incidents' ``key``; only ``zones`` when given) flagged on ``end``,
    highest increase first."""
    (recent_start, recent_end), (baseline_start, baseline_end) = windows(end)
    recent, baseline = {}, {}
    for incident in incidents:
        zone, day = incident.get(key), _iso(incident.get("event_date"))
        if not zone or not day or (zones and zone not in zones):
            continue
        if recent_start <= day <= recent_end:
            recent[zone] = recent.get(zone, 0) + 1
        elif baseline_start <= day <= baseline_end:
            baseline[zone] = baseline.get(zone, 0) + 1
    alerts = [TrendAlert(zone, count, baseline.get(zone, 0) / BASELINE_WINDOWS) for zone, count in recent.items()
              if exceeds(count, baseline.get(zone, 0) / BASELINE_WINDOWS, margin)]
    return sorted(alerts, key=lambda a: (-(a.recent - a.baseline), a.zone))
