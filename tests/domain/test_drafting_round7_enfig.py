"""Drafting rules of round 7 (issue 15, English figures): each class of construction with paraphrases the way
different outlets word it, and near-misses where it must not trigger."""

import pytest
from test_drafting_round4_enfig import drafted, figures_of

# --- 'no injuries were reported' of an incident that counts no one and tells no damage: no one killed either ---

@pytest.mark.parametrize("text", [
    "On 25 February, a protest was held in Sinjar town by displaced families demanding compensation; no injuries "
    "were reported.",
    "Residents of Makhmour camp protested on Monday against the fence built around the camp. No injuries were "
    "reported.",
    "On 4 April, a civilian survived an armed attack on his house in Mandali; no injuries reported.",
    "On 2 December, an explosive device went off near a school in Tuz Khurmatu at night; no injuries.",
    "Hundreds of farmers protested in front of the Kirkuk governorate building on Sunday; nobody was injured, police "
    "said.",
])
def test_no_injuries_told_of_an_incident_without_damage_is_no_one_killed_or_wounded(text):
    (draft,) = drafted(text)
    assert figures_of(draft) == (0, 0, None)


@pytest.mark.parametrize("text", [
    # the no injuries said beside the damage done: no one hurt, so no one killed either (the convention settled in
    # round 9: 'no injuries' = killed 0, wounded 0)
    "Unknown assailants threw a hand grenade at the house of a lawmaker in Kirkuk on Friday, causing material "
    "damage. No injuries were reported.",
    "Kirkuk: On 23 September, unknown persons threw a grenade at a liquor shop in central Kirkuk, causing damage but "
    "no injuries.",
])
def test_no_injuries_after_damage_is_no_one_killed_or_wounded_too(text):
    (draft,) = drafted(text)
    assert figures_of(draft) == (0, 0, None)


def test_no_injuries_among_the_counted_dead_is_no_zero_dead():
    (draft,) = drafted("Gunmen shot dead a shepherd near Daquq on Monday; no injuries were reported among his "
                       "companions.")
    assert figures_of(draft)[0] == 1


# --- 'the body of a man abducted last week': an abduction before, told by the way, counts no abducted ------------

@pytest.mark.parametrize("text", [
    "The body of a man abducted last week was found on the outskirts of Saadiya on Monday.",
    "Police found the body of a shepherd kidnapped days earlier near Jalawla on Monday.",
    "The body of a trader abducted recently was found dumped near Tuz Khurmatu on Sunday, police said.",
    "The body of a taxi driver kidnapped two weeks ago was found on Tuesday in an orchard near Hawija.",
    "The body of a young man, kidnapped last week, was found on Tuesday near Taza, police said.",
])
def test_body_of_a_person_abducted_some_time_before_is_no_abduction_count(text):
    (draft,) = drafted(text)
    assert figures_of(draft) == (1, None, None)


@pytest.mark.parametrize("text, abducted", [
    ("The body of a truck driver who was kidnapped last week was found on Sunday west of Daquq, police said.", 1),
    ("The bodies of two men who had been abducted last week were found dumped near Hawija on Tuesday.", 2),
    ("The body of a Kakai man abducted from his farm near Ali Sara on Saturday was found on Monday in an orchard.",
     1),
])
def test_body_of_a_person_whose_abduction_is_told_counts_the_abduction(text, abducted):
    (draft,) = drafted(text)
    assert figures_of(draft)[2] == abducted


# --- one person 'is still being treated': one wounded, the singular of 'two are still being treated' -------------

@pytest.mark.parametrize("text, expected", [
    ("A farmer died in hospital on Tuesday from wounds he sustained when a landmine exploded under his tractor near "
     "Kharbarut last week. His brother, who was with him, is still being treated.", (1, 1, None)),
    ("A roadside bomb struck a police patrol near Tuz Khurmatu on Monday, killing a policeman. A second officer is "
     "in critical condition, police said.", (1, 1, None)),
    ("Gunmen shot a shopkeeper in Kirkuk on Sunday night; the man remains hospitalised, police said.",
     (None, 1, None)),
    ("An IED exploded near an army patrol in Wadi al-Shay on Monday. A soldier is receiving treatment at Kirkuk "
     "hospital.", (None, 1, None)),
])
def test_one_person_still_in_care_is_one_wounded(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_care_said_of_no_person_counts_no_wounded():
    (draft,) = drafted("A roadside bomb killed a soldier near Daquq on Monday; the matter is being treated as a "
                       "terrorist attack, police said.")
    assert figures_of(draft) == (1, None, None)


# --- persons only 'missing' in an attack whose dead are counted, or whose bodies were found: no abduction ---------

@pytest.mark.parametrize("text, killed", [
    ("Gunmen attacked a group of truffle hunters west of Rabia on Monday, in which four people were killed and two "
     "others went missing, a local official said.", 4),
    ("Three shepherds were killed when gunmen opened fire on them near Hawija on Monday, a security source said. A "
     "fourth shepherd was missing, the official said.", 3),
    ("An IS attack on a Peshmerga post near Makhmour on Sunday night killed two fighters; a third fighter is still "
     "missing, the ministry said.", 2),
    ("A drone strike on a vehicle near Sinjar on Tuesday killed two people, while one passenger remains missing, "
     "local officials said.", 2),
])
def test_missing_among_the_dead_of_an_attack_is_no_abduction(text, killed):
    (draft,) = drafted(text)
    assert figures_of(draft)[0] == killed and figures_of(draft)[2] is None


@pytest.mark.parametrize("text, expected", [
    # missing is the whole event, its bodies found after: abducted and killed
    ("Two shepherds went missing near Al-Zab on 12 October. Their bodies were found the following day.", (2, None, 2)),
    # an abduction told with the dead
    ("Gunmen killed a farmer and abducted his two sons near Hawija on Monday; the sons are still missing.",
     (1, None, 2)),
    # missing alone
    ("Two fishermen went missing near the Hamrin dam on Monday; police are searching for them.", (None, None, 2)),
])
def test_missing_told_as_the_event_or_with_an_abduction_stays_abducted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected
