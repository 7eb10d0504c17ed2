"""The trend rule (ACLED Trendfinder's 25% margin) on constructed series."""

from datetime import date, timedelta

from incident_tracker.plugin.domain.trends import exceeds, trend_alerts, windows

END = date(2024, 6, 30)


def weekly(zone, counts_oldest_first):
    """Incidents of ``zone``: counts per week, the last week ending on END."""
    incidents = []
    weeks = len(counts_oldest_first)
    for index, count in enumerate(counts_oldest_first):
        day = END - timedelta(days=7 * (weeks - 1 - index))
        incidents += [{"event_date": day.isoformat(), "disputed_zone": zone}] * count
    return incidents


def test_windows_are_four_weeks_and_the_52_before():
    (recent_start, recent_end), (baseline_start, baseline_end) = windows("2024-06-30")
    assert (recent_start, recent_end) == ("2024-06-03", "2024-06-30")
    assert (baseline_start, baseline_end) == ("2023-06-05", "2024-06-02")


def test_a_zone_is_flagged_only_above_the_margin():
    # 52 weeks of 1 incident: 4 per four weeks. Last four weeks: 5 is exactly +25% (not more), 6 is +50%.
    steady = [1] * 52
    at_margin = weekly("Kirkuk", steady + [2, 1, 1, 1])
    above = weekly("Sinjar", steady + [2, 2, 1, 1])
    below = weekly("Daquq", steady + [0, 1, 1, 1])
    alerts = trend_alerts(at_margin + above + below, END)
    assert [(a.zone, a.recent, a.baseline) for a in alerts] == [("Sinjar", 6, 4.0)]
    assert alerts[0].increase == 0.5


def test_older_incidents_and_other_margins():
    ancient = [{"event_date": "2020-01-01", "disputed_zone": "Sinjar"}] * 50  # outside both windows
    quiet_then_one = weekly("Sinjar", [0] * 52 + [0, 0, 0, 1])
    alerts = trend_alerts(ancient + quiet_then_one, END)
    assert [(a.zone, a.recent, a.baseline, a.increase) for a in alerts] == [("Sinjar", 1, 0.0, None)]
    series = weekly("Kirkuk", [1] * 52 + [2, 1, 1, 1])
    assert trend_alerts(series, END, margin=0.2) and not trend_alerts(series, END, margin=0.25)
    assert exceeds(6, 4.0) and not exceeds(5, 4.0)
