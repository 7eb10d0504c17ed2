from datetime import date

import pytest

from incident_tracker.plugin.domain import validation
from incident_tracker.plugin.domain.validation import CONFIRM, ERROR

TODAY = date(2026, 11, 24)


def dara(**changes):
    incident = {"event_date": "2020-06-14", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                "longitude": 45.391, "latitude": 34.348, "fatalities": 7, "wounded": 5}
    incident.update(changes)
    return incident


SOURCES = [{"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600"}]


def fields(problems):
    return {p.field for p in problems}


def test_the_dara_attack_is_valid():
    assert validation.validate(dara(), SOURCES, today=TODAY) == []


@pytest.mark.parametrize("changes, field", [
    ({"event_date": None}, "event_date"),
    ({"event_date": "2027-01-01"}, "event_date"),
    ({"event_date": "2020-02-30"}, "event_date"),
    ({"event_date": "1850-01-01"}, "event_date"),
    ({"date_start": "2020-06-14", "date_end": "2020-06-10"}, "date_end"),
    ({"event_type": "Massacre"}, "event_type"),
    ({"sub_event_type": "Armed clash"}, "sub_event_type"),
    ({"fatalities": -1}, "fatalities"),
    ({"wounded": "2.5"}, "wounded"),
    ({"abducted": 50000}, "abducted"),
    ({"fatalities": "nan"}, "fatalities"),
    ({"fatalities_low": 9, "fatalities_high": 7}, "fatalities_high"),
    ({"longitude": 0, "latitude": 0}, "location"),
    ({"longitude": None}, "location"),
    ({"longitude": float("inf")}, "location"),
    ({"longitude": 200}, "location"),
    ({"time_precision": 4}, "time_precision"),
    ({"attribution": "probably"}, "attribution"),
])
def test_each_rule_names_the_field_and_blocks(changes, field):
    problems = validation.validate(dara(**changes), SOURCES, today=TODAY)
    assert field in fields(problems)
    assert all(p.message for p in problems)
    assert any(p.kind == ERROR for p in problems if p.field == field)


def test_a_point_outside_iraq_needs_confirmation_not_refusal():
    problems = validation.validate(dara(longitude=2.35, latitude=48.85), SOURCES, today=TODAY)
    assert [p.kind for p in problems] == [CONFIRM]
    assert validation.errors_only(problems) == []


def test_swapped_latitude_and_longitude_are_pointed_out():
    problems = validation.validate(dara(longitude=34.348, latitude=45.391), SOURCES, today=TODAY)
    assert "swapped" in problems[0].message


@pytest.mark.parametrize("sources, field", [
    ([], "sources"),
    ([{"outlet": " "}], "sources"),
    ([{"outlet": "KirkukNow", "url": "kirkuknow.com/en/news/62501"}], "sources[1].url"),
    ([{"outlet": "KirkukNow", "url": "javascript:alert(1)"}], "sources[1].url"),
    ([{"outlet": "KirkukNow", "published": "2030-01-01"}], "sources[1].published"),
    ([{"outlet": "KirkukNow", "reliability": "G"}], "sources[1].reliability"),
    ([{"outlet": "KirkukNow", "fatalities_reported": -7}], "sources[1].fatalities_reported"),
])
def test_source_rules(sources, field):
    assert field in fields(validation.validate(dara(), sources, today=TODAY))
