from incident_tracker.plugin.domain.zone_statistics import OUTSIDE_LABEL, table_rows, zone_statistics


def incident(day, zone, event_type="Explosions/Remote violence", killed=0, wounded=0, abducted=0):
    return {"event_date": day, "disputed_zone": zone, "zone_group": zone and "Kirkuk", "event_type": event_type,
            "fatalities": killed, "wounded": wounded, "abducted": abducted}


INCIDENTS = [
    incident("2023-01-05", "Kirkuk", killed=2, wounded=3),
    incident("2023-01-20", "Kirkuk", "Battles", killed=1),
    incident("2023-02-02", "Kirkuk", abducted=4),
    incident("2023-02-10", "Daquq", wounded=None),
    incident("2023-03-01", None, killed=5),
    incident("2022-12-31", "Kirkuk", killed=100),
]


def test_totals_for_a_period_by_zone():
    stats = zone_statistics(INCIDENTS, start="2023-01-01", end="2023-12-31")
    assert list(stats) == ["Kirkuk", "Daquq", OUTSIDE_LABEL]
    kirkuk = stats["Kirkuk"]
    assert kirkuk.total.as_tuple() == (3, 3, 3, 4)
    assert kirkuk.by_month["2023-01"].incidents == 2
    assert kirkuk.by_event_type["Battles"].killed == 1
    assert stats[OUTSIDE_LABEL].total.killed == 5
    assert sum(s.total.incidents for s in stats.values()) == 5


def test_table_rows_hold_totals_event_types_and_months():
    rows = table_rows(zone_statistics(INCIDENTS, end="2023-01-31"))
    assert ("Kirkuk", "Kirkuk", "all", "all", 3, 103, 3, 0) in rows
    assert ("Kirkuk", "Kirkuk", "2022-12", "all", 1, 100, 0, 0) in rows
    assert ("Kirkuk", "Kirkuk", "all", "Battles", 1, 1, 0, 0) in rows
