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
