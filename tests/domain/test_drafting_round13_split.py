"""Drafting rules of round 13 (issue 15, one draft per incident), from the incidents of parts Z5-Z8 left without a
draft: an Arabic sentence telling, in the pluperfect, an event of another kind than the main incident's ('وأضاف
المصدر أن مسلحين مجهولين كانوا قد اختطفوا، مساء الثلاثاء، راعيين' after a blast today) is an earlier incident, and
its day is not the main incident's. Paraphrases the way different outlets word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 4, 18)  # a Thursday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- an earlier event of another kind, told in the pluperfect after the main incident ---------------------------------

@pytest.mark.parametrize("text", [
    "أفاد مصدر أمني في كركوك، اليوم الخميس، بمقتل راعٍ وإصابة آخر بانفجار عبوة ناسفة قرب قرية تل الذهب. وأضاف "
    "المصدر أن مسلحين مجهولين كانوا قد اختطفوا، مساء الاثنين، راعيين اثنين من القرية نفسها.",
    "قُتل مزارع وأصيب آخر بانفجار عبوة ناسفة في بستان قرب قضاء داقوق، اليوم الخميس، بحسب مصدر في الشرطة. وأضاف "
    "المصدر أن مجهولين كانوا قد اختطفوا، مساء الاثنين، شابين من أبناء المنطقة ذاتها.",
    "أعلنت مديرية شرطة كركوك، اليوم الخميس، مقتل شرطي وإصابة آخر بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية "
    "الرشاد. وكان مسلحون قد اختطفوا، مساء الاثنين، مواطنين اثنين في الناحية.",
    "أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الدبس، اليوم الخميس. وبيّن المصدر أن عناصر من "
    "داعش كانوا قد اختطفوا، مساء الأحد، راعياً من أهالي القضاء.",
])
def test_an_earlier_abduction_told_in_the_pluperfect_is_its_own_incident(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-18"  # the blast's day, not the abduction's
    assert "abducted" not in first
    assert second["abducted"] >= 1
    assert second["event_date"] < "2024-04-18"


@pytest.mark.parametrize("text", [
    # the same kind of event, told again in the pluperfect with its day: one incident
    "أفاد مصدر أمني، اليوم الخميس، بمقتل راعٍ وإصابة آخر بانفجار عبوة ناسفة قرب قرية تل الذهب في كركوك. وكانت "
    "العبوة قد انفجرت مساء الثلاثاء أثناء مرور الرعاة.",
    # the event whose toll rose, told in the pluperfect: one incident, dated the attack
    "ارتفعت حصيلة الهجوم على قرية تل الذهب في كركوك إلى ثلاثة قتلى، اليوم الخميس. وكان مسلحون مجهولون قد هاجموا "
    "القرية مساء الثلاثاء.",
])
def test_the_same_event_told_in_the_pluperfect_is_no_other_incident(text):
    (draft,) = drafted(text)
    assert draft["event_date"] == "2024-04-16"


# --- casualties told first, with no event word, then an earlier event in the pluperfect --------------------------------

@pytest.mark.parametrize("text", [
    "أصيبت امرأة وطفلها بجروح، مساء الثلاثاء، في قرية ملا عبدالله قرب داقوق، بحسب مختار القرية. وكانت القرية ذاتها "
    "قد شهدت في أوائل كانون الثاني/يناير اختطاف مزارعين اثنين، أُفرج عنهما لاحقاً.",
    "جُرح شرطيان، مساء الثلاثاء، في ناحية الرشاد جنوب غربي كركوك. وكان مجهولون قد اختطفوا في آذار الماضي ثلاثة رعاة "
    "من الناحية.",
    "أصيب مزارع بجروح بليغة، مساء الثلاثاء، في بستانه قرب قضاء الدبس. وكانت المنطقة قد شهدت في شباط الماضي اختطاف "
    "راعيين.",
])
def test_casualties_then_an_earlier_abduction_in_the_pluperfect_are_two_incidents(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-16" and first["wounded"] >= 1 and "abducted" not in first
    assert second["abducted"] >= 2 and second["event_date"] < "2024-04"


def test_casualties_then_their_event_told_in_the_pluperfect_the_same_evening_are_one_incident():
    (draft,) = drafted("أصيب شرطيان بجروح، مساء الثلاثاء، في ناحية الرشاد. وكان مسلحون مجهولون قد هاجموا نقطتهم "
                       "مساء الثلاثاء.")
    assert draft["wounded"] == 2


# --- shots fired by gunmen described at length between the verb and 'النار' -------------------------------------------

@pytest.mark.parametrize("text", [
    "أصيبت امرأة بجروح، مساء الثلاثاء، عندما أطلق مسلحون يُشتبه بانتمائهم لتنظيم داعش النار على منزل في قرية قرب داقوق.",
    "أصيب شاب بجروح عندما أطلق مسلحون مجهولون يستقلون دراجة نارية النار عليه، مساء الثلاثاء، في الحويجة.",
])
def test_shots_fired_by_gunmen_told_at_length_are_an_attack(text):
    (draft,) = drafted(text)
    assert draft["event_type"] == "Violence against civilians"


# --- an arrest, and the crime the arrested is held for, in a past month ------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلنت قيادة شرطة نينوى، اليوم الخميس، القبض على متهم في قضاء تلعفر، مشيرة إلى أنه شارك في خطف طفل من أهالي "
    "القضاء اختطفه مسلحون مجهولون في آذار الماضي.",
    "أعلنت قوات البيشمركة، اليوم الخميس، اعتقال مسلح في قضاء مخمور، مبينة أنه مطلوب بقتل راعيين قرب كوير في شباط "
    "الماضي.",
])
def test_the_crime_an_arrested_man_is_held_for_in_a_past_month_is_its_own_incident(text):
    arrest, crime = drafted(text)
    assert arrest["event_date"] == "2024-04-18" and arrest["sub_event_type"] == "Arrests"
    assert "fatalities" not in arrest and "abducted" not in arrest
    assert crime["event_date"] < "2024-04"
    assert crime.get("fatalities", 0) + crime.get("abducted", 0) >= 1


@pytest.mark.parametrize("text", [
    # the crime told for itself, on a day: the arrest of its suspects goes on with it
    "قتل مسلحون مجهولون شرطيين اثنين في ناحية الرياض مساء الاثنين. وأعلنت الشرطة، اليوم الخميس، القبض على متهم في "
    "الحويجة، مشيرة إلى أنه شارك في قتل الشرطيين مساء الاثنين.",
    # no arrest: a suspect named, not held
    "قتل مسلحون مجهولون شرطياً في ناحية الرياض اليوم الخميس، مشيرة المصادر إلى أنهم متورطون في هجمات سابقة.",
])
def test_no_earlier_crime_apart_without_an_arrest_and_a_past_month(text):
    assert len(drafted(text)) == 1


# --- people robbed or threatened by armed men, nobody hurt: an incident with no event word -----------------------------

@pytest.mark.parametrize("text", [
    "Residents of the village of Qutan, in the Dibis district, say gunmen set up a fake checkpoint on the road to "
    "Kirkuk and robbed several drivers. Police said an investigation was under way; no one was reported hurt.",
    "Armed men robbed three shepherds of their flock near Daquq on Tuesday night, a local official said. No one was "
    "hurt.",
    "Gunmen threatened the families of the village of Albu Sabah near Tuz Khurmatu on Tuesday, residents said. There "
    "were no casualties.",
    "أفاد مصدر محلي بأن مسلحين مجهولين سلبوا، مساء الثلاثاء، سائقي شاحنات على طريق كركوك – الدبس، دون تسجيل إصابات.",
])
def test_people_robbed_or_threatened_with_nobody_hurt_get_a_draft(text):
    (draft,) = drafted(text)
    assert draft["fatalities"] == 0 and draft["wounded"] == 0
    assert draft["location"]


@pytest.mark.parametrize("text", [
    # nobody hurt not told: no figure to draft
    "Residents of Qutan say gunmen have robbed drivers on the road to Kirkuk.",
    # a sum over a period, no incident of the report
    "Gunmen have robbed dozens of drivers on the road to Kirkuk over the past month, according to the police; no one "
    "was hurt.",
])
def test_no_draft_for_robberies_without_an_incident(text):
    assert drafted(text) == []
