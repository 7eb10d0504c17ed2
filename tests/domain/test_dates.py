"""The date rules of imported files (plugin/domain/dates.py): each form read, and the cases that break each rule."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_tracker.plugin.domain.dates import DateError, from_serial, is_serial, read_date

MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
days = st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 12, 31))


# --- ISO, with and without a time ------------------------------------------------------------------

@given(days)
def test_every_iso_date_reads_back(day):
    assert read_date(day.isoformat()) == day


@given(days, st.sampled_from(["T00:00:00", " 00:00:00.000", "T13:45", "T23:59:59Z", "T08:00:00+03:00",
                              " 12:00:00.123456", "T00:00:00.000Z"]))
def test_iso_with_a_time_is_the_day_of_the_event(day, time):
    assert read_date(day.isoformat() + time) == day


@given(days)
def test_year_first_with_slashes_as_gdal_gives_xlsx_dates(day):
    assert read_date(day.strftime("%Y/%m/%d")) == day
    assert read_date(day.strftime("%Y/%m/%d 10:30:00")) == day


@pytest.mark.parametrize("text", ["2020-06-13T25:00:00", "2020-06-13T12:60", "2020-06-13 00:00:99",
                                  "2020-06-13Tnoon", "2020-06-13T", "2020-06-13 00:00:00 extra"])
def test_iso_with_a_broken_time_is_refused(text):
    with pytest.raises(DateError, match="not a date"):
        read_date(text, "event_date")


@pytest.mark.parametrize("text", ["2020-02-30", "2021-02-29", "2020-13-01", "2020-00-10", "2020-06-00"])
def test_iso_dates_that_never_were_are_refused(text):
    with pytest.raises(DateError, match="not a real calendar date"):
        read_date(text, "event_date")


# --- day, month name, year ----------------------------------------------------------------------

@given(days, st.sampled_from(["{d} {M} {Y}", "{d}-{M}-{Y}", "{dd}-{m}-{Y}", "{d}-{m}-{Y}", "{M} {d}, {Y}",
                              "{d} {m} {Y}", "{dd} {M} {Y}"]))
def test_day_month_name_four_digit_year(day, form):
    text = form.format(d=day.day, dd=f"{day.day:02d}", M=MONTH_NAMES[day.month - 1],
                       m=MONTH_ABBREVIATIONS[day.month - 1], Y=day.year)
    assert read_date(text) == day
    assert read_date(text.upper()) == day and read_date(text.lower()) == day


@given(days)
def test_two_digit_year_takes_its_century_from_the_row_year(day):
    text = f"{day.day}-{MONTH_ABBREVIATIONS[day.month - 1]}-{day.year % 100:02d}"
    assert read_date(text, year=str(day.year)) == day
    assert read_date(text, year=day.year) == day
    assert read_date(text, year=f"{day.year}.0") == day  # a year column saved as a float by pandas


@given(days)
def test_two_digit_year_without_the_row_year_is_refused_not_guessed(day):
    text = f"{day.day}-{MONTH_ABBREVIATIONS[day.month - 1]}-{day.year % 100:02d}"
    for year in (None, "", "  "):
        with pytest.raises(DateError, match="two-digit year.*Re-save the file"):
            read_date(text, "event_date", year=year)


@pytest.mark.parametrize("text, year", [("9-May-20", "2019"), ("31-Dec-20", "2021"), ("1-Jan-99", "2000")])
def test_two_digit_year_that_disagrees_with_the_row_year_is_refused(text, year):
    with pytest.raises(DateError, match="does not agree with the row's year"):
        read_date(text, "event_date", year=year)


@pytest.mark.parametrize("year", ["twenty", "20", "2020-06-13", "-2020", "²⁰²⁰"])
def test_a_year_column_that_is_no_year_is_said_so(year):
    with pytest.raises(DateError, match="is not a year"):
        read_date("9-May-20", "event_date", year=year)


def test_the_year_column_does_not_override_a_four_digit_year():
    assert read_date("9-May-2020", year="2019") == date(2020, 5, 9)
    assert read_date("2020-05-09", year="garbage") == date(2020, 5, 9)


def test_examples_of_the_issue():
    assert read_date("9-May-20", year="2020") == date(2020, 5, 9)
    assert read_date("31-Dec-20", year="2020") == date(2020, 12, 31)
    assert read_date("21 March 2020") == date(2020, 3, 21)
    assert read_date("2020-06-13T00:00:00") == date(2020, 6, 13)
    assert read_date("2020-06-13 00:00:00.000") == date(2020, 6, 13)
    assert read_date("Sept 1, 2020") == date(2020, 9, 1)


@pytest.mark.parametrize("text", ["32 June 2020", "30 February 2020", "29-Feb-21", "31-Apr-2020"])
def test_named_months_with_a_day_that_never_was(text):
    with pytest.raises(DateError, match="not a real calendar date"):
        read_date(text, "event_date", year="2021" if text.endswith("21") else "2020")


@pytest.mark.parametrize("text", ["14 Juin 2020", "14 Jux 2020", "14-Ma-2020", "June 2020", "14 June",
                                  "14 June 20200", "14 June 202", "Mayday 14, 2020"])
def test_month_names_that_are_not_english_months_are_refused(text):
    with pytest.raises(DateError, match="not a date"):
        read_date(text, "event_date", year="2020")


# --- slashed dates: only when one reading alone is a date -----------------------------------------

@given(days)
def test_slashed_dates_with_a_day_above_12_read_either_order(day):
    if day.day <= 12:
        return
    assert read_date(f"{day.day}/{day.month}/{day.year}") == day  # d/m/yyyy
    assert read_date(f"{day.month:02d}/{day.day}/{day.year}") == day  # m/d/yyyy


@given(days)
def test_slashed_dates_that_can_be_two_days_are_refused_with_the_way_out(day):
    if day.day > 12 or day.day == day.month:
        return
    text = f"{day.day:02d}/{day.month:02d}/{day.year}"
    with pytest.raises(DateError) as raised:
        read_date(text, "event_date")
    message = str(raised.value)
    swapped = date(day.year, day.day, day.month)
    assert "event_date" in message and "ISO dates (YYYY-MM-DD)" in message
    assert {day.isoformat(), swapped.isoformat()} <= set(message.replace(":", " ").split())


@pytest.mark.parametrize("text, expected", [("13-06-2020", date(2020, 6, 13)), ("14.06.2020", date(2020, 6, 14)),
                                            ("06-13-2020", date(2020, 6, 13))])
def test_dashes_and_dots_follow_the_slashed_rule(text, expected):
    assert read_date(text) == expected


@pytest.mark.parametrize("text", ["03-04-2020", "03.04.2020"])
def test_dashed_or_dotted_dates_that_can_be_two_days_are_refused(text):
    with pytest.raises(DateError, match="cannot be told apart"):
        read_date(text, "event_date")


def test_slashed_date_with_equal_day_and_month_is_one_date():
    assert read_date("05/05/2020") == date(2020, 5, 5)


def test_the_issue_example_is_refused():
    with pytest.raises(DateError, match="2020-04-03 or 2020-03-04"):
        read_date("03/04/2020", "event_date")


@pytest.mark.parametrize("text", ["31/04/2020", "13/13/2020", "00/05/2020"])
def test_slashed_dates_with_no_reading_are_not_calendar_dates(text):
    with pytest.raises(DateError, match="not a real calendar date"):
        read_date(text, "event_date")


def test_arabic_indic_digits_are_digits():
    assert read_date("١٤/٠٦/٢٠٢٠") == date(2020, 6, 14)


# --- Excel serial numbers -------------------------------------------------------------------------

@given(days)
def test_excel_serials_read_as_excel_wrote_them(day):
    serial = (day - date(1899, 12, 30)).days  # Excel's 1900 system from March 1900 on
    assert read_date(str(serial), serials=True) == day
    assert read_date(f"{serial}.75", serials=True) == day  # 18:00 that day


def test_known_excel_serials():
    assert from_serial("43995") == date(2020, 6, 13)
    assert from_serial("1") == date(1900, 1, 1)
    assert from_serial("59") == date(1900, 2, 28)
    assert from_serial("61") == date(1900, 3, 1)
    with pytest.raises(DateError, match="not a real calendar date"):
        from_serial("60")  # Excel's 29 February 1900, a day that never was
    with pytest.raises(DateError, match="not a real calendar date"):
        from_serial("0")
    with pytest.raises(DateError, match="not a real calendar date"):
        from_serial("9999999")


@pytest.mark.parametrize("text", ["43995", "43995.5", "2020"])
def test_a_lone_number_is_not_read_as_a_date(text):
    with pytest.raises(DateError, match="not a date but a number.*whole column is numbers"):
        read_date(text, "event_date")


@given(st.text(max_size=12))
def test_is_serial_only_for_plain_numbers(text):
    if is_serial(text):
        assert float(text.strip()) >= 0


@pytest.mark.parametrize("text, expected", [("43995", True), (" 43995.25 ", True), ("-43995", False),
                                            ("4.3995e4", False), ("", False), ("2020-06-13", False),
                                            ("12345678", False)])
def test_is_serial_examples(text, expected):
    assert is_serial(text) is expected


# --- anything else ------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=6)), st.booleans())
def test_any_text_gives_a_date_none_or_a_date_error(text, year, serials):
    try:
        result = read_date(text, "event_date", year=year, serials=serials)
    except DateError as error:
        assert "event_date" in str(error) or "year" in str(error)
        assert len(str(error)) < 300
    else:
        assert result is None or isinstance(result, date)


def test_long_values_are_not_echoed_whole():
    with pytest.raises(DateError) as raised:
        read_date("x" * 10000, "event_date")
    assert len(str(raised.value)) < 200


def test_empty_is_none():
    assert read_date(None) is None and read_date("") is None and read_date("   ") is None


@pytest.mark.parametrize("text", ["yesterday", "2020/06-14", "14.06-2020", "20200614", "=TODAY()", "13-06-20"])
def test_other_forms_are_not_dates(text):
    with pytest.raises(DateError, match="not a date"):
        read_date(text, "event_date")


def test_dates_round_the_year():
    first = date(2019, 12, 31)
    assert read_date("31-Dec-19", year="2019") == first
    assert read_date("1-Jan-20", year="2020") == first + timedelta(days=1)
