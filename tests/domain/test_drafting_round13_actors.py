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
