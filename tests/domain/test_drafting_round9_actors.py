"""Drafting rules of round 9 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import drafted, only

IRAQ = "Military Forces of Iraq"


# --- a state force that neutralised the other side: the state is the perpetrator ----------------------------------

@pytest.mark.parametrize("text", [
    "خلية الإعلام الأمني: تمكنت قواتنا الأمنية فجر السبت من تحييد ثلاثة إرهابيين في وادي الشاي جنوب كركوك.",
    "تمكنت قوة من الجيش العراقي مساء الأحد من تحييد إرهابيين اثنين قرب ناحية العظيم.",
    "تمكنت قطعات قيادة عمليات سامراء، بالتعاون مع الحشد الشعبي، من تحييد أربعة إرهابيين في اشتباك قرب مطيبيجة.",
    "A force of the 8th Division clashed with a terrorist cell near Hawija on Sunday. Three terrorists were "
    "neutralised and two hideouts destroyed.",
    "Iraqi army units, supported by the Popular Mobilization Forces, clashed with a group of ISIS remnants near "
    "Mutaibija on Monday. Two terrorists were killed.",
    "Units of the 5th Division carried out a search operation on Sunday near Tarmiyah. The force clashed with a "
    "terrorist group, neutralising two of its members.",
])
def test_a_state_force_that_neutralised_the_other_side_is_the_perpetrator(text):
    draft = drafted(text)[0]
    assert draft["event_type"] == "Battles"
    assert draft["actor1"] == IRAQ


@pytest.mark.parametrize("text", [
    "Peshmerga forces clashed with ISIS militants near Kulajo on Sunday night; one Peshmerga fighter was killed and "
    "two were wounded.",
    "قُتل جنديان بهجوم لعناصر داعش على نقطة للجيش قرب ناحية العظيم، قبل أن تتمكن القوات من تحييد أحد المهاجمين.",
])
def test_the_state_that_lost_men_to_a_group_is_not_the_perpetrator(text):
    assert drafted(text)[0]["actor1"] == "Islamic State (Iraq)"


# --- 'forces', 'القوات' by a bare noun: the state force told before ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Counter-Terrorism Service arrested a wanted terrorist in Tal Afar on Monday. In another operation in Baiji, "
    "forces seized a weapons cache belonging to ISIS remnants.",
    "أعلنت قيادة العمليات المشتركة مقتل خمسة إرهابيين بضربة جوية نفذتها طائرات F-16 العراقية في جبال حمرين.\n"
    "وفي عملية أخرى، ألقت القوات القبض على إرهابيين اثنين في قضاء الحويجة.",
    "اعتقلت قوة من الشرطة الاتحادية مطلوباً في قضاء الدبس أمس. وفي عملية منفصلة، ضبطت القوات كدساً للعتاد في ناحية "
    "الرشاد.",
])
def test_forces_by_a_bare_noun_are_the_state_force_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1]["event_type"] == "Strategic developments"
    assert drafts[1]["actor1"] == drafts[0]["actor1"]


def test_forces_of_another_side_are_not_the_state_force_told_before():
    drafts = drafted("The Counter-Terrorism Service arrested a wanted terrorist in Tal Afar on Monday. In another "
                     "operation in Baiji, Turkish forces seized a weapons cache.")
    assert drafts[-1].get("actor1") != IRAQ


# --- an air wing backing a ground force: no air strike ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Units of the 8th Division, with support from army aviation, carried out a search operation on Sunday near "
    "Hawija. The force clashed with a terrorist group, killing two of its members.",
    "Troops backed by army helicopters clashed with an ISIS cell near Tarmiyah on Monday, killing three terrorists.",
])
def test_air_support_of_a_ground_force_is_no_air_strike(text):
    assert drafted(text)[0]["event_type"] == "Battles"


def test_a_strike_by_aviation_stays_a_strike():
    draft = drafted("Army aviation struck an ISIS hideout near Hawija on Sunday, killing three terrorists.")[0]
    assert draft["event_type"] == "Explosions/Remote violence"


# --- 'a similar attack' told in passing: the kind of the incident told before, and its actor when named as theirs ---

@pytest.mark.parametrize("text, kind", [
    ("Unidentified assailants threw a hand grenade at the house of a mukhtar in Jalawla on Saturday night without "
     "causing casualties. Last month, a similar attack in Saadiya killed a police officer.",
     "Explosions/Remote violence"),
    ("A roadside bomb struck an army vehicle near Tarmiyah on Sunday, killing two soldiers. In early May, a similar "
     "attack in the same area killed a police officer.", "Explosions/Remote violence"),
    ("استهدفت طائرة مسيرة مجهولة، مساء الأربعاء، سيارة في قضاء سنجار، ما أسفر عن مقتل شخصين. وكان ثلاثة مقاتلين قد "
     "أصيبوا بضربة مماثلة قرب مجمع سنوني مطلع الشهر الماضي.", "Explosions/Remote violence"),
    ("قُتل ضابط بانفجار عبوة ناسفة استهدفت عجلته في ناحية العظيم أمس. وكان ثلاثة جنود قد قتلوا في هجوم مماثل بالمنطقة "
     "ذاتها أوائل تشرين الأول الماضي.", "Explosions/Remote violence"),
    ("Gunmen shot dead a shopkeeper in Tuz Khurmatu on Monday. Last month, two farmers were wounded in a similar "
     "attack in the same area.", "Violence against civilians"),
])
def test_a_similar_attack_is_of_the_kind_told_before(text, kind):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0]["event_type"] == kind
    assert drafts[1]["event_type"] == kind


@pytest.mark.parametrize("text", [
    "A Turkish drone struck a car near Snuny on Sunday, killing two YBS fighters. Last month, a similar strike near "
    "Khanasor wounded three people.",
    "قُتل مدني بقصف مدفعي إيراني استهدف قرية في ناحية سيدكان أمس. وكانت المنطقة قد شهدت الشهر الماضي قصفاً مماثلاً من "
    "دون وقوع ضحايا.",
])
def test_a_similar_strike_has_the_striker_named_as_theirs(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1]["actor1"] == drafts[0]["actor1"] is not None


@pytest.mark.parametrize("text", [
    "استهدفت طائرتان مسيرتان مجهولتان قاعدة حرير شمال أربيل مساء الثلاثاء، دون تسجيل إصابات.",
    "استهدفت طائرتان مسيرتان موقعاً لوحدات مقاومة سنجار قرب سنوني فجر الأحد.",
])
def test_two_drones_that_struck_are_a_drone_strike(text):
    assert drafted(text)[0]["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("text", [
    # only suspected, or unidentified, the actor of the one told before is not the similar one's
    "A roadside bomb killed two soldiers near Kifri on Sunday; ISIS is suspected. Last month, a similar attack in the "
    "same area wounded a Peshmerga officer.",
    "Gunmen shot dead a shopkeeper in Tuz Khurmatu on Monday. Last month, two farmers were wounded in a similar attack "
    "in the same area.",
])
def test_a_similar_attack_takes_no_actor_only_suspected_or_unidentified(text):
    assert drafted(text)[1].get("actor1") is None


def test_similar_protests_keep_their_own_kind():
    drafts = drafted("Protesters clashed with police in Dibis on Sunday, and three were injured. Similar protests in the "
                     "district in early May ended peacefully.")
    assert drafts[0]["event_type"] == "Riots"
    assert all(d["event_type"] != "Riots" for d in drafts[1:])


# --- arrests in an operation, with no fight: the arrests ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلن جهاز مكافحة الإرهاب، اليوم الخميس، اعتقال ثلاثة إرهابيين في عملية نوعية بمنطقة الحضر جنوب الموصل، من دون "
    "تسجيل أي اشتباك.",
    "أعلن جهاز مكافحة الإرهاب القبض على ثلاثة إرهابيين في قضاء الحويجة بعملية استخبارية نوعية، من دون إطلاق نار.",
    "ألقت قوة من الشرطة الاتحادية القبض على مطلوبين اثنين في عملية أمنية بقضاء الدبس فجر الثلاثاء.",
])
def test_arrests_in_an_operation_with_no_fight_are_arrests(text):
    draft = only(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "نفذت القوات الأمنية عملية عسكرية في وادي الشاي أسفرت عن مقتل إرهابيين اثنين واعتقال ثالث.",
    "اشتبكت قوة من الجيش مع مسلحين قرب ناحية العظيم، وألقت القبض على اثنين منهم.",
])
def test_an_operation_that_killed_or_clashed_stays_a_battle(text):
    assert drafted(text)[0]["event_type"] == "Battles"


# --- a suspicion told by 'تشتبه بتورط', 'attributed by ... to' ---------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("قُتل عنصران من البيشمركة في هجوم قرب قرية كولجو مساء الجمعة، ولم يُعلن أي طرف مسؤوليته، إلا أن مصادر أمنية تشتبه "
     "بتورط داعش.", "Islamic State (Iraq)"),
    ("أصيب جنديان بانفجار عبوة ناسفة قرب الطارمية أمس، والأجهزة الأمنية تشتبه بضلوع خلايا داعش في الهجوم.",
     "Islamic State (Iraq)"),
    ("On 26 May, shelling attributed by local authorities to Turkish forces hit the outskirts of Sharanish village. "
     "One civilian was killed.", "Military Forces of Turkey"),
    ("Shelling attributed to Iranian forces hit villages near Sidakan on Sunday, wounding a shepherd.",
     "Military Forces of Iran"),
])
def test_a_suspicion_told_by_a_verb_of_suspicion_or_attribution(text, actor):
    draft = drafted(text)[0]
    assert (draft["actor1"], draft["attribution"]) == (actor, "suspected")


# --- a third party that denies an actor's hand: no perpetrator ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "انفجرت عبوة ناسفة على عجلة للجيش قرب ناحية سليمان بيك صباح الأحد، ما أسفر عن مقتل جنديين. ونفى مصدر عسكري أن "
    "تكون العبوة قد زرعت من قبل خلايا داعش، مرجحاً أنها من مخلفات الحرب.",
    "A roadside bomb killed two soldiers near Tarmiyah on Sunday. An army officer denied that the bomb had been planted "
    "by ISIS, saying it was left over from the war.",
])
def test_an_actor_whose_hand_is_denied_is_no_perpetrator(text):
    assert drafted(text)[0].get("actor1") is None


# --- a claim in the group's own words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("The PKK said on Wednesday that its fighters had attacked a Turkish military base in the Zakho district mountains "
     "on Monday, without giving a toll.", "PKK: Kurdistan Workers' Party"),
    ("Islamic State said in a statement that its fighters had ambushed a PMF patrol near Tarmiyah on Sunday, killing "
     "three.", "Islamic State (Iraq)"),
    ("وقال حزب العمال الكردستاني في بيان إن مقاتليه استهدفوا قاعدة عسكرية تركية قرب العمادية مساء الجمعة.",
     "PKK: Kurdistan Workers' Party"),
])
def test_a_claim_in_the_groups_own_words(text, actor):
    draft = drafted(text)[0]
    assert (draft["actor1"], draft["attribution"], draft["event_type"]) == (actor, "claimed", "Battles")


@pytest.mark.parametrize("text", [
    "The PKK said on Monday that Turkish forces had attacked its positions near Zakho.",
    "The PKK said on Monday that its fighters had not attacked the base near Zakho, denying the Turkish account.",
])
def test_a_group_that_tells_of_others_claims_nothing(text):
    assert all(d.get("attribution") != "claimed" for d in drafted(text))


# --- a protest told by a road blocked with a demand, a sit-in; one that turned to stones and scuffles -------------------

@pytest.mark.parametrize("text", [
    "Dozens of contract teachers blocked the main road in Kalar on Wednesday morning demanding permanent posts. Police "
    "dispersed the gathering peacefully and no casualties were reported.",
    "Families of Yazidi survivors held a sit-in in front of the Sinjar district council on Monday demanding the return "
    "of missing relatives.",
    "Farmers blocked the Kirkuk-Erbil highway near Dibis on Sunday in protest at water cuts.",
])
def test_a_road_blocked_with_a_demand_or_a_sit_in_is_a_protest(text):
    draft = drafted(text)[0]
    assert draft["event_type"] == "Protests"
    assert draft.get("actor1") is None


def test_a_road_blocked_by_a_bomb_is_no_protest():
    assert drafted("A roadside bomb blocked the main road near Tarmiyah on Sunday, wounding two soldiers.")[0][
        "event_type"] != "Protests"


@pytest.mark.parametrize("text", [
    "Residents of Tuz Khurmatu blocked the main road on Sunday to protest power cuts. Police fired into the air to "
    "disperse them and two protesters were injured by stones thrown during scuffles.",
    "Protesters gathered in front of the Kirkuk governorate on Monday over unpaid salaries. Stones were thrown at the "
    "police and three protesters were injured.",
])
def test_a_protest_that_turned_to_stones_and_scuffles_is_a_riot(text):
    assert drafted(text)[0]["event_type"] == "Riots"


# --- attackers who 'targeted' a post ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Unknown attackers targeted a Peshmerga position near Makhmour late on Tuesday, a Peshmerga officer said.",
    "Gunmen targeted an army checkpoint near Tarmiyah on Sunday night, wounding a soldier.",
])
def test_attackers_who_targeted_a_post_fought(text):
    draft = drafted(text)[0]
    assert (draft["event_type"], draft["actor1"]) == ("Battles", "Unidentified Armed Group (Iraq)")


def test_a_drone_that_targeted_a_post_stays_a_strike():
    assert drafted("A Turkish drone targeted a PKK position near Sidakan on Sunday.")[0]["event_type"] \
        == "Explosions/Remote violence"


def test_the_sit_in_told_again_is_no_new_protest():
    drafts = drafted("Families in the village of Karamles held a sit-in on Saturday against the presence of armed groups. "
                     "On Sunday, the sit-in ended after the district commissioner promised talks.")
    assert len(drafts) == 1


def test_protesters_hurt_in_scuffles_with_the_police_stay_a_protest():
    draft = drafted("Dozens of residents protested in front of the provincial council in Kirkuk on Sunday. Police fired "
                    "shots in the air to disperse the crowd, and three protesters were injured in the scuffles.")[0]
    assert draft["event_type"] == "Protests"



# --- the police that told the news is no target ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل مدني وأصيب اثنان آخران، مساء الأربعاء، بهجوم نفذه مسلحون مجهولون على منزل في قرية الصفرة التابعة لقضاء "
    "داقوق، بحسب مصدر في الشرطة.",
    "أصيب مزارع بهجوم مسلح على منزله في قرية البو حسن مساء الاثنين، وفق مصدر في شرطة كركوك.",
])
def test_the_police_source_of_the_news_makes_no_fight(text):
    assert drafted(text)[0]["event_type"] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مجهولون نقطة للشرطة في قرية الصفرة مساء الأربعاء، ما أسفر عن إصابة شرطي، بحسب مصدر في الشرطة.",
    "قُتل ضابط في الجيش مطلع الشهر الجاري بهجوم لداعش على ناحية الرياض.",
])
def test_an_attack_on_the_police_or_army_is_a_fight(text):
    assert drafted(text)[0]["event_type"] == "Battles"
