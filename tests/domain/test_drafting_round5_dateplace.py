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


def test_a_part_of_the_month_with_no_month_told_is_of_the_reports_month():
    # the report's month, or the one before when that part of it has not come yet (published on 5 April)
    assert [d[1][:7] for d in dates("Mid-month, a roadside bomb struck a PMF vehicle.")] == ["2024-03"]
    assert dates("Gunmen attacked the village last week of the holiday.") == []


def test_each_incident_of_a_monthly_summary_gets_its_day():
    text = ("In March, IS activity in Kirkuk remained concentrated south of Hawija. On the 9th, IS militants attacked "
            "a Federal Police checkpoint near the village of Tal Sidra, killing two policemen. Mid-month, a roadside "
            "bomb struck a PMF vehicle near Daquq, wounding four fighters.")
    assert [d["event_date"] for d in drafted(text)][:2] == ["2024-03-09", "2024-03-15"]


# --- a relative date told again as a day ('Hours earlier, on Monday night') ------------------------------

WEDNESDAY = date(2025, 5, 7)


@pytest.mark.parametrize("text, day", [
    ("The farmer was taken at dawn on Tuesday. Hours earlier, on Monday night, gunmen fired on a house.", "2025-05-05"),
    ("A bomb hit Kirkuk on 3 May. A day later (on 4 May), gunmen struck Daquq.", "2025-05-04"),
    ("A bomb hit Kirkuk on 2 May. Two days later, on 4 May, gunmen struck Daquq.", "2025-05-04"),
    ("A bomb hit Kirkuk on Tuesday. The previous day – Monday – gunmen struck Daquq.", "2025-05-05"),
    ("انفجرت عبوة في كركوك يوم الاثنين. وفي اليوم التالي، الثلاثاء، هاجم مسلحون قرية.", "2025-05-06"),
])
def test_a_relative_date_told_again_as_a_day_is_that_day(text, day):
    found = dates(text, WEDNESDAY)
    assert found[-1][1] == day and len(found) == 2


def test_a_relative_date_followed_by_a_day_of_another_clause_stays():
    found = dates("A bomb hit Kirkuk on 3 May. Two days earlier, gunmen struck Daquq on Monday.", WEDNESDAY)
    assert [d[1] for d in found] == ["2025-05-03", "2025-05-01", "2025-05-05"]


# --- the day the text says the event happened beats the day of the news ---------------------------------

@pytest.mark.parametrize("text, published, day", [
    ("نفت قيادة العمليات المشتركة، اليوم الأحد، صحة الأنباء عن سقوط قتلى بهجوم على مقر للجيش في قضاء داقوق.\n"
     "وأوضحت القيادة أن الاشتباك وقع مساء السبت ولم يسفر عن أي خسائر.", date(2026, 6, 21), "2026-06-20"),
    ("ارتفعت حصيلة انفجار العبوة الناسفة قرب ناحية العلم إلى أربعة قتلى، وفق ما أفاد مصدر اليوم الخميس.\n"
     "وكان الانفجار قد وقع مساء الثلاثاء وأسفر عن مقتل ثلاثة.", date(2025, 10, 9), "2025-10-07"),
    ("أعلنت خلية الإعلام الأمني اليوم الأربعاء مقتل جندي بهجوم في الطارمية، مبينة أن الهجوم حصل فجر الاثنين.",
     date(2025, 10, 8), "2025-10-06"),
    ("Police said on Thursday that two people were killed in a bomb blast in Tuz Khurmatu. "
     "The explosion took place late on Tuesday.", date(2025, 10, 9), "2025-10-07"),
    ("Two soldiers died of their wounds on Friday after an IS attack near Tarmiyah. The attack happened on Wednesday "
     "night, officials said.", date(2025, 10, 11), "2025-10-08"),
])
def test_the_day_the_event_is_said_to_have_happened(text, published, day):
    assert drafted(text, published)[0]["event_date"] == day


@pytest.mark.parametrize("text, published, day", [
    ("Two people were killed in a bomb blast in Tuz Khurmatu on Thursday. A similar attack took place on Tuesday.",
     date(2025, 10, 9), "2025-10-09"),
    ("قتل جندي بهجوم في الطارمية مساء الأربعاء، وهو الثاني بعد هجوم مماثل وقع الأحد الماضي.",
     date(2025, 10, 9), "2025-10-08"),
])
def test_another_event_said_to_have_happened_leaves_the_date(text, published, day):
    assert drafted(text, published)[0]["event_date"] == day


# --- Little / Great / Upper / Lower X is a village of its own --------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("قتل مدنيان بهجوم في قرية جدالة الصغيرة بقضاء سنجار مساء أمس.", "جدالة الصغيرة"),
    ("اغتال مسلحون مجهولون مختار قرية كوكجلي الصغيرة قرب برطلة مساء أمس.", "كوكجلي الصغيرة"),
    ("أصيب راع بانفجار لغم قرب قرية تل علي الكبرى جنوب كركوك مساء أمس.", "تل علي"),
    ("سقطت قذيفة هاون على قرية بيباد العليا في ناحية كاني ماسي مساء أمس.", "بيباد العليا"),
    ("اختطف مسلحون مزارعاً من قرية جدالة السفلى بقضاء سنجار مساء أمس.", "جدالة السفلى"),
    ("قتل مختار قرية خانة سور العليا في ناحية الشمال برصاص مسلحين مساء أمس.", "خانة سور العليا"),
])
def test_little_or_upper_x_is_its_own_village(text, place):
    assert drafted(text, date(2025, 9, 2))[0]["location"].startswith(place)


@pytest.mark.parametrize("text, place", [
    ("قتل مدنيان بهجوم في قرية جدالة بقضاء سنجار مساء أمس.", "جدالة"),
    ("سقطت قذيفة على قرية بيباد الحدودية في ناحية كاني ماسي مساء أمس.", "بيباد"),
])
def test_a_village_with_another_adjective_is_the_village(text, place):
    location = drafted(text, date(2025, 9, 2))[0]["location"]
    assert location.startswith(place) and not location.startswith(place + " ال")


# --- 'في الناحية': the sub-district (district, town) named before, even as the hospital's or official's ----

@pytest.mark.parametrize("text, place", [
    ("مصدر في مستشفى جلولاء العام قال إن ثلاثة أشخاص أصيبوا بانفجار عبوة ناسفة قرب سوق شعبي في الناحية، صباح اليوم.",
     "Jalawla"),
    ("أفاد مصدر في شرطة ناحية الرشاد بأن مسلحين أطلقوا النار على راع داخل الناحية مساء أمس، ما أدى إلى إصابته.",
     "Al-Rashad"),
    ("قال مسؤول في ناحية تازة خورماتو إن عبوة ناسفة انفجرت على طريق زراعي في الناحية فجر اليوم دون إصابات.",
     "Taza"),
])
def test_the_sub_district_told_before(text, place):
    assert place in drafted(text, date(2025, 9, 3))[0]["location"]


def test_the_sub_district_is_not_a_town_named_for_its_direction():
    text = ("أصيب شرطي بانفجار عبوة ناسفة جنوب كركوك صباح اليوم.\n"
            "وكانت الناحية قد شهدت الشهر الماضي هجوماً مماثلاً.")
    assert all(d.get("location") in (None, "Kirkuk") for d in drafted(text, date(2025, 9, 3)))
    assert not any("sub-district" in (d.get("location") or "") for d in drafted(text, date(2025, 9, 3)))
