"""Drafting rules of round 13 (issue 15): perpetrator, attribution and event type, from the misses of parts Z5-Z8.
Each class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import drafted, only, who

ISIS = "Islamic State (Iraq)"
PMF = "Popular Mobilization Forces"
TURKEY = "Military Forces of Turkey"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


# --- a summary's short line saying the perpetrators are not known: 'Perpetrators unidentified.', 'Perpetrator:
# unknown', '(attackers unidentified)' ---

@pytest.mark.parametrize("text", [
    "On 10 February, two truffle hunters were kidnapped in the desert west of Rabia. Perpetrators unidentified.",
    "On 10 February, two truffle hunters were kidnapped west of Rabia. Perpetrators unknown.",
    "Two shepherds were kidnapped near Hawija on Monday (perpetrators unidentified).",
    "Two shepherds were kidnapped near Hawija on Monday. Perpetrator: unknown.",
    "- 12 May: a farmer shot dead in his field near Daquq; attackers not identified.",
])
def test_a_short_line_telling_the_perpetrators_unknown_is_an_unidentified_group(text):
    assert who(drafted(text)[0]) == (UNIDENTIFIED, "unknown")


@pytest.mark.parametrize("text", [
    # a bomb that went off names no one, whoever set it is unknown
    "A roadside bomb killed two soldiers near Hawija on Monday. Perpetrators unknown.",
    # not a line of its own: the words say something else of the attackers
    "Two shepherds were killed near Hawija on Monday. The attackers unidentified by the police fled.",
])
def test_unknown_perpetrators_not_told_as_such_name_no_one(text):
    assert who(drafted(text)[0]) == (None, None)


# --- a strike 'reportedly carried out by' a force: a suspicion ---

@pytest.mark.parametrize("text", [
    "On 14 March, an airstrike reportedly carried out by Turkish aircraft hit a car near Batifa, killing a civilian.",
    "On 14 March, a drone strike reportedly launched by Turkish forces hit a car near Batifa, killing a civilian.",
    "On 14 March, shelling allegedly carried out by the Turkish army hit farmland near Kani Masi. No casualties.",
    "On 14 March, a rocket reportedly fired by Turkish forces hit a house near Batifa, killing a civilian.",
])
def test_a_strike_reportedly_carried_out_by_a_force_is_suspected(text):
    assert who(drafted(text)[0]) == (TURKEY, "suspected")


@pytest.mark.parametrize("text", [
    "On 14 March, an airstrike carried out by Turkish drones hit a car near Batifa, killing a civilian.",
    "On 14 March, Turkish drones reportedly struck a car near Batifa, killing a civilian.",
])
def test_a_strike_told_without_the_hedge_on_its_author_is_no_suspicion(text):
    assert who(drafted(text)[0]) == (TURKEY, None)


# --- the accused's denial keeps the accusation: 'officials blamed a faction of the PMF, which denied any role' ---

@pytest.mark.parametrize("text, actor", [
    ("A rocket struck near a gas field in Chamchamal district early on Wednesday. No one was hurt. Kurdish officials "
     "blamed an armed faction of the Popular Mobilization Forces, which denied any involvement.", PMF),
    ("A rocket struck near a gas field in Chamchamal on Wednesday. No one was hurt. Kurdish officials accused the "
     "PMF, which denied any involvement.", PMF),
    ("Gunmen killed a shepherd near Hawija on Monday. Local officials blamed ISIS, which has denied the attack.",
     ISIS),
])
def test_an_actor_blamed_that_denies_is_still_suspected(text, actor):
    assert who(only(text)) == (actor, "suspected")


@pytest.mark.parametrize("text, expected", [
    ("A rocket struck near a gas field in Chamchamal on Wednesday. No one was hurt. The PMF denied any "
     "involvement.", (None, None)),
    ("Gunmen killed a shepherd near Hawija on Monday. ISIS denied any role in the attack.", (UNIDENTIFIED, "unknown")),
])
def test_an_actor_that_denies_unblamed_is_no_perpetrator(text, expected):
    assert who(only(text)) == expected


# --- the dead counted with the group's name two words on are the strike's target: 'killing a local commander of the
# Sinjar Resistance Units'; a strike told as claimed by a participle: 'claiming the strike' ---

YBS = "YBS: Sinjar Resistance Units"


@pytest.mark.parametrize("text", [
    "A drone strike hit a car in Sinjar town on Monday afternoon, killing a local commander of the Sinjar Resistance "
    "Units and his driver, Rudaw's reporter said. The Turkish defence ministry later said its forces had "
    "'neutralised' two terrorists in northern Iraq, claiming the strike.",
    "A Turkish drone struck a car near Khanasor on Monday, killing a senior commander of the YBS, local sources said.",
    "A Turkish drone struck a house near Sinune on Monday, killing two young fighters of the YBS.",
])
def test_the_group_whose_men_a_strike_killed_is_not_its_author(text):
    assert only(text).get("actor1") == "Military Forces of Turkey"


@pytest.mark.parametrize("text", [
    "Islamic State militants attacked an army post near Tarmiyah on Monday, killing two soldiers, the group said in a "
    "statement claiming the attack.",
    "A roadside bomb hit an army patrol near Tarmiyah on Monday, killing two soldiers. Islamic State issued a "
    "statement claiming responsibility.",
])
def test_a_statement_claiming_the_attack_is_a_claim(text):
    assert who(only(text)) == (ISIS, "claimed")


def test_a_strike_claiming_lives_is_no_claim():
    text = ("A bomb exploded near a police patrol in Tarmiyah on Monday, claiming the lives of two policemen. Police "
            "blamed ISIS.")
    assert who(only(text)) == (ISIS, "suspected")


# --- a state force that kills a group's men counted with its full name is a side of the fight: 'an Iraqi army force
# killed four Islamic State terrorists in an operation'; state units 'moving to remove' a checkpoint took the fight ---

@pytest.mark.parametrize("text", [
    "The Security Media Cell announced on Wednesday that an Iraqi army force killed four Islamic State terrorists in "
    "an operation in the Wadi al-Shay area, south of Kirkuk, on Tuesday.",
    "An Iraqi army force killed four Islamic State terrorists near Wadi al-Shay on Tuesday.",
    "Iraqi troops killed two Islamic State militants near Wadi al-Shay on Tuesday.",
])
def test_a_state_force_killing_a_groups_men_named_in_full_is_the_battles_actor(text):
    draft = only(text)
    assert (draft.get("actor1"), draft.get("event_type")) == ("Military Forces of Iraq", "Battles")


@pytest.mark.parametrize("text, actor", [
    ("On 8 April, Iraqi army units moving to remove a checkpoint of the Sinjar Resistance Units (YBS) in Snuny "
     "clashed with YBS fighters. One soldier and two YBS members were killed.", "Military Forces of Iraq"),
    ("On 8 April, Iraqi army units trying to enter Sinjar town clashed with YBS fighters. One soldier was killed.",
     "Military Forces of Iraq"),
    # near miss: the group is the one trying
    ("On 8 April, Iraqi army units clashed with YBS fighters trying to enter Sinjar town. One soldier was killed.",
     YBS),
])
def test_state_units_moving_to_act_took_the_fight(text, actor):
    assert only(text).get("actor1") == actor


# --- a civilian hit by sniper fire is an attack on civilians; a soldier's post under sniper fire stays a clash ---

@pytest.mark.parametrize("text", [
    "A civilian was wounded on Monday evening by sniper fire from unknown gunmen in the village of Al-Zab, west of "
    "Hawija, a local official said.",
    "A shepherd was killed by a sniper near Tuz Khurmatu on Sunday.",
    "A farmer was wounded by sniper fire while working his land near Daquq on Sunday.",
])
def test_a_civilian_hit_by_sniper_fire_is_violence_against_civilians(text):
    assert only(text).get("event_type") == "Violence against civilians"


def test_a_post_under_sniper_fire_is_a_clash():
    assert only("A soldier was wounded by sniper fire at an army post near Tuz Khurmatu on Sunday.").get(
        "event_type") == "Battles"
