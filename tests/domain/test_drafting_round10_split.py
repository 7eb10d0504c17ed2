"""Drafting rules of round 10 (issue 15, one draft per incident): an Arabic relative clause ('، والذي أودى بحياة
مزارع') goes on with the event it names, and 'وأدى إلى' names no valley; an English sentence counting the incident
among others ('It is the second attack on Kakai residents this month') tells no incident of its own; an Arabic
pluperfect at the start of the month ('وكان تنظيم داعش قد تبنّى، مطلع الشهر الجاري، هجوماً … أسفر عن مقتل جندي') is an
earlier incident; a body found told with an indefinite article ("a body bearing gunshot wounds was found") is
one dead and an incident. Paraphrases the way different outlets word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 8, 22)


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- an Arabic relative clause goes on with its event ----------------------------------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("تدين البعثة الهجوم الذي نفذه مسلحون مجهولون في ١٨ آب على مزارعين في قرية جدالة التابعة لقضاء سنجار، والذي أودى "
     "بحياة مزارع وأدى إلى إصابة اثنين آخرين.", 1, 2),
    ("أدان المحافظ التفجير الذي استهدف سوقاً شعبية في قضاء طوزخورماتو مساء الأحد، والذي أسفر عن مقتل ثلاثة مدنيين "
     "وإصابة خمسة.", 3, 5),
    ("استنكرت العشيرة الهجوم المسلح على منزل مختار قرية البشير جنوب كركوك فجر الاثنين، والذي أدى إلى مقتل المختار "
     "وإصابة نجله.", 1, 1),
    ("شيع أهالي ناحية العباسي ضحايا الانفجار الذي وقع في سوق الناحية يوم الجمعة، والتي بلغت أربعة قتلى وسبعة جرحى.",
     4, 7),
])
def test_a_relative_clause_goes_on_with_its_event(text, killed, wounded):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert (drafts[0].get("fatalities"), drafts[0].get("wounded")) == (killed, wounded)


def test_led_to_names_no_valley():
    """'وأدى إلى': the verb, no 'وادي' of a place 'إلى' apart from the village named before."""
    drafts = drafted("هاجم مسلحون مجهولون مزارعين في قرية جدالة مساء الأحد، وأدى الهجوم إلى إصابة اثنين منهم.")
    assert len(drafts) == 1
    assert drafts[0].get("wounded") == 2


def test_near_miss_a_clause_of_its_own_at_another_place_is_still_cut():
    drafts = drafted("قتل مزارع بهجوم مسلح في قرية جدالة التابعة لقضاء سنجار مساء الأحد، وأصيب شرطيان بانفجار عبوة "
                     "ناسفة في قضاء الحويجة.")
    assert len(drafts) == 2


# --- an English sentence counting the incident among others ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "UNAMI condemns the killing of a Kakai civilian in Daquq district on 28 June. It is the second attack on Kakai "
    "residents of the district this month.",
    "Gunmen shot dead a Kakai farmer in Daquq district on 28 June. This was the third such attack in the area this "
    "month, local officials said.",
    "A Turkish drone struck a car near Sidakan on 28 June, killing two people. It was the fourth strike in the area "
    "this month.",
    "Gunmen killed a shepherd near Hawija on 28 June. Villagers say it is the latest attack on herders this summer.",
    "A roadside bomb killed a soldier near Tarmiyah on 28 June. It marked the second bombing on the road this week.",
])
def test_the_incident_counted_among_others_is_no_other(text):
    drafts = drafted(text, date(2024, 7, 1))
    assert len(drafts) == 1


def test_near_miss_a_count_that_goes_on_to_tell_another_is_still_drafted():
    drafts = drafted("Gunmen killed a Kakai farmer in Daquq district on 28 June. It is the second attack on Kakai "
                     "residents this month, after two farmers were injured by gunfire in the village of Ali Saray on "
                     "9 June.", date(2024, 7, 1))
    assert len(drafts) == 2
    assert [d.get("wounded") for d in drafts] == [None, 2]


def test_near_miss_a_counted_sentence_with_casualties_of_its_own():
    drafts = drafted("Gunmen killed a Kakai farmer in Daquq district on 28 June. It was the third attack this "
                     "month: on 9 June, a bomb wounded two shepherds near Tuz Khurmatu.", date(2024, 7, 1))
    assert len(drafts) == 2


# --- an Arabic pluperfect at the start of the month --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أصيب ثلاثة جنود بانفجار عبوة ناسفة في ناحية العباسي غربي الحويجة صباح اليوم. وكان تنظيم داعش قد تبنى، مطلع الشهر "
    "الجاري، هجوماً على نقطة للجيش في المنطقة ذاتها أسفر عن مقتل جندي.",
    "أصيب ثلاثة جنود بانفجار عبوة ناسفة في ناحية العباسي غربي الحويجة صباح اليوم. وكان مسلحون قد هاجموا في أوائل الشهر "
    "نقطة للجيش في الناحية ذاتها ما أدى إلى مقتل جندي.",
    "أصيب ثلاثة جنود بانفجار عبوة ناسفة في ناحية العباسي غربي الحويجة صباح اليوم. وكانت عبوة مماثلة قد انفجرت بداية "
    "الشهر الجاري على دورية في المنطقة نفسها وأسفرت عن مقتل جندي.",
])
def test_a_pluperfect_at_the_start_of_the_month_is_an_earlier_incident(text):
    drafts = drafted(text, date(2023, 12, 22))
    assert len(drafts) == 2
    assert [d.get("wounded") for d in drafts] == [3, None]
    assert drafts[1].get("fatalities") == 1


def test_near_miss_the_same_incident_told_again_in_the_pluperfect():
    drafts = drafted("أصيب ثلاثة جنود بانفجار عبوة ناسفة في ناحية العباسي غربي الحويجة صباح اليوم. وكان مسلحون قد زرعوا "
                     "العبوة على الطريق ليلاً.", date(2023, 12, 22))
    assert len(drafts) == 1


# --- a body found, told with an indefinite article, is an incident ---------------------------------------------------

@pytest.mark.parametrize("text, violent", [
    ("A body bearing gunshot wounds was found in an orchard in the Saadiya district of Diyala, a security source "
     "said. The victim has not been identified.", True),
    ("On 16 May, a body bearing gunshot wounds was found in an orchard in Al-Adhaim.", True),
    ("Farmers found a body near Tuz Khurmatu on Sunday; it bore signs of torture.", True),
    ("A blindfolded body was discovered on the road between Hawija and Riyadh on Monday, police said.", True),
    ("Police found a body in an orchard near Hawija on Monday.", False),
])
def test_a_body_found_is_one_dead(text, violent):
    drafts = drafted(text, date(2025, 5, 18))
    assert len(drafts) == 1
    assert drafts[0].get("fatalities") == 1
    assert (drafts[0].get("event_type") == "Violence against civilians") is violent


@pytest.mark.parametrize("text", [
    "A body of evidence was found by investigators near Hawija.",
    "A body armour vest was found at the checkpoint near Hawija on Monday.",
])
def test_near_miss_a_body_that_is_no_dead(text):
    assert not [d for d in drafted(text, date(2025, 5, 18)) if d.get("fatalities")]


# --- 'ويأتي الهجوم بعد …': the event told comes after another, told in passing -----------------------------------

@pytest.mark.parametrize("text", [
    "تبنى تنظيم داعش هجوماً على نقطة للجيش في ناحية الرياض مساء الأحد أسفر عن مقتل جنديين. ويأتي الهجوم بعد مقتل مختار "
    "قرية الخضراء التابعة للناحية ذاتها برصاص مسلحين مجهولين، يوم الخميس الماضي.",
    "تبنى تنظيم داعش هجوماً على نقطة للجيش في ناحية الرياض مساء الأحد أسفر عن مقتل جنديين. وتأتي هذه الحادثة بعد ثلاثة "
    "أيام من مقتل مختار قرية الخضراء في الناحية ذاتها برصاص مسلحين مجهولين.",
    "تبنى تنظيم داعش هجوماً على نقطة للجيش في ناحية الرياض مساء الأحد أسفر عن مقتل جنديين. ويأتي ذلك بعد أن قتل مسلحون "
    "مجهولون مختار قرية الخضراء في الناحية ذاتها يوم الخميس الماضي.",
])
def test_what_the_event_comes_after_is_another_incident(text):
    drafts = drafted(text, date(2025, 4, 14))
    assert len(drafts) == 2
    assert [d.get("fatalities") for d in drafts] == [2, 1]


def test_near_miss_what_comes_after_the_event_told():
    drafts = drafted("تبنى تنظيم داعش هجوماً على نقطة للجيش في ناحية الرياض مساء الأحد أسفر عن مقتل جنديين. ويأتي البيان "
                     "بعد يوم من الهجوم الذي أسفر عن مقتل جنديين.", date(2025, 4, 14))
    assert len(drafts) == 1


# --- an Arabic pluperfect inside the sentence, in a past month, at another place ----------------------------------

_ABDUCTION = ("اختطف مسلحون مجهولون، مساء السبت، راعيين من أهالي قرية قره ناز التابعة لناحية قره هنجير شرقي كركوك، "
              "بحسب مسؤول محلي. ")


@pytest.mark.parametrize("told", [
    "وأشار المسؤول إلى أن مسلحين كانوا قد قتلوا، في أوائل حزيران الماضي، مزارعاً في قرية توبزاوة المجاورة.",
    "وذكر المسؤول أن مجهولين كانوا قد هاجموا الشهر الماضي منزل مختار قرية توبزاوة المجاورة.",
    "وأضاف أن عبوة ناسفة كانت قد انفجرت في أيار الماضي على طريق قرية توبزاوة المجاورة.",
])
def test_a_pluperfect_of_a_past_month_elsewhere_is_an_earlier_incident(told):
    drafts = drafted(_ABDUCTION + told, date(2024, 7, 7))
    assert len(drafts) == 2
    assert drafts[0].get("abducted") == 2


@pytest.mark.parametrize("told", [
    "وأشار المسؤول إلى أن المسلحين كانوا قد اقتادوا الراعيين إلى جهة مجهولة.",  # the same abduction, no past month
    "وأشار المسؤول إلى أن الخاطفين كانوا قد هاجموا القرية ذاتها واقتادوا الراعيين إلى قرية توبزاوة.",  # no past month
])
def test_near_miss_a_pluperfect_without_a_past_month_or_a_place_of_its_own(told):
    assert len(drafted(_ABDUCTION + told, date(2024, 7, 7))) == 1
