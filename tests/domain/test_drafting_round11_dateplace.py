"""Drafting rules of round 11 (issue 15), dates and places in English and Arabic: each general class with
paraphrases that must trigger it and near misses that must not."""

import re
from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 1, 23)  # a Tuesday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- 'منطقة مفتوحة', 'منطقة صحراوية': the kind of area, not its name ---

@pytest.mark.parametrize("text, place", [
    ("سقط صاروخ كاتيوشا مساء الأحد في منطقة مفتوحة قرب مطار كركوك دون إصابات.", "كركوك"),
    ("انفجرت عبوة ناسفة في منطقة صحراوية جنوب قضاء بيجي مساء الأحد، ما أدى إلى إصابة راعٍ.", "بيجي"),
    ("قتل جندي بهجوم لمسلحين مجهولين في منطقة جبلية وعرة قرب قضاء طوزخورماتو فجر الاثنين.", "طوزخورماتو"),
    ("سقطت قذيفة هاون في منطقة خالية قرب ناحية العظيم مساء الأحد دون إصابات.", "العظيم"),
])
def test_an_area_told_by_its_kind_is_no_village(text, place):
    location = drafted(text)[0]["location"]
    assert not any(word in location for word in ("مفتوحة", "صحراوية", "جبلية", "خالية")), location


@pytest.mark.parametrize("text, village", [
    # near misses: a real name after 'منطقة' stays the place
    ("سقطت قذيفة هاون في منطقة كوله جو قرب داقوق مساء الأحد دون إصابات.", "كوله جو"),
    ("قتل راعٍ بانفجار لغم في منطقة الزركة جنوب الحويجة مساء الأحد.", "الزركة"),
])
def test_a_named_area_stays_the_place(text, village):
    assert drafted(text)[0]["location"].startswith(village)


# --- 'الطريق الرابط بين كركوك وقضاء الدبس': the road between two towns, one with its unit word ---

@pytest.mark.parametrize("text, towns", [
    ("عثرت الشرطة مساء الأحد على جثة رجل على الطريق الرابط بين كركوك وقضاء الدبس.", ("كركوك", "الدبس")),
    ("أصيب شرطيان بانفجار عبوة ناسفة على الطريق بين قضاء داقوق وناحية تازة مساء الأحد.", ("داقوق", "تازة")),
    ("قتل سائق برصاص مجهولين على الطريق الرابط بين مدينة كركوك وناحية ليلان فجر الاثنين.", ("كركوك", "ليلان")),
    ("انفجرت عبوة على الطريق العام بين ناحية العباسي وقضاء الحويجة مساء الأحد دون إصابات.", ("العباسي", "الحويجة")),
])
def test_a_road_between_towns_is_named_by_the_towns_not_their_unit_words(text, towns):
    location = drafted(text)[0]["location"]
    assert not re.search(r"[–-]\s*(?:قضاء|ناحية|مدينة)\s*$", location), location
    assert any(town in location for town in towns), location


# --- a later death of wounds from an attack told with its own earlier day: the attack's day (Arabic too) ---

@pytest.mark.parametrize("text, day", [
    ("توفي، اليوم الثلاثاء، شاب متأثراً بجروحه التي أصيب بها برصاص مسلحين مجهولين في داقوق مساء الجمعة الماضي.",
     "2024-01-19"),
    ("فارق الحياة، اليوم الثلاثاء، شرطي متأثراً بإصابته بانفجار عبوة ناسفة في الحويجة يوم الأحد.", "2024-01-21"),
    ("توفيت امرأة اليوم الثلاثاء متأثرة بجراح أصيبت بها بقصف على قرية قرب سنجار مساء السبت.", "2024-01-20"),
    ("A farmer died on Tuesday of wounds he sustained when gunmen attacked his village near Daquq on Sunday.",
     "2024-01-21"),
])
def test_a_death_of_wounds_is_dated_by_the_attack(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # near misses: a death with no earlier day told, or an attack told on the day it killed
    ("توفي، اليوم الثلاثاء، شاب متأثراً بجروحه التي أصيب بها برصاص مسلحين مجهولين في داقوق.", "2024-01-23"),
    ("قتل مسلحون مجهولون، مساء الأحد، شاباً في داقوق، وأصيب شقيقه بجروح.", "2024-01-21"),
])
def test_a_death_with_no_earlier_day_keeps_its_own(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- a statement that condemns the event, on the day after it: the event's day ---

@pytest.mark.parametrize("text, day", [
    ("أدانت وزارة الخارجية، اليوم الثلاثاء، القصف التركي الذي استهدف مصيفاً في ناحية باطوفة، أمس الاثنين، "
     "وأسفر عن مقتل ثلاثة مدنيين.", "2024-01-22"),
    ("استنكرت حكومة الإقليم، اليوم الثلاثاء، الهجوم الذي استهدف نقطة للبيشمركة قرب مخمور مساء الأحد وأسفر عن "
     "إصابة جنديين.", "2024-01-21"),
    ("The foreign ministry on Tuesday condemned a Turkish drone strike that killed two people near Sinjar on Sunday.",
     "2024-01-21"),
    ("Baghdad condemned on Tuesday the shelling that wounded three shepherds near Zakho on Monday.", "2024-01-22"),
])
def test_the_day_a_statement_condemns_the_event_is_not_its_day(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_condemned_event_with_no_day_of_its_own_keeps_the_statements():
    text = "أدانت وزارة الخارجية، اليوم الثلاثاء، القصف التركي على قرية في قضاء زاخو وأسفر عن إصابة راعيين."
    assert drafted(text)[0]["event_date"] == "2024-01-23"


# --- a span of days across two months frames a summary: a weekday within it ---

SUMMARY_PUBLISHED = date(2024, 9, 2)  # a Monday


@pytest.mark.parametrize("text, day", [
    ("الملخص الأسبوعي (٢٦ آب - ١ أيلول ٢٠٢٤): يوم الثلاثاء، تبنى تنظيم داعش هجوماً على نقطة للحشد الشعبي في قضاء "
     "بيجي أسفر عن مقتل ثلاثة عناصر.", "2024-08-27"),
    ("حصيلة الأسبوع من 26 آب/أغسطس إلى 1 أيلول/سبتمبر: يوم الأربعاء، قتل راعٍ بانفجار لغم قرب داقوق.", "2024-08-28"),
    ("Weekly summary (26 August - 1 September 2024): On Tuesday, ISIS attacked a PMF post in Baiji, killing three.",
     "2024-08-27"),
    ("Security overview, 29 Aug to 1 Sep: on Friday, a roadside bomb wounded two soldiers near Tuz Khurmatu.",
     "2024-08-30"),
])
def test_a_span_across_two_months_frames_the_weekday_told_in_it(text, day):
    assert drafted(text, SUMMARY_PUBLISHED)[0]["event_date"] == day


@pytest.mark.parametrize("text", [
    # near misses: no span, two days of their own
    "On 26 August, a roadside bomb wounded two soldiers near Baiji; on 1 September gunmen killed a farmer in Daquq.",
    "قتل جندي في 26 آب بانفجار عبوة قرب بيجي.",
])
def test_two_days_of_their_own_are_no_span(text):
    assert drafted(text, SUMMARY_PUBLISHED)[0]["event_date"] == "2024-08-26"


def test_a_span_across_a_new_year_starts_in_the_year_before():
    text = "Weekly update, 30 December - 5 January: on Tuesday, gunmen killed a shepherd near Daquq."
    assert drafted(text, date(2024, 1, 8))[0]["event_date"] == "2024-01-02"


# --- 'ويأتي ذلك بعد يومين من إصابة مزارع': an event counted back from the day told before ---

@pytest.mark.parametrize("text, day", [
    ("تظاهر العشرات من أهالي ناحية سليمان بيك، اليوم الثلاثاء، للمطالبة بإزالة الألغام.\n"
     "ويأتي ذلك بعد يومين من إصابة مزارع بانفجار لغم قديم في أطراف الناحية.", "2024-01-21"),
    ("أغلق محتجون الطريق في داقوق اليوم الثلاثاء. ويأتي ذلك بعد ثلاثة أيام من مصرع شاب برصاص مجهولين في القضاء.",
     "2024-01-20"),
])
def test_an_event_days_before_the_day_told_before(text, day):
    assert day in [d["event_date"] for d in drafted(text)]


# --- of two places an event lies between, the first named (whatever the length of their names) ---

@pytest.mark.parametrize("text, place", [
    ("Two truffle hunters were kidnapped on Monday in the desert between Sulaiman Bek and Tuz Khurmatu by gunmen.",
     "Sulaiman Baig"),
    ("A shepherd was killed on Monday by a landmine in the hills between Daquq and Tuz Khurmatu.", "Daquq"),
    ("Gunmen attacked an army post on Monday in the orchards between Tuz Khurmatu and Sulaiman Bek, killing a soldier.",
     "Tuz Khurmatu"),
    ("قتل راعٍ بانفجار لغم مساء الأحد في المنطقة الصحراوية بين ناحية سليمان بيك وقضاء طوزخورماتو.", "Sulaiman Baig"),
])
def test_the_first_of_two_places_the_event_lies_between(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_a_road_between_two_towns_is_not_the_first_town():
    text = "A roadside bomb wounded two policemen on Monday on the road between Daquq and Tuz Khurmatu."
    assert not drafted(text)[0]["location"].startswith("Daquq sub")


# --- when only places the event is placed against are named, the finer of them ---

@pytest.mark.parametrize("text, place", [
    ("- Salah al-Din: On 22 January, unknown armed men abducted three truffle hunters in the desert south of Baiji.",
     "Beygee"),
    ("- Nineveh: On 22 January, a shepherd was killed by a landmine in an open area west of Tal Afar.", "Tal Afar"),
    ("- Diyala: On 22 January, gunmen attacked a checkpoint in the orchards north of Muqdadiya, wounding a soldier.",
     "Al-Muqdadiya"),
])
def test_of_places_the_event_is_placed_against_the_finer(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_a_place_in_the_event_still_beats_the_one_it_is_placed_against():
    text = "- Kirkuk: On 22 January, a shepherd was killed by a landmine in Zab sub-district, west of Hawija."
    assert drafted(text)[0]["location"].startswith("Al-Zab")


# --- a line's label names the town; a place in no list told in the line says where ---

@pytest.mark.parametrize("text, village", [
    ("Weekly overview:\n- 22 Jan, Sinjar: a Turkish drone strike on a car near Khanasor killed two YBS members.",
     "Khanasor"),
    ("Weekly overview:\n- Sinjar: on 22 January a drone strike hit a house in Gohbal, wounding a woman.", "Gohbal"),
    ("Weekly overview:\n22 Jan, Makhmour: ISIS militants attacked a Peshmerga post near Kharabarut, killing a "
     "fighter.", "Kharabarut"),
])
def test_a_place_in_no_list_in_a_labelled_line_says_where(text, village):
    assert drafted(text)[0]["location"].startswith(village)


@pytest.mark.parametrize("text, place", [
    # near misses: a labelled line with no other place, or with a known place
    ("Weekly overview:\n- 22 Jan, Sinjar: a Turkish drone strike on a car killed two YBS members.", "Sinjar"),
    ("Weekly overview:\n- 22 Jan, Sinjar: Yazidi Peshmerga and YBS fighters clashed in the town, wounding two.",
     "Sinjar"),
])
def test_a_labelled_line_with_no_place_in_no_list_keeps_the_label(text, place):
    assert drafted(text)[0]["location"].startswith(place)


# --- 'in the same desert': the place told before ---

@pytest.mark.parametrize("text", [
    "A landmine killed three truffle hunters on Monday in the desert near Al-Zab sub-district. Earlier this month, "
    "seven truffle gatherers were abducted in the same desert.",
    "قتل ثلاثة من جامعي الكمأ بانفجار لغم مساء الأحد في صحراء ناحية الزاب. وفي وقت سابق من الشهر الجاري، اختطف مسلحون "
    "سبعة من جامعي الكمأ في الصحراء ذاتها.",
])
def test_the_same_desert_is_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1]["location"] == drafts[0]["location"]


@pytest.mark.parametrize("text, place", [
    ("Weekly overview:\n- 22 Jan, Sinjar: a drone strike of unknown origin hit a car near Sinune, killing the driver.",
     "Al-Shamal"),
    ("Weekly overview:\n- Kirkuk: on 22 January gunmen attacked a police post in Daquq, wounding two policemen.",
     "Daquq"),
])
def test_a_known_place_told_in_a_labelled_line_says_where_in_it(text, place):
    assert drafted(text)[0]["location"].startswith(place)


# --- a day told between a statement's verb and the event's day is the statement's ---

@pytest.mark.parametrize("text, day", [
    ("استنكرت وزارة الخارجية، اليوم الثلاثاء، القصف التركي الذي طال، أمس الاثنين، قرية قرب زاخو وأسفر عن إصابة "
     "راعيين.", "2024-01-22"),
    ("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، أن عبوة انفجرت، مساء الأحد، على دورية للجيش قرب طوزخورماتو.",
     "2024-01-21"),
])
def test_a_day_after_the_statements_own_is_the_events(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_statement_with_its_day_only_keeps_it():
    text = "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، أن عبوة انفجرت على دورية للجيش قرب طوزخورماتو دون إصابات."
    assert drafted(text)[0]["event_date"] == "2024-01-23"


def test_a_place_the_event_went_to_in_a_labelled_line_is_not_where():
    text = "Weekly overview:\n– 22 Jan, Daquq: an IED hit a police vehicle on the road to Tuz Khurmatu, wounding two."
    assert drafted(text)[0]["location"].startswith("Daquq")


# --- 'بعد أيام من هجوم', 'قبل أيام': some days before, the month of the report ---

@pytest.mark.parametrize("text", [
    "قصفت المدفعية الإيرانية، أمس الاثنين، قرى حدودية في ناحية سيدكان دون إصابات.\n"
    "ويأتي القصف بعد أيام من هجوم بطائرة مسيرة على مقر لحزب كردي معارض في كويسنجق أسفر عن مقتل أحد عناصره.",
    "أصيب شرطي بانفجار عبوة في داقوق مساء الاثنين. وكان مسلحون قد قتلوا قبل أيام راعياً في قرية قريبة من القضاء.",
])
def test_some_days_before_is_the_month_of_the_report(text):
    dates = [d.get("event_date") for d in drafted(text)]
    assert len(dates) == 2 and dates[1] is not None and dates[1].startswith("2024-01"), dates


def test_some_days_before_early_in_a_month_gives_no_day():
    text = ("قصفت المدفعية الإيرانية، أمس الاثنين، قرى حدودية في ناحية سيدكان دون إصابات.\n"
            "ويأتي القصف بعد أيام من هجوم بطائرة مسيرة على مقر لحزب كردي معارض في كويسنجق أسفر عن مقتل أحد عناصره.")
    assert drafted(text, date(2024, 2, 3))[1].get("event_date") is None


# --- a similar event told with no place of its own: the place told before ---

@pytest.mark.parametrize("text", [
    "تظاهر العشرات من أهالي قضاء سنجار، اليوم الثلاثاء، للمطالبة بعودة النازحين.\n"
    "وكانت تظاهرة مماثلة يوم ٢٠ كانون الثاني قد شهدت اعتداء عناصر من الشرطة على المتظاهرين، ما أدى إلى إصابة خمسة منهم.",
    "Dozens of residents protested in Sinjar on Tuesday to demand the return of the displaced.\n"
    "A similar protest on 20 January ended when police beat the protesters, wounding five of them.",
])
def test_a_similar_event_with_no_place_of_its_own_is_in_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2 and drafts[1].get("location") == drafts[0]["location"]


def test_a_similar_event_with_a_place_of_its_own_keeps_it():
    text = ("Dozens of residents protested in Sinjar on Tuesday to demand the return of the displaced.\n"
            "A similar protest in Tal Afar on 20 January ended when police beat the protesters, wounding five of them.")
    assert drafted(text)[1]["location"].startswith("Tal Afar")


# --- 'in Zinana's fields': a place in no list, by a part of it ---

@pytest.mark.parametrize("text, village", [
    ("Gunmen opened fire on Monday on two farmers harvesting in Zinana's fields, wounding one of them.", "Zinana"),
    ("A mortar round fell on Monday in Gulajo's orchards, wounding a farmer.", "Gulajo"),
    ("A roadside bomb exploded on Monday near Tel Banat's outskirts, wounding a shepherd.", "Tel Banat"),
])
def test_a_place_named_by_a_part_of_it(text, village):
    assert drafted(text)[0]["location"].startswith(village)


def test_a_persons_possession_is_no_place():
    text = "Gunmen opened fire on Monday on a farmer in Kirkuk, near Ahmed's house, wounding him."
    assert drafted(text)[0]["location"].startswith("Kirkuk")
