"""Drafting rules of round 14 (issue 15), places in English and Arabic: each general class with paraphrases
that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 12, 15)  # a Sunday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- Sidakan, the border town of cross-border strikes, is a known place in any wording ---

@pytest.mark.parametrize("text", [
    "A Turkish drone struck a vehicle on the road between Sidakan and the Iranian border on Sunday, killing three "
    "people.",
    "On Saturday, Turkish aircraft struck suspected PKK positions in the mountains north of Sidakan. No information "
    "on casualties was available.",
    "Iranian artillery shelled the hills east of Sidekan on Saturday, damaging orchards; no one was hurt.",
    "قصفت طائرة مسيرة تركية عجلة في أطراف سيدكان يوم السبت، ما أسفر عن مقتل شخصين.",
    "A Turkish drone strike killed two men near Sidakan on Saturday, the town's mayor said.",
])
def test_sidakan_is_a_known_place(text):
    assert "Sidakan" in drafted(text)[0].get("location", "")


@pytest.mark.parametrize("text, place", [
    # near misses: a village told in Sidakan is the village, placed near it; another town's strike stays there
    ("A Turkish drone struck a car near the village of Zewa in Sidakan sub-district on Saturday, killing two men.",
     "Zewa"),
    ("A Turkish drone struck a car near Amadiya on Saturday, killing two men. Last week a strike near Sidakan "
     "wounded a shepherd.", "Al-Amadiya"),
    ("A Turkish drone struck a car in Batifa on Saturday, killing two men. Batifa lies west of Sidakan.", "Batifa"),
])
def test_a_place_in_or_apart_from_sidakan_stays_the_place(text, place):
    assert drafted(text)[0].get("location", "").startswith(place)


# --- a report's title names the town or district; the body puts the event in a place inside it ---

@pytest.mark.parametrize("text", [
    "Flash Update No. 1: Sinjar. On 3 August, Iraqi Army units launched an operation against positions of the YBS "
    "in Snuny. Clashes lasted several hours. One soldier and two YBS fighters were killed.",
    "Sinjar update. On 3 August, the army launched an operation against YBS positions in Sinuni sub-district. "
    "Clashes went on for hours; one soldier was killed.",
    "Situation report: Sinjar district. On 3 August, soldiers moved against YBS positions in Snuny. Clashes went "
    "on for hours; one soldier was killed.",
    "Flash update: Sinjar. On 3 August the army began an operation against YBS posts near Sinune. Clashes lasted "
    "into the night; two fighters were killed.",
])
def test_a_place_in_the_title_gives_way_to_the_place_inside_it_in_the_body(text):
    assert drafted(text)[0].get("location") == "Al-Shamal sub-district"


@pytest.mark.parametrize("text, place", [
    # near misses: the title's place is where the event is told; a place of another district is not inside it
    ("Flash Update No. 1: Sinjar. A drone strike hit a car in Sinjar on 3 August, killing two; families later "
     "fled to Snuny.", "Sinjar"),
    ("Flash update: Sinjar. On 3 August the army began an operation against militants in Tal Afar. Clashes "
     "lasted into the night; two fighters were killed.", "Tal Afar"),
])
def test_a_title_place_stays_when_nothing_inside_it_places_the_event(text, place):
    assert drafted(text)[0].get("location", "").startswith(place)


# --- Arabic two-word village names whose second word is also a common word ---

@pytest.mark.parametrize("text, name", [
    ("أطلق مسلحون مجهولون مساء الأحد النار على مزارعين في أرض زراعية بقرية ملا صباح التابعة لقضاء داقوق، ما أسفر "
     "عن مقتل مزارع.", "ملا صباح"),
    ("قُتل راعٍ بانفجار عبوة ناسفة في قرية حسن صباح الواقعة ضمن ناحية الرشاد أمس السبت.", "حسن صباح"),
    ("قُتل مزارع برصاص مسلحين مجهولين في قرية خرابة علي التابعة لقضاء داقوق مساء الجمعة.", "خرابة علي"),
    ("أصيب راعيان بانفجار لغم قرب قرية بير علي الواقعة جنوب غربي كركوك أمس السبت.", "بير علي"),
    ("استُشهد مقاتلان من الحشد الشعبي إثر هجوم لداعش على نقطة في منطقة إمام ويس شمال شرقي ديالى أمس السبت.",
     "إمام ويس"),
    ("قُتل جندي بهجوم على قرية إمام ويس التابعة لناحية السعدية أمس السبت.", "إمام ويس"),
])
def test_an_arabic_village_keeps_a_second_word_that_is_also_a_common_word(text, name):
    assert drafted(text)[0].get("location", "").startswith(name)


@pytest.mark.parametrize("text, wrong", [
    # near misses: a time after the village, 'على' (on) after it, a relative joined by 'و'
    ("قُتل مزارع برصاص مسلحين مجهولين في قرية دارا صباح اليوم التابعة لقضاء داقوق.", "دارا صباح"),
    ("قُتل مزارع برصاص مسلحين مجهولين في قرية دارا مساء السبت.", "دارا مساء"),
    ("قُتل مزارع برصاص مسلحين في قرية دارا على طريق داقوق أمس السبت.", "دارا على"),
    ("أصيب مختار قرية دارا وابنه في ناحية الرشاد بانفجار عبوة ناسفة أمس السبت.", "دارا وابنه"),
])
def test_an_arabic_village_name_stops_before_a_time_a_preposition_or_a_relative(text, wrong):
    assert not drafted(text)[0].get("location", "").startswith(wrong)


# --- a town's police acting: the place the sentence puts the event in, not the police's town ---

@pytest.mark.parametrize("text, place", [
    ("Kirkuk police on Wednesday freed a Turkmen businessman who had been kidnapped on Sunday in Tuz Khurmatu.",
     "Tuz Khurmatu"),
    ("Diyala police on Saturday arrested two men who had killed a shepherd near Khanaqin.", "Khanaqin"),
    ("Kirkuk security forces on Saturday found the body of a farmer abducted in Daquq last week.", "Daquq"),
    ("Kirkuk police rescued a child kidnapped in the town of Dibis on Saturday.", "Dibis"),
])
def test_a_force_named_by_its_town_does_not_place_the_event_told_elsewhere(text, place):
    assert drafted(text)[0].get("location", "").startswith(place)


@pytest.mark.parametrize("text", [
    # near misses: the police's town is the only place, or the sentence places the event there
    "Kirkuk police said a bomb exploded in Kirkuk on Saturday, wounding two.",
    "Kirkuk police on Saturday defused a bomb planted near a school.",
    "Gunmen attacked a Kirkuk police checkpoint on Saturday, killing a policeman, and fled towards Daquq.",
])
def test_a_force_named_by_its_town_places_the_event_when_nothing_else_does(text):
    assert drafted(text)[0].get("location", "").startswith("Kirkuk")
