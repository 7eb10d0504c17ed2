"""Drafting rules of round 10 (issue 15), dates and places in English and Arabic: each general class with
paraphrases that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 1, 23)  # a Tuesday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- the districts and sub-districts of Anbar and Baghdad are in the built-in list (COD-AB) ---

@pytest.mark.parametrize("text, place, governorate", [
    ("A drone of unknown origin struck a PMF headquarters in al-Qaim on Monday, wounding four fighters.",
     "Al-Kaim", "Al-Anbar"),
    ("Clashes broke out at dawn on Monday between security forces and gunmen in the orchards of Tarmiyah.",
     "Al-Tarmiya", "Baghdad"),
    ("Two truffle hunters were killed on Monday when a roadside bomb hit their pickup near Nukhaib.",
     "Al-Nekhaeeb", "Al-Anbar"),
    ("قتل راعيان بانفجار عبوة ناسفة في صحراء قضاء الرطبة مساء الأحد.", "Al-Rutba", "Al-Anbar"),
    ("أصيب جنديان بهجوم مسلح على نقطة للجيش في ناحية الطارمية شمالي بغداد فجر الاثنين.", "Al-Tarmiya", "Baghdad"),
    ("A bomb went off in a market in Fallujah on Sunday, wounding three people.", "Al-Falluja", "Al-Anbar"),
])
def test_a_district_or_sub_district_of_anbar_or_baghdad_places_the_event(text, place, governorate):
    draft = drafted(text)[0]
    assert draft["location"].startswith(place)
    assert draft["admin1"] == governorate


@pytest.mark.parametrize("text", [
    # 'عنه' (about him), 'الجسر' (the bridge), 'الوحدة' (the unit) are Arabic names of units and common words
    "قتل مسلحون مجهولون مزارعا قرب الجسر مساء الأحد، ولم يعرف عنه أي انتماء سياسي.",
    "أصيب جندي من الوحدة العسكرية بهجوم مسلح مساء الأحد.",
])
def test_an_arabic_common_word_that_names_a_unit_places_nothing(text):
    assert drafted(text)[0].get("admin1") is None


# --- an outlet named after a place is not the event's place ---

@pytest.mark.parametrize("text, place", [
    ("Gunmen killed a shepherd near Amerli on Monday, a security source told Baghdad Today.", "Ameraly"),
    ("قتل مسلحون مجهولون راعيا قرب آمرلي مساء الأحد، بحسب مصدر أمني تحدث لـ\"بغداد اليوم\".", "Ameraly"),
    ("بغداد اليوم – صلاح الدين: قتل مسلحون مجهولون راعيا في ناحية آمرلي مساء الأحد.", "Ameraly"),
])
def test_an_outlet_named_after_a_place_is_not_the_events_place(text, place):
    assert drafted(text)[0]["location"].startswith(place)


@pytest.mark.parametrize("text", [
    "A bomb went off in a market in Baghdad today, wounding three people.",
    "انفجرت عبوة ناسفة في بغداد اليوم وأصيب ثلاثة أشخاص.",
])
def test_the_place_told_with_today_is_still_the_place(text):
    assert drafted(text)[0]["admin1"] == "Baghdad"


# --- an airport is named with its head word ---

@pytest.mark.parametrize("text, place", [
    ("A Katyusha rocket fell near the perimeter of Baghdad International Airport at dawn on Monday.",
     "Baghdad International Airport"),
    ("Three rockets fell inside Baghdad Airport on Monday, causing material damage only.", "Baghdad Airport"),
    ("سقط صاروخ كاتيوشا في منطقة زراعية قرب مطار بغداد الدولي فجر الاثنين.", "مطار بغداد الدولي"),
    ("سقطت ثلاثة صواريخ داخل مطار بغداد فجر الاثنين دون إصابات.", "مطار بغداد"),
])
def test_an_airport_named_after_its_city_is_the_place(text, place):
    assert drafted(text)[0]["location"] == place


def test_an_airport_with_no_name_is_no_place():
    draft = drafted("A rocket fell near the airport on Monday, causing no injuries.")[0]
    assert "Airport" not in (draft.get("location") or "")


# --- the place of the source ('Anbar police told …') is not the event's ---

@pytest.mark.parametrize("text, place", [
    ("Three shepherds were abducted on Sunday in the desert south of Rutba, Anbar police told Kurdistan 24.",
     "Al-Rutba"),
    ("Gunmen killed a farmer near Daquq on Sunday, Kirkuk police said.", "Daquq"),
    ("A roadside bomb wounded two soldiers near Jalawla on Sunday, Diyala security officials told AFP.", "Jalawla"),
])
def test_the_place_of_the_police_who_told_is_not_the_events(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_the_police_of_a_place_who_were_attacked_are_still_there():
    assert drafted("Gunmen attacked Kirkuk police on Sunday, wounding two officers.")[0]["location"] == "Kirkuk"


# --- a weekday told with its date right after it: the date says when ---

@pytest.mark.parametrize("text, day", [
    ("أصيب ثلاثة من أبناء المكون الكاكائي بهجوم مسلح على قرية علي سراي ليلة الأحد ٣ كانون الأول/ديسمبر.", "2023-12-03"),
    ("أصيب ثلاثة بهجوم مسلح على قرية علي سراي ليلة الأحد، ٣ كانون الأول.", "2023-12-03"),
    ("قتل مزارع برصاص مسلحين مجهولين في قرية علي سراي يوم الأحد الموافق ٣ كانون الأول.", "2023-12-03"),
    ("قتل مزارع برصاص مسلحين مجهولين في قرية علي سراي مساء السبت ٢ كانون الأول.", "2023-12-02"),
    ("Gunmen wounded three Kakai villagers in Ali Saray on the night of Sunday, 3 December.", "2023-12-03"),
])
def test_a_weekday_told_with_its_date_is_dated_by_the_date(text, day):
    assert drafted(text, date(2023, 12, 5))[0]["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # 'ليلة الأحد' alone is Sunday night, as every blind writer read it (parts Q and Z2)
    ("أصيب ثلاثة بهجوم مسلح على قرية علي سراي ليلة الأحد.", "2023-12-03"),
    ("أصيب ثلاثة بهجوم مسلح على قرية علي سراي ليلة الأحد على الاثنين.", "2023-12-03"),
])
def test_a_weekday_night_alone_keeps_its_reckoning(text, day):
    assert drafted(text, date(2023, 12, 5))[0]["event_date"] == day


# --- a village named with a lower-case article, a mountain named at its foot or slopes ---

@pytest.mark.parametrize("text, place", [
    ("A civilian was wounded on Monday when a roadside bomb went off near the village of al-Khan, in Daquq district.",
     "al-Khan"),
    ("Gunmen killed a shepherd in the village of el-Hamra, south of Daquq, on Monday.", "el-Hamra"),
    ("Islamic State militants opened fire on a Peshmerga position at the foot of Qarachogh mountain in Makhmour on "
     "Monday night, wounding two fighters.", "Qarachogh"),
    ("A Turkish drone struck a vehicle on the slopes of Kortek mountain near Sidakan on Monday, killing two.",
     "Kortek"),
])
def test_a_village_with_a_lower_case_article_or_a_mountain_is_the_place(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_a_mountain_told_as_a_known_place_stays_that_place():
    assert drafted("Gunmen attacked a Peshmerga position at the foot of Sinjar mountain on Monday, wounding two "
                   "fighters.")[0]["location"].startswith("Sinjar")


# --- 'the Diyala town of Saadiya': a governorate's town is the place, not held by it ---

@pytest.mark.parametrize("text, place", [
    ("A bomb went off in a market in the Diyala town of Saadiya on Saturday, wounding five people.", "Al-Saadiya"),
    ("Gunmen killed a farmer in the Kirkuk town of Daquq on Saturday.", "Daquq"),
    ("A roadside bomb wounded two soldiers in the Nineveh district of Sinjar on Saturday.", "Sinjar"),
])
def test_a_governorates_town_is_the_place(text, place):
    assert drafted(text)[0]["location"].startswith(place)


def test_a_unit_of_a_town_is_still_held_by_the_town():
    assert drafted("Gunmen killed a farmer in the Snuny sub-district of Sinjar on Saturday.")[0]["location"] \
        .startswith("Al-Shamal")


# --- a bulletin's province label frames the line when the line names a place by 'in the … of' ---

@pytest.mark.parametrize("text, place", [
    ("- Kirkuk: On 28 May, unknown gunmen shot and killed a shop owner in the central market of Hawija.", "Al-Hawiga"),
    ("Diyala: On 29 May, a bomb went off in the old cattle market of Jalawla, wounding three.", "Jalawla"),
])
def test_a_province_label_frames_a_place_told_by_in_the_of(text, place):
    assert drafted(text, date(2024, 6, 3))[0]["location"].startswith(place)


def test_a_province_label_alone_is_the_place():
    assert drafted("- Kirkuk: On 28 May, unknown gunmen shot and killed a shop owner in the city's central "
                   "market.", date(2024, 6, 3))[0]["location"] == "Kirkuk"
