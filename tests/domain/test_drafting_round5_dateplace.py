"""Drafting rules of round 5 (issue 15), dates and places in English and Arabic: each general class with
paraphrases in several outlets' wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.dates import DAY, MONTH, find_dates

PUBLISHED = date(2024, 4, 5)


def dates(text, published=PUBLISHED):
    return [(text[m.start:m.end], m.event_date.isoformat(), m.time_precision) for m in find_dates(text, published)]


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a bare day of the month ('on the 9th') is in the month told before ---------------------------------

@pytest.mark.parametrize("text, day", [
    ("In March, IS activity stayed high. On the 9th, militants attacked a checkpoint near Hawija.", "2024-03-09"),
    ("February in brief: on the 18th, an army patrol clashed with an IS cell.", "2024-02-18"),
    ("Violence rose in January. The deadliest day was the 14th, when gunmen killed three.", "2024-01-14"),
    ("Shelling resumed in late August 2023. On the 26th, artillery hit Sidakan.", "2023-08-26"),
    ("The calm of December ended on the 30th of the month with an IED near Tuz.", "2023-12-30"),
])
def test_a_bare_day_is_in_the_month_told_before(text, day):
    assert [d for d in dates(text) if d[2] == DAY] == [next(d for d in dates(text) if d[2] == DAY)]
    assert next(d for d in dates(text) if d[2] == DAY)[1] == day


def test_a_bare_day_without_a_month_is_in_the_reports_month_or_the_one_before():
    assert dates("On the 3rd, gunmen killed a farmer.") == [("On the 3rd", "2024-04-03", DAY)]
    assert dates("On the 21st, gunmen killed a farmer.") == [("On the 21st", "2024-03-21", DAY)]


@pytest.mark.parametrize("text", [
    "The 5th Division said troops of the 2nd Brigade repelled an attack.",
    "Soldiers of the 2nd, 3rd and 5th brigades were deployed.",
    "It was the 3rd attack on the base this year.",
    "He came 2nd in the local elections.",
])
def test_an_ordinal_that_is_no_day(text):
    assert dates(text) == []


# --- a part of the month told before ('mid-month', 'earlier in the month') -----------------------------

@pytest.mark.parametrize("text, month", [
    ("In March, militants attacked Tal Sidra. Mid-month, a roadside bomb struck a PMF vehicle.", "2024-03"),
    ("June was tense. Earlier in the month, two shepherds were wounded by a landmine.", "2023-06"),
    ("March was violent. In the last week of the month, gunmen abducted a truck driver.", "2024-03"),
    ("February was quiet. Late in the month, security forces arrested a financier.", "2024-02"),
    ("On 3 January a bomb went off in Kirkuk; towards the end of that month, gunmen struck again.", "2024-01"),
])
def test_a_part_of_the_month_told_before(text, month):
    last = dates(text)[-1]
    assert (last[1][:7], last[2]) == (month, MONTH)


def test_a_part_of_the_month_with_no_month_told_is_no_date():
    assert dates("Mid-month, a roadside bomb struck a PMF vehicle.") == []
    assert dates("Gunmen attacked the village last week of the holiday.") == []


def test_each_incident_of_a_monthly_summary_gets_its_day():
    text = ("In March, IS activity in Kirkuk remained concentrated south of Hawija. On the 9th, IS militants attacked "
            "a Federal Police checkpoint near the village of Tal Sidra, killing two policemen. Mid-month, a roadside "
            "bomb struck a PMF vehicle near Daquq, wounding four fighters.")
    assert [d["event_date"] for d in drafted(text)][:2] == ["2024-03-09", "2024-03-15"]
