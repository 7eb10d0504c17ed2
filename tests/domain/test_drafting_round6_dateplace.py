"""Drafting rules of round 6 (issue 15), dates and places in English and Arabic: each general class with
paraphrases in several outlets' wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2025, 9, 30)


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- an incident told in passing with no place of its own names the place told before by a definite noun ------

@pytest.mark.parametrize("text", [
    "Two soldiers were killed in an ISIS attack on an army post in Mutaibija on Monday evening. On Tuesday "
    "morning a second device exploded as a force arrived to inspect the site, wounding a policeman.",
    "Militants killed two soldiers in Tarmiyah late on Sunday. On Monday, an army helicopter struck the area "
    "where the attackers had withdrawn, killing three militants.",
    "A rocket hit Sinjar on Monday, wounding a child. In early September the town was shelled too, wounding "
    "two women.",
    "قصفت المدفعية الإيرانية، أمس الاثنين، المرتفعات المحيطة بناحية حاج عمران، ما أدى إلى إصابة راعٍ بجروح. "
    "وكانت المنطقة قد شهدت في الثاني عشر من أيلول الجاري قصفاً مماثلاً من دون وقوع ضحايا.",
    "قصفت طائرة مسيّرة تركية، صباح اليوم الثلاثاء، سيارة قرب ناحية سيدكان، ما أسفر عن مقتل شخصين. "
    "وكانت قرى الناحية قد تعرضت في أوائل حزيران الماضي لقصف مدفعي إيراني من دون تسجيل خسائر بشرية.",
    "احتج العشرات في بلدة بغديدا، اليوم الثلاثاء، على اعتداء تعرض له شابان عند نقطة تفتيش على مدخل البلدة "
    "مساء الأحد، أسفر عن إصابة أحدهما بجروح.",
])
def test_a_definite_noun_of_places_is_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0].get("location") and drafts[1].get("location") == drafts[0]["location"]
    assert drafts[1]["location"] == drafted(text.split(". ")[0] + ".")[0]["location"]


@pytest.mark.parametrize("text", [
    # the place named by the noun is another one
    "Militants killed two soldiers in Tarmiyah late on Sunday. On Monday, shelling hit the outskirts of a village "
    "further north, wounding a farmer.",
    "قتل جنديان بهجوم في ناحية سيدكان، صباح اليوم الثلاثاء. وكانت القرى المجاورة قد تعرضت في أوائل حزيران "
    "الماضي لقصف مدفعي أسفر عن إصابة راعٍ.",
    # no noun of places at all
    "Militants killed two soldiers in Tarmiyah late on Sunday. Last month, two shepherds were killed by a mine.",
])
def test_another_place_or_none_is_not_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2 and "location" not in drafts[1]


# --- a facility named by its place in Arabic: 'حقل كورمور الغازي' ----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("تعرض حقل كورمور الغازي في قضاء جمجمال لهجوم بطائرة مسيّرة، مساء أمس، من دون وقوع إصابات.", "كورمور"),
    ("سقط صاروخان على حقل خورمور في جمجمال فجر اليوم دون خسائر بشرية.", "خورمور"),
    ("أصيب عامل بقصف صاروخي استهدف حقل عجيل النفطي شرقي تكريت مساء الأحد.", "عجيل"),
])
def test_a_field_or_refinery_is_placed_by_its_name(text, place):
    assert place in drafted(text)[0]["location"]


@pytest.mark.parametrize("text", [
    "أصيب مزارع بانفجار عبوة في حقل زراعي قرب جلولاء مساء الأحد.",
    "قصفت طائرة مسيّرة قاعدة عسكرية في جمجمال فجر اليوم دون خسائر بشرية.",
])
def test_a_field_or_base_told_by_its_kind_is_no_name(text):
    location = drafted(text)[0].get("location") or ""
    assert "زراعي" not in location and "عسكري" not in location


# --- a body found of someone abducted is dated by the abduction's day, when the text tells it -------------------

@pytest.mark.parametrize("text, day", [
    ("The bodies of two brothers, abducted on 24 September, were found on Sunday near Mandali.", "2025-09-24"),
    ("The body of a shepherd who was kidnapped on Thursday was found on Saturday in an orchard near Daquq.",
     "2025-09-25"),
    ("The body of a young man who was abducted last week was found on Sunday near Tuz Khurmatu. Relatives said he "
     "had disappeared after picking up two passengers on Wednesday.", "2025-09-24"),
    ("في الأول من أيلول، عُثر على جثتي شقيقين كانا قد اختُطفا في ٢٤ آب قرب مندلي.", "2025-08-24"),
    ("عثرت القوات الأمنية، اليوم، على جثة مزارع كان قد اختطف مساء الخميس في قرية قرب داقوق.", "2025-09-25"),
])
def test_a_body_found_is_dated_by_the_abduction(text, day):
    (draft,) = drafted(text)
    assert draft["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # the abduction has no day of its own: the day the body was found
    ("The body of a man, kidnapped last week, was found on Sunday near Taza.", "2025-09-28"),
    # no abduction: a man gone missing is found dead on the day told
    ("The body of a young man from Bashiqa was found on Monday in an orchard, two days after he went missing.",
     "2025-09-29"),
    # a later day, after the body was found, is no abduction's
    ("The body of a man who was abducted last week was found on Sunday near Taza. Police arrested a suspect on "
     "Monday.", "2025-09-28"),
])
def test_a_body_found_with_no_day_of_abduction_keeps_its_day(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_body_found_of_someone_abducted_days_before_keeps_its_day():
    (draft,) = drafted("عثرت الأجهزة الأمنية، صباح الأحد، على جثة راعٍ كان قد اختطف قبل ثلاثة أيام من قرية قرب داقوق.")
    assert draft["event_date"] == "2025-09-28"


# --- where the victims came from is no place of the event ------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("The body of a truck driver was found on Sunday west of Daquq. He had been seized by gunmen on Tuesday "
     "evening while driving back from Kirkuk.", "Daquq"),
    ("Gunmen shot dead a taxi driver near Tuz Khurmatu on Monday as he was returning from Kirkuk.", "Tuz Khurmatu"),
    ("An IED hit a bus carrying pilgrims on their way back from Samarra near Dujail on Monday, wounding four.",
     "Dujail"),
    ("قتل سائق برصاص مسلحين قرب داقوق مساء الاثنين أثناء عودته من كركوك.", "Daquq"),
])
def test_where_the_victims_came_from_is_no_place_of_the_event(text, place):
    assert place in drafted(text)[0]["location"]


def test_a_town_the_victim_was_in_is_the_place():
    assert drafted("Gunmen shot dead a taxi driver in Kirkuk on Monday as he was returning home.")[0]["location"] \
        == "Kirkuk"


# --- the day a source told, revealed or confirmed the news yields to the event's own day --------------------------------

@pytest.mark.parametrize("text, day", [
    ("أبلغ مصدر أمني، اليوم الثلاثاء، عن مقتل جنديين بهجوم لداعش على نقطة في قرية قرب آمرلي، مساء أمس.", "2025-09-29"),
    ("نقلت مصادر محلية، الثلاثاء، أن مسلحين اختطفوا راعيين قرب مخمور مساء الأحد.", "2025-09-28"),
    ("أوضح مسؤول محلي، اليوم، أن قصفاً تركياً استهدف قرية قرب سيدكان فجر الأحد، ما أدى إلى إصابة راعٍ.", "2025-09-28"),
    ("Police revealed on Tuesday that two shepherds had been abducted near Makhmour on Sunday evening.", "2025-09-28"),
    ("Officials confirmed on Tuesday that a drone strike near Sinjar on Sunday killed two fighters.", "2025-09-28"),
])
def test_the_day_a_source_revealed_the_news_yields_to_the_events(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # the only day told is the news'
    ("أبلغ مصدر أمني، اليوم الثلاثاء، عن مقتل جندي بهجوم لداعش قرب آمرلي.", "2025-09-30"),
    ("Officials confirmed on Tuesday that a drone strike near Sinjar killed two fighters.", "2025-09-30"),
])
def test_the_day_a_source_revealed_the_news_stays_when_the_event_has_none(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- news of the last moments with no day told is of the day it was published ------------------------------------

@pytest.mark.parametrize("text", [
    "أفادت مصادر محلية، قبل قليل، بسماع دوي انفجار في أطراف ناحية جلولاء من دون معرفة وجود ضحايا.",
    "انفجرت عبوة ناسفة منذ قليل قرب سوق في قضاء طوزخورماتو، ما أدى إلى إصابة مدنيين اثنين.",
    "A roadside bomb exploded a short while ago near a police patrol in Tuz Khurmatu, wounding two officers.",
    "Gunmen opened fire on a checkpoint in Daquq minutes ago, a security source said; one policeman was wounded.",
    "مسلحون يهاجمون نقطة للجيش قرب حوض الوقف قبل ساعات، ومعلومات عن إصابة جنديين.",
])
def test_news_of_the_last_moments_is_of_the_day_published(text):
    assert drafted(text)[0]["event_date"] == PUBLISHED.isoformat()


@pytest.mark.parametrize("text, day", [
    # a day told wins
    ("Gunmen killed a shepherd near Daquq on Sunday, police said a short while ago.", "2025-09-28"),
    # an earlier event's toll risen is not of today
    ("عاجل | ارتفاع حصيلة هجوم داعش على نقطة الجيش في الدبس إلى قتيلين قبل قليل.", None),
])
def test_news_of_the_last_moments_yields_to_a_day_told(text, day):
    assert drafted(text)[0].get("event_date") == day


# --- press spellings of sub-districts and districts (admin_aliases.json) -------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("أصيب راعٍ بانفجار لغم أرضي قرب حاج عمران، يوم الأحد.", "Haji Omaran"),
    ("قصفت المدفعية الإيرانية مساء الأحد المرتفعات المحيطة بحاج عمران، من دون وقوع إصابات.", "Haji Omaran"),
    ("Iranian artillery shelled the hills around Haj Omaran on Sunday, wounding a shepherd.", "Haji Omaran"),
    ("A drone strike hit a car near Qush Tapa on Sunday, killing two.", "Qushtappa"),
    ("In Tel Keppe, gunmen fired on a police checkpoint on Sunday, wounding a policeman.", "Tilkaef"),
])
def test_press_spellings_of_sub_districts(text, place):
    assert place in drafted(text)[0]["location"]


def test_qush_tapa_is_not_al_qosh():
    assert "Qosh" not in drafted("A drone strike hit a car near Qush Tapa on Sunday, killing two.")[0]["location"]


# --- a base named by a head word and a name: 'قاعدة عين الأسد' ----------------------------------------------------

def test_a_base_named_by_two_words():
    (draft,) = drafted("سقط صاروخان قرب قاعدة عين الأسد الجوية في الأنبار فجر اليوم، دون خسائر بشرية.")
    assert draft["location"].startswith("عين الأسد")


# --- a district in no list is wider than the sub-district named with it ----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("قصفت المدفعية الإيرانية، أمس الاثنين، المرتفعات المحيطة بناحية حاج عمران في قضاء جومان، ما أدى إلى إصابة راعٍ.",
     "Haji Omaran"),
    ("قتل مزارع بانفجار لغم قرب بلدة جلولاء في قضاء خانقين مساء الأحد.", "Jalawla"),
])
def test_a_district_in_no_list_is_wider_than_the_place_named(text, place):
    assert place in drafted(text)[0]["location"]


def test_a_village_named_with_its_district_stays():
    (draft,) = drafted("قتل مزارع بانفجار لغم في قرية كاني ماسي في قضاء العمادية مساء الأحد.")
    assert draft["location"].startswith("كاني ماسي")


# --- 'بعد يومين من الهجوم': the event counted back from the day told; an abduction's own day -----------------------

@pytest.mark.parametrize("text, day", [
    ("توفي جندي متأثراً بجراحه، اليوم الثلاثاء، بعد يومين من الهجوم على نقطة للجيش في مطيبيجة.", "2025-09-28"),
    ("فارق شرطي الحياة، الثلاثاء، بعد ثلاثة أيام من استهدافه بعبوة ناسفة قرب داقوق.", "2025-09-27"),
    ("عُثر صباح اليوم على جثة شاب قرب قرية كرسي، بعد يومين من اختطافه على يد مسلحين مجهولين مساء السبت.",
     "2025-09-27"),
    ("عثرت الشرطة، الثلاثاء، على جثة سائق قرب داقوق بعد أيام من خطفه في ٢٤ أيلول.", "2025-09-24"),
    # a body found of someone abducted is the abduction's incident, dated the abduction (rules round 9)
    ("عُثر على جثتي شقيقين في بستان قرب ناحية قرة تبة صباح الثلاثاء، بعد يومين من اختطافهما على يد مسلحين مجهولين.",
     "2025-09-28"),
])
def test_an_event_counted_back_from_the_day_told(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text", [
    # a disappearance is no event
    "عثر ذوو شاب، صباح الثلاثاء، على جثته وعليها آثار إطلاق نار قرب سنجار، بعد ثلاثة أيام من اختفائه.",
])
def test_a_body_found_days_after_with_no_day_of_its_own_keeps_its_day(text):
    assert drafted(text)[0]["event_date"] == "2025-09-30"


# --- a toll that rose, or a death of wounds, on the day told first: the earlier day of the attack told after ---------

@pytest.mark.parametrize("text, day", [
    ("The death toll from an IS attack on an army post near Makhmour rose to three on Monday after a wounded soldier "
     "died. The militants stormed the post late on Saturday, killing two soldiers.", "2025-09-27"),
    ("A policeman died of his wounds in hospital on Monday. He had been shot by gunmen at a checkpoint in Daquq on "
     "Friday.", "2025-09-26"),
    ("ارتفعت حصيلة ضحايا الهجوم على صيادين قرب ناحية الزاب إلى ثلاثة قتلى، اليوم الثلاثاء. وكان مسلحون مجهولون قد "
     "أطلقوا النار على أربعة صيادين مساء الأحد الماضي.", "2025-09-28"),
    ("توفي جندي متأثراً بجراحه، أمس الاثنين، في مستشفى كركوك. وكان الجندي قد أصيب بهجوم لداعش في الرشاد مساء "
     "السبت.", "2025-09-27"),
])
def test_a_toll_risen_is_dated_by_the_attack_told_after(text, day):
    assert drafted(text)[0]["event_date"] == day


@pytest.mark.parametrize("text, day", [
    # no earlier day told for the attack
    ("The death toll from an IS attack on an army post near Makhmour rose to three on Monday.", "2025-09-29"),
    # only a later day told after, the day it was said
    ("A policeman died of his wounds in hospital in Kirkuk on Sunday, his family said on Monday.", "2025-09-28"),
])
def test_a_toll_risen_with_no_earlier_attack_day_keeps_its_day(text, day):
    assert drafted(text)[0]["event_date"] == day


# --- a place in parentheses after another is its gloss; a dateline after an agency of two words ----------------------

@pytest.mark.parametrize("text, place", [
    ("On 15 May, suspected ISIS elements shot dead a village mukhtar in Al-Rashad sub-district (Kirkuk).", "Rashad"),
    ("Gunmen killed a farmer in Hawija (Kirkuk) on Sunday.", "Hawiga"),
    ("قتل مسلحون مختار قرية في ناحية الرشاد (كركوك) مساء الأحد.", "Rashad"),
    ("بغداد اليوم – كركوك: أفاد مصدر محلي، اليوم، بسماع دوي انفجار قوي في أطراف قضاء داقوق ليلة أمس، دون ضحايا.",
     "Daquq"),
    ("شفق نيوز – ديالى: قتل مزارع بانفجار عبوة في ناحية جلولاء مساء الأحد.", "Jalawla"),
])
def test_a_gloss_or_a_dateline_is_not_the_place(text, place):
    assert place in drafted(text)[0]["location"]


@pytest.mark.parametrize("text, place", [
    # the place in parentheses is the only one
    ("Gunmen killed a farmer on Sunday (Kirkuk).", "Kirkuk"),
    # a dateline's town that is the event's too
    ("بغداد اليوم – كركوك: قتل مدني بانفجار عبوة ناسفة وسط المدينة مساء الأحد.", "Kirkuk"),
])
def test_a_gloss_or_a_dateline_alone_is_the_place(text, place):
    assert place in (drafted(text)[0].get("location") or place)


def test_a_bulletin_line_of_governorate_and_town_is_the_towns():
    (draft,) = drafted("- ديالى / السعدية: في ٢٨ أيلول، تظاهر نحو ٢٠٠ شخص، وانتهت التظاهرة دون حوادث.")
    assert "Saadiya" in draft["location"]


# --- a camp named after a town is the camp --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Turkish drone struck a house in the Makhmour refugee camp on Thursday, killing a woman.",
    "A drone hit a car at the entrance of Makhmour camp on Sunday, wounding two.",
    "استهدفت طائرة مسيّرة، مساء أمس، سيارة مدنية قرب مخيم مخمور، ما أدى إلى إصابة شخصين.",
    "قتل شاب بانفجار عبوة داخل مخيم مخمور فجر الأحد.",
])
def test_a_camp_named_after_a_town_is_the_camp(text):
    draft = drafted(text)[0]
    assert draft["location"] == "Makhmur camp" and draft["geo_precision"] == 2


def test_the_town_of_the_camp_is_the_town():
    assert drafted("A drone hit a car in Makhmour on Sunday, wounding two.")[0]["location"] == "Makhmur"


# --- a bulletin line headed by the governorate and the place in it ---------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Daily brief\n- Kirkuk, Daquq: Yesterday afternoon, gunmen wounded a policeman at a checkpoint.", "Daquq"),
    ("Daily brief\n- Kirkuk / Hawija: On Sunday, an IED killed a shepherd.", "Hawiga"),
    ("Daily brief\n• Kirkuk, Dibis – On Sunday, an IED wounded two soldiers.", "Dibis"),
])
def test_a_line_headed_by_the_governorate_is_the_place_in_it(text, place):
    assert place in drafted(text)[0]["location"]


def test_a_town_and_a_place_elsewhere_stay():
    text = "Daily brief\n- Kirkuk, Sinjar: On Sunday, an IED killed a shepherd."
    assert drafted(text)[0]["location"] == "Kirkuk"


# --- 'since January' is no month of the days told after -----------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("June was the quietest month in Khanaqin since January. Apart from a grenade attack on a shop on the 3rd, "
     "which caused damage only, nothing was reported.", "2025-06-03"),
    ("August saw the fewest attacks since March; on the 14th, gunmen wounded a farmer near Daquq.", "2025-08-14"),
    ("In July, the calmest month since early 2024, an IED wounded two soldiers near Tuz Khurmatu on the 9th.",
     "2025-07-09"),
])
def test_a_month_since_which_is_not_the_month_of_the_days_after(text, day):
    assert drafted(text)[0]["event_date"] == day


def test_a_month_told_last_is_the_month_of_the_days_after():
    text = "Attacks have risen since January. In March, on the 9th, gunmen wounded a farmer near Daquq."
    assert drafted(text)[0]["event_date"] == "2025-03-09"
