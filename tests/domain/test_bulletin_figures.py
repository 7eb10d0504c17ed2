"""A bulletin's figures: the previous period of the same length, the change, the weekly/monthly series."""

import pytest

from incident_tracker.plugin.domain.bulletin_figures import (
    Change,
    main_incidents,
    previous_period,
    series,
    totals,
    zone_figures,
)
from incident_tracker.plugin.domain.zone_statistics import OUTSIDE_LABEL


def incident(day, zone, killed=0, wounded=0, abducted=0, location=""):
    return {"event_date": day, "disputed_zone": zone, "zone_group": zone, "fatalities": killed, "wounded": wounded,
            "abducted": abducted, "location": location}


INCIDENTS = [
    incident("2024-05-03", "Kirkuk", killed=2), incident("2024-05-20", "Kirkuk", wounded=4),
    incident("2024-05-31", "Sinjar", abducted=1), incident("2024-05-15", None, killed=1),
    incident("2024-04-10", "Kirkuk"), incident("2024-04-30", "Daquq", killed=3),
    incident("2024-04-01", "Kirkuk", killed=50),  # before the previous period (30 days before May: 1 to 30 April)
]


def test_previous_period_has_the_same_number_of_days():
    assert previous_period("2024-05-01", "2024-05-31") == ("2024-03-31", "2024-04-30")
    assert previous_period("2024-03-01", "2024-03-01") == ("2024-02-29", "2024-02-29")
    with pytest.raises(ValueError):
        previous_period("2024-05-02", "2024-05-01")


def test_zone_figures_against_the_previous_period():
    rows = {r.zone: r for r in zone_figures(INCIDENTS, "2024-05-01", "2024-05-31")}
    assert rows["Kirkuk"].current.as_tuple() == (2, 2, 4, 0)
    assert rows["Kirkuk"].previous.as_tuple() == (2, 50, 0, 0)
    assert rows["Kirkuk"].change.text() == "0"
    assert rows["Daquq"].current.incidents == 0 and rows["Daquq"].change.text() == "-1 (-100%)"
    assert rows["Sinjar"].change.text() == "+1"
    assert list(rows)[-1] == OUTSIDE_LABEL
    current, previous = totals(rows.values())
    assert (current.incidents, current.killed, previous.incidents) == (4, 3, 3)


def test_change_text():
    assert Change(6, 4).text() == "+2 (+50%)"
    assert Change(1, 3).text() == "-2 (-67%)"
    assert Change(0, 0).text() == "0"


def test_series_per_week_for_a_month_and_per_month_for_a_year():
    step, bins = series(INCIDENTS, "2024-05-01", "2024-05-31")
    assert step == "week"
    assert [(b.start, b.end, b.incidents) for b in bins] == [
        ("2024-05-01", "2024-05-07", 1), ("2024-05-08", "2024-05-14", 0), ("2024-05-15", "2024-05-21", 2),
        ("2024-05-22", "2024-05-28", 0), ("2024-05-29", "2024-05-31", 1)]
    step, bins = series(INCIDENTS, "2024-03-15", "2024-12-31")
    assert step == "month" and bins[0].start == "2024-03-15" and bins[0].end == "2024-03-31"
    assert [b.incidents for b in bins[:3]] == [0, 3, 4] and len(bins) == 10
    assert sum(b.incidents for b in bins) == len(INCIDENTS)


def test_main_incidents_most_severe_first_within_the_period():
    chosen = main_incidents(INCIDENTS, "2024-05-01", "2024-05-31", limit=3)
    assert [i["event_date"] for i in chosen] == ["2024-05-20", "2024-05-03", "2024-05-31"]
