"""Drafting rules of round 6 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import IRAQ, ISIS, UNIDENTIFIED, only, who

PESHMERGA = "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"


# --- state forces that killed militants: a fight, even with arrests after it, and its subject past a place --------

@pytest.mark.parametrize("text, actor", [
    ("Army forces on the Iraqi-Syrian border killed a terrorist and arrested another on Monday night near Rabia.",
     IRAQ),
    ("Iraqi troops in the Hamrin mountains killed three ISIS militants on Sunday, the army said.", IRAQ),
    ("Soldiers of the Iraqi army at a checkpoint near Tuz Khurmatu killed two militants on Sunday.", IRAQ),
    ("Peshmerga forces near Gwer killed two insurgents who tried to cross the Zab river on Sunday.", PESHMERGA),
    ("قوة من الجيش العراقي تقتل اثنين من عناصر داعش خلال اشتباك في سلسلة جبال مكحول شمالي بيجي.", IRAQ),
])
def test_state_forces_that_killed_militants_fought_them(text, actor):
    draft = only(text)
    assert (draft["event_type"], draft.get("actor1")) == ("Battles", actor)


@pytest.mark.parametrize("text", [
    "Two militants were killed on Sunday when the explosives they were planting went off near Tuz Khurmatu.",
    "ISIS militants killed two shepherds near Gwer on Sunday, Peshmerga forces said.",
])
def test_militants_killed_by_no_state_force_are_no_state_fight(text):
    draft = only(text)
    assert draft.get("actor1") not in (IRAQ, PESHMERGA)


def test_a_strike_by_an_air_force_is_an_air_strike():
    draft = only("- 8 June: The Security Media Cell said an Iraqi Air Force strike killed three IS militants in "
                 "Wadi al-Shay.")
    assert (draft["sub_event_type"], draft.get("actor1")) == ("Air/drone strike", IRAQ)


# --- an attack on a police station by gunmen: a fight with the police ---------------------------------------------

@pytest.mark.parametrize("text", [
    "في ٨ آب/أغسطس، هاجم مسلحون مجهولون مركزاً للشرطة في ناحية زمار، ما أسفر عن إصابة شرطيين اثنين.",
    "هاجم مسلحون مجهولون مخفراً في ناحية زمار مساء الاثنين، ما أدى إلى إصابة شرطيين اثنين.",
    "أصيب شرطيان اثنان بهجوم شنه مسلحون مجهولون على مخفر ناحية زمار مساء الاثنين.",
])
def test_gunmen_attacking_a_police_station_is_a_fight(text):
    draft = only(text)
    assert (draft["event_type"], *who(draft)) == ("Battles", UNIDENTIFIED, "unknown")


# --- gunmen believed to be of ISIS, past 'members of the organisation' -------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل مواطن من المكون الكاكائي، مساء الأحد، إثر هجوم شنه مسلحون يُعتقد أنهم من عناصر تنظيم \"داعش\" على قرية "
    "زردة التابعة لقضاء داقوق.",
    "قُتل مزارع، مساء الأحد، بهجوم مسلحين يُعتقد أنهم من عناصر تنظيم داعش على قرية زردة في قضاء داقوق.",
    "هاجم مسلحون يُرجح أنهم من عناصر تنظيم «داعش» قرية زردة في قضاء داقوق مساء الأحد، ما أسفر عن مقتل مزارع.",
])
def test_gunmen_believed_members_of_isis_attacking_a_village(text):
    draft = only(text)
    assert (draft["event_type"], *who(draft)) == ("Violence against civilians", ISIS, "suspected")


def test_members_of_the_police_attacked_is_still_a_fight():
    draft = only("هاجم مسلحون مجهولون عناصر الشرطة في ناحية زمار مساء الاثنين، ما أدى إلى إصابة اثنين منهم.")
    assert draft["event_type"] == "Battles"


# --- one more strike of the series told before: 'a separate strike', 'a similar shelling', 'قصفاً مماثلاً' ---------

TURKEY, IRAN = "Military Forces of Turkey", "Military Forces of Iran"


def drafted_all(text):
    from test_drafting_round4_actors import drafted
    return drafted(text)


@pytest.mark.parametrize("text, actor", [
    ("Turkish airstrikes hit Duhok over the weekend: strikes on Saturday near the village of Deraluk killed a shepherd, "
     "while a separate strike on Sunday hit a car on the road to Batifa, wounding two civilians.", TURKEY),
    ("قصفت المدفعية الإيرانية، أمس الاثنين، المرتفعات المحيطة بناحية سيدكان، ما أدى إلى إصابة راعٍ بجروح. وكانت "
     "قرية بردين قد شهدت في الثاني عشر من الشهر الجاري قصفاً مماثلاً أدى إلى إصابة مزارع.", IRAN),
    ("قصفت طائرة مسيرة تركية، مساء الأحد، سيارة في قضاء سنجار، ما أدى إلى مقتل شخصين. ويأتي القصف بعد أيام من ضربة "
     "مماثلة في أوائل الشهر استهدفت منزلاً في ناحية سنوني وأسفرت عن إصابة ثلاثة أشخاص.", TURKEY),
    ("Iranian artillery shelled the hills around Sidakan on Monday, wounding a shepherd. On 12 September a similar "
     "shelling near the village of Bardin wounded a farmer.", IRAN),
])
def test_one_more_strike_of_the_series_is_by_the_same_side(text, actor):
    drafts = drafted_all(text)
    assert len(drafts) == 2
    assert [d.get("actor1") for d in drafts] == [actor, actor]


@pytest.mark.parametrize("text", [
    # a strike with no word of likeness, or one of unknown origin
    "Turkish warplanes struck the area around Makhmour camp late on Sunday, killing one resident. Earlier this month, "
    "a drone strike killed two people in a car near the Sardasht camp on Mount Sinjar.",
    "Turkish warplanes bombed a cave near Makhmur on Monday, killing three PKK fighters. In a separate strike the same "
    "evening, a drone of unknown origin hit a car near Sinjar, wounding two civilians.",
])
def test_a_strike_not_told_as_one_more_of_the_series_keeps_no_side(text):
    drafts = drafted_all(text)
    assert len(drafts) == 2 and drafts[1].get("actor1") is None


# --- surviving an attack or an attempt on one's life -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In July, a lawyer survived an attack in the Wasiti neighbourhood of Kirkuk city with light wounds.",
    "A Yazidi activist escaped unharmed from an attempt on his life in Sinjar on Sunday.",
    "A journalist survived an armed attack on his car near Tuz Khurmatu on Sunday evening.",
    "A local council member survived an assassination attempt in Tuz Khurmatu on Sunday evening.",
    "نجا مختار قرية البو حمدان، مساء الأحد، من محاولة اغتيال في ناحية الرياض.",
    "نجا مختار قرية تل علي التابعة لناحية الرياض غربي كركوك، مساء الأحد، من كمين نصبه مجهولون لسيارته.",
])
def test_surviving_an_attack_is_an_attack_on_civilians(text):
    assert only(text)["event_type"] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "A police patrol survived an ambush near Tuz Khurmatu on Sunday.",
])
def test_a_patrol_that_survived_an_ambush_fought(text):
    assert only(text)["event_type"] == "Battles"


def test_a_shop_that_survived_a_fire_is_no_incident():
    from test_drafting_round4_actors import drafted
    assert drafted("The shop survived the fire that broke out in the market of Tuz Khurmatu on Sunday.") == []


# --- 'the organisation', 'the group': the armed group the report named before, even beside the state's men ----------

@pytest.mark.parametrize("text", [
    "شهد شهر نيسان تراجعاً في نشاط خلايا داعش في كركوك. ففي الخامس من الشهر هاجم مسلحو التنظيم نقطة للجيش قرب "
    "قرية تل الذهب، ما أسفر عن مقتل جنديين.",
    "أعلنت قيادة العمليات المشتركة مقتل أربعة إرهابيين من داعش بضربة جوية في جبال قرەچوغ فجر الأحد. وكان ثلاثة "
    "جنود قد قُتلوا بهجوم للتنظيم في المنطقة ذاتها أوائل الشهر الجاري.",
    "The month opened with a reminder of IS reach into southern Kirkuk. In the first days of November, militants "
    "attacked a village guard post in Daquq district, killing two guards. The group claimed the attack on its Amaq "
    "outlet.",
    "Daesh cells remain active in the Hamrin mountains. On Sunday, fighters of the organisation attacked an army "
    "checkpoint near Tuz Khurmatu, killing a soldier.",
])
def test_the_organisation_named_before_attacked(text):
    assert only_last(text)["actor1"] == ISIS


def only_last(text):
    from test_drafting_round4_actors import drafted
    return drafted(text)[-1]


@pytest.mark.parametrize("text", [
    "On Sunday, a group of farmers found an old mortar shell near an army checkpoint outside Tuz Khurmatu; it "
    "exploded, wounding two soldiers.",
    "Gunmen attacked an army checkpoint near Tuz Khurmatu on Sunday, killing a soldier. The group fled toward the "
    "Hamrin mountains.",
])
def test_a_group_with_no_armed_group_named_before_is_none(text):
    assert only_last(text).get("actor1") != ISIS


# --- the police of a province or town ('شرطة نينوى') and a state force that clashed with an unnamed side ----------

POLICE = "Police Forces of Iraq"


@pytest.mark.parametrize("text", [
    "اعتقلت قوة من شرطة نينوى ثلاثة مطلوبين بقضايا إرهاب في ناحية برطلة مساء الأربعاء.",
    "ألقت مفارز شرطة كركوك القبض على متهمين اثنين بقضايا إرهاب في ناحية ليلان مساء الأربعاء.",
    "اعتقلت شرطة خانقين، مساء الأربعاء، ثلاثة مطلوبين بقضايا إرهاب في قرية قولاجو.",
])
def test_the_police_of_a_province_arrested(text):
    assert only(text).get("actor1") == POLICE


@pytest.mark.parametrize("text, actor", [
    ("اشتبكت قوة من الشرطة الاتحادية مع إرهابي يرتدي حزاماً ناسفاً في أطراف قضاء الحويجة مساء السبت وتمكنت من "
     "قتله.", POLICE),
    ("اشتبكت قوة من الجيش مع عناصر إرهابية في أطراف قضاء الحويجة مساء السبت دون خسائر.", IRAQ),
    ("اشتبكت قوة من الجيش العراقي مع الإرهابيين داخل أحد الكهوف في سلسلة جبال حمرين مساء السبت.", IRAQ),
])
def test_a_state_force_that_clashed_with_an_unnamed_side(text, actor):
    assert only(text).get("actor1") == actor


@pytest.mark.parametrize("text", [
    "اشتبكت قوة من الجيش مع مسلحي داعش في أطراف قضاء الحويجة مساء السبت دون خسائر.",
    "اشتبك مسلحون مجهولون مع دورية للشرطة في أطراف قضاء الحويجة مساء السبت، ما أدى إلى إصابة شرطيين.",
])
def test_a_clash_with_a_side_named_is_that_sides(text):
    assert only(text).get("actor1") not in (IRAQ, POLICE)


# --- a summary's one line naming the author of all the incidents it lists -----------------------------------------

def all_drafted(text):
    from test_drafting_round4_actors import drafted
    return drafted(text)


@pytest.mark.parametrize("text, attribution", [
    ("Weekly overview, Kirkuk governorate. On 4 March, an IED detonated against a Federal Police patrol on the "
     "Hawija-Riyadh road, wounding two policemen. On 8 March, gunmen abducted a shepherd on the outskirts of Al-Abbasi "
     "sub-district. All three incidents are assessed as the work of ISIS remnants.", "suspected"),
    ("الملخص الأسبوعي – محافظة ديالى\n- ٩ أيلول: انفجار عبوة ناسفة قرب قرية حسن عليوي في ناحية قره تبه، من دون "
     "إصابات.\n- ١٢ أيلول: مقتل مدني وإصابة آخر بنيران مسلحين في قضاء خانقين.\nوتُنسب جميع هذه الحوادث إلى بقايا "
     "تنظيم داعش.", "suspected"),
    ("On 4 March, an IED detonated against an army patrol near Hawija, wounding two soldiers. On 8 March, gunmen "
     "killed a shepherd near Al-Abbasi. ISIS claimed both attacks on its Amaq outlet.", "claimed"),
    ("On 4 March, an IED detonated against an army patrol near Hawija, wounding two soldiers. On 8 March, gunmen "
     "killed a shepherd near Al-Abbasi. Security officials blamed ISIS cells for both attacks.", "suspected"),
])
def test_the_author_named_for_all_the_incidents(text, attribution):
    drafts = all_drafted(text)
    assert len(drafts) == 2
    assert [who(d) for d in drafts] == [(ISIS, attribution)] * 2


@pytest.mark.parametrize("text", [
    "On 4 March, an IED detonated against an army patrol near Hawija, wounding two soldiers. On 8 March, gunmen "
    "killed a shepherd near Al-Abbasi. Neither attack was claimed, but both bore the hallmarks of the group.",
    "On 4 March, an IED detonated against an army patrol near Hawija, wounding two soldiers. On 8 March, gunmen "
    "killed a shepherd near Al-Abbasi. The police are investigating all three incidents.",
])
def test_no_author_named_for_all_keeps_each_its_own(text):
    drafts = all_drafted(text)
    assert [d.get("actor1") for d in drafts] == [None, UNIDENTIFIED]


# --- a suspicion told far from the group ('مرجحاً أن تكون العبوة قد زرعت من قبل عناصر في تنظيم داعش') -----------

@pytest.mark.parametrize("text", [
    "قُتل مدني بانفجار عبوة ناسفة قرب قرية الصفرة جنوب غربي كركوك مساء السبت، وقال المصدر إن القوات الأمنية فتحت "
    "تحقيقاً، مرجحاً أن تكون العبوة قد زرعت من قبل عناصر في تنظيم داعش.",
    "قُتل مدني بانفجار عبوة ناسفة قرب قرية الصفرة جنوب غربي كركوك مساء السبت، ويُرجح أن يكون الهجوم قد نُفذ على يد "
    "خلايا داعش.",
    "قُتل مدني بانفجار عبوة ناسفة قرب قرية الصفرة جنوب غربي كركوك مساء السبت، ويعتقد أن تكون العبوة من قبل داعش.",
    "أصيب ثلاثة مدنيين بسقوط قذيفتي هاون على أطراف ناحية جلولاء مساء الخميس. ورجّح مسؤول محلي أن تكون القذائف قد "
    "أطلقت من مناطق يتحرك فيها عناصر داعش.",
])
def test_a_likely_author_told_far_from_the_group_is_suspected(text):
    assert who(only(text)) == (ISIS, "suspected")


# --- a side that denies having struck is not the striker -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "استهدفت طائرة مسيّرة مجهولة، مساء الاثنين، سيارة مدنية قرب مخيم مخمور، ما أدى إلى إصابة شخصين. ولم تعلن أي جهة "
    "مسؤوليتها، فيما نفى مصدر في وزارة الدفاع التركية أن تكون القوات التركية نفذت أي ضربة في المنطقة.",
    "استهدفت طائرة مسيّرة مجهولة، مساء الاثنين، سيارة مدنية قرب مخيم مخمور، ما أدى إلى إصابة شخصين. ونفت أنقرة أن "
    "يكون الجيش التركي قد نفذ الضربة.",
])
def test_a_side_that_denies_the_strike_is_not_the_striker(text):
    assert only(text).get("actor1") != TURKEY


def test_a_state_force_that_reported_killing_militants():
    text = ("- On 31 May, the Iraqi army reported killing two ISIS militants in an ambush in the Makhoul mountains; no "
            "army casualties were reported.")
    assert only(text).get("actor1") == IRAQ


# --- the group that claimed a fight, not the side it hit; a force that says it struck claims the strike ------------

PKK = "PKK: Kurdistan Workers' Party"


@pytest.mark.parametrize("text", [
    "Two Turkish soldiers were killed on Sunday in an attack on a Turkish base in the Metina region, Turkey's defence "
    "ministry said. The PKK claimed the attack in a statement.",
    "An attack on a Turkish base in the Metina region killed two Turkish soldiers on Sunday. The PKK claimed "
    "responsibility for the attack.",
    "قُتل جنديان تركيان بهجوم على قاعدة تركية في منطقة متينا يوم الأحد، وتبنى حزب العمال الكردستاني الهجوم.",
])
def test_the_group_that_claimed_the_fight(text):
    assert who(only(text)) == (PKK, "claimed")


def test_a_fight_claimed_by_no_group_keeps_its_side():
    draft = only("Two Turkish soldiers were killed on Sunday in an attack by PKK militants on a Turkish base in the "
                 "Metina region.")
    assert who(draft) == (PKK, None)


@pytest.mark.parametrize("text", [
    "Iran's Revolutionary Guards said they had struck \"terrorist headquarters\" near Koya on Tuesday with drones, in "
    "an attack that killed one person.",
    "The Turkish defence ministry said it had struck PKK positions near Gara with drones on Tuesday, killing two "
    "militants.",
])
def test_a_force_that_says_it_struck_claims_the_strike(text):
    assert only(text).get("attribution") == "claimed"


# --- fires set to crops and homes: property destruction ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 6 March, unknown persons set fire to some 40 dunams of wheat in the village of Tal Ward, south-west of Daquq; "
    "no casualties were reported.",
    "On 21 June, fire destroyed about 300 dunams of barley belonging to Yazidi returnees in the village of Kocho, "
    "south of Sinjar.",
    "Farmers in the village of Qutan in Dibis district lost 120 dunams of wheat to a fire set on Wednesday night.",
    "أضرم مجهولون النار في منزلين لعائلتين إيزيديتين في مجمع سنوني شمال سنجار مساء السبت، واقتصرت الأضرار على "
    "الماديات.",
    "أقدم مجهولون فجر الأحد على إحراق محاصيل الحنطة في قرية البشير جنوب كركوك، من دون تسجيل إصابات بشرية.",
])
def test_fires_set_to_crops_and_homes_destroy_property(text):
    assert only(text)["sub_event_type"] == "Looting/property destruction"


@pytest.mark.parametrize("text", [
    "A fire set off by an electrical fault gutted a shop in the market of Tuz Khurmatu on Sunday; no one was hurt.",
])
def test_a_fire_with_no_crops_homes_nor_arson_is_no_property_destruction(text):
    drafts = all_drafted(text)
    assert all(d.get("sub_event_type") != "Looting/property destruction" for d in drafts)


def test_a_strike_named_by_its_aircraft_is_an_air_strike():
    draft = only("The Joint Operations Command said on Thursday that an Iraqi F-16 strike had killed eight ISIS "
                 "terrorists in a cave complex in the Hamrin mountains on Tuesday night.")
    assert (draft["sub_event_type"], draft.get("actor1")) == ("Air/drone strike", IRAQ)
