"""Drafting rules of round 9 (issue 15), dates and places in English and Arabic: each general class with
paraphrases that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 1, 23)  # a Tuesday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- the day of a denial or of an arrest over an event is not the event's: the event's own (month) date is ---

@pytest.mark.parametrize("text, month", [
    ("The PKK on Monday denied responsibility for an attack on a police post in Makhmour late last month.",
     "2023-12"),
    ("The PKK denied on Monday any role in the bombing of a Peshmerga vehicle near Makhmour in early December.",
     "2023-12"),
    ("نفى حزب العمال الكردستاني، الاثنين، مسؤوليته عن الهجوم على مقر للشرطة في مخمور أواخر كانون الأول الماضي.",
     "2023-12"),
    ("نفت قيادة البيشمركة، أمس الاثنين، أن تكون قواتها وراء مقتل راع في قرية قرب مخمور منتصف الشهر الماضي.",
     "2023-12"),
    ("Police in Tuz Khurmatu arrested two suspects on Monday in the killing of a farmer in the village of Yengija "
     "late last month.", "2023-12"),
    ("Security forces on Sunday detained a man over the abduction of a shepherd near Daquq in mid-December.",
     "2023-12"),
    ("اعتقلت قوات الأمن، الأحد، متهمين اثنين بقتل مزارع في قرية ينكجة أواخر الشهر الماضي.", "2023-12"),
])
def test_the_day_of_a_denial_or_an_arrest_over_an_event_is_not_the_events(text, month):
    assert drafted(text)[0]["event_date"].startswith(month)


@pytest.mark.parametrize("text, day", [
    # an arrest that is the event, and a denial with no date of the event: the day told
    ("Police arrested two suspects on Monday in Kirkuk.", "2024-01-22"),
    ("The PKK denied on Monday that its fighters had attacked a police post in Makhmour.", "2024-01-22"),
    # an attack on a day, then the start of a period compared against
    ("Gunmen killed a farmer on Monday in Daquq, the second attack since early December.", "2024-01-22"),
])
def test_an_arrest_or_a_denial_with_no_other_date_keeps_its_day(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- an Arabic name with 'عبد' is one name with the word after it ---

@pytest.mark.parametrize("text, name", [
    ("أصيب أربعة من عناصر الحشد الشعبي بجروح إثر هجوم لعناصر داعش على نقطة مرابطة قرب ناحية الملا عبد الله "
     "جنوبي كركوك، مساء الأحد.", "الملا عبد الله"),
    ("قتل مزارع بانفجار عبوة ناسفة في قرية حسن عبد الرحمن التابعة لقضاء داقوق مساء الأحد.", "حسن عبد الرحمن"),
    ("قتل راع برصاص مسلحين مجهولين في قرية شيخ عبد القادر جنوب كركوك.", "شيخ عبد القادر"),
    ("اختطف مسلحون مجهولون راعيا من قرية الحاج عبد الكريم قرب الحويجة فجر الاثنين.", "الحاج عبد الكريم"),
])
def test_an_arabic_name_with_abd_keeps_the_word_after_it(text, name):
    assert drafted(text)[0]["location"].startswith(name)


@pytest.mark.parametrize("text, name", [
    ("قتل مزارع في قرية دارا مساء الأحد.", "دارا"),
    ("قتل مزارع بانفجار عبوة ناسفة في قرية عبد الله مساء الأحد.", "عبد الله"),
])
def test_other_arabic_village_names_are_unchanged(text, name):
    assert drafted(text)[0]["location"].split(" (")[0] == name


# --- a road named after towns, then the place on it: the place ---

@pytest.mark.parametrize("text, place", [
    ("أغلق محتجون من أبناء المكون التركماني طريق كركوك – بغداد قرب داقوق، مساء الأحد، احتجاجاً على مقتل شاب "
     "بنيران مجهولين.", "Daquq"),
    ("قطع متظاهرون طريق كركوك - أربيل قرب ناحية التون كوبري صباح الاثنين، احتجاجا على اعتقال ناشط.", "Altun Qupri"),
    ("Protesters blocked the Kirkuk-Baghdad road near Daquq on Sunday, in protest at the killing of a young man.",
     "Daquq"),
    ("Dozens of residents blocked the Kirkuk–Erbil road near Altun Kupri on Sunday to protest the arrest of an "
     "activist.", "Altun Qupri"),
])
def test_the_place_right_after_a_road_is_the_place(text, place):
    assert drafted(text)[0]["location"].startswith(place)


@pytest.mark.parametrize("text", [
    "A roadside bomb hit an army vehicle on the Kirkuk-Tikrit road on Sunday.",
    "انفجرت عبوة ناسفة على طريق كركوك - بغداد مساء الأحد.",
])
def test_a_road_with_no_place_on_it_stays_the_road(text):
    location = drafted(text)[0]["location"]
    assert "Kirkuk" in location and "–" in location or "طريق" in location


# --- a quarter of a town keeps its kind word and is in the town, not near it ---

@pytest.mark.parametrize("text, label", [
    ("أصيب مدني بنيران مسلحين مجهولين في حي الواسطي بمدينة كركوك صباح اليوم.", "حي الواسطي (كركوك)"),
    ("قتل شاب بانفجار عبوة لاصقة في حي الحرية وسط كركوك مساء الأحد.", "حي الحرية (كركوك)"),
    ("A civilian was wounded by gunfire in the Wasiti neighbourhood of Kirkuk on Monday.", "Wasiti (Kirkuk)"),
    ("A sticky bomb killed a young man in Kirkuk's Hurriya neighbourhood on Sunday.", "Hurriya (Kirkuk)"),
])
def test_a_quarter_is_in_its_town(text, label):
    assert drafted(text)[0]["location"] == label


@pytest.mark.parametrize("text, label", [
    ("قتل مزارع بانفجار عبوة في قرية البو خليل قرب كركوك مساء الأحد.", "البو خليل (قرب كركوك)"),
    ("A farmer was killed by a bomb in the village of Bir Ahmed near Kirkuk on Sunday.", "Bir Ahmed (near Kirkuk)"),
])
def test_a_village_stays_near_its_town(text, label):
    assert drafted(text)[0]["location"] == label


# --- press names of administrative units: 'الدبس', 'Dibs' (COD-AB 'دبس', 'Dibis') ---

@pytest.mark.parametrize("text, unit", [
    ("أصيب منتسبان من الشرطة الاتحادية بانفجار عبوة ناسفة في قضاء الدبس مساء الأحد.", "Dibis"),
    ("Two soldiers were wounded by a roadside bomb in Dibs district on Sunday.", "Dibis"),
])
def test_press_names_of_administrative_units(text, unit):
    assert drafted(text)[0]["location"].startswith(unit)


# --- a body found days after an abduction: the abduction's day, counted back as in English ---

@pytest.mark.parametrize("text, day", [
    ("عُثر صباح اليوم الثلاثاء على جثة راعٍ في أطراف قرية تل الورد، بعد يومين من اختطافه على يد مسلحين مجهولين.",
     "2024-01-21"),
    ("عثر ذوو شاب، اليوم الثلاثاء، على جثته ملقاة قرب قرية كرزرك، بعد ثلاثة أيام من اختطافه من القرية نفسها.",
     "2024-01-20"),
    ("عثرت الشرطة، أمس الاثنين، على جثة سائق أجرة قرب داقوق بعد يومين من خطفه على يد مجهولين.", "2024-01-20"),
    ("The body of a shepherd was found on Tuesday near Daquq, two days after he was abducted by gunmen.",
     "2024-01-21"),
    ("Police found the body of a taxi driver near Daquq on Monday, three days after he was kidnapped.", "2024-01-19"),
])
def test_a_body_found_days_after_an_abduction_is_dated_the_abduction(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text", [
    # a disappearance is no event: the day the body was found
    "عثر ذوو شاب، صباح الثلاثاء، على جثته قرب سنجار، بعد ثلاثة أيام من اختفائه.",
    "The body of a shepherd was found on Tuesday near Daquq, two days after he went missing.",
])
def test_a_body_found_days_after_a_disappearance_keeps_its_day(text):
    assert drafted(text)[0]["event_date"] == "2024-01-23"


# --- a body found of someone abducted on a day told after the abduction: that day, even after the finding's ---

@pytest.mark.parametrize("text, day", [
    ("On Tuesday, the body of a man abducted on Sunday was found near Daquq.", "2024-01-21"),
    ("- 21 January: body of a shepherd kidnapped near Daquq on 18 January found in an orchard; no group claimed.",
     "2024-01-18"),
    ("The body of a farmer kidnapped from his field near Tuz on Saturday was found on Monday.", "2024-01-20"),
])
def test_a_body_found_is_dated_by_the_abduction_told_before_the_finding(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_body_found_of_someone_gone_missing_keeps_the_finding_day():
    text = "The body of a man was found on Monday near Daquq; he had gone missing on Saturday."
    assert drafted(text)[0]["event_date"] == "2024-01-22"


# --- an area named after a known place by its head word: 'جزيرة سامراء', 'صحراء الحضر' ---

@pytest.mark.parametrize("text, area", [
    ("أعلن مصدر في شرطة صلاح الدين، الخميس، مقتل عنصر في الحشد الشعبي وإصابة اثنين آخرين بهجوم شنته خلية لداعش على "
     "موقعهم في جزيرة سامراء ليلة أمس.", "جزيرة سامراء"),
    ("قتل ثلاثة إرهابيين بضربة جوية في صحراء الحضر جنوب الموصل، مساء الأحد.", "صحراء الحضر"),
    ("أصيب جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في جزيرة تكريت فجر السبت.", "جزيرة تكريت"),
])
def test_an_area_named_after_a_known_place_is_the_area(text, area):
    assert drafted(text)[0]["location"].startswith(area)


def test_the_known_place_alone_stays_the_place():
    assert drafted("انفجرت عبوة ناسفة في سامراء مساء الأحد، ما أدى إلى إصابة مدني.")[0]["location"] == "Samarra district"


# --- 'الناحية' told again for an incident in passing: the sub-district named before, even in no list ---

@pytest.mark.parametrize("text, place", [
    ("قصفت طائرة مسيرة تركية، مساء السبت، سيارة على طريق قرية كلي رش في ناحية ديرلوك، ما أدى إلى مقتل شخصين. "
     "وكانت المدفعية التركية قد قصفت الشهر الماضي أطراف الناحية دون وقوع إصابات.", "ديرلوك"),
    ("قتل شخصان بقصف تركي على قرية في ناحية ديرلوك مساء السبت. وكانت الناحية قد شهدت قصفا مماثلا أوائل الشهر "
     "الماضي أسفر عن إصابة راع.", "ديرلوك"),
    ("أصيب جنديان بانفجار عبوة في ناحية الرشاد مساء السبت. وكانت الناحية قد شهدت هجوما مماثلا الشهر الماضي أسفر "
     "عن مقتل راع.", "Al-Rashad"),
])
def test_the_sub_district_told_again_is_the_one_named_before(text, place):
    assert drafted(text)[-1]["location"].startswith(place)


# --- 'محور كرميان': a front named by its area, in no list, is the place ---

@pytest.mark.parametrize("text, place", [
    ("أعلنت قوات البيشمركة، الجمعة، إصابة اثنين من مقاتليها بجروح إثر انفجار عبوة ناسفة استهدفت دورية لها في محور "
     "كرميان، من دون أن تحدد موقع الانفجار بدقة.", "كرميان"),
    ("صدت قوات البيشمركة هجوما لداعش في محور كرميان فجر الأحد، ما أسفر عن إصابة مقاتل.", "كرميان"),
    ("قتل اثنان من البيشمركة بهجوم لداعش على موقع في محور مخمور مساء السبت.", "Makhmur"),
])
def test_a_front_named_by_its_area_is_the_place(text, place):
    assert drafted(text)[0]["location"] == place


def test_a_front_told_by_its_direction_is_no_name():
    location = drafted("أصيب جندي بانفجار عبوة في المحور الجنوبي لقضاء مخمور مساء السبت.")[0]["location"]
    assert location.startswith("Makhmour")


# --- a day told of what followed the event (an inquiry, a trial, a burial), then the event's own earlier date ---

@pytest.mark.parametrize("text, month", [
    ("Police on Monday identified the gunmen who killed a farmer in Yengija in early December.", "2023-12"),
    ("Investigators on Monday exhumed the body of a shepherd killed near Daquq in mid-December.", "2023-12"),
    ("The court on Monday sentenced two men for the killing of a farmer near Daquq late last month.", "2023-12"),
    ("طالبت عائلة مزارع، اليوم الاثنين، بكشف قتلة ابنها الذي قتل في قرية ينكجة أواخر الشهر الماضي.", "2023-12"),
    ("Residents on Monday buried a farmer who died of wounds from an attack near Daquq on 20 December.", "2023-12-20"),
])
def test_the_events_own_date_told_after_the_day_of_what_followed(text, month):
    assert drafted(text)[0]["event_date"].startswith(month)


@pytest.mark.parametrize("text", [
    # the day told of the violence itself, and the start of a period compared against
    "On Monday, a bomb killed two soldiers near Daquq, where a similar attack killed three in mid-December.",
    "A bomb on Monday killed two soldiers near Daquq, where a similar attack killed three in mid-December.",
    "Gunmen on Monday killed a farmer in Daquq, the second attack since early December.",
    # a protest over an earlier killing is an event of its own
    "Protesters on Monday blocked the road near Daquq to denounce the killing of a farmer in mid-December.",
    "تظاهر العشرات، الاثنين، في داقوق احتجاجا على مقتل مزارع أواخر الشهر الماضي.",
])
def test_the_day_of_the_violence_or_of_a_protest_stays(text):
    assert drafted(text)[0]["event_date"] == "2024-01-22"


# --- a district or a sub-district, then the town that names its governorate: the unit ---

@pytest.mark.parametrize("text, unit", [
    ("Statement: On Monday, a force of the Federal Police thwarted an attack by Daesh terrorist gangs on a checkpoint "
     "in Rashad sub-district, Kirkuk. Two members of the force were martyred and one wounded.", "Al-Rashad"),
    ("Gunmen attacked a checkpoint in Daquq district, Kirkuk, on Monday, killing two policemen.", "Daquq district"),
    ("Gunmen attacked a checkpoint in Daquq district of Kirkuk on Monday, killing two policemen.", "Daquq district"),
    ("A bomb exploded in Makhmour district, Erbil, on Monday, killing a shepherd.", "Makhmour district"),
    ("قتل شرطيان بهجوم على نقطة تفتيش في ناحية الرشاد، كركوك، مساء الأحد.", "Al-Rashad"),
])
def test_a_unit_then_the_town_of_its_governorate_is_the_unit(text, unit):
    assert drafted(text)[0]["location"].startswith(unit)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint in Kirkuk on Monday, killing two policemen, and fled towards Daquq district.",
    "قتل شرطيان بهجوم على نقطة تفتيش في كركوك مساء الأحد.",
])
def test_the_town_alone_stays_the_town(text):
    assert drafted(text)[0]["location"] == "Kirkuk"


# --- a Kurdish name typed with 'ە' as 'ه' and a space ('ره ش' for 'ڕەش'): the short pieces are the name's ---

@pytest.mark.parametrize("text, name", [
    ("قال مختار قرية كوردة ره ش التابعة لناحية قره تبه إن مسلحين هاجموا القرية مساء الثلاثاء وأحرقوا منزلين.",
     "كوردة ره ش"),
    ("قتل راع بانفجار لغم في قرية كانى ره ش قرب كفري مساء الأحد.", "كانى ره ش"),
])
def test_a_kurdish_name_typed_apart_is_one_name(text, name):
    assert drafted(text)[0]["location"].startswith(name + " (")


@pytest.mark.parametrize("text, name", [
    ("قتل راع بانفجار لغم في قرية دارة في ناحية قره تبه مساء الأحد.", "دارة"),
    ("قتل راع بانفجار لغم في قرية زرده مساء الأحد.", "زرده"),
])
def test_a_name_then_a_short_word_keeps_the_name(text, name):
    assert drafted(text)[0]["location"].split(" (")[0] == name


# --- a part of last month: 'late last month', 'in the middle of last month' ---

@pytest.mark.parametrize("text, first, last", [
    ("A farmer was shot dead in the village of Yengija late last month, relatives told Rudaw on Monday.",
     "2023-12-21", "2023-12-31"),
    ("A farmer was shot dead in Yengija early last month.", "2023-12-01", "2023-12-10"),
    ("A farmer was shot dead in Yengija in the middle of last month.", "2023-12-11", "2023-12-20"),
    ("A farmer was shot dead in Yengija at the end of last month.", "2023-12-21", "2023-12-31"),
    ("A farmer was shot dead in Yengija last month.", "2023-12-01", "2023-12-31"),
])
def test_a_part_of_last_month(text, first, last):
    fields = drafted(text)[0]
    assert (fields["date_start"], fields["date_end"], fields["time_precision"]) == (first, last, 3)


@pytest.mark.parametrize("text, first, last", [
    ("قتل مزارع برصاص مسلحين في قرية ينكجة أواخر الشهر الماضي.", "2023-12-21", "2023-12-31"),
    ("قتل مزارع برصاص مسلحين في قرية ينكجة منتصف الشهر الماضي.", "2023-12-11", "2023-12-20"),
    ("قتل مزارع برصاص مسلحين في قرية ينكجة الشهر الماضي.", "2023-12-01", "2023-12-31"),
])
def test_a_part_of_last_month_in_arabic(text, first, last):
    fields = drafted(text)[0]
    assert (fields["date_start"], fields["date_end"], fields["time_precision"]) == (first, last, 3)
