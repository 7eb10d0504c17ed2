"""Drafting rules of round 5 (issue 15, telling incidents apart in an analyst's summary): a day or a part of 'the
month' ('On the 9th, ...', 'Mid-month, ...', 'Late in the month', 'في الخامس من الشهر', 'في منتصف الشهر', 'في
العشرين منه') is of the month told before it, so that each incident of a monthly summary, told in a sentence of its
own with a day of its own, is drafted apart. Paraphrases the way different outlets word them, in English and Arabic,
and near-misses where no date (or no other incident) must be read."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.dates import DAY, MONTH, find_dates

PUBLISHED = date(2024, 5, 6)


def drafted(text):
    return [d.values() for d in draft_incidents(text, PUBLISHED)]


def dates_in(text):
    return [(d.event_date.isoformat()[:7 if d.time_precision == MONTH else 10], d.time_precision)
            for d in find_dates(text, PUBLISHED)]


# --- a day or a part of 'the month': of the month told before ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In March, attacks declined. On the 9th, gunmen attacked a checkpoint.", [("2024-03", MONTH), ("2024-03-09", DAY)]),
    ("March was quiet in Kirkuk. On the 21st, a bomb hit a patrol.", [("2024-03-21", DAY)]),
    ("On 7 February, militants raided a hamlet. On the 18th, an army patrol clashed with a cell.",
     [("2024-02-07", DAY), ("2024-02-18", DAY)]),
    ("In March, attacks declined. Mid-month, a roadside bomb struck a vehicle.", [("2024-03", MONTH), ("2024-03", MONTH)]),
    ("In February, two attacks were recorded. Late in the month, police arrested a financier.",
     [("2024-02", MONTH), ("2024-02", MONTH)]),
    ("شهد شهر آذار/مارس تراجعاً في الهجمات. ففي الخامس من الشهر هاجم مسلحون نقطة للجيش.", [("2024-03-05", DAY)]),
    ("خلال شباط الماضي سجلت حوادث: ففي الثالث منه عثر على جثة راعٍ.", [("2024-02-03", DAY)]),  # the month frames the day
    ("هجمات كانون الثاني/يناير كانت قليلة. وفي منتصف الشهر أصيب جنديان بانفجار عبوة.", [("2024-01", MONTH)]),
])
def test_a_day_of_the_month_is_of_the_month_told_before(text, expected):
    assert dates_in(text)[-len(expected):] == expected


@pytest.mark.parametrize("text", [
    "Troops of the 9th Division attacked the village.",
    "It was the 3rd attack on the base.",
    "Fighters on the 5th floor of the building opened fire.",
])
def test_an_ordinal_that_is_no_day_is_no_date(text):
    assert dates_in(text) == []


def test_a_day_of_the_current_month_stays_of_the_current_month():
    assert dates_in("في الثامن من الشهر الماضي أصيب جندي.") == [("2024-04-08", DAY)]
    assert dates_in("في الرابع من الشهر أصيب جندي.") == [("2024-05-04", DAY)]  # no month told before: the report's
    assert dates_in("On the 3rd, a bomb wounded a farmer.") == [("2024-05-03", DAY)]
    assert dates_in("On the 20th, a bomb wounded a farmer.") == [("2024-04-20", DAY)]  # after the report's day


# --- the incidents of a monthly summary, each with a day of its own, drafted apart --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In March, IS activity in Kirkuk stayed in the Wadi al-Shay valley. On the 9th, IS militants attacked a police "
     "checkpoint near Hawija, killing two policemen. Mid-month, a roadside bomb struck a PMF vehicle near Daquq, "
     "wounding four fighters.", [(2, None), (None, 4)]),
    ("April in brief. On the 4th, gunmen shot dead a shepherd near Tuz Khurmatu. On the 19th, a bomb wounded two "
     "soldiers near Tikrit.", [(1, None), (None, 2)]),
    ("Iranian shelling resumed in late August. On the 26th, artillery hit the outskirts of Sidakan; no casualties were "
     "reported. On the 29th, a drone struck a base near Koya, killing one member.", [(0, 0), (1, None)]),
    ("شهد شهر نيسان/أبريل تراجعاً في نشاط الخلايا في كركوك. ففي الخامس من الشهر هاجم مسلحون نقطة للجيش قرب الحويجة، "
     "ما أسفر عن مقتل جنديين. وفي منتصف الشهر أصيب ثلاثة من عناصر الحشد بانفجار عبوة ناسفة قرب داقوق.",
     [(2, None), (None, 3)]),
    ("لم تكن هجمات كانون الثاني/يناير في ديالى كثيرة: ففي أوائل الشهر قتل راعٍ بانفجار لغم قرب خانقين. وفي أواخر "
     "الشهر أصيب شرطيان بهجوم مسلح في المقدادية.", [(1, None), (None, 2)]),
])
def test_the_incidents_of_a_monthly_summary_are_drafted_apart(text, expected):
    assert [(v.get("fatalities"), v.get("wounded")) for v in drafted(text)] == expected


@pytest.mark.parametrize("text", [
    # one event, its toll told later in the month: no other incident
    "In March, gunmen attacked a checkpoint near Hawija on the 9th, killing two policemen and wounding three.",
    "On the 9th, gunmen attacked a checkpoint near Hawija, killing two policemen. One of the wounded died on the 12th.",
])
def test_one_event_told_with_a_day_of_the_month_stays_one(text):
    assert len(drafted(text)) == 1


# --- a heading of a period before a colon counts no sum: its items are incidents ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("خلال الأسبوع الماضي: أصيب مدنيان بقصف مدفعي تركي على قرية شيلادزي في قضاء العمادية، فيما نظم العشرات من "
     "أهالي قضاء زاخو وقفة احتجاجية يوم الخميس تنديداً بالقصف.", 2),
    ("خلال الشهر الماضي: قتل راعٍ بانفجار لغم قرب قضاء خانقين، فيما أصيب شرطيان بهجوم مسلح في قضاء المقدادية يوم "
     "الجمعة.", 2),
])
def test_the_items_after_a_period_heading_are_incidents(text, expected):
    assert len(drafted(text)) == expected


def test_a_period_that_sums_its_incidents_is_still_no_incident():
    assert drafted("وخلال الشهر الماضي، قتل سبعة رعاة في ديالى.") == []


# --- a clause after ';' (or 'فيما') with a day of its own: another incident ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("In early April gunmen ambushed a Peshmerga patrol near the village of Qarachogh, killing one Peshmerga; a week "
     "later a bomb killed two soldiers in the same hills.", [1, 2]),
    ("It was the third Turkish strike in Duhok province this month; on May 2, a strike in the mountains above Kani "
     "Masi wounded a shepherd.", [(None, 1)]),
    ("Gunmen killed a farmer near Tuz Khurmatu on April 20; on April 28, a roadside bomb wounded three soldiers near "
     "Tikrit.", [1, 3]),
    ("اختطف مسلحون مجهولون سائق شاحنة على طريق الدبس في العشرين من نيسان، فيما قتل راعٍ بانفجار لغم قرب الدبس في "
     "أواخر الشهر.", [1, 1]),
])
def test_a_clause_with_a_day_of_its_own_is_another_incident(text, expected):
    values = drafted(text)
    assert len(values) == len(expected)


@pytest.mark.parametrize("text", [
    # the same day, or a death on a later day: one incident
    "Gunmen attacked a checkpoint near Hawija on April 20, killing two policemen; one of the wounded died on April 23.",
    "A bomb wounded three soldiers near Tikrit on April 20; hours later, the army sealed off the area.",
    "Gunmen attacked a checkpoint near Hawija on the night of April 20, killing two policemen and wounding three.",
])
def test_a_clause_with_no_day_of_its_own_stays_with_its_event(text):
    assert len(drafted(text)) == 1


# --- an English sentence with another event and casualties of its own, elsewhere, after an incident with its own ---

@pytest.mark.parametrize("text, expected", [
    ("Turkish artillery shelled the outskirts of Kani Masi in Amedi district at dawn on Sunday, local officials said. "
     "There were no casualties.\nAt the same time, Turkish drones struck two vehicles near Batifa, killing four "
     "people.", 2),
    ("A roadside bomb wounded two soldiers near Tuz Khurmatu on Sunday. Meanwhile, gunmen killed a farmer in "
     "Sulaiman Bek.", 2),
    ("Gunmen shot dead a shepherd near Hawija on Friday, police said. Elsewhere, a mortar round wounded three "
     "children in Daquq.", 2),
])
def test_more_casualties_elsewhere_are_another_incident(text, expected):
    assert len(drafted(text)) == expected


@pytest.mark.parametrize("text", [
    # a headline then its lead; a lead summing the incidents; the figures of the same event at a named place
    "Two shepherds killed in blast near Kirkuk\nTwo shepherds were killed on Monday when a bomb went off in the Wadi "
    "al-Shay valley.",
    "Two people were killed in two separate attacks in Diyala on Tuesday. In the first, gunmen shot dead a man near "
    "Muqdadiyah.",
    "A bomb killed two soldiers near Tuz Khurmatu on Sunday. One of the wounded died later in Kirkuk hospital.",
])
def test_the_figures_of_the_event_told_stay_with_it(text):
    assert len(drafted(text)) == 1


# --- another device, with casualties of its own: another incident -----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A police officer was killed when a bomb hit his vehicle in Mutaibija on Tuesday evening. A further policeman "
     "was wounded on Wednesday morning when a second device exploded as a force arrived to inspect the site.", 2),
    ("A roadside bomb killed a soldier near Tarmiyah on Monday. Hours later another bomb wounded two policemen on the "
     "same road.", 2),
])
def test_another_device_with_casualties_is_another_incident(text, expected):
    assert len(drafted(text)) == expected


def test_another_device_found_unexploded_is_no_incident():
    assert len(drafted("A roadside bomb killed a soldier near Tarmiyah on Monday. Police later found and defused "
                       "a second device nearby.")) == 1


# --- the morning after a night attack, another event with casualties of its own -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were killed in an ISIS attack on an army post in the Al-Zab area late Sunday, a source said. On "
     "Monday morning, an army helicopter struck the area where the attackers had withdrawn, killing three militants.",
     2),
    ("Gunmen wounded two policemen at a checkpoint near Daquq on Sunday night. On Monday, a roadside bomb killed a "
     "farmer near Taza.", 2),
])
def test_the_morning_after_a_night_attack_tells_another_event(text, expected):
    assert len(drafted(text)) == expected


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in an ISIS attack near Al-Zab late Sunday. On Monday morning, one of the wounded died.",
    "Two soldiers were killed in an ISIS attack near Al-Zab late Sunday. On Monday, the attack was claimed by ISIS.",
])
def test_the_morning_after_tells_the_same_event(text):
    assert len(drafted(text)) == 1


# --- an arrest, then ', while' another event at a place of its own ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Police in Hamdaniya reported the arrest of two men accused of extortion, while a demonstration in Bartella "
     "against a planned checkpoint passed off peacefully on Thursday.", 2),
    ("Security forces arrested an IS suspect in Hawija on Sunday, while a roadside bomb wounded two soldiers near "
     "Daquq.", 2),
])
def test_an_arrest_then_another_event_elsewhere_are_two(text, expected):
    assert len(drafted(text)) == expected


def test_an_arrest_at_the_same_place_stays_one():
    assert len(drafted("Security forces arrested two suspects in Hawija on Sunday, while residents said the "
                       "raid lasted several hours.")) == 1
