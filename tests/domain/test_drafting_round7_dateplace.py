"""Drafting rules of round 7 (issue 15), dates and places in English and Arabic: each general class with
paraphrases in several outlets' wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 1, 23)  # a Tuesday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- 'كشف مصدر، اليوم الثلاثاء، عن …': the day the source revealed the news, not the day of the event told after ---

@pytest.mark.parametrize("text", [
    "كشف مصدر أمني، اليوم الثلاثاء، عن اختطاف أربعة رعاة أغنام على يد مسلحين قرب قرية الزركة، مساء الأحد.",
    "كشفت مصادر محلية، اليوم الثلاثاء، عن مقتل مزارع بانفجار عبوة ناسفة في ناحية العباسي مساء الأحد.",
    "أشار مصدر في الشرطة، اليوم الثلاثاء، إلى إصابة جنديين بهجوم على نقطة عسكرية في قضاء الدبس مساء الأحد.",
    "أورد بيان للشرطة، اليوم الثلاثاء، تفاصيل الهجوم على سيطرة في ناحية الرشاد، مساء الأحد، والذي أسفر عن مقتل "
    "شرطي.",
    "نعت قيادة الشرطة، اليوم الثلاثاء، منتسباً قتل بهجوم مسلح في قضاء الحويجة مساء الأحد.",
])
def test_the_day_a_source_revealed_the_news_is_not_the_events(text):
    assert drafted(text)[0]["event_date"] == "2024-01-21"


@pytest.mark.parametrize("text", [
    # the day told with the verb, and no other: the day of the telling stands for the event
    "كشف مصدر أمني، اليوم الثلاثاء، عن اختطاف أربعة رعاة أغنام على يد مسلحين قرب قرية الزركة.",
    # 'اليوم' as the event's own day ('انفجرت … اليوم الثلاثاء'), with the source's verb after it
    "انفجرت عبوة ناسفة، اليوم الثلاثاء، في ناحية العباسي ما أسفر عن مقتل مزارع، بحسب ما كشفه مصدر أمني.",
])
def test_a_day_with_no_other_is_the_events_day(text):
    assert drafted(text)[0]["event_date"] == "2024-01-23"


def test_yesterday_after_the_revealed_day_is_the_events():
    text = ("كشف مصدر أمني، اليوم الثلاثاء، عن تفاصيل الهجوم الذي تعرضت له نقطة للحشد الشعبي في ناحية آمرلي، أمس، "
            "مبيناً أن الهجوم أسفر عن مقتل اثنين من المنتسبين.")
    assert drafted(text)[0]["event_date"] == "2024-01-22"


# --- 'قرية إمام ويس التابعة لناحية السعدية': a village's second word may open with 'و' when the unit it belongs to
# follows ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, village", [
    ("أصيب طفلان بانفجار مقذوف من مخلفات الحرب في بستان بقرية إمام ويس التابعة لناحية السعدية، اليوم الثلاثاء.",
     "إمام ويس"),
    ("قتل راعٍ بانفجار لغم قرب قرية كاني وتمان التابعة لقضاء خانقين مساء الأحد.", "كاني وتمان"),
    ("اختطف مسلحون مجهولون مزارعاً من قرية تل وردان الواقعة ضمن ناحية الرشاد، فجر اليوم.", "تل وردان"),
    ("أصيب شرطي بهجوم على نقطة في قرية حسن ولي التابعة لناحية قره تبه، مساء الأحد.", "حسن ولي"),
])
def test_a_village_name_whose_second_word_opens_with_waw(text, village):
    assert drafted(text)[0]["location"].startswith(village)


@pytest.mark.parametrize("text, village, wrong", [
    # 'و' joining another person or thing to the village's headman: no name of two words
    ("اختطف مسلحون مختار قرية دارا وابنه في ناحية الرشاد مساء الأحد.", "دارا", "دارا وابنه"),
    ("قتل مختار قرية دارا وشقيقه بهجوم مسلح في ناحية الرشاد مساء الأحد.", "دارا", "دارا وشقيقه"),
])
def test_a_word_joined_by_waw_is_no_part_of_the_village_name(text, village, wrong):
    location = drafted(text)[0]["location"]
    assert location.startswith(village) and not location.startswith(wrong)


# --- a sentence that tells the incident's toll with no event word places it ('a shell hit a house in Kani Masi,
# injuring a woman'), before the wider area of the sentence that frames it -------------------------------------

@pytest.mark.parametrize("text, village", [
    ("Between 28 and 31 August, shelling attributed to Turkish forces was reported in the Batifa sub-district. "
     "On 30 August, a shell hit a house in Kani Masi, injuring a woman and her daughter.", "Kani Masi"),
    ("Turkish artillery shelling was reported across the Batifa sub-district on Sunday. A shell landed on a farm "
     "in Dashtatakh, wounding a shepherd.", "Dashtatakh"),
    ("Iranian shelling was reported in the Qaratu sub-district on Sunday. A mortar round fell near Zharawa, "
     "injuring two farmers.", "Zharawa"),
    ("Drone strikes were reported in the Sinjar district on Monday. A car was hit near Khanasor, killing two "
     "men.", "Khanasor"),
])
def test_the_place_of_the_toll_sentence_before_the_area(text, village):
    assert drafted(text, date(2024, 9, 2))[0]["location"].startswith(village)


@pytest.mark.parametrize("text, wrong", [
    # a later sentence of people who fled names no place of the incident
    ("Turkish shelling hit the Batifa sub-district on 30 August, wounding two women. Around 40 families fled to "
     "Zakhoka afterwards.", "Zakhoka"),
    # a toll in the sentence of the event itself: its place stands
    ("On 30 August, Turkish shelling wounded two women in the Batifa sub-district.", "Kani"),
])
def test_a_sentence_with_no_toll_places_no_incident(text, wrong):
    location = drafted(text, date(2024, 9, 2))[0].get("location") or ""
    assert "Batifa" in location and wrong not in location


# --- 'areas of the Sidakan sub-district', 'the outskirts of Qarato': a name in no list after 'areas of' ------

@pytest.mark.parametrize("text, place", [
    ("Iranian artillery shelled mountainous areas of the Sidakan sub-district early Sunday, local officials said.",
     "Sidakan"),
    ("Turkish jets struck the outskirts of Deraluk on Sunday, local sources said.", "Deraluk"),
    ("Artillery shells fell on villages of the Barwari Bala area on Sunday.", "Barwari Bala"),
    ("Clashes broke out in parts of Zharawa on Sunday, wounding a policeman.", "Zharawa"),
])
def test_a_name_after_areas_of_is_the_place(text, place):
    assert drafted(text, date(2024, 6, 3))[0]["location"].startswith(place)


def test_areas_of_a_month_or_an_actor_is_no_place():
    text = "Iranian artillery shelled areas of the PJAK group's bases on Sunday, local officials said."
    assert not (drafted(text, date(2024, 6, 3))[0].get("location") or "").startswith("PJAK")
