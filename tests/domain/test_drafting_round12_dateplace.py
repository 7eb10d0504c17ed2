"""Drafting rules of round 12 (issue 15), dates and places in English and Arabic: each general class with
paraphrases that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 12, 15)  # a Sunday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a weekday told with its date right after it, the date of an earlier week than the weekday's last one ---

@pytest.mark.parametrize("text, day", [
    ("حصيلة أسبوعية للحوادث في ديالى:\n- الأحد ٨ كانون الأول: إصابة مزارع بانفجار عبوة في أطراف ناحية مندلي.\n"
     "- الثلاثاء ١٠ كانون الأول: مقتل شخص برصاص مجهولين في قضاء بلدروز.", "2024-12-08"),
    ("أصيب راعٍ بانفجار لغم قرب ناحية العظيم يوم الأحد الموافق ٨ كانون الأول.", "2024-12-08"),
    ("أصيب راعٍ بانفجار لغم قرب ناحية العظيم مساء الأحد ٨ كانون الأول.", "2024-12-08"),
    ("A shepherd was wounded by a landmine near Mandali on Sunday, 8 December.", "2024-12-08"),
    ("Weekly summary:\n- Sunday 1 December: a farmer was wounded by an IED near Mandali.", "2024-12-01"),
])
def test_a_weekday_with_its_date_of_an_earlier_week_is_that_date(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # near misses: a weekday that is not the date's ('Monday, 9 December' is no Monday in 2024) is not restated by it
    ("A shepherd was wounded by a landmine near Mandali on Thursday; on 9 December another blast hit Khanaqin.",
     "2024-12-12"),
    # the weekday of the week before the report, told alone, stays that day
    ("أصيب راعٍ بانفجار لغم قرب ناحية العظيم يوم الأربعاء.", "2024-12-11"),
])
def test_a_weekday_without_its_own_date_stays_the_weekday(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- a period restated right away by a day: 'Last week, on 6 October' ---

@pytest.mark.parametrize("text, day", [
    ("Last week, on 6 December, a Peshmerga vehicle hit a roadside bomb near Qara Tapa; two fighters were hurt.",
     "2024-12-06"),
    ("Last week (on 7 December) a Peshmerga vehicle hit a roadside bomb near Qara Tapa, wounding two fighters.",
     "2024-12-07"),
    ("الأسبوع الماضي، في ٦ كانون الأول، أصيب مقاتلان من البيشمركة بانفجار عبوة ناسفة قرب قرة تبة.", "2024-12-06"),
    ("الأسبوع الماضي، يوم ٧ كانون الأول، أصيب مقاتلان من البيشمركة بانفجار عبوة ناسفة قرب قرة تبة.", "2024-12-07"),
    ("Last week, on the 6th of December, gunmen wounded two shepherds near Tuz Khurmatu.", "2024-12-06"),
])
def test_a_period_restated_by_a_day_is_that_day(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_day_in_a_later_sentence_does_not_restate_the_period():
    drafts = drafted("Last week a Peshmerga vehicle hit a roadside bomb near Qara Tapa; two fighters were hurt. "
                     "On 2 December a shepherd was killed near Kifri.")
    assert drafts[0]["event_date"] != "2024-12-02"
    assert drafts[-1]["event_date"] == "2024-12-02"


# --- a facility named by two words before its kind: 'حقل باي حسن النفطي'; a masculine head word's 'التابع' ---

@pytest.mark.parametrize("text, place", [
    ("أفاد مصدر أمني بإصابة ثلاثة عمال في حقل باي حسن النفطي شمال غربي كركوك بسقوط صاروخ مساء الأحد.", "باي حسن"),
    ("سقط صاروخ على حقل خور مور الغازي في جمجمال مساء الأحد دون إصابات.", "خور مور"),
    ("استهدفت طائرة مسيرة حقل جمبور النفطي قرب كركوك مساء الأحد دون إصابات.", "جمبور"),
    ("سقط صاروخان مساء الأحد قرب قاعدة كي وان العسكرية في محافظة كركوك دون خسائر.", "قاعدة كي وان"),
])
def test_a_facility_is_placed_by_its_name(text, place):
    assert place in drafted(text)[0]["location"]


@pytest.mark.parametrize("text", [
    # near misses: a field told by its kind only is no name
    "سقط صاروخ على حقل نفطي قرب كركوك مساء الأحد دون إصابات.",
    "سقطت قذيفة في حقل زراعي قرب داقوق مساء الأحد دون إصابات.",
])
def test_a_field_told_by_its_kind_is_no_name(text):
    location = drafted(text)[0]["location"]
    assert "نفطي" not in location and "زراعي" not in location, location


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات تركية ليلة الجمعة مناطق في جبل متين التابع لقضاء العمادية دون ضحايا.", "متين"),
    ("قصفت طائرات تركية مساء الجمعة جبل كاره الواقع شمال دهوك دون ضحايا.", "كاره"),
    ("قصفت المدفعية التركية مساء الجمعة مخيم مخمور المجاور لجبل قرة جوغ دون ضحايا.", "مخمور"),
])
def test_a_masculine_belongs_to_adjective_is_not_the_name(text, place):
    location = drafted(text)[0]["location"]
    assert place in location and "التابع" not in location and "الواقع" not in location and "المجاور" not in location


# --- a village told as theirs ('على قريتهم تل علي'), a basin by its name ('في حوض مطيبيجة'), 'the orchards of X' ---

@pytest.mark.parametrize("text, place", [
    ("قُتل مزارع مساء الثلاثاء إثر هجوم نفذه مسلحون مجهولون على قريتهم تل علي التابعة لناحية سركران.", "تل علي"),
    ("هاجم مسلحون مجهولون مساء الثلاثاء قريته كوخة التابعة لقضاء داقوق وأصابوا شقيقه.", "كوخة"),
    ("عاد النازحون إلى بلدتهم زنانة قرب داقوق فانفجرت عبوة أصابت أحدهم مساء الثلاثاء.", "زنانة"),
    ("استشهد ضابط وأصيب ثلاثة منتسبين بانفجار عبوة ناسفة خلال عملية تفتيش في حوض مطيبيجة ظهر أمس.", "مطيبيجة"),
    ("قُتل راعٍ بانفجار لغم في حوض الوقف شمال شرقي بعقوبة مساء الأحد.", "الوقف"),
    ("A PMF member was killed by sniper fire in the orchards of Mukhaisa, north-east of Baquba, late on Saturday.",
     "Mukhaisa"),
    ("Two farmers were wounded by a landmine in the farmlands of Zinana, south of Daquq, on Sunday.", "Zinana"),
])
def test_a_village_told_as_theirs_a_basin_or_orchards_by_name_is_the_place(text, place):
    assert place in drafted(text)[0]["location"]


@pytest.mark.parametrize("text, wrong", [
    # near misses: a river's basin, orchards of people, not a place
    ("انفجرت عبوة ناسفة في حوض نهر ديالى قرب جلولاء مساء الأحد دون إصابات.", "حوض نهر"),
    ("A shepherd was wounded by a landmine in the orchards of local farmers near Jalawla on Sunday.", "farmers"),
])
def test_a_river_basin_or_peoples_orchards_are_no_name(text, wrong):
    assert wrong not in (drafted(text)[0]["location"] or "")


# --- a river named like a unit ('نهر دجلة', 'the Diyala river') is no place: the town told with it is ---

@pytest.mark.parametrize("text, place, wrong", [
    ("العثور على جثة رجل في نهر دجلة قرب الشرقاط مساء الأحد.", "Shirqat", "Dijla"),
    ("انتشلت فرق الدفاع المدني جثة شاب من نهر دجلة في قضاء الشرقاط مساء الأحد.", "Shirqat", "Dijla"),
    ("The body of a man was pulled from the Diyala river near Jalawla on Sunday.", "Jalawla", "Diyala"),
    ("The body of a fisherman was found on the bank of the river Diyala in Jalawla on Sunday.", "Jalawla", "Diyala"),
])
def test_a_river_is_not_the_place_named_after_it(text, place, wrong):
    location = drafted(text)[0]["location"]
    assert place in location and wrong not in location, location


@pytest.mark.parametrize("text, place", [
    # near misses: the unit named after the river, told as a unit or alone
    ("قُتل شرطي بهجوم مسلح في ناحية دجلة مساء الأحد.", "Dijla"),
    ("A policeman was killed by gunmen in Diyala on Sunday.", "Diyala"),
])
def test_the_unit_named_after_a_river_stays_the_place(text, place):
    assert place in drafted(text)[0]["location"]


# --- a rescue told with the abduction's own day ('تحرير طفل اختطفته عصابة مساء السبت'): the abduction's day ---

RESCUE_PUBLISHED = date(2024, 9, 17)  # a Tuesday


@pytest.mark.parametrize("text, day", [
    ("تمكنت قوة من الشرطة، أمس الاثنين، من تحرير طفل اختطفته عصابة مجهولة مساء السبت في قضاء الحويجة.", "2024-09-14"),
    ("حررت قوة أمنية، اليوم الثلاثاء، مزارعاً خطفه مسلحون مجهولون مساء الأحد قرب داقوق.", "2024-09-15"),
    ("أعلنت الشرطة، اليوم الثلاثاء، تحرير تاجر اختطفه مجهولون فجر الأحد على طريق كركوك - تكريت.", "2024-09-15"),
    ("أطلق مسلحون، أمس الاثنين، سراح راعٍ اختطفوه فجر السبت في صحراء البعاج.", "2024-09-14"),
])
def test_a_rescue_is_dated_by_the_abduction_told_with_it(text, day):
    assert drafted(text, RESCUE_PUBLISHED)[0]["event_date"] == day


def test_a_liberated_village_attacked_before_is_not_an_abduction():
    text = "تمكنت القوات الأمنية، أمس الاثنين، من تحرير قرية في الحويجة من عناصر داعش الذين هاجموها مساء السبت."
    assert drafted(text, RESCUE_PUBLISHED)[0]["event_date"] == "2024-09-16"


# --- 'near Sidakan in the Kurdistan region': the region frames the place, is none ---

@pytest.mark.parametrize("text, place", [
    ("Turkish drones struck a vehicle near Sidakan in the Kurdistan region on Monday afternoon, killing two people.",
     "Sidakan"),
    ("A Turkish drone hit a car near Batifa in the Kurdistan Region of Iraq on Monday, killing two.", "Batifa"),
    ("Turkish jets bombed villages near Kani Masi in the Iraqi Kurdistan region on Monday.", "Kani Masi"),
])
def test_a_country_or_region_does_not_hide_the_place(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_a_named_region_still_names_the_place():
    assert drafted("Turkish jets bombed the Zap region on Monday, the ministry said.")[0]["location"] == "Zap"


# --- 'a Kirkuk health official told ...': the source's place is not the event's ---

@pytest.mark.parametrize("text, place", [
    ("Gunmen attacked a wedding convoy near Daquq on Saturday, killing three, a Kirkuk health official told Kurdistan 24.",
     "Daquq"),
    ("A roadside bomb wounded two soldiers near Jalawla on Sunday, a Diyala police source said.", "Jalawla"),
    ("A roadside bomb wounded two soldiers near Jalawla on Sunday, a Diyala security official told AFP.", "Jalawla"),
    ("A mortar round hit a house in Amerli on Sunday, wounding a woman, a Salahuddin health official said.", "Amera"),
])
def test_the_source_s_place_is_not_the_event_s(text, place):
    assert place in drafted(text)[0]["location"]


def test_the_source_s_place_stays_when_no_other_is_told():
    assert "Kirkuk" in drafted("Gunmen killed a farmer on Sunday, a Kirkuk police source said.")[0]["location"]


# --- 'في قرية مجاورة' with no name: the unit or town told last before ---

@pytest.mark.parametrize("text, place", [
    ("تبنى داعش هجوماً على منزل مختار قرية تل ورد التابعة لناحية زمار مساء الثلاثاء.\n"
     "يأتي ذلك فيما أصيب مزارع في قرية مجاورة برصاص قناص صباح الأربعاء.", "Zummar"),
    ("انفجرت عبوة في قضاء داقوق مساء الثلاثاء دون إصابات.\n"
     "وفي إحدى القرى المجاورة، أصيب راعٍ بانفجار لغم صباح الأربعاء.", "Daquq"),
    ("قتل مسلحون مجهولون راعياً قرب ناحية العظيم مساء الثلاثاء.\n"
     "وفي حادث منفصل، أصيب مزارع بانفجار عبوة في منطقة قريبة صباح الأربعاء.", "Atheem"),
])
def test_a_nearby_village_with_no_name_is_in_the_place_told_before(text, place):
    assert place in drafted(text, date(2024, 10, 10))[-1]["location"]


def test_a_nearby_village_with_no_place_before_is_no_place():
    assert not drafted("أصيب مزارع في قرية مجاورة برصاص قناص صباح الأربعاء.", date(2024, 10, 10))[0].get("location")
