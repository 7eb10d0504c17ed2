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

_MAKHMUR_CAMP = "قُتلت ثلاث نساء بقصف لطائرة مسيّرة تركية استهدف مخيم مخمور للاجئين، مساء الأحد.\n"
_TAZA = "اغتال مسلحون مجهولون، مساء الأحد، مختار أحد أحياء ناحية تازة خورماتو جنوب كركوك.\n"


@pytest.mark.parametrize("first, second, place", [
    (_MAKHMUR_CAMP, "وكانت المسيرات التركية قد قصفت المخيم ذاته في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.",
     "Makhmur camp"),
    (_MAKHMUR_CAMP, "وكانت المسيرات التركية قد قصفت نفس المخيم في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.",
     "Makhmur camp"),
    (_MAKHMUR_CAMP, "وكان قصف مماثل قد استهدف الحي نفسه في كانون الثاني الماضي، ما أدى إلى إصابة طفلين.", "Makhmur camp"),
    # 'in the sub-district' told again with a time after it
    (_TAZA, "وكان مختار آخر قد اغتيل في الناحية أوائل كانون الثاني/يناير الماضي.", "Taza Khormato sub-district"),
    (_TAZA, "وكان مختار آخر قد اغتيل داخل الناحية الشهر الماضي.", "Taza Khormato sub-district"),
])
def test_the_same_camp_quarter_or_sub_district_is_the_place_told_before(first, second, place):
    main, before = drafted(first + second)
    assert main["location"] == before["location"] == place


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


# --- dates in figures: ISO, year first, two-digit years, hyphens, Arabic-Indic digits ----------------

@pytest.mark.parametrize("text", [
    "The attack took place on 2025-02-16 near Tarmiyah.",
    "قتل مدني بتاريخ 2025/2/16 بانفجار عبوة ناسفة.",
    "قتل مدني في ١٦/٢/٢٠٢٥ بانفجار عبوة ناسفة.",
    "قتل مدني في 16-2-2025 بانفجار عبوة ناسفة.",
    "On 16/02/25, an IED struck an IA vehicle.",
    "قتل مدني بتاريخ 16 / 2 / 2025 بانفجار عبوة ناسفة.",
])
def test_a_date_in_figures_in_the_forms_outlets_use(text):
    assert [d[1:] for d in dates(text)] == [("2025-02-16", DAY)]


@pytest.mark.parametrize("text", [
    "The plugin version 2.10.24 was released.",
    "Call the hotline on 0770-123-4567.",
    "The road between kilometres 12-3 and 12-9 was closed in 2023-2024.",
])
def test_figures_that_are_no_date(text):
    assert dates(text) == []


# --- parts of a month and of the report's week, and counts of days -----------------------------------

@pytest.mark.parametrize("text, start, end, precision", [
    ("During the first week of February, three attacks were recorded.", "2025-02-01", "2025-02-07", WEEK),
    ("In the second half of January 2025, three attacks were recorded.", "2025-01-16", "2025-01-31", MONTH),
    ("قتل مدني خلال الأسبوع الأول من شباط بانفجار عبوة.", "2025-02-01", "2025-02-07", WEEK),
    ("قتل مدني في النصف الثاني من كانون الثاني الماضي بانفجار عبوة.", "2025-01-16", "2025-01-31", MONTH),
    ("قتل مدني مطلع الأسبوع الجاري بانفجار عبوة.", "2025-02-17", "2025-02-18", WEEK),
    ("قتل مدني خلال هذا الأسبوع بانفجار عبوة.", "2025-02-17", "2025-02-18", WEEK),
])
def test_a_part_of_a_month_or_of_this_week(text, start, end, precision):
    (mention,) = find_dates(text, TUESDAY)
    assert (mention.date_start.isoformat(), mention.date_end.isoformat(), mention.time_precision) == (
        start, end, precision)


@pytest.mark.parametrize("text, day", [
    ("Two days prior, a bomb exploded near Tarmiyah.", "2025-02-16"),
    ("A fortnight ago, a bomb exploded near Tarmiyah.", "2025-02-04"),
    ("قتل مدني قبل 3 أيام بانفجار عبوة.", "2025-02-15"),
    ("قتل مدني قبل عشرة أيام بانفجار عبوة.", "2025-02-08"),
])
def test_days_counted_back(text, day):
    assert [d[1] for d in dates(text)] == [day]


@pytest.mark.parametrize("text", [
    "قتل مدني ليل السبت - الأحد بانفجار عبوة.",
    "قتل مدني ليلة السبت/الأحد بانفجار عبوة.",
    "قتل مدني ليلة السبت على الأحد بانفجار عبوة.",
])
def test_the_night_from_one_day_to_the_next_in_any_spelling(text):
    (mention,) = find_dates(text, TUESDAY)
    assert (mention.event_date.isoformat(), mention.date_end.isoformat()) == ("2025-02-15", "2025-02-16")


def test_the_night_of_a_day_alone_is_that_days_night():
    """'ليلة الأحد' alone: Sunday night, as Iraqi outlets write it and as every blind writer of the corpus read it
    (parts Q and Z2, 13 reports); the night from Saturday is written 'ليلة السبت على الأحد'."""
    (mention,) = find_dates("قتل مدني ليلة الأحد بانفجار عبوة.", TUESDAY)
    assert (mention.event_date.isoformat(), mention.date_end.isoformat()) == ("2025-02-16", "2025-02-17")


# --- a quarter of a town, and a name in no list before the known place it lies in ----------------------

@pytest.mark.parametrize("text, name", [
    ("A bomb killed two people in the Wahid Huzairan neighbourhood of Kirkuk on Sunday.", "Wahid Huzairan"),
    ("A bomb killed two people in Kirkuk's Domiz quarter on Sunday.", "Domiz"),
    ("A bomb killed two people in the neighbourhood of Domiz in Kirkuk on Sunday.", "Domiz"),
    ("Gunmen killed a shepherd in Tal al-Ward, a village south of Kirkuk, on Sunday.", "Tal al-Ward"),
    ("Gunmen killed a shepherd on Sunday in Daquq's Tal al-Ward village.", "Tal al-Ward"),
    ("Gunmen killed a shepherd on Sunday at Tal al-Ward, Daquq.", "Tal al-Ward"),
    ("Gunmen killed a shepherd on Sunday in Tal al-Ward, Daquq district.", "Tal al-Ward"),
    ("قتل راع برصاص مسلحين في تل الورد جنوب داقوق مساء الأحد.", "تل الورد"),
    ("قتل راع برصاص مسلحين قرب عين ليلة في ناحية الرشاد مساء الأحد.", "عين ليلة"),
])
def test_the_quarter_or_the_village_before_the_town_it_lies_in(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name), draft["location"]


@pytest.mark.parametrize("text, place", [
    ("Protesters gathered in Nasiriyah, Baghdad and Kirkuk on Sunday after a bomb killed two people.", "Kirkuk"),
    ("A bomb killed two people in Kirkuk, Iraq, on Sunday.", "Kirkuk"),
    ("قتل مدني بانفجار عبوة في كركوك مساء الأحد.", "Kirkuk"),
])
def test_a_list_of_towns_or_a_country_after_the_town_names_no_village(text, place):
    (draft,) = drafted(text)
    assert draft["location"] == place


# --- a town that names a road is not where the event was -------------------------------------------------

@pytest.mark.parametrize("text", [
    "An IED exploded on Sunday on the road between Kirkuk and Tuz Khurmatu near Taza, wounding two soldiers.",
    "An IED exploded on Sunday on the Kirkuk - Baghdad highway near Taza, wounding two soldiers.",
    "An IED exploded on Sunday on the Kirkuk-Baghdad road near Taza, wounding two soldiers.",
    "أصيب جنديان بانفجار عبوة ناسفة على طريق كركوك - بغداد قرب ناحية تازة مساء الأحد.",
    "أصيب جنديان بانفجار عبوة ناسفة على الطريق الرابط بين كركوك وتكريت قرب ناحية تازة مساء الأحد.",
])
def test_the_place_the_road_passes_wins_over_the_towns_it_is_named_after(text):
    (draft,) = drafted(text)
    assert draft["location"] == "Taza Khormato sub-district"


@pytest.mark.parametrize("text, road", [
    ("Gunmen abducted a truck driver on Sunday on the road between Khanaqin and Jalawla, Diyala.",
     "Khanaqin–Jalawla road"),
    ("Police in Kirkuk found the body of a shot man on Sunday on the road between Kirkuk and Laylan.",
     "Kirkuk–Laylan road"),
    ("An IED exploded on Sunday on the Kirkuk-Baghdad highway, wounding two soldiers.", "Kirkuk–Baghdad road"),
    ("أصيب جنديان بانفجار عبوة ناسفة على طريق كركوك - بغداد مساء الأحد.", "طريق كركوك – بغداد"),
    ("أصيب جنديان بانفجار عبوة ناسفة على الطريق بين قرة تبة وجلولاء مساء الأحد.", "طريق قرة تبة – جلولاء"),
    ("أصيب أربعة شرطة بانفجار عبوة على طريق داقوق – طوزخورماتو مساء الأحد، ويتلقون العلاج في مستشفى كركوك العام.",
     "طريق داقوق – طوزخورماتو"),
])
def test_with_no_other_place_the_road_is_the_place_at_its_first_town(text, road):
    (draft,) = drafted(text)
    assert (draft["location"], draft["geo_precision"]) == (road, 2)


# --- where the source or the hospital is, not the event ----------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("أفاد مصدر أمني في كركوك، اليوم الثلاثاء، بانفجار عبوة ناسفة استهدفت دورية في ناحية الرشاد.", "Al-Rashad"),
    ("أعلن مرصد حقوقي محلي في كركوك أن مسلحين اختطفوا سبعة عمال قرب ناحية تازة فجر السبت.", "Taza"),
    ("قال مسؤول محلي في كركوك إن عبوة انفجرت في ناحية الرشاد مساء الأحد دون إصابات.", "Al-Rashad"),
    ("A roadside bomb wounded two soldiers in Daquq on Sunday; they were treated at Kirkuk General Hospital.",
     "Daquq"),
    ("أصيب جنديان بانفجار عبوة في داقوق مساء الأحد، ونقلا إلى مستشفى كركوك العام.", "Daquq"),
])
def test_the_source_or_the_hospital_in_a_town_does_not_place_the_event(text, place):
    (draft,) = drafted(text)
    assert draft["location"].startswith(place), draft["location"]


def test_a_source_telling_of_an_event_in_a_town_still_places_it_there():
    (draft,) = drafted("قال مصدر أمني إن انفجاراً في كركوك أسفر عن مقتل مدني مساء الأحد.")
    assert draft["location"] == "Kirkuk"


# --- two-word Arabic village names before the place they lie in ---------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("قتل ثلاثة مقاتلين بهجوم قرب قرية بانه خيلان في قضاء خانقين مساء الأحد.", "بانه خيلان"),
    ("اختطف مسلحون شقيقين من قرية يني جه التابعة لقضاء طوزخورماتو ليلة أمس.", "يني جه"),
    ("أصيب أربعة مزارعين بشجار في قرية تالة بان التابعة لناحية سركران عصر الأحد.", "تالة بان"),
    ("قتل راع بانفجار لغم في قرية كاني ماسي شمال دهوك مساء الأحد.", "كاني ماسي"),
])
def test_a_two_word_village_name_before_where_it_lies(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name + " ("), draft["location"]


def test_the_means_of_the_event_is_no_second_name():
    (draft,) = drafted("قتل راع في قرية دارا بهجوم في قضاء داقوق مساء الأحد.")
    assert draft["location"].startswith("دارا (")


# --- a province opening the sentence frames it; the place in it says where ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("In Kirkuk, troops killed two terrorists in an ambush in Wadi al-Shay at dawn today.", "Wadi al-Shay"),
    ("1. In Kirkuk, gunmen killed a shepherd in the village of Dara on Sunday.", "Dara"),
    ("وفي كركوك، قتل مسلحون راعياً في قرية دارا مساء الأحد.", "دارا"),
])
def test_the_province_that_opens_the_sentence_frames_the_place(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name), draft["location"]


def test_a_province_opening_a_sentence_with_no_other_place_is_the_place():
    (draft,) = drafted("In Kirkuk, gunmen killed a shepherd on Sunday.")
    assert (draft["location"], draft["geo_precision"]) == ("Kirkuk", 1)


# --- a matter named after a place is no place of the event ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Clashes broke out in Snuny on Tuesday between the army and the YBS, the latest since the 2020 Sinjar agreement.",
    "Clashes broke out in Snuny on Tuesday, reopening the Sinjar file.",
    "اندلعت اشتباكات في سنوني يوم الثلاثاء، هي الأولى منذ توقيع اتفاق سنجار.",
])
def test_an_agreement_or_a_file_named_after_a_town_is_no_place(text):
    (draft,) = drafted(text)
    assert draft["location"] == "Al-Shamal sub-district"


# --- the same market: the place told before -----------------------------------------------------------------------

@pytest.mark.parametrize("second", [
    "Last month, a sticky bomb attached to a car in the same market killed a shopkeeper.",
    "Last month, gunmen shot dead a shopkeeper at the same checkpoint.",
])
def test_the_same_market_or_checkpoint_is_the_place_told_before(second):
    first, before = drafted("A bomb killed four people at a market in Tuz Khurmatu on Saturday.\n" + second)
    assert first["location"] == before["location"] == "Tuz Khurmatu"


# --- a settlement says more than the area told with it; where people fled is no event place ------------------

@pytest.mark.parametrize("text, name", [
    ("A Turkish drone strike on a vehicle in the Sidakan area killed three people on Monday. The car was hit on the "
     "road just outside the village of Rezan, the mayor said.", "Rezan"),
    ("Three PKK fighters were killed in a strike in the Qandil mountains on Monday near Zargali village.", "Zargali"),
    ("A man was shot dead by unidentified gunmen on 29 May near the complex of Tel Qasab in Sinjar district.",
     "Tel Qasab"),
    ("A Turkish drone struck a car in Khanasor sub-district, Sinjar, on Monday, killing two YBS members.", "Khanasor"),
])
def test_the_settlement_where_the_event_was(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name), draft["location"]


def test_the_villages_people_fled_are_no_event_place():
    (draft,) = drafted("Turkish airstrikes hit houses in Sidakan sub-district, Soran district, on Monday, killing "
                       "three civilians. Some 40 families have left the villages of Razga and Shekh Wasan.")
    assert draft["location"].startswith("Sidakan"), draft["location"]


# --- a report that says it does not know when: no date ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The body of a man bearing gunshot wounds was found in an orchard near Dibis, police said on Friday, without "
    "saying when he had been killed.",
    "Partners report an armed attack on the village of Kesar, west of Tal Afar, in which civilians were killed. The "
    "date of the attack could not be confirmed. Partners distributed shelter kits on 16 February.",
    "عثرت الشرطة على جثة رجل مجهول الهوية في بستان قرب داقوق، بحسب ما أفاد مصدر أمني اليوم الثلاثاء، دون أن يحدد "
    "موعد مقتله.",
])
def test_no_date_when_the_report_says_it_is_unknown(text):
    (draft,) = drafted(text)
    assert draft.get("event_date") is None


def test_the_day_a_statement_was_made_still_dates_an_event_told_without_a_day():
    (draft,) = drafted("The body of a man bearing gunshot wounds was found in an orchard near Dibis, police said on "
                       "Friday.")
    assert draft["event_date"] == "2025-02-14"


# --- the date of the report in its title is no event date ---------------------------------------------------

@pytest.mark.parametrize("title", [
    "Iraq: Flash Update – Tal Afar district (16 February 2025)",
    "Iraq: Flash Update No. 1 – Cross-border strikes (as of 16 February 2025)",
])
def test_the_date_in_the_title_dates_the_report(title):
    (draft,) = drafted(title + "\nPartners report an armed attack on the village of Kesar, west of Tal Afar, in which "
                       "two civilians were reportedly killed.")
    assert draft.get("event_date") is None


def test_a_dated_event_in_the_first_line_keeps_its_date():
    (draft,) = drafted("Two civilians were killed in an attack on Kesar, west of Tal Afar (16 February 2025), "
                       "partners said.")
    assert draft["event_date"] == "2025-02-16"


# --- a whole week or month framing the incident, then its day ------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("In January, the Office received reports of six abductions in Kirkuk. In the most serious case, on 18 January, "
     "three men were taken from their home in the village of Albu Hamdan, near Hawija, by armed men.", "2025-01-18"),
    ("UNAMI welcomes the release of four aid workers abducted last week in Salah al-Din. They were seized on "
     "12 February by armed men near Tuz Khurmatu.", "2025-02-12"),
    ("Civilian casualty update, January 2025. On 4 January, unidentified gunmen shot dead a Yazidi man outside his "
     "home in Khanasor, Sinjar district.", "2025-01-04"),
])
def test_the_day_told_within_the_framing_period(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_part_of_a_month_stays_when_a_later_day_tells_something_else():
    (draft,) = drafted("Gunmen abducted a shepherd near Tuz Khurmatu in early January. His body was found on "
                       "8 January.")
    assert draft["time_precision"] == MONTH


def test_the_sub_district_with_an_adjective_is_another_place():
    (draft,) = drafted("اغتال مسلحون مجهولون، مساء الأحد، مختاراً في المدينة القديمة.")
    assert draft.get("location") is None


def test_a_road_named_after_a_sub_district_town_is_the_place():
    (draft,) = drafted("عثر على جثة امرأة مساء الأحد قرب الطريق العام بين قره قوش وبرطلة.")
    assert draft["location"] == "طريق قره قوش – برطلة"


def test_a_night_across_two_days_is_the_first_day_and_no_count():
    (draft,) = drafted("A Yazidi man was shot dead on the night of 15-16 February in the Sinuni area.")
    assert (draft["event_date"], draft["time_precision"], draft["date_end"]) == ("2025-02-15", DAY, "2025-02-16")
    assert draft["fatalities"] == 1


def test_a_road_between_two_sub_districts_is_named_by_them():
    (draft,) = drafted("أصيب جنديان بانفجار عبوة ناسفة على الطريق الرابط بين ناحيتي العباسي والرياض، مساء الأحد.")
    assert draft["location"] == "طريق العباسي – الرياض"


# --- a wire's dateline dates the filing, not the event ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "BAGHDAD, Feb 18 (Reuters) - A roadside bomb killed two soldiers near Tarmiyah on Monday, police said.",
    "ERBIL, Iraq, Feb. 18 (Xinhua) -- A roadside bomb killed two soldiers near Tarmiyah on Monday, police said.",
    "بغداد 18 شباط (رويترز) - قتل جنديان بانفجار عبوة ناسفة قرب الطارمية يوم الاثنين.",
])
def test_the_date_of_a_wire_dateline_is_the_filing_day(text):
    (draft,) = drafted(text)
    assert draft["event_date"] == "2025-02-17"


def test_a_bulletin_line_opening_with_its_date_keeps_it():
    (draft,) = drafted("INSO ALERT 16/02/2025 - Diyala: IED detonation against a PMF vehicle near Jalawla; 1 PMF "
                       "member killed, 2 injured.")
    assert draft["event_date"] == "2025-02-16"


def test_a_road_of_unlisted_towns_in_the_district_of_the_lead():
    (draft,) = drafted("A Turkish drone strike on a vehicle in Iraq's Sinjar district on Monday killed three people, "
                       "security sources said.\nThe strike hit the car on the road between Sinun and Khanasor.")
    assert draft["location"] == "Sinun–Khanasor road (Sinjar district)"


# --- offices, institutions, agencies' datelines and containers do not place the event ------------------------

@pytest.mark.parametrize("text, place", [
    ("أعلنت وزارة الدفاع، الثلاثاء، مقتل «والي كركوك» في تنظيم داعش بعملية إنزال جوي في جبال حمرين فجر الأحد.",
     "Hamreen sub-district"),
    ("خرج مئات من أهالي قضاء الحويجة، الأحد، في مظاهرة احتجاجية على انقطاع الكهرباء، وطالبوا الحكومة المحلية في "
     "كركوك بتحسين الخدمات.", "Al-Hawiga district"),
    ("Our forces in Kirkuk Police Command arrested a wanted terrorist in the Hawija district on Monday.",
     "Al-Hawiga district"),
    ("On Sunday, an attack on an army checkpoint in the Snuny sub-district of Sinjar left two soldiers dead.",
     "Al-Shamal sub-district"),
    ("عاجل | مقتل منتسب وإصابة آخر بهجوم لداعش على نقطة للجيش في قضاء الدبس بكركوك", "Dibis district"),
])
def test_offices_institutions_and_containers_are_no_event_place(text, place):
    (draft,) = drafted(text)
    assert draft["location"] == place


def test_an_agency_before_the_dateline_and_a_valley_with_its_preposition():
    (draft,) = drafted("واع - كركوك: أعلنت قيادة العمليات، الأحد، قتل إرهابيين اثنين في عملية نوعية نُفذت اليوم "
                       "بوادي الشاي.")
    assert draft["location"].startswith("وادي الشاي")


# --- a breaking-news item with no date happened on the day it was published ----------------------------------

@pytest.mark.parametrize("text", [
    "عاجل | انفجار عبوة ناسفة على طريق كركوك - تكريت قرب ناحية الرشاد دون إصابات",
    "⚡️ عاجل | وزارة الداخلية: استشهاد ضابط وإصابة ثلاثة منتسبين بهجوم على مفرزة للشرطة في قضاء طوزخورماتو",
    "BREAKING: A roadside bomb killed two soldiers near Tarmiyah, security sources say.",
])
def test_breaking_news_without_a_date_is_of_its_day(text):
    (draft,) = drafted(text)
    assert draft["event_date"] == TUESDAY.isoformat()


@pytest.mark.parametrize("text", [
    "عاجل | ارتفاع حصيلة هجوم داعش على نقطة الجيش في الدبس إلى قتيلين بعد وفاة الجريح متأثراً بجراحه",
    "A roadside bomb killed two soldiers near Tarmiyah, security sources say.",
])
def test_a_toll_risen_or_an_item_with_no_marker_gets_no_date(text):
    (draft,) = drafted(text)
    assert draft.get("event_date") is None


# --- a facility named after its place; the first of several areas; 'منطقتي X وY' -----------------------------

@pytest.mark.parametrize("text, name", [
    ("Two drones attacked the Khor Mor gas field in the Kurdistan region late on Monday, causing a fire.",
     "Khor Mor"),
    ("Rockets struck the Ain al-Asad air base on Monday, wounding two contractors.", "Ain al-Asad"),
    ("Turkey launched air strikes in the Metina, Zap and Avashin-Basyan regions on Monday, killing 19 militants.",
     "Metina"),
    ("قتل سبعة مسلحين بغارات جوية على منطقتي متينا وغارا يوم الاثنين.", "متينا"),
])
def test_a_facility_or_the_first_of_several_areas(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name), draft["location"]


def test_the_day_the_authorities_announced_at_the_end_of_the_sentence_is_the_statement_day():
    (draft,) = drafted("ارتفعت حصيلة القصف الذي استهدف مصيفاً في قرية كاني بيري ظهر الاثنين إلى ستة قتلى، بحسب ما "
                       "أعلنت السلطات المحلية، الثلاثاء.")
    assert draft["event_date"] == "2025-02-17"


# --- the day an event is named by; after midnight of a night ----------------------------------------------

@pytest.mark.parametrize("text", [
    "The Joint Operations Command on Tuesday revised the toll of Sunday's ISIS attack near Tarmiyah to three dead.",
    "Police on Tuesday arrested two suspects in Sunday's bombing of a market in Tuz Khurmatu that killed four.",
])
def test_the_day_that_names_the_event_wins_over_the_day_of_the_news(text):
    assert drafted(text)[0]["event_date"] == "2025-02-16"


def test_after_midnight_of_a_night_is_the_second_day():
    (draft,) = drafted("استشهد مدني بقصف مدفعي طال قرية ديلزي، بعد منتصف ليلة السبت على الأحد.")
    assert draft["event_date"] == "2025-02-16"
    (draft,) = drafted("استشهد مدني بقصف مدفعي طال قرية ديلزي، ليلة السبت على الأحد.")
    assert (draft["event_date"], draft["date_end"]) == ("2025-02-15", "2025-02-16")


def test_a_wire_dateline_with_its_country_places_no_event():
    (draft,) = drafted("KIRKUK, Iraq, Feb 18 (Reuters) - Gunmen killed two police officers at a checkpoint on the "
                       "road between Daquq and Tuz Khurmatu late on Monday, security sources said.")
    assert (draft["location"], draft["event_date"]) == ("Daquq–Tuz Khurmatu road", "2025-02-17")


@pytest.mark.parametrize("text, place", [
    ("Iraqi jets struck an ISIS hideout in the Hamrin mountains, between Kirkuk and Salahuddin, on Sunday, killing "
     "four.", "Hamreen sub-district"),
    ("Kirkuk: On 16 February, armed men abducted a truck driver on the road near Dibis.", "Dibis district"),
])
def test_places_the_event_lies_between_or_a_line_label_frame_it(text, place):
    (draft,) = drafted(text)
    assert draft["location"] == place


@pytest.mark.parametrize("text, name", [
    ("قتل راع بانفجار لغم قرب خانصور.", "خانصور"),
    ("أودت غارة تركية بحياة قيادي في الوحدات قرب كرسي، مساء الأحد.", "كرسي"),
])
def test_a_name_in_no_list_right_after_near_at_the_end_of_the_clause(text, name):
    (draft,) = drafted(text)
    assert draft["location"].startswith(name)


@pytest.mark.parametrize("text", [
    "قتل راع بانفجار لغم قرب منزله، مساء الأحد.",
    "قتل راع بانفجار لغم قرب مدخل القرية، مساء الأحد.",
])
def test_a_common_noun_after_near_is_no_place(text):
    (draft,) = drafted(text)
    assert draft.get("location") is None


def test_days_after_an_event_told_with_its_pronoun():
    (draft,) = drafted("أفاد مصدر في الشرطة، اليوم الثلاثاء، بالعثور على جثة شاب مقتولاً بطلق ناري في قرية تابعة لقضاء "
                       "الحمدانية، بعد يومين من اختطافه على يد مجهولين.")
    assert draft["event_date"] == "2025-02-16"
    (draft,) = drafted("أفاد مصدر في الشرطة، اليوم الثلاثاء، بالعثور على جثة شاب مقتولاً بطلق ناري في قرية تابعة لقضاء "
                       "الحمدانية، بعد يومين من البحث عنه.")
    assert draft["event_date"] == "2025-02-18"
