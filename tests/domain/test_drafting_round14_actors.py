"""Drafting rules of round 14 (issue 15): perpetrator and attribution, English and Arabic, from the misses of parts
Z9-Z16. Each class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import only, who

ISIS = "Islamic State (Iraq)"
ARMY = "Military Forces of Iraq"
PMF = "Popular Mobilization Forces"
POLICE = "Police Forces of Iraq"
PKK = "PKK: Kurdistan Workers' Party"
TURKEY = "Military Forces of Turkey"
IRAN = "Military Forces of Iran"


# --- a force that says its own men fought: 'the 8th Division said that its troops clashed with ISIS militants ...,
# killing four of them', 'the PMF announced that its fighters had killed three ISIS terrorists' -------------------------

@pytest.mark.parametrize("text, actor", [
    ("The Iraqi army's 8th Division said on Tuesday that its troops clashed with ISIS militants in the Hamrin "
     "mountains on Monday, killing four of them.", ARMY),
    ("The Popular Mobilization Forces announced on Saturday that its fighters had killed three ISIS terrorists in an "
     "ambush near Baiji on Friday night.", PMF),
    ("The Iraqi army said that its soldiers killed two ISIS militants in Wadi al-Shay on Sunday.", ARMY),
    ("The PMF said its fighters clashed with an ISIS cell near Tuz Khurmatu on Sunday, killing two of them.", PMF),
])
def test_a_force_that_says_its_men_fought_is_the_perpetrator(text, actor):
    assert only(text).get("actor1") == actor


@pytest.mark.parametrize("text", [
    # those who tried to storm a checkpoint are the attackers
    "The Joint Operations Command announced on Wednesday that its forces had killed two ISIS militants who tried to "
    "storm a checkpoint west of Hawija on Tuesday night.",
    # an attack its men repelled is the attackers'
    "The Peshmerga ministry said its forces repelled an ISIS attack on one of their positions near Makhmour on "
    "Sunday night, killing two attackers.",
    # its men as victims
    "The Iraqi army said on Sunday that its soldiers were killed when ISIS militants attacked a post near Tuz "
    "Khurmatu.",
])
def test_its_men_killed_or_attacked_leave_the_attackers(text):
    assert only(text).get("actor1") == ISIS


# --- the force that launched an operation against a group, the fight's dead told in the next sentence ----------------

@pytest.mark.parametrize("text", [
    "On 2 May, Iraqi army forces launched an operation against positions of the Sinjar Resistance Units (YBS) in "
    "Sinuni sub-district. According to local sources, one soldier and two YBS fighters were killed in the ensuing "
    "clashes.",
    "On 3 August, Iraqi Army units launched an operation against YBS positions in Snuny. Clashes lasted several "
    "hours; one soldier and two YBS fighters were killed.",
    "The Iraqi army launched a military operation against the YBS in Sinjar on Sunday. Two soldiers were killed in "
    "the clashes that followed.",
    "At dawn, a force of the Iraqi army's 8th Division raided a hideout of an ISIS cell near Kirkuk. The ensuing "
    "clash resulted in the killing of three terrorists.",
])
def test_the_force_that_launched_the_operation_is_the_perpetrator_of_the_fight_after(text):
    assert only(text).get("actor1") == ARMY


def test_an_operation_to_search_is_no_move_against_the_attackers():
    draft = only("The Iraqi army launched an operation to search the Hamrin mountains on Sunday. ISIS militants "
                 "attacked a patrol, killing two soldiers.")
    assert draft.get("actor1") == ISIS


# --- an ambush set by the force's own men, told by a pronoun: 'بكمين نصبته قطعاتها' -----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("أعلنت قيادة الشرطة الاتحادية، اليوم الثلاثاء، مقتل ثلاثة إرهابيين بكمين نصبته قطعاتها لعناصر من داعش قرب "
     "ناحية العظيم.", POLICE),
    ("أعلن الحشد الشعبي مقتل إرهابيين اثنين بكمين نصبته قواته لعناصر من داعش قرب بيجي.", PMF),
    ("The Popular Mobilization Forces said on Sunday that three ISIS militants were killed in an ambush set by its "
     "fighters near Baiji.", PMF),
])
def test_an_ambush_set_by_its_own_men_is_the_force_s(text, actor):
    assert only(text).get("actor1") == actor


def test_an_ambush_set_by_the_group_is_the_group_s():
    draft = only("أعلنت قيادة الشرطة الاتحادية مقتل منتسبين اثنين بكمين نصبه عناصر من داعش قرب ناحية العظيم.")
    assert draft.get("actor1") == ISIS


# --- the accuser is not the accused ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أفاد مصدر أمني بأن طائرة مسيرة استهدفت مساء الخميس قاعدة زليكان التركية قرب بعشيقة، دون إصابات. ولم تتبنَّ "
    "أي جهة الهجوم، فيما اتهمت وزارة الدفاع التركية حزب العمال الكردستاني بالوقوف وراءه.",
    "A drone struck a Turkish base near Bashiqa on Thursday without casualties. Turkey's defence ministry blamed the "
    "PKK for the attack.",
    "A drone struck a Turkish base near Bashiqa on Thursday without casualties. The Turkish defence ministry accused "
    "the PKK of the attack.",
])
def test_the_accuser_is_not_the_perpetrator(text):
    assert who(only(text)) == (PKK, "suspected")


def test_a_strike_told_of_the_accused_keeps_the_striker():
    draft = only("Turkish drones struck a village near Amadiya on Sunday, killing two people. The PKK accused Turkey "
                 "of targeting civilians.")
    assert draft.get("actor1") == TURKEY


# --- a group blamed, even as what remains active in the area ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "An explosive device went off on Monday next to a car carrying farmers in Mandali, killing one of them. A local "
    "official blamed Islamic State cells that remain active in the area.",
    "A roadside bomb killed a shepherd near Tuz Khurmatu on Sunday. Police blamed ISIS remnants that are still "
    "active in the Hamrin mountains.",
])
def test_a_group_blamed_is_suspected_though_told_as_active_there(text):
    assert who(only(text)) == (ISIS, "suspected")


def test_a_group_told_only_as_active_in_the_area_is_background():
    draft = only("An explosive device went off on Monday next to a car in Mandali, killing a farmer. Islamic State "
                 "cells remain active in the area.")
    assert draft.get("actor1") is None


# --- suspicion told by 'reportedly by', 'attributed it to'; claims told by a present verb or a day ------------------

@pytest.mark.parametrize("text", [
    "On 5 July, two shepherds were kidnapped near Al-Zab, west of Hawija, reportedly by ISIS elements.",
    "Two shepherds were kidnapped near Hawija on Sunday, allegedly by ISIS militants.",
    "An IED struck a Federal Police vehicle in Rashad on Sunday, killing one officer; police attributed it to an IS "
    "cell.",
])
def test_reportedly_or_attributed_makes_the_group_suspected(text):
    assert who(only(text)) == (ISIS, "suspected")


@pytest.mark.parametrize("text, actor", [
    ("١١ أيار: تنظيم داعش يتبنى هجوماً على نقطة للبيشمركة قرب كفري أسفر عن مقتل عنصرين.", ISIS),
    ("Iran's Revolutionary Guards said on Friday they had struck headquarters of terrorist groups in the Sidakan "
     "area with drones. A local official said one person was killed.", IRAN),
])
def test_a_claim_in_the_present_or_past_a_day_is_a_claim(text, actor):
    assert who(only(text)) == (actor, "claimed")


def test_no_group_claiming_is_no_claim():
    draft = only("انفجرت عبوة ناسفة قرب دورية للجيش في الحويجة، ولم يتبنَّ أي تنظيم الهجوم حتى الآن.")
    assert draft.get("attribution") != "claimed"


# --- arson told with its doers or a phrase between the verb and its object: property destruction --------------------

@pytest.mark.parametrize("text", [
    "أضرم مسلحون مجهولون النار، مساء الأحد، في حقول حنطة تعود لمزارعين في قرية قراج التابعة لقضاء مخمور.",
    "في ١٢ تشرين الأول، أضرم مجهولون النار في جرافة تابعة لشركة مقاولات في ناحية الرشاد، دون إصابات.",
    "أضرم مجهولون النار في منزل مواطن في قضاء طوزخورماتو فجر اليوم، دون إصابات.",
    "أضرم مسلحون النار في آليات تابعة لشركة نفطية قرب ناحية الرياض مساء الأحد.",
])
def test_arson_told_with_its_doers_is_property_destruction(text):
    assert only(text).get("sub_event_type") == "Looting/property destruction"


def test_gunmen_opening_fire_on_a_farmer_is_no_arson():
    draft = only("أطلق مسلحون مجهولون النار، مساء الأحد، على مزارع في قرية قراج قرب مخمور، ما أدى إلى إصابته.")
    assert draft.get("event_type") == "Violence against civilians"


def test_a_claim_denied_by_without_anyone_claiming_is_no_claim():
    draft = only("أصيب ثلاثة مدنيين مساء الخميس إثر سقوط قذيفتي هاون على أطراف ناحية جلولاء. ورجّح مسؤول محلي أن تكون "
                 "القذائف قد أطلقت من مناطق يتحرك فيها عناصر داعش، من دون أن يتبنى أحد القصف.")
    assert draft.get("attribution") != "claimed"


# --- a militant killed by a force's fire: the force's fight ('قُتل إرهابي بنيران قطعات الجيش') ------------------------

@pytest.mark.parametrize("text, actor", [
    ("وفي سياق آخر، قُتل إرهابي بنيران قطعات الجيش خلال محاولته التسلل إلى إحدى القرى في ناحية الملتقى.", ARMY),
    ("قُتل مسلح بنيران قوات الشرطة الاتحادية قرب ناحية العباسي فجر اليوم.", POLICE),
    ("أعلن الحشد الشعبي مقتل إرهابيين اثنين بنيران قطعاته قرب قضاء بيجي فجر اليوم.", None),
])
def test_a_militant_killed_by_a_force_s_fire_is_a_battle(text, actor):
    draft = only(text)
    assert draft.get("event_type") == "Battles"
    if actor:
        assert draft.get("actor1") == actor


def test_a_civilian_killed_by_a_force_s_fire_is_no_battle():
    assert only("قُتل مدني بنيران قوات الجيش قرب الحويجة فجر اليوم.").get("event_type") != "Battles"


# --- a gang that kidnaps is an unidentified group -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police in Kirkuk freed a nine-year-old boy on Thursday, two days after a gang kidnapped him near his school.",
    "An armed gang kidnapped a trader in Tuz Khurmatu on Sunday and demanded a ransom.",
    "A criminal gang abducted a pharmacist in Hawija on Sunday evening.",
])
def test_a_gang_that_kidnaps_is_an_unidentified_group(text):
    assert who(only(text)) == ("Unidentified Armed Group (Iraq)", "unknown")


def test_a_gang_arrested_is_the_police_s_arrest():
    assert only("Police arrested a gang that stole cars in Kirkuk on Sunday.").get("actor1") == POLICE
