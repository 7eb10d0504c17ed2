"""Drafting rules of round 5 (issue 15, English figures): each class of construction with paraphrases the way
different outlets word it, and near-misses where it must not trigger."""

import pytest
from test_drafting_round4_enfig import drafted, figures_of

# --- one person told with its article, then more after 'and': 'killed a soldier and two militiamen' ----------

@pytest.mark.parametrize("text, expected", [
    ("IS fighters killed a soldier and two members of a tribal mobilisation unit near Hawija on Monday.",
     (3, None, None)),
    ("Gunmen killed a policeman and two civilians in Hawija on Monday.", (3, None, None)),
    ("A roadside bomb wounded a shepherd and three farmers near Daquq on Monday.", (None, 4, None)),
    ("Gunmen abducted a driver and two of his passengers near Tuz Khurmatu on Monday.", (None, None, 3)),
    ("A sniper killed an officer and two soldiers at an outpost west of Tal Afar on Monday.", (3, None, None)),
])
def test_a_person_and_more_people_after_and_are_counted_together(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    # 'and two hours later': a count of something else after 'and'
    ("Gunmen killed a policeman and two hours later fled towards Hawija on Monday.", (1, None, None)),
    ("Gunmen killed a policeman and wounded two civilians in Hawija on Monday.", (1, 2, None)),
])
def test_a_count_of_no_person_or_of_another_verb_is_not_added(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- damage only: no one killed or hurt ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A grenade attack on a liquor shop in Khanaqin town on Monday caused damage only.",
    "A rocket hit a house in Tuz Khurmatu on Monday, causing only damage.",
    "A bomb exploded near a shop in Kirkuk on Monday; it only caused damage to the facade.",
    "A mortar round landed in a field near Daquq on Monday, causing damage only to crops.",
    "A grenade was thrown at a shop in Khanaqin on Monday, which caused property damage only.",
])
def test_damage_only_is_no_one_killed_or_hurt(text):
    (draft,) = drafted(text)
    assert figures_of(draft)[:2] == (0, 0)


def test_damage_without_only_gives_no_figure():
    (draft,) = drafted("A rocket hit a house in Tuz Khurmatu on Monday, causing damage.")
    assert figures_of(draft)[:2] == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead two farmers near Hawija on Monday; a nearby shop suffered damage only to its windows.",
     (2, None, None)),
    ("A bomb killed a man in Kirkuk on Monday and caused damage only to nearby shops.", (1, None, None)),
    ("A rocket wounded two guards at a base near Tuz Khurmatu on Monday; the hangar suffered only material damage.",
     (None, 2, None)),
])
def test_damage_only_said_of_a_thing_beside_casualties_gives_no_zero(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- the object of a verb only people undergo, a noun of one who does something: 'kidnapped a car dealer' ----

@pytest.mark.parametrize("text, expected", [
    ("Armed men kidnapped a car dealer from his showroom in Bartella on Monday evening.", (None, None, 1)),
    ("Gunmen abducted a money changer in Tuz Khurmatu on Monday.", (None, None, 1)),
    ("A sniper wounded a taxi dispatcher in Kirkuk on Monday.", (None, 1, None)),
    ("Gunmen assassinated a prominent tribal negotiator in Tarmiyah on Monday.", (1, None, None)),
    ("Police are investigating the kidnapping of a Yazidi photographer in Sinjar on Monday.", (None, None, 1)),
])
def test_a_doer_noun_after_a_verb_of_people_is_one_person(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a number of sheep and wounded a shepherd near Tuz Khurmatu on Monday.", (None, 1, None)),
    ("Militants kidnapped a shepherd and seized a generator and a trailer near Tuz Khurmatu on Monday.",
     (None, None, 1)),
])
def test_a_thing_or_a_count_after_the_verb_is_no_doer(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_a_word_after_a_noun_of_wounds_is_no_doer():
    (draft,) = drafted("A farmer succumbed to his wounds a day after gunmen opened fire on him in his orchard in "
                       "Mandali on Monday.")
    assert figures_of(draft)[1] is None


# --- two sources, two figures for the same people: the lower one (the corpus convention) -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Turkish aircraft struck a building in Khanasor on Monday. Local sources reported one person killed; "
     "PKK-affiliated media put the toll at four.", (1, None, None)),
    ("A clash broke out in Sinjar town on Monday, leaving one soldier dead, according to a security source. A YBS "
     "spokesperson gave a higher toll, saying three people had been killed.", (1, None, None)),
    ("Soldiers fired into the air in Makhmour camp on Monday; six protesters were injured, according to camp "
     "officials, while the army said only two were hurt.", (None, 2, None)),
    ("Militants attacked a guard post in Daquq on Monday, killing two guards. The group claimed the attack, "
     "exaggerating the toll to seven.", (2, None, None)),
    ("A roadside bomb killed two soldiers near Hawija on Monday, the army said, while local officials put the toll "
     "at five.", (2, None, None)),
])
def test_where_sources_differ_the_lower_figure(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    ("A bomb killed a soldier near Tuz Khurmatu on Monday; police later put the toll at four.", (4, None, None)),
    ("A bomb killed a soldier near Tuz Khurmatu on Monday. Police put the toll at four.", (4, None, None)),
    ("A bomb killed two soldiers near Tuz Khurmatu on Monday and wounded five; police said only one of the "
     "wounded was in serious condition.", (2, 5, None)),
])
def test_a_toll_told_again_by_one_source_is_no_dispute(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- people 'of' a group told in common words between the count and its verb --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On Monday, two soldiers and one member of the armed group were killed in clashes in Snuny.", (3, None, None)),
    ("Two members of the local armed group were killed in clashes near Snuny on Monday.", (2, None, None)),
    ("Three fighters of the local tribal force were wounded near Tuz Khurmatu on Monday.", (None, 3, None)),
    ("Two employees of the state oil company were kidnapped near Kirkuk on Monday.", (None, None, 2)),
    ("Four guards of the old water plant were hurt when a bomb went off near Daquq on Monday.", (None, 4, None)),
])
def test_people_of_a_group_in_common_words_are_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    ("A bomb hit a patrol near Daquq on Monday; four members of the armed group had fled before soldiers arrived.",
     (None, None, None)),
    ("A bomb killed a soldier near Daquq on Monday; two members of the group that was blamed were arrested.",
     (1, None, None)),
])
def test_people_of_a_group_without_a_verb_of_harm_are_not_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- one person placed 'in the car' between the noun and its passive verb ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A drone struck a vehicle near Snuny on Monday evening, killing two YBS members. A third person in the car was "
     "wounded and taken to hospital.", (2, 1, None)),
    ("Gunmen opened fire on a minibus near Tuz Khurmatu on Monday; a woman inside the vehicle was wounded.",
     (None, 1, None)),
    ("A bomb hit a house in Daquq on Monday; a child in the house was killed.", (1, None, None)),
    ("A bomb hit a bus near Daquq on Monday; a passenger aboard the bus was hurt.", (None, 1, None)),
])
def test_a_person_placed_before_the_passive_verb_is_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_a_person_placed_with_a_verb_of_no_harm_is_not_counted():
    (draft,) = drafted("A man in the village was arrested after a bomb hit a bus near Daquq on Monday.")
    assert figures_of(draft) == (None, None, None)
