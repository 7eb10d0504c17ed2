"""Drafting rules of round 13 (issue 15), dates and places in English and Arabic: each general class with
paraphrases that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 12, 15)  # a Sunday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a body found, the report saying it does not know when the victim was killed: no date ---

@pytest.mark.parametrize("text", [
    "أفادت مصادر محلية، اليوم الأحد، بالعثور على جثة شخص مجهول الهوية في منطقة زراعية شمال ناحية جلولاء. وقالت "
    "المصادر إن الأجهزة الأمنية لم تتعرف بعد على هوية الضحية أو موعد مقتله.",
    "أفاد مصدر أمني، اليوم الأحد، بالعثور على جثة مصابة بطلقات نارية في أحد البساتين بقضاء الخالص، مبيناً أن "
    "توقيت مقتل صاحبها لم يُعرف بعد.",
    "عثرت الشرطة صباح اليوم على جثة رجل في بستان قرب قضاء الخالص، ولم يُعرف بعد توقيت مقتله.",
    "عُثر أمس السبت على جثة راعٍ قرب ناحية العظيم، فيما لا يزال موعد وفاته مجهولاً.",
    "عثرت الشرطة أمس السبت على جثة رجل في بستان قرب ناحية العظيم، وأوضح المصدر أن توقيت الوفاة لم يتضح بعد.",
    "Police found the bodies of two men in an orchard near Dibis on Saturday. It was not clear when they had been "
    "killed.",
    "The body of a man was found near Daquq on Saturday; the time of his death has not yet been established.",
    "A body was discovered on Saturday near Khanaqin. It is not yet known when he was killed, police said.",
])
def test_a_body_found_whose_time_of_death_is_unknown_has_no_date(text):
    assert drafted(text)[0].get("event_date") is None


@pytest.mark.parametrize("text, day", [
    # near misses: a body found with no doubt said about the day; an abduction told with its day
    ("عثرت الشرطة صباح أمس السبت على جثة رجل مقتولاً بالرصاص في بستان قرب قضاء الخالص.", "2024-12-14"),
    ("Police found the body of a shepherd shot dead near Dibis on Saturday.", "2024-12-14"),
    ("عُثر اليوم على جثة شاب، كان مسلحون قد اختطفوه مساء الخميس قرب قضاء الخالص، ولم يُعرف بعد توقيت مقتله.",
     "2024-12-12"),
    # a time unknown of something else than the death
    ("Gunmen killed a farmer near Daquq on Saturday; the motive of the killing is not yet known.", "2024-12-14"),
])
def test_a_body_found_on_a_day_told_keeps_it(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- a body found in an incident told apart, with no day of its own: not the day told before ---

@pytest.mark.parametrize("text", [
    "أصيب شرطيان بجروح، مساء أمس السبت، بهجوم شنه مسلحون مجهولون على نقطة تفتيش في ناحية الرياض غربي كركوك.\n"
    "وفي حادث منفصل، عُثر على جثة رجل مجهول الهوية طافية في نهر الزاب قرب قضاء الحويجة، وعليها آثار إطلاق نار.",
    "قُتل مزارع بانفجار عبوة ناسفة في قضاء خانقين صباح أمس السبت.\nوفي حادث آخر، عثرت الشرطة على جثة شاب "
    "مقتولاً بالرصاص في بستان قرب ناحية جلولاء.",
    "أصيب جندي بنيران قناص في ناحية العظيم مساء السبت.\nوفي قضاء الخالص، عُثر على جثة رجل مقتولاً بطعنات سكين.",
])
def test_a_body_found_apart_with_no_day_has_no_date(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0]["event_date"] == "2024-12-14"
    assert drafts[1].get("event_date") is None


@pytest.mark.parametrize("text", [
    # near misses: an attack told apart with no day of its own is of the day told before; so is a body found
    # hours later
    "أصيب شرطيان بجروح، مساء أمس السبت، بهجوم شنه مسلحون مجهولون على نقطة تفتيش في ناحية الرياض غربي كركوك.\n"
    "وفي حادث منفصل، أصيب مدني بانفجار عبوة ناسفة قرب قضاء الحويجة.",
    "أصيب جندي بنيران قناص في ناحية العظيم مساء السبت.\nوفي قضاء الخالص، قُتل مزارع برصاص مسلحين مجهولين.",
])
def test_an_attack_told_apart_with_no_day_keeps_the_day_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1]["event_date"] == "2024-12-14"


# --- a place naming a force or office in lower case ('the Kirkuk police command') is not the event's place ---

@pytest.mark.parametrize("text", [
    "The Kirkuk police command said that gunmen killed two policemen in the village of Riyadh on Saturday.",
    "Gunmen killed two policemen in the village of Riyadh on Saturday, the Kirkuk police command said.",
    "According to the Kirkuk police directorate, gunmen killed two policemen in Riyadh on Saturday.",
    "The Kirkuk operations command said an IED killed two policemen near Riyadh on Saturday.",
    "The Kirkuk police spokesman said gunmen killed two policemen in Riyadh on Saturday.",
])
def test_a_force_named_by_its_place_is_not_the_place_of_the_event(text):
    assert "Riyadh" in drafted(text)[0]["location"]


@pytest.mark.parametrize("text", [
    # near misses: a police station in the town is the town; the force's place alone still places the event
    "Gunmen attacked a police station in Kirkuk on Saturday, killing two policemen.",
    "Gunmen killed two policemen on Saturday, the Kirkuk police command said.",
])
def test_a_town_with_police_in_it_stays_the_place(text):
    assert drafted(text)[0]["location"] == "Kirkuk"


# --- press spellings of Hatra (COD-AB 'Al-Hatra', الحضر) ---

@pytest.mark.parametrize("text", [
    "Eleven truffle hunters were abducted in the desert south of Hadr on Saturday.",
    "Gunmen killed a shepherd near al-Hadhar on Saturday.",
    "An IED wounded two soldiers near Al-Hadr on Saturday.",
    "Gunmen killed a shepherd near Hatra on Saturday.",
    "أصيب جنديان بانفجار عبوة ناسفة قرب قضاء الحضر مساء السبت.",
])
def test_hatra_by_its_press_spellings(text):
    assert "Hatra" in drafted(text)[0]["location"]


# --- a range named like an admin unit ('the Hamrin foothills', COD-AB's Hamreen sub-district) near a town: the town ---

@pytest.mark.parametrize("text, town", [
    ("IS militants killed two shepherds in the Hamrin foothills near Jalawla on Saturday.", "Jalawla"),
    ("A shepherd was wounded by a landmine in the Hamrin mountains near Jalawla on Saturday.", "Jalawla"),
    ("Gunmen attacked an army post in the Hamrin hills outside Sulaiman Bek on Saturday, wounding two soldiers.",
     "Sulaiman Baig"),
    ("An IED wounded two soldiers in the Hamrin range near Qara Tapa on Saturday.", "Qara Tabe"),
])
def test_a_range_named_like_a_unit_yields_to_the_town_it_is_near(text, town):
    assert town in drafted(text)[0]["location"]


@pytest.mark.parametrize("text, place", [
    # near misses: the range alone is still the place; a unit named without a range noun stays the unit
    ("IS militants killed two shepherds in the Hamrin mountains on Saturday.", "Hamreen"),
    ("A Turkish drone struck a vehicle in the Qandil mountains on Saturday, killing two PKK fighters.", "Qandil"),
    ("IS militants killed two shepherds in Hamrin, near Jalawla, on Saturday.", "Hamreen"),
])
def test_a_range_alone_or_a_unit_stays_the_place(text, place):
    assert place in drafted(text)[0]["location"]


# --- an Arabic village's two-word name followed by its people's adjective ('قرية ملا صالح الكاكائية') ---

@pytest.mark.parametrize("text, name", [
    ("قُتل مزارع بانفجار عبوة ناسفة في قرية ملا صالح الكاكائية التابعة لقضاء داقوق صباح السبت.", "ملا صالح"),
    ("أصيب راعٍ برصاص مسلحين في قرية حسن شامي الإيزيدية قرب قضاء سنجار مساء السبت.", "حسن شامي"),
    ("تظاهر العشرات من أهالي قرية ملا صالح الكاكائية، مساء السبت، احتجاجاً على مقتل اثنين من أبناء القرية بانفجار "
     "عبوة.", "ملا صالح"),
    ("قُتل شاب برصاص مجهولين في قرية بير حسن التركمانية التابعة لقضاء طوزخورماتو فجر السبت.", "بير حسن"),
])
def test_a_village_name_before_its_peoples_adjective_is_whole(text, name):
    assert drafted(text)[0]["location"].startswith(name)


@pytest.mark.parametrize("text, name", [
    # near misses: one word before the adjective is the name; the second word telling the means is no name
    ("قُتل مزارع بانفجار عبوة ناسفة في قرية دارا الكاكائية قرب داقوق صباح السبت.", "دارا ("),
    ("قُتل مزارع في قرية دارا بهجوم الكاكائية قرب داقوق صباح السبت.", "دارا ("),
])
def test_a_one_word_village_before_its_peoples_adjective_stays_one_word(text, name):
    assert drafted(text)[0]["location"].startswith(name)
