"""Drafting rules of round 4 (issue 15), dates and places in English and Arabic: each general class with
paraphrases in several outlets' wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.dates import DAY, MONTH, WEEK, find_dates

TUESDAY = date(2025, 2, 18)


def dates(text, published=TUESDAY):
    return [(text[m.start:m.end], m.event_date.isoformat(), m.time_precision) for m in find_dates(text, published)]


def drafted(text, published=TUESDAY):
    return [d.values() for d in draft_incidents(text, published)]


# --- a span of days is one period, not its last day ----------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("NINEWA / KIRKUK - WEEKLY SUMMARY (10-16 FEB)", "2025-02-10", "2025-02-16"),
    ("Incidents recorded between 3 and 9 February 2025:", "2025-02-03", "2025-02-09"),
    ("Reporting period: from 10 to 16 February.", "2025-02-10", "2025-02-16"),
    ("Security update, Feb 10-16, 2025", "2025-02-10", "2025-02-16"),
    ("Overview of 1–14 February", "2025-02-01", "2025-02-14"),
])
def test_a_span_of_days_is_a_period_with_its_bounds(text, start, end):
    (mention,) = find_dates(text, TUESDAY)
    assert (mention.date_start.isoformat(), mention.date_end.isoformat()) == (start, end)
    assert mention.time_precision == (WEEK if mention.date_end.day - mention.date_start.day < 7 else MONTH)


def test_two_figures_and_a_month_that_are_no_span():
    assert dates("Two shepherds, aged 12 and 15, were abducted on 9 February.") == [
        ("on 9 February", "2025-02-09", DAY)]
    assert dates("Gunmen killed 3 and wounded 5 near Tarmiyah on Sunday.") == [("on Sunday", "2025-02-16", DAY)]


# --- a period that frames a day told within it: the day ------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("It was the second strike this month: on 5 February a drone hit a car near Sinune.", "2025-02-05"),
    ("Earlier this month, on 5 February, a drone hit a car near Sinune.", "2025-02-05"),
    ("In February, on the 5th of February to be precise, gunmen attacked a checkpoint.", "2025-02-05"),
    ("وهذه ثاني غارة خلال الشهر الجاري، إذ أدت غارة في الخامس من شباط/فبراير إلى إصابة مقاتلين.", "2025-02-05"),
    ("وشهد مطلع الشهر الحالي هجوماً مماثلاً في 3 شباط قرب ناحية سنوني.", "2025-02-03"),
])
def test_the_day_within_a_period_says_when(text, day):
    assert [d[1] for d in dates(text)] == [day]


def test_a_day_outside_the_period_or_in_another_sentence_leaves_the_period():
    assert [d[2] for d in dates("In January, gunmen abducted a shepherd; he was freed on 5 February.")] == [MONTH, DAY]
    assert [d[2] for d in dates("Earlier this month. On 5 February, a drone hit a car.")] == [MONTH, DAY]


# --- الاثنين the number is no Monday ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وطالب الخاطفون بفدية عن الاثنين الآخرين.",
    "وأفرج المسلحون عن الاثنين الباقيين في وقت لاحق.",
    "ولا يزال مصير الاثنين المتبقيين مجهولاً.",
    "واقتادوا الاثنين منهم إلى جهة مجهولة.",
    "وقتل الأحد عشر راعياً في الهجوم.",
])
def test_the_number_two_or_eleven_spelled_as_a_weekday_is_no_date(text):
    assert dates(text) == []


@pytest.mark.parametrize("text, day", [
    ("قتل مسلحون، الاثنين، راعياً في أطراف الحويجة.", "2025-02-17"),
    ("وقع الهجوم مساء الاثنين الماضي.", "2025-02-17"),
    ("وقع الهجوم الاثنين في قضاء مخمور.", "2025-02-17"),
    ("أعلنت الشرطة يوم الاثنين الموافق 17 شباط مقتل مدني.", "2025-02-17"),
])
def test_monday_is_still_monday(text, day):
    assert dates(text)[0][1] == day


# --- the place told before by a noun of places ('the same camp', 'المخيم ذاته') -------------------

@pytest.mark.parametrize("second", [
    "وكانت المسيرات التركية قد قصفت المخيم ذاته في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.",
    "وكانت المسيرات التركية قد قصفت نفس المخيم في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.",
    "وكان قصف مماثل قد استهدف الحي نفسه في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.",
])
def test_the_same_camp_or_quarter_is_the_place_told_before(second):
    first, before = drafted("قُتلت ثلاث نساء بقصف لطائرة مسيّرة تركية استهدف مخيم مخمور للاجئين، مساء الأحد.\n"
                            + second)
    assert first["location"] == before["location"] == "Makhmur"


@pytest.mark.parametrize("second", [
    "In January, a drone had struck the same camp, wounding two children.",
    "In January, two children were wounded when a drone hit the same neighbourhood.",
])
def test_the_same_camp_in_english(second):
    first, before = drafted("A Turkish drone struck a car in Makhmour on Sunday, killing three women.\n" + second)
    assert first["location"] == before["location"] == "Makhmur"


# --- a definite noun of places is followed by the rest of the clause, not by a name ---------------

@pytest.mark.parametrize("text", [
    "قتلت ثلاث نساء بقصف استهدف مخيم مخمور للاجئين، مساء الأحد، بحسب ما أفادت إدارة المخيم لشبكة رووداو.",
    "قتلت ثلاث نساء بقصف استهدف مخيم مخمور، مساء الأحد، وقالت إدارة المخيم إن المخيم يؤوي آلاف اللاجئين.",
    "قتل مدني بانفجار عبوة في ناحية يثرب مساء الأحد، وطوقت القوات الأمنية المنطقة بحثاً عن المنفذين.",
    "قتل مدني بانفجار عبوة في قضاء مخمور مساء الأحد، وأغلقت القوات المجمع أمام المارة.",
])
def test_words_after_the_camp_or_the_area_are_no_village(text):
    (draft,) = drafted(text)
    assert "(" not in draft["location"], draft["location"]


def test_a_village_named_after_its_noun_is_still_read():
    (draft,) = drafted("قتل راع بانفجار لغم في قرية الحواشة التابعة لناحية جلولاء مساء الأحد.")
    assert draft["location"].startswith("الحواشة")
    (draft,) = drafted("قتل راع بانفجار لغم قرب مخيم داودية في قضاء العمادية مساء الأحد.")
    assert draft["location"].startswith("داودية")


# --- a place inside the district the lead names says where in it ---------------------------------

@pytest.mark.parametrize("text", [
    "A drone strike killed three people in Sinjar district on Sunday, officials said.\n"
    "The strike hit a car near Sinune, north of the mountain, an official told AFP.",
    "Three people were killed in a drone strike in Sinjar district on Sunday. The car was hit on the road "
    "just outside Sinuni, a local official said.",
    "A drone strike killed three people in Iraq's Sinjar district on Sunday; the vehicle was struck close to "
    "Snuny, a security source said.",
])
def test_a_place_inside_the_district_of_the_lead_wins(text):
    (draft,) = drafted(text)
    assert draft["location"] == "Al-Shamal sub-district"


def test_a_place_elsewhere_or_where_the_wounded_went_leaves_the_district():
    (draft,) = drafted("A roadside bomb killed two soldiers in Daquq district on Sunday. The wounded were taken "
                       "to Kirkuk.")
    assert draft["location"] == "Daquq district"
    (draft,) = drafted("A drone strike killed three people in Sinjar district on Sunday. The wounded were taken "
                       "to a hospital in Sinuni.")
    assert draft["location"] == "Sinjar district"
    (draft,) = drafted("قتل ثلاثة أشخاص بغارة لطائرة مسيرة في قضاء سنجار مساء الأحد، ونقل الجرحى إلى مستشفى سنوني.")
    assert draft["location"] == "Sinjar district"


# --- the place people were taken from -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Unidentified gunmen abducted two farmers from Kani Rash on Sunday.",
    "Two Kakai farmers were kidnapped from Kani Rash on Sunday by unidentified gunmen.",
    "On Sunday, gunmen seized a shepherd from Kani Rash and drove off toward the hills.",
    "Gunmen kidnapped a shepherd from Kani Rash late on Sunday.",
])
def test_the_village_people_were_taken_from(text):
    (draft,) = drafted(text)
    assert draft["location"].startswith("Kani Rash")


def test_where_the_abductors_came_from_is_no_place_of_the_event():
    (draft,) = drafted("Gunmen who came from Hamrin abducted two farmers in Tuz Khurmatu on Sunday.")
    assert draft["location"] == "Tuz Khurmatu"
