"""Figures rules of round 9 (issue 15): classes of construction, each with paraphrases the way different outlets
word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents

# --- a wounded person who died later, told in a sentence of his own: one dead, one wounded fewer -------------------


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb went off near an army patrol south of Kirkuk on Monday, wounding an officer and two soldiers. "
     "The source said the wounded officer later died in hospital.", (1, 2, None)),
    ("A soldier who was wounded in an attack on an army post near Khanaqin last week died of his injuries on "
     "Thursday. The attack had already killed one soldier and wounded two others, bringing the toll to two dead.",
     (2, 1, None)),
    ("A Yazidi man wounded in a roadside bomb blast north of Sinjar last Thursday has died of his wounds in "
     "hospital. Two other passengers in the car were also hurt in the blast.", (1, 2, None)),
    ("A Peshmerga fighter who was wounded in an attack on a post near Gwer on Thursday died of his injuries on "
     "Monday, raising the toll of the attack to three dead.", (3, None, None)),
    ("A roadside bomb killed two soldiers and wounded an officer and two soldiers near Kirkuk on Monday. The source "
     "said the wounded officer later died in hospital.", (3, 2, None)),
    ("A Peshmerga fighter who was wounded in an attack on a post near Sultan Abdullah, south of Makhmour, on Saturday "
     "night has died of his wounds. The attack had killed one fighter and wounded three others.", (2, 2, None)),
    ("A policeman injured when gunmen attacked a checkpoint in Hawija on Saturday night succumbed on Monday. "
     "Three other policemen were wounded in the attack.", (1, 3, None)),
])
def test_a_wounded_person_who_died_later_is_counted_dead(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the wounded counted after the death are those still in hospital; a death in a relative clause
    ("The toll from Monday's shelling of villages in Sidakan has risen to three, after a woman wounded in the "
     "attack died of her injuries in hospital. Four others remain under treatment.", (3, 4, None)),
    ("A shepherd was wounded in the blast near Daquq in which two others died.", (2, 1, None)),
])
def test_the_wounded_told_after_the_death_or_in_a_relative_clause_stay(text, expected):
    assert figures(only(text)) == expected


# --- 'one of our heroes was martyred': the army's own dead ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The force clashed with a terrorist group in the Wadi Zghaytun valley south of Hawija on Sunday, "
     "neutralising three of its members, while one of our heroes was martyred and two others were wounded.",
     (1, 2, None)),
    ("A force of the 8th Division clashed with a terrorist cell near Hawija yesterday. "
     "One of our heroes was martyred and another wounded.", (1, 1, None)),
    ("Two of our heroes were martyred in the clash with a terrorist cell near Tuz Khurmatu on Monday.",
     (2, None, None)),
    ("Three heroes of the Federal Police were wounded when an explosive device went off near Daquq on Monday.",
     (None, 3, None)),
])
def test_heroes_martyred_or_wounded_are_counted(text, expected):
    assert figures(only(text)) == expected


def test_heroes_told_without_a_cue_are_no_count():
    # near-miss: heroes praised, no one killed or hurt
    assert figures(only("Our heroes of the 8th Division clashed with a terrorist cell near Hawija on Sunday and "
                        "destroyed two hideouts.")) == (None, None, None)


# --- 'without incident', 'دون حوادث', 'no injuries': killed 0, wounded 0 (the corpus' convention) -----------------


@pytest.mark.parametrize("text, expected", [
    ("Protesters blocked the main road in Tuz Khurmatu on Saturday morning demanding the release of a detained man. "
     "Police reopened the road by noon without incident.", (0, 0, None)),
    ("Hundreds of contract teachers protested in front of the Kirkuk governorate building on Monday; the protest "
     "ended without any incident.", (0, 0, None)),
    ("Unknown persons threw a grenade at a liquor shop in central Kirkuk on Sunday, causing damage but no injuries.",
     (0, 0, None)),
    ("شهد قضاء طوزخورماتو، أمس الإثنين، وقفة احتجاجية لعشرات المواطنين للمطالبة بتحسين الخدمات، وانتهت الوقفة "
     "دون تسجيل أي حوادث.", (0, 0, None)),
    ("تظاهر نحو مئتي شخص في ناحية السعدية يوم الأحد للمطالبة بإعادة إعمار منازلهم، وانتهت التظاهرة دون حوادث.",
     (0, 0, None)),
])
def test_without_incident_or_injuries_is_no_one_killed_or_hurt(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a protest said only to be peaceful, and no word on casualties, give no figure
    "Dozens of residents protested in front of the district building in Khanaqin on Monday; the protest was peaceful.",
    "نظم العشرات من أهالي بعشيقة يوم الأحد وقفة احتجاجية سلمية للمطالبة بإعادة الإعمار.",
    "Turkish warplanes bombed positions on Mount Sinjar on Saturday; there was no word on casualties.",
])
def test_peaceful_or_no_word_gives_no_figure(text):
    assert figures(only(text)) == (None, None, None)


# --- the dead of an abduction told in the same report: 'the body of one of them', 'men they had kidnapped',
# 'جثة شاب من أهالي ... كان قد اختُطف' ------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Gunmen stopped a car on the Kifri-Kalar road on Saturday night and kidnapped two young men from Kifri, police "
     "said. The body of one of them was found on Sunday morning dumped in an orchard near the road.", (1, None, 2)),
    ("Unknown gunmen abducted two shepherds from a village in Dibis district on Tuesday evening. The body of one of "
     "them was found on Wednesday near the Lesser Zab river; the fate of the other is still unknown.", (1, None, 2)),
    ("Gunmen believed to be Islamic State members executed two men they had kidnapped a day earlier from a village "
     "in Al-Adhaim, a security source said on Tuesday.", (2, None, 2)),
    ("Militants killed the three shepherds whom they had abducted from their village near Tuz Khurmatu on Friday.",
     (3, None, 3)),
    ("عُثر صباح السبت على جثة شاب من أهالي قضاء داقوق كان قد اختُطف على يد مسلحين مجهولين مساء الخميس قرب قرية "
     "البو صباح.", (1, None, 1)),
    ("عُثر صباح الأحد على جثتي شقيقين من أهالي ناحية العظيم كانا قد اختُطفا مساء الجمعة.", (2, None, 2)),
])
def test_the_dead_of_an_abduction_are_counted_with_the_abducted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: a body of someone not abducted; killed men no one had abducted
    ("The body of one of the attackers was found near the checkpoint in Daquq on Sunday.", (1, None, None)),
    ("Gunmen killed two men they had stopped at a fake checkpoint near Tuz Khurmatu on Friday.", (2, None, None)),
])
def test_a_body_or_a_killing_with_no_abduction_counts_no_abducted(text, expected):
    assert figures(only(text)) == expected


# --- 'detained by unknown armed men', 'held by gunmen': an abduction, not an arrest ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("On 22 June, two employees of a local NGO were briefly detained by unknown armed men near Rabia and released "
     "the same day.", (None, None, 2)),
    ("Three truck drivers were held by gunmen for several hours on the Kirkuk-Tikrit road on Monday.",
     (None, None, 3)),
    ("Two farmers were taken by unidentified gunmen from their field near Daquq on Sunday.", (None, None, 2)),
])
def test_detained_by_unknown_armed_men_is_an_abduction(text, expected):
    assert figures(only(text)) == expected


def test_detained_by_the_police_is_no_abduction():
    assert figures(only("Two suspects were detained by police near Rabia on Monday.")) == (None, None, None)


# --- a person of a named force ('a member of the Sahwa forces'), a count 'reported injured' -------------------------


@pytest.mark.parametrize("text, expected", [
    ("A member of the Sahwa forces was killed and his brother was wounded when gunmen opened fire on their car late "
     "Saturday near Al-Adhaim.", (1, 1, None)),
    ("A fighter of the Tribal Mobilisation forces was wounded by sniper fire near Tuz Khurmatu on Monday.",
     (None, 1, None)),
    ("On 11 May, two civilians were reported injured in a drone strike in Sinjar district.", (None, 2, None)),
    ("Three soldiers were reported killed when an explosive device hit their vehicle near Hawija on Sunday.",
     (3, None, None)),
])
def test_a_member_of_a_force_or_a_reported_count_is_counted(text, expected):
    assert figures(only(text)) == expected


def test_residents_who_reported_are_no_count():
    # near-miss: 'reported' said by the residents, the count is of the shepherd
    assert figures(only("Two residents of Daquq reported on Monday that gunmen wounded a shepherd.")) == (None, 1, None)


# --- Arabic: the dual of a few more persons ('إرهابيان', 'متظاهران'); 'وأردوه قتيلاً' after the victim is told; 'لم
# يسفر سوى عن' is no negation -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("وفي قاطع عمليات الجزيرة، قُتل إرهابيان باشتباك مع قوة من الجيش قرب قضاء البعاج فجر الجمعة.", (2, None, None)),
    ("أصيب متظاهران بجروح في مواجهات مع قوات الأمن أمام مبنى المحافظة في كركوك يوم الأحد.", (None, 2, None)),
    ("أصيب صحفيان بجروح بانفجار عبوة ناسفة قرب قضاء طوزخورماتو يوم الاثنين.", (None, 2, None)),
    ("اغتال مسلحون مجهولون مختار قرية البو حسن في ناحية السعدية مساء الإثنين، حيث أطلقوا النار عليه أمام منزله "
     "وأردوه قتيلاً.", (1, None, None)),
    ("أطلق مسلحون مجهولون النار على شاب في قضاء داقوق مساء الأحد فأردوه قتيلاً.", (1, None, None)),
    ("نفت وزارة البيشمركة أنباء تحدثت عن مقتل عدد من مقاتليها في هجوم على ناحية كلك، مؤكدة أن الاشتباك الذي وقع "
     "فجر السبت لم يسفر سوى عن إصابة مقاتل واحد.", (None, 1, None)),
])
def test_arabic_duals_a_victim_left_dead_and_only_one_wounded(text, expected):
    assert figures(only(text)) == expected


def test_arabic_a_plural_in_in_is_no_dual():
    # near-miss: 'المتظاهرين' with the article, no count
    assert figures(only("فرقت قوات الأمن المتظاهرين أمام مبنى المحافظة في كركوك يوم الأحد دون وقوع إصابات.")) \
        == (0, 0, None)


# --- a count in a claim the report says was denied; an earlier toll corrected in the same sentence -----------------


@pytest.mark.parametrize("text, expected", [
    ("Peshmerga officials said one fighter was killed and another wounded when militants attacked their position "
     "near Makhmour on Sunday. The Peshmerga denied the group's claim that seven fighters had been killed.",
     (1, 1, None)),
    ("Two policemen were wounded in an attack on a checkpoint near Daquq on Monday, police said, and dismissed "
     "reports of five dead.", (None, 2, None)),
    ("Two Iraqi soldiers were killed on Sunday in an attack by militants in the Kifri countryside, a security "
     "official said, correcting an earlier toll of one dead. A third soldier was wounded.", (2, 1, None)),
])
def test_a_denied_count_or_a_corrected_toll_gives_way(text, expected):
    assert figures(only(text)) == expected


def test_a_toll_that_had_earlier_stood_lower_is_replaced():
    # near-miss: the replaced toll told after the current one, in a sentence of its own
    assert figures(only("The toll of Saturday's attack on a village near Tuz Khurmatu has risen to six dead. "
                        "The toll had earlier stood at four dead.")) == (6, None, None)


# --- the attackers' own count beside another source's: the lower one (the corpus' convention) ----------------------


@pytest.mark.parametrize("text, expected", [
    ("The PKK claimed responsibility on Friday for an attack on a Turkish base in the Metina area which it said "
     "killed several Turkish soldiers. Turkey's defence ministry said one soldier was killed in clashes there on "
     "Thursday.", (1, None, None)),
    ("Islamic State said its fighters had killed five Peshmerga near Makhmour on Sunday. The Peshmerga ministry said "
     "two fighters were killed.", (2, None, None)),
])
def test_the_attackers_claimed_count_gives_way_to_a_lower_one(text, expected):
    assert figures(only(text)) == expected


def test_a_claimed_count_alone_stands():
    # near-miss: no other source's count
    assert figures(only("Islamic State claimed to have killed three Peshmerga fighters near Makhmour on Sunday.")) \
        == (3, None, None)


# --- a person maimed ('lost his leg to a landmine'): one wounded ----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A shepherd lost his leg to a landmine outside Rabia on Sunday.", (None, 1, None)),
    ("Two children lost their legs when a landmine exploded near Sinjar on Monday.", (None, 2, None)),
    ("A farmer lost both legs in a mine blast near Kifri on Tuesday.", (None, 1, None)),
])
def test_a_person_who_lost_a_limb_is_wounded(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: control and homes lost
    "Two families lost their homes when Turkish shelling hit a village near Sidakan on Monday.",
    "A shepherd lost his flock when Turkish shelling hit the hills near Sidakan on Monday.",
])
def test_losing_no_limb_is_no_wound(text):
    assert figures(only(text))[1] is None


# --- Arabic: a force that lost members ('فقدت البيشمركة أحد عناصرها'): its dead --------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("وكانت البيشمركة قد فقدت الشهر الماضي أحد عناصرها في هجوم لداعش قرب قضاء خانقين.", (1, None, None)),
    ("فقدت قوات الحشد الشعبي ثلاثة من مقاتليها في هجوم لداعش قرب قضاء الطوز فجر الأحد.", (3, None, None)),
    ("وكان الجيش قد فقد اثنين من جنوده في هجوم مماثل قرب ناحية العظيم يوم الجمعة.", (2, None, None)),
])
def test_arabic_a_force_that_lost_members_counts_its_dead(text, expected):
    assert figures(only(text)) == expected


def test_arabic_losing_contact_is_no_count():
    # near-miss: 'فقدت الاتصال' counts no one
    assert figures(only("انفجرت عبوة ناسفة قرب قضاء الطوز مساء الأحد، وفقدت القوات الأمنية الاتصال مع دورية في المنطقة.")) == (None, None, None)


@pytest.mark.parametrize("text", [
    "Fires broke out in wheat fields in the village of Bashir, south of Kirkuk, on Sunday; police have not "
    "determined the cause, and no one was reported hurt.",
    "وقفة احتجاجية لأهالي قرى مخمور أمام مبنى القائممقامية يوم الأحد للمطالبة بإعادة فتح الطريق، دون تسجيل أي حادث.",
    "قصفت طائرة تركية موقعاً في قرية بيبادي بقضاء العمادية صباح الأحد، ولا خسائر بشرية.",
])
def test_no_one_reported_hurt_or_no_incident_is_killed_0_wounded_0(text):
    assert figures(only(text)) == (0, 0, None)


def test_no_losses_said_of_another_place_are_not_this_strikes():
    # near-miss: 'ولا خسائر بشرية في بيبادي' tells another village's strike, not the wounded of Keshan
    assert figures(draft_incidents("غارتان تركيتان على قريتي كشان وبيبادي في قضاء العمادية صباح الأحد. وأفاد مصدر محلي بإصابة "
                          "مدنيين اثنين في كشان، ولا خسائر بشرية في بيبادي.", "2025-04-29")[0]) \
        == (None, 2, None)


# --- 'a unit lost two soldiers': its dead; 'survived an attack with light wounds': one wounded ---------------------


@pytest.mark.parametrize("text, expected", [
    ("A federal army unit in the hills near Makhmour lost two soldiers to an IED on Sunday.", (2, None, None)),
    ("The Peshmerga lost one of its fighters in an Islamic State attack near Makhmour on Sunday.", (1, None, None)),
    ("In July, a lawyer survived an attack in the Wasiti neighbourhood of Kirkuk city with light wounds.",
     (None, 1, None)),
])
def test_a_force_that_lost_people_or_a_survivor_with_wounds_is_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: things lost, a survival with no wounds told
    "Three families lost their houses when Turkish shelling hit a village near Sidakan on Monday.",
    "A lawyer survived an assassination attempt in Kirkuk on Monday when gunmen fired at his car.",
])
def test_things_lost_or_a_survival_without_wounds_are_no_count(text):
    assert figures(only(text))[:2] == (None, None)
