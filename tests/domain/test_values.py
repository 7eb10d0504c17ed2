from datetime import date

import pytest

from incident_tracker.plugin.domain.values import parse_boolean, parse_coordinate, parse_date, parse_whole_number


@pytest.mark.parametrize("text", ["2020-06-14", "14 June 2020", "14-June-2020", "14/06/2020", "June 14, 2020",
                                  "2020-06-14T01:30:00"])
def test_dates_in_the_formats_exports_use(text):
    assert parse_date(text) == date(2020, 6, 14)


@pytest.mark.parametrize("text", ["2020-02-30", "yesterday", "14.06.20", "31 Foo 2020"])
def test_bad_dates_are_refused_with_a_message(text):
    with pytest.raises(ValueError, match="date"):
        parse_date(text)


@pytest.mark.parametrize("value, expected", [("7", 7), ("7.0", 7), (7, 7), ("1,200", 1200), ("", None), (None, None)])
def test_whole_numbers(value, expected):
    assert parse_whole_number(value) == expected


@pytest.mark.parametrize("value", ["-1", "2.5", "nan", "inf", "seven", True])
def test_not_whole_numbers(value):
    with pytest.raises(ValueError):
        parse_whole_number(value)


def test_coordinates_refuse_nan_and_accept_decimal_commas():
    assert parse_coordinate("34,348") == 34.348
    with pytest.raises(ValueError):
        parse_coordinate("NaN")


def test_booleans():
    assert parse_boolean("Civilian targeting") is True and parse_boolean("") is None and parse_boolean("0") is False
