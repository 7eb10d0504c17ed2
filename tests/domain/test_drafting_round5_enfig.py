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


# --- 'At the same time, ...' at a place of its own: another incident ------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen attacked an army post near Hawija on Sunday, killing two soldiers. Simultaneously, a roadside bomb hit a "
    "police patrol in Daquq, wounding three policemen.",
    "Gunmen attacked an army post near Hawija on Sunday, killing two soldiers. At the same time, a roadside bomb hit "
    "a police patrol in Daquq, wounding three policemen.",
    "Gunmen attacked an army post near Hawija on Sunday, killing two soldiers.\nAround the same time, a roadside bomb "
    "wounded three policemen in Daquq.",
    "Gunmen attacked an army post near Hawija on Sunday, killing two soldiers. In parallel, a roadside bomb wounded "
    "three policemen in Daquq.",
])
def test_at_the_same_time_at_another_place_is_another_incident(text):
    drafts = drafted(text)
    assert [figures_of(d)[:2] for d in drafts] == [(2, None), (None, 3)]


def test_at_the_same_time_at_no_other_place_goes_on_with_the_incident():
    (draft,) = drafted("Gunmen attacked an army post near Hawija on Sunday, killing two soldiers. At the same time, "
                       "other gunmen fired on the rescuers, wounding three.")
    assert figures_of(draft)[:2] == (2, 3)


# --- the abducted found dead, said of them with 'who' or 'they': as many dead ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On Monday, militants raided a hamlet near al-Adhaim and abducted three shepherds, who were found dead the "
     "following week.", (3, None, 3)),
    ("Gunmen abducted two farmers near Tuz Khurmatu on Monday; they were found dead two days later.", (2, None, 2)),
    ("Gunmen kidnapped two truck drivers near Tuz Khurmatu on Monday. Both were later found shot dead in an orchard.",
     (2, None, 2)),
    ("Gunmen kidnapped four laborers near Tarmiyah on Monday, all of them were subsequently found murdered.",
     (4, None, 4)),
])
def test_the_abducted_found_dead_are_as_many_dead(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two truck drivers near Tuz Khurmatu on Monday. They were found alive on Tuesday.",
    "Gunmen kidnapped two truck drivers near Tuz Khurmatu on Monday, police who found their car said.",
])
def test_the_abducted_found_alive_or_not_found_are_no_dead(text):
    (draft,) = drafted(text)
    assert figures_of(draft) == (None, None, 2)


# --- a plural of a person noun between the count and its verb ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A police officer was killed and two of his companions were wounded when a bomb hit their vehicle near "
     "Tarmiyah on Monday.", (1, 2, None)),
    ("Two engineers and three contractors were abducted near Baiji on Monday.", (None, None, 5)),
    ("Two cousins of the victim were injured when gunmen opened fire in Hawija on Monday.", (None, 2, None)),
    ("Four electricians were hurt when a bomb went off near Daquq on Monday.", (None, 4, None)),
    ("Three goldsmiths were kidnapped in Kirkuk on Monday.", (None, None, 3)),
])
def test_a_plural_person_noun_between_count_and_verb(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected
