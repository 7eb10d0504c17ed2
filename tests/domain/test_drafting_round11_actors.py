"""Drafting rules of round 11 (issue 15): perpetrator and attribution, English and Arabic, from the misses of parts
V-Y. Each class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import only, who

TURKEY, IRAN, ISIS, PKK = "Military Forces of Turkey", "Military Forces of Iran", "Islamic State (Iraq)", \
    "PKK: Kurdistan Workers' Party"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


# --- a suspicion voiced as a belief, the actor named a few words after it: 'local officials believe Islamic State
# militants fired the rounds', 'gunmen whom their relatives believe to be ISIS militants' ----------------------------

@pytest.mark.parametrize("text", [
    "A woman was wounded on Monday night when mortar rounds hit the village of Kandal Sor, near Makhmour. Local "
    "officials believe Islamic State militants hiding in the mountains fired the rounds.",
    "Two shepherds were kidnapped on Friday near Tuz Khurmatu by gunmen whom their relatives believe to be ISIS "
    "militants.",
    "Two farmers were abducted from their orchard near Saadiya on Tuesday by armed men; local sources believe the "
    "kidnappers belong to ISIS.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday. Police think ISIS cells were behind the killing.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday. Villagers are convinced that ISIS carried out the killing.",
])
def test_a_belief_voiced_about_the_authors_is_a_suspicion(text):
    assert who(only(text)) == (ISIS, "suspected")


@pytest.mark.parametrize("text", [
    # the belief is about something else than who did it
    "ISIS militants shot dead a farmer near Khanaqin on Sunday. Officials believe the farmer had refused to pay them.",
    # the army's own operation: what officials believe is about the militants it struck
    "Iraqi army aircraft struck a hideout near Makhmour on Monday, killing four militants; officials believe ISIS "
    "used the hideout as a base.",
])
def test_a_belief_about_something_else_suspects_no_one(text):
    assert only(text).get("attribution") != "suspected"


# --- what a strike is blamed on is who struck: 'officials blamed the shelling on Iranian forces' ---------------------

@pytest.mark.parametrize("text, actor", [
    ("Artillery shells landed near the border village of Bardasur on Sunday, wounding a shepherd. Local officials "
     "blamed the shelling on Iranian forces.", IRAN),
    ("Artillery shells landed near the border village of Bardasur on Sunday, wounding a shepherd. The mayor blamed "
     "the attack on Turkish forces, which have shelled the area before.", TURKEY),
    ("A drone strike hit a car near Sinjar on Sunday, killing two people. Residents blamed it on Turkish forces.",
     TURKEY),
])
def test_a_strike_blamed_on_a_force_is_suspected_of_it(text, actor):
    assert who(only(text)) == (actor, "suspected")


def test_a_strike_on_a_group_still_names_its_target_as_the_target():
    draft = only("Turkish drones struck positions of the PKK near Sinjar on Sunday, killing two fighters.")
    assert who(draft) == (TURKEY, None)


# --- Türkiye, as UN and NGO updates spell it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 30 January, an airstrike attributed to Türkiye hit a vehicle near Khanasor, killing two people.",
    "On 30 January, a drone strike attributed to Turkiye hit a vehicle near Khanasor, killing two people.",
    "On 30 January, a drone strike hit a vehicle near Khanasor, killing two people. Local officials blamed Türkiye.",
])
def test_turkiye_spelt_as_un_updates_do(text):
    assert who(only(text)) == (TURKEY, "suspected")


# --- a claim of an attack named by its kind: 'ISIS claimed an IED attack', 'claimed the twin bombings' ---------------

@pytest.mark.parametrize("text", [
    "16 Aug, Makhmour: ISIS claimed an IED attack on a Peshmerga vehicle that wounded two Peshmerga.",
    "A roadside bomb wounded two Peshmerga near Makhmour on Saturday. ISIS claimed the roadside bombing on Sunday.",
    "ISIS gunmen shot dead a village mukhtar near Hawija on Monday. ISIS later claimed the shooting through Amaq.",
])
def test_a_claim_of_an_attack_named_by_its_kind(text):
    assert only(text)["attribution"] == "claimed"


@pytest.mark.parametrize("text", [
    # what an attack claimed is lives, not responsibility
    "A roadside bomb planted by suspected ISIS militants claimed the lives of two Peshmerga near Makhmour on Saturday.",
    # unclaimed
    "Gunmen shot dead a shepherd near Jalawla on Monday; the attack went unclaimed.",
])
def test_lives_claimed_or_an_unclaimed_attack_is_no_claim(text):
    assert only(text).get("attribution") != "claimed"


# --- an accusation whose accuser is itself an actor: 'اتهمت وزارة شؤون البيشمركة حزب العمال الكردستاني باستهداف' -----

@pytest.mark.parametrize("text", [
    "اتهمت وزارة شؤون البيشمركة حزب العمال الكردستاني باستهداف نقطة للبيشمركة في ناحية كاني ماسي بقذائف هاون، مساء "
    "السبت، ما أدى إلى إصابة مقاتلين اثنين.",
    "اتهم مسؤول في البيشمركة حزب العمال الكردستاني بقصف نقطة للبيشمركة في ناحية كاني ماسي بقذائف هاون مساء السبت.",
])
def test_an_accusation_by_an_actor_suspects_the_accused(text):
    assert who(only(text)) == (PKK, "suspected")


# --- an author told on the word of the victims' relatives or the locals: 'were abducted by ISIS, according to their
# relatives' --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two shepherds who went missing in the desert near Al-Hadar on Monday were abducted by ISIS, according to their "
    "relatives.",
    "A farmer was shot dead near Hawija on Monday by ISIS militants, according to villagers.",
    "A farmer was shot dead near Hawija on Monday by ISIS militants, according to his family.",
])
def test_an_author_told_on_the_relatives_word_is_suspected(text):
    assert who(only(text)) == (ISIS, "suspected")


def test_an_author_told_on_an_officials_word_is_not_suspected():
    draft = only("A farmer was shot dead near Hawija on Monday by ISIS militants, according to the police.")
    assert who(draft) == (ISIS, None)


# --- a state force an attack is blamed on, even when it denies it: 'blamed armed factions of the PMF for the attack,
# which the PMF denied' ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A drone attack on the Kawergosk refinery west of Erbil on Wednesday night started a fire. Kurdish officials "
    "blamed armed factions of the Popular Mobilization Forces for the attack, which the PMF denied.",
    "Rockets struck near Erbil airport on Wednesday night. Kurdish officials blamed the Popular Mobilization Forces.",
])
def test_a_state_force_blamed_for_a_strike_is_suspected(text):
    assert who(only(text)) == ("Popular Mobilization Forces", "suspected")


def test_a_state_force_struck_is_not_blamed():
    draft = only("A drone struck a Popular Mobilization Forces headquarters near Tuz Khurmatu on Wednesday night.")
    assert draft.get("actor1") != "Popular Mobilization Forces"
