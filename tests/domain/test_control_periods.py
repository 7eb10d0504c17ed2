"""Control periods of the disputed zones and the incidents under each holder."""

import pytest

from incident_tracker.plugin.domain import zones_definition as zd
from incident_tracker.plugin.domain.control_periods import COLUMNS, area_periods, control_period_rows, control_periods


@pytest.fixture(scope="module")
def definition():
    return zd.load_definition()


def by_id(definition, area_id):
    return next(a for a in definition.areas if a.id == area_id)


def test_each_zone_s_periods_are_contiguous_from_an_open_start_to_an_open_end(definition):
    from datetime import date, timedelta

    for area in definition.areas:
        periods = area_periods(area)
        assert periods[0].start is None and periods[-1].end is None, area.id
        for before, after in zip(periods, periods[1:]):
            assert date.fromisoformat(before.end) + timedelta(days=1) == date.fromisoformat(after.start), area.id


def test_zones_own_dates_and_phases(definition):
    kirkuk = area_periods(by_id(definition, "kirkuk"))
    assert [(p.period, p.controlled_by, p.start, p.end) for p in kirkuk] == [
        ("before_2014", "unknown", None, "2014-06-11"), ("2014_2017", "KRG", "2014-06-12", "2017-10-15"),
        ("after_2017", "federal", "2017-10-16", None)]
    makhmour = [(p.controlled_by, p.start, p.end) for p in area_periods(by_id(definition, "makhmour"))]
    assert ("ISIL", "2014-08-07", "2014-08-09") in makhmour
    assert ("unknown", "2014-06-01", "2014-08-06") in makhmour and ("unknown", "2014-08-10", "2017-10-16") in makhmour
    assert area_periods(by_id(definition, "dibis"))[-1].start == "2017-10-20"
    khanaqin = area_periods(by_id(definition, "khanaqin"))[0]
    assert khanaqin.controlled_by == "KRG" and "MERIP" in definition.cite(khanaqin.sources[0])


def incident(day, zone, killed=0):
    return {"event_date": day, "disputed_zone": zone, "fatalities": killed}


INCIDENTS = [incident("2013-05-01", "Kirkuk", 3), incident("2014-06-11", "Kirkuk"), incident("2014-06-12", "Kirkuk", 2),
             incident("2017-10-15", "Kirkuk"), incident("2017-10-16", "Kirkuk", 5), incident("2020-01-01", "Kirkuk"),
             incident("2014-08-08", "Makhmour", 1), incident("2019-03-03", None, 9)]


def test_rows_count_each_zone_s_incidents_under_each_holder_and_add_up(definition):
    rows = control_period_rows(control_periods(definition), INCIDENTS, today="2020-12-31")
    kirkuk = [r.as_tuple() for r in rows if r.period.zone == "Kirkuk"]
    assert [(r[2], r[5], r[6]) for r in kirkuk] == [("unknown", 2, 3), ("KRG", 2, 2), ("federal", 2, 5)]
    assert kirkuk[0][3] == "2013-05-01"  # the open start clipped to the first incident
    assert len(kirkuk[0]) == len(COLUMNS)
    makhmour = {r.period.controlled_by: r.tally.incidents for r in rows if r.period.zone == "Makhmour"}
    assert makhmour["ISIL"] == 1
    for zone in ("Kirkuk", "Makhmour"):
        assert sum(r.tally.incidents for r in rows if r.period.zone == zone) == \
            sum(1 for i in INCIDENTS if i["disputed_zone"] == zone)


def test_rows_for_a_window_are_clipped_and_monthly_rates_use_the_clipped_days(definition):
    rows = control_period_rows(control_periods(definition), INCIDENTS, start="2017-10-01", end="2017-10-31")
    kirkuk = [r for r in rows if r.period.zone == "Kirkuk"]
    assert [(r.start, r.end, r.tally.incidents) for r in kirkuk] == [("2017-10-01", "2017-10-15", 1),
                                                                    ("2017-10-16", "2017-10-31", 1)]
    assert kirkuk[1].as_tuple()[-1] == round(5 / (16 / (365.25 / 12)), 3)


def test_a_phase_outside_its_period_order_is_refused():
    import copy
    import json

    from incident_tracker.plugin.domain.resources import resource_path

    with open(resource_path("disputed_zones.json"), encoding="utf-8") as f:
        data = json.load(f)
    broken = copy.deepcopy(data)
    broken["areas"][0]["control"]["2014_2017"]["phases"] = [
        {"start": "2015-01-10", "end": "2015-01-01", "holder": "unknown"}]
    with pytest.raises(zd.DefinitionError, match="start and an end"):
        zd.parse_definition(broken)
    broken["areas"][0]["control"]["2014_2017"]["phases"] = [{"start": "2015-01-01", "end": "2015-02-01",
                                                              "holder": "ISIL"}]
    with pytest.raises(zd.DefinitionError, match="sources"):
        zd.parse_definition(broken)


def test_every_holder_has_a_label_and_the_period_on_a_day(definition):
    from incident_tracker.plugin.domain.control_periods import HOLDER_LABELS, period_on

    periods = control_periods(definition)
    assert {p.controlled_by for p in periods} <= set(HOLDER_LABELS)
    assert period_on(periods, "Makhmour", "2014-08-08").controlled_by == "ISIL"
    assert period_on(periods, "Kirkuk", "2017-10-16").controlled_by == "federal"
    assert period_on(periods, "Nowhere", "2017-10-16") is None
