"""Drafting rules of round 10 (issue 15): perpetrator, attribution and event type, English and Arabic, from the misses
of parts R-U. Each class of construction with several wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest
from test_drafting_round4_actors import drafted, only

UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


# --- a force fired on ('a Federal Police unit', 'a Peshmerga force'), that returned fire or repelled an attack, or a
# post that came under fire: a fight, not an attack on civilians ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ISIS militants opened fire on a Federal Police unit in the Al-Zab sub-district on Tuesday evening, killing one "
    "police officer.",
    "PKK fighters opened fire on a Peshmerga force near the village of Sehela on Monday, and the Peshmerga returned "
    "fire, a security source said.",
    "Gunmen fired at an army detachment near the village of Albu Hassan on Sunday night.",
    "Unidentified gunmen attacked a farmhouse used by the army near the village of Albu Hassan on Sunday; the troops "
    "returned fire.",
    "Fighters of the PMF repelled an infiltration attempt by ISIS militants near the village of Albu Hassan at dawn "
    "on Tuesday, killing two of the attackers.",
    "A PMF checkpoint near Tel Keppe came under small-arms fire from unidentified gunmen on Monday; no injuries were "
    "reported.",
    "تعرضت مفرزة من الجيش، مساء السبت، لإطلاق نار من قبل عناصر مجهولة قرب قرية بير أحمد، وقد ردت القوة على مصادر "
    "النيران دون تسجيل أي إصابات.",
    "تمكنت قطعات الحشد الشعبي فجر الاثنين من صد تعرض لعصابات داعش على قرية تل الذهب في قضاء طوزخورماتو.",
])
def test_a_force_fired_on_or_firing_back_is_a_fight(text):
    assert only(text)["event_type"] == "Battles"


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a wedding convoy near the village of Albu Hassan on Sunday, wounding two guests.",
    "Gunmen shot dead a shepherd near the village of Albu Hassan on Sunday; the police said they returned to the "
    "area later to search for the killers.",
    "أطلق مسلحون مجهولون النار على منزل مختار قرية بير أحمد مساء السبت، ما أدى إلى إصابته بجروح.",
])
def test_fire_on_civilians_stays_an_attack_on_civilians(text):
    assert only(text)["event_type"] == "Violence against civilians"


# --- a victim named by his trade ('a shop owner', 'a car dealer'): an attack on civilians ----------------------------

@pytest.mark.parametrize("text", [
    "Unknown gunmen shot and killed a shop owner in the central market of Hawija on Sunday.",
    "Gunmen killed a car dealer in the Domiz district of Kirkuk on Monday night.",
    "Unidentified assailants shot dead the owner of a restaurant in Tuz Khurmatu on Saturday.",
    "A generator owner was shot and wounded by unknown gunmen in the Hay al-Askari area of Kirkuk on Sunday.",
    "Gunmen killed a labourer in an orchard near Jalawla on Wednesday.",
])
def test_a_victim_named_by_his_trade_makes_an_attack_on_civilians(text):
    draft = only(text)
    assert draft["event_type"] == "Violence against civilians"
    assert draft["actor1"] == UNIDENTIFIED


def test_a_shop_set_on_fire_with_nobody_hurt_is_no_attack_on_a_person():
    draft = only("Unknown persons set fire to a shop in the market of Tuz Khurmatu on Sunday night, causing damage.")
    assert draft["event_type"] != "Violence against civilians"


# --- a state force that 'killed three IS fighters': a fight (its own act, not a consequence told with 'killing') ------

@pytest.mark.parametrize("text", [
    "On 23 August, the Iraqi army said it had killed three IS fighters in a raid in the Mutaibijah basin.",
    "Iraqi troops killed two ISIS members near Tarmiyah on Monday, the Joint Operations Command said.",
    "The Peshmerga killed four ISIS fighters who tried to reach their positions near Makhmour on Sunday.",
])
def test_killing_fighters_of_a_group_is_a_fight(text):
    assert only(text)["event_type"] == "Battles"


def test_fighters_killed_by_a_strike_told_before_stay_the_strike():
    drafts = drafted("Turkish drones carried out a strike in the Amadiya district on Monday. The drone hit a car near "
                     "Sidakan, killing two PKK members, a local official said.")
    assert drafts[0]["event_type"] == "Explosions/Remote violence"


# --- 'عناصر مجهولة', 'جهة مسلحة مجهولة': unknown attackers -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "تعرّضت قوة من الشرطة الاتحادية، فجر اليوم، إلى إطلاق نار من قبل عناصر مجهولة في قرية المسحك التابعة لقضاء "
    "الحويجة، ما أدى إلى إصابة أحد المنتسبين.",
    "أقدم عنصر مجهول على إطلاق النار على مختار قرية الخضراء مساء الخميس، ما أدى إلى مقتله.",
    "استهدفت جهة مسلحة مجهولة منزل مختار قرية الخضراء بإطلاق نار مساء الخميس دون وقوع إصابات.",
    "هاجمت عناصر مجهولة نقطة للجيش في ناحية الرياض مساء الأحد، ما أسفر عن إصابة جندي.",
])
def test_unknown_elements_are_an_unidentified_armed_group(text):
    draft = only(text)
    assert (draft["actor1"], draft["attribution"]) == (UNIDENTIFIED, "unknown")


def test_elements_of_a_named_group_are_the_group():
    draft = only("هاجمت عناصر من تنظيم داعش نقطة للجيش في ناحية الرياض مساء الأحد، ما أسفر عن إصابة جندي.")
    assert draft["actor1"] == "Islamic State (Iraq)"


# --- a claim told as 'claimed an armed attack', 'claimed that attack' ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 1 June, IS claimed an armed attack on an army patrol near Baiji in which two soldiers were killed.",
    "A bomb planted on a motorcycle went off in a market in Saadiya on Saturday, wounding five people. IS claimed "
    "that attack on Telegram.",
    "Gunmen attacked an army post near Baiji on Sunday, killing two soldiers. ISIS claimed this attack in a "
    "statement.",
])
def test_a_claim_of_an_armed_attack_or_of_that_attack(text):
    draft = drafted(text)[0]
    assert (draft["actor1"], draft["attribution"]) == ("Islamic State (Iraq)", "claimed")


def test_an_attack_not_claimed_names_no_claim():
    draft = only("Gunmen attacked an army post near Baiji on Sunday, killing two soldiers. No group claimed that "
                 "attack.")
    assert draft.get("attribution") != "claimed"


# --- a group's armed wing telling of its fighters' attack claims it ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The PKK's armed wing said in a statement that its fighters attacked a Turkish military base in the Amedi area "
    "at dawn on Saturday, killing two Turkish soldiers.",
    "The PKK's military wing said on Sunday that its fighters had attacked a Turkish outpost near Kani Masi, killing "
    "a soldier.",
])
def test_a_groups_armed_wing_telling_of_its_fighters_attack_claims_it(text):
    draft = only(text)
    assert (draft["actor1"], draft["attribution"]) == ("PKK: Kurdistan Workers' Party", "claimed")


# --- 'ويُشتبه بأن الخاطفين ينتمون إلى خلايا داعش': a suspicion of who the unknown attackers belong to -------------------

@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون، فجر الأحد، شقيقين من رعاة الأغنام في قرية الزركة التابعة لناحية الزاب. ويُشتبه بأن "
    "الخاطفين ينتمون إلى إحدى خلايا داعش الناشطة في المنطقة.",
    "قتل مسلحون مجهولون مزارعاً في قرية الزركة مساء السبت، ويُعتقد أن المهاجمين ينتمون إلى تنظيم داعش.",
    "أطلق مسلحون مجهولون النار على راعٍ في قرية الزركة فأردوه قتيلاً، ويرجح أن الجناة ينتمون لخلايا داعش.",
])
def test_unknown_attackers_suspected_to_belong_to_a_group_are_the_group(text):
    draft = only(text)
    assert (draft["actor1"], draft["attribution"]) == ("Islamic State (Iraq)", "suspected")


def test_unknown_attackers_with_no_group_suspected_stay_unknown():
    draft = only("قتل مسلحون مجهولون مزارعاً في قرية الزركة مساء السبت، ويُعتقد أن الخلاف عشائري.")
    assert (draft["actor1"], draft["attribution"]) == (UNIDENTIFIED, "unknown")


# --- an event told only as the news denied is none ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "نفت خلية الإعلام الأمني، اليوم الاثنين، ما تداولته بعض مواقع التواصل الاجتماعي عن اختطاف أربعة جنود في قضاء "
    "طوزخورماتو. وأوضحت الخلية أن مفرزة من الجيش تعرضت، مساء السبت، لإطلاق نار من قبل عناصر مجهولة قرب قرية بير "
    "أحمد، وقد ردت القوة على مصادر النيران دون تسجيل أي إصابات.",
    "The Security Media Cell on Monday denied reports that four soldiers had been kidnapped in Tuz Khurmatu. It said "
    "an army detachment came under fire from unidentified gunmen near the village of Bir Ahmed on Saturday evening; "
    "the troops returned fire and no one was hurt.",
])
def test_an_event_told_only_as_news_denied_is_none(text):
    draft = only(text, published=date(2025, 4, 28))
    assert draft["event_type"] == "Battles"
    assert draft["event_date"] == "2025-04-26"


def test_a_side_denying_responsibility_does_not_undo_the_attack():
    draft = only("Gunmen attacked a Peshmerga post near Makhmour on Sunday, wounding two fighters. The PKK denied "
                 "responsibility for the attack.")
    assert draft["event_type"] == "Battles"


# --- 'نفذت قوة من جهاز مكافحة الإرهاب إنزالاً جوياً': an airborne landing carried out by the force named after the verb ---

@pytest.mark.parametrize("text", [
    "نفذت قوة من جهاز مكافحة الإرهاب، في ٤ آب الجاري، إنزالاً جوياً في وادي حوران غربي الأنبار، أسفر عن مقتل أربعة "
    "إرهابيين من عصابات داعش.",
    "نفذت قوة من الجيش العراقي فجر الأحد إنزالاً جوياً في جزيرة سامراء وقتلت ثلاثة إرهابيين.",
])
def test_an_airborne_landing_carried_out_by_a_state_force(text):
    draft = only(text)
    assert (draft["event_type"], draft["actor1"]) == ("Battles", "Military Forces of Iraq")


def test_an_air_strike_is_no_airborne_landing():
    draft = only("نفذت طائرات F-16 العراقية فجر الأحد ضربة جوية على وكر لعصابات داعش في وادي حوران.")
    assert draft["event_type"] == "Explosions/Remote violence"


# --- the state force told before a time, a reason or its support between commas, then its fight ----------------------

@pytest.mark.parametrize("text", [
    "تمكنت قطعات قيادة عمليات كركوك، يوم أمس الأحد، وبناءً على معلومات استخبارية دقيقة، من الاشتباك مع مجموعة "
    "إرهابية في منطقة وادي النفط وتحييد اثنين من الإرهابيين.",
    "Units of the 8th Army Division, supported by army aviation, raided a terrorist hideout in the Wadi Zghaitoun "
    "area on Sunday. The force killed three terrorists.",
])
def test_a_state_force_told_before_commas_then_its_fight(text):
    draft = drafted(text)[0]
    assert (draft["event_type"], draft["actor1"]) == ("Battles", "Military Forces of Iraq")
