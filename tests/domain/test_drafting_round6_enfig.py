"""Drafting rules of round 6 (issue 15, English figures): each class of construction with paraphrases the way
different outlets word it, and near-misses where it must not trigger."""

import pytest
from test_drafting_round4_enfig import drafted, figures_of

# --- 'no human casualties': no one killed or hurt -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkish warplanes bombed the slopes of Mount Matin near Kesta on Tuesday. There were no human casualties.",
    "A rocket landed near a farm in Daquq on Monday, causing no human casualties, police said.",
    "Iranian artillery shelled the outskirts of Sidakan on Monday without human casualties.",
    "A drone struck an empty building in Sinjar on Monday without any human casualties, a local official said.",
    "The shelling of Kesta on Monday caused material losses but no human losses, the mayor said.",
])
def test_no_human_casualties_is_no_one_killed_or_wounded(text):
    (draft,) = drafted(text)
    assert figures_of(draft) == (0, 0, None)


def test_human_casualties_told_are_counted():
    (draft,) = drafted("Iranian shelling of Sidakan on Monday caused human casualties: two villagers were wounded.")
    assert figures_of(draft) == (None, 2, None)


# --- a count told in the 'when' clause of a period that closes the sentence -----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Iran's Revolutionary Guards have shelled the border strip almost daily since late September, when their drones "
     "struck the offices of opposition parties near Koya, killing nine people.", (9, None, None)),
    ("Attacks on the road have continued since March, when a roadside bomb near Tuz Khurmatu killed four soldiers.",
     (4, None, None)),
    ("Residents of Sinjar have lived in fear since 2 May, when gunmen kidnapped two Yazidi farmers near the town.",
     (None, None, 2)),
    ("The checkpoint near Daquq has been reinforced since last October, when an attack there wounded three "
     "policemen.", (None, 3, None)),
])
def test_a_count_in_the_when_clause_of_a_period_is_the_opening_event(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text", [
    "Since January, when the truce began, 14 civilians have been killed by explosive ordnance in Sinjar.",
    "Fourteen civilians have been killed by explosive ordnance in Sinjar since January, when demining stopped.",
    "Since March, 12 people have been kidnapped in Tuz Khurmatu, police said.",
])
def test_a_count_summed_over_a_period_gives_no_figure(text):
    for draft in drafted(text):
        assert figures_of(draft) == (None, None, None)


# --- 'an estimated four' inside a list of counts -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 6 June clashes broke out in the Mutaibijah basin; two PMF fighters and an estimated four militants were "
     "killed.", (6, None, None)),
    ("Two soldiers and at least three militants were killed near Tuz Khurmatu on Monday.", (5, None, None)),
    ("A police officer and about ten attackers were killed in the assault on Daquq on Monday.", (11, None, None)),
    ("An estimated twenty civilians were killed in the strike on Sinjar on Monday.", (20, None, None)),
    ("Three soldiers and roughly a dozen militants were wounded in the clashes near Hawija on Monday.",
     (None, 15, None)),
])
def test_an_approximate_count_after_and_is_added(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_an_estimate_of_something_else_is_not_a_victim():
    (draft,) = drafted("Two soldiers were killed near Tuz Khurmatu on Monday and an estimated four houses burned.")
    assert figures_of(draft) == (2, None, None)


# --- a person of a unit named with an ordinal: 'a fighter of the 52nd Brigade was killed' -----------------------

@pytest.mark.parametrize("text, expected", [
    ("A fighter of the 52nd Brigade was killed and another wounded when ISIS attacked their post near Amirli.",
     (1, 1, None)),
    ("A member of the 3rd Regiment was wounded by a sniper near Tuz Khurmatu on Monday.", (None, 1, None)),
    ("An officer of the 21st Division was killed by a roadside bomb near Hawija on Monday.", (1, None, None)),
    ("Two members of the Peshmerga's 70th unit were injured near Kifri on Monday.", (None, 2, None)),
])
def test_a_person_of_a_unit_with_an_ordinal_is_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_an_ordinal_date_is_no_person():
    (draft,) = drafted("On the 3rd of May a bomb went off in Tuz Khurmatu; two soldiers were wounded.")
    assert figures_of(draft) == (None, 2, None)


# --- a clause opened by a participle between the people and their verb ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 26 August, two internally displaced men returning to their homes in Baiji were abducted by gunmen.",
     (None, None, 2)),
    ("Two soldiers manning a checkpoint near Tuz Khurmatu were killed by a sniper on Monday.", (2, None, None)),
    ("Three shepherds grazing their sheep near Daquq were wounded by an IED on Monday.", (None, 3, None)),
    ("Two civilians travelling in a pickup truck near Hawija were killed when a bomb exploded on Monday.",
     (2, None, None)),
    ("A man returning from work was abducted near Daquq on Monday.", (None, None, 1)),
    ("Four elderly displaced women were injured when a mortar round hit the camp near Sinjar on Monday.",
     (None, 4, None)),
    ("Two shepherds grazing their flock near the village of Zanqar, east of Daquq, were wounded on Monday when a "
     "roadside bomb went off.", (None, 2, None)),
])
def test_people_told_with_a_participle_clause_are_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    # the participle clause holds the verb of the sentence: the count is the object, not the victims
    ("Two men riding a motorcycle shot dead a farmer in Hawija on Monday.", (1, None, None)),
    ("Three IEDs targeting soldiers wounded two of them near Tuz Khurmatu on Monday.", (None, 2, None)),
    ("Two trucks carrying fighters were hit in a drone strike near Hawija on Monday.", (None, None, None)),
    # across a comma, only when the verb's cue follows it
    ("Two soldiers guarding the road near Hawija, police said, were seen fleeing after a bomb went off near Tuz "
     "Khurmatu on Monday, wounding a farmer.", (None, 1, None)),
])
def test_a_participle_clause_that_is_not_the_victims_gives_no_count(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- one person told with 'the' and a passive verb: 'the father was injured' --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 11 January, armed men attacked the home of a returnee family in Hawija: the father was injured and his "
     "16-year-old daughter was abducted.", (None, 1, 1)),
    ("Gunmen stormed a house in Daquq on Monday. The owner was killed and the guard was wounded.", (1, 1, None)),
    ("An IED hit an army vehicle near Tuz Khurmatu on Monday; the driver was killed.", (1, None, None)),
    ("Unknown men attacked a shop in Khanaqin on Monday. The shopkeeper was seriously wounded, police said.",
     (None, 1, None)),
    ("Diyala police freed a trader on Monday. The trader had been kidnapped on Saturday from his shop in Khanaqin.",
     (None, None, 1)),
])
def test_one_person_told_with_the_and_a_passive_verb_is_counted(text, expected):
    drafts = drafted(text)
    assert any(figures_of(draft) == expected for draft in drafts)


@pytest.mark.parametrize("text, expected", [
    # 'missing' alone tells of a victim counted before, not an abduction
    ("The body of a man was found on Monday in an orchard near Tuz Khurmatu. The man, a taxi driver, had been "
     "missing since Friday.", (1, None, None)),
    # the people counted with their number: the one of them told again is no one more
    ("Two soldiers were wounded by a sniper near Tuz Khurmatu on Monday. The soldier who was hit first was "
     "wounded in the leg.", (None, 2, None)),
    ("A bomb went off near a shop in Kirkuk on Monday. The owner was arrested later.", (None, None, None)),
])
def test_a_person_told_again_with_the_is_no_new_count(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- a part of the people counted before, told later: 'found one of the brothers shot dead' -----------------------

@pytest.mark.parametrize("text, expected", [
    ("ISIS militants raided the village of Sayyid Salih at dawn on Monday and abducted two brothers, a local source "
     "said. Hours later, PMF fighters searching the Hamrin foothills found one of the brothers shot dead.",
     (1, None, 2)),
    ("Gunmen kidnapped three shepherds near Daquq on Monday. The same day, police found one of the shepherds dead "
     "in an orchard near Tuz Khurmatu.", (1, None, 3)),
    ("Unknown men abducted two farmers from their fields near Dibis on 3 May. Hours later, villagers found one of "
     "the two farmers shot dead near Hawija.", (1, None, 2)),
    ("Armed men kidnapped four truck drivers on the Kirkuk-Baghdad road on Monday. Hours later, the army found two "
     "of the drivers dead near Tuz Khurmatu.", (2, None, 4)),
])
def test_a_part_of_the_people_counted_before_is_the_same_incident(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, count", [
    # its own people, counted in the same sentence; or told apart in words
    ("ISIS militants attacked a Peshmerga post near Kifri on Tuesday, killing two fighters. The attack came a day "
     "after a roadside bomb struck a vehicle carrying farmers near Qara Tapa, wounding one of the farmers.", 2),
    ("Gunmen abducted two shepherds near Daquq on Monday. In a separate incident the same day, one of the "
     "shepherds' neighbours was shot dead near Tuz Khurmatu.", 2),
])
def test_a_part_of_people_counted_in_its_own_sentence_or_told_apart_is_no_follow_up(text, count):
    assert len(drafted(text)) == count


# --- the event of a risen toll, told after the lead: 'The militants stormed the post late on Monday' -------------

@pytest.mark.parametrize("text, expected", [
    ("The death toll from an Islamic State attack on an army post in Tall Hamid rose to three on Wednesday after "
     "one of the wounded soldiers died in hospital. The militants stormed the post late on Monday, killing two "
     "soldiers and wounding three others.", (3, 2, None)),
    ("The toll from Saturday's bombing of a market in Tuz Khurmatu has risen to six, police said on Monday. The "
     "bomb, hidden in a cart, killed five people and wounded twelve.", (6, 12, None)),
])
def test_the_event_of_a_risen_toll_told_after_the_lead_is_the_same_incident(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_another_attack_after_a_risen_toll_is_another_incident():
    drafts = drafted("The death toll from Saturday's attack on the village of Sarkhosh rose to five on Monday. The "
                     "same gunmen had killed a farmer in the village of Mamlaha in March.")
    assert len(drafts) == 2


def test_the_wounded_still_in_hospital_after_a_risen_toll_are_not_reduced():
    (draft,) = drafted("The death toll from Saturday's attack on the village of Sarkhosh rose to five on Monday after "
                       "two of the wounded died in hospital. Four other villagers are still being treated.")
    assert figures_of(draft) == (5, 4, None)


# --- a person counted at the very end of the text (it once raised IndexError) ---------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("An IED struck an army vehicle near Rashad on 7 November, killing an officer and a soldier", 2, None),
    ("Gunmen wounded a farmer and", None, 1),
    ("Gunmen wounded a farmer", None, 1),
])
def test_a_person_at_the_end_of_the_text_is_counted_without_error(text, killed, wounded):
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == [(killed, wounded)]


# --- a toll replaced, told with 'had earlier stood at'; one of the wounded who died ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("The toll of Saturday night's ISIS attack on Tal Sultan has risen to six dead and eight wounded after two wounded "
     "villagers died in hospital. The toll had earlier stood at four dead.", (6, 8, None)),
    ("The death toll from the bombing in Tuz Khurmatu rose to five on Monday. The toll had stood at three on Sunday.",
     (5, None, None)),
    ("The death toll from Thursday's drone strike on a pickup truck near Sidakan has risen to three, after one of the "
     "two wounded passengers died in hospital in Soran. Earlier reports had put the toll at two dead.", (3, 1, None)),
    ("The toll from Saturday's explosion in the Dibis market rose to three on Monday after a wounded man died in "
     "hospital. Seven others are still receiving treatment.", (3, 7, None)),
])
def test_a_risen_toll_with_the_replaced_count_and_those_still_treated(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- another party's claim that could not be verified: the lower figure --------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Turkish soldiers were killed on Sunday in an attack on a Turkish base in the Metina region. The HPG "
     "claimed the attack and said it had killed seven soldiers; the claim could not be verified.", (2, None, None)),
    ("Three PMF fighters were killed in an ISIS attack near Tuz Khurmatu on Monday. ISIS said it had killed twelve; "
     "the claim cannot be independently verified.", (3, None, None)),
])
def test_a_claim_that_could_not_be_verified_gives_way_to_the_lower_figure(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- a count summed over several attacks: 'The two attacks bring to five the number of Peshmerga killed' ---------

def test_attacks_that_bring_a_count_to_a_sum_give_no_figure_of_their_own():
    drafts = drafted("Three Peshmerga fighters were killed when IS militants attacked their positions near Qarawal late "
                     "Sunday. In a separate attack on Saturday night, IS gunmen killed two Peshmerga near Khanaqin. The "
                     "two attacks bring to five the number of Peshmerga killed this month.")
    assert sorted(d.get("fatalities") for d in drafts) == [2, 3]


# --- 'abducted ... and found dead', 'taken from their car', 'a village chief', '... (YBS) and their driver' ------

@pytest.mark.parametrize("text, expected", [
    ("A shepherd was abducted by unidentified gunmen near Jalawla in mid-May and found dead days later.", (1, None, 1)),
    ("Two farmers were kidnapped near Daquq on Monday and later found dead in an orchard.", (2, None, 2)),
    ("On 16 May, two Shabak men were taken from their car by armed men on the Bartella road.", (None, None, 2)),
    ("Three truck drivers were taken by gunmen on the Kirkuk-Baghdad road near Tuz Khurmatu on Monday.",
     (None, None, 3)),
    ("On Saturday, unidentified gunmen shot and wounded a village chief in Albu Mfarrij near Hawija.", (None, 1, None)),
    ("On 21 July, a drone strike hit a car in Sinjar town, killing two members of the Sinjar Resistance Units (YBS) "
     "and their civilian driver.", (3, None, None)),
])
def test_more_wordings_of_victims(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    # freed, not found dead; a car taken, not people
    ("Two farmers were kidnapped near Daquq on Monday and later found alive in an orchard.", (None, None, 2)),
    ("Gunmen took a car from its owner near Tuz Khurmatu on Monday and shot dead a passer-by.", (1, None, None)),
])
def test_near_misses_of_those_wordings(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- 'he was hospitalised': one person told by a pronoun, after what was done to him --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 17 September, a Shabak shop owner in Bashiqa was assaulted by unknown individuals; he was hospitalised.",
     (None, 1, None)),
    ("Unknown men beat a Kakai farmer near Daquq on Monday. He was taken to hospital, police said.", (None, 1, None)),
    ("A Yazidi returnee was attacked by armed men in Sinune on Monday; she was injured in the head.", (None, 1, None)),
    ("Gunmen opened fire on a teacher near Daquq on Monday; he was seriously wounded and later died in hospital.",
     (1, None, None)),
])
def test_one_person_told_by_a_pronoun_is_counted(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man was shot dead in Kirkuk on Monday. His brother was with him; he was not hurt.", (1, None, None)),
    ("Gunmen fired at the house of a mukhtar near Hawija on Monday; he was not at home, police said.",
     (None, None, None)),
])
def test_a_pronoun_not_hurt_is_no_victim(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- an abduction told in passing in a release or an arrest, then on its own day: counted once ----------------------

@pytest.mark.parametrize("text", [
    "Diyala police announced on Tuesday the release of a trader who had been kidnapped in Khanaqin. A force raided a "
    "house in the village of Qulajo on Monday night, freeing the man. The trader had been abducted on Saturday from "
    "his shop in Khanaqin.",
    "Security forces arrested a suspect on Monday over the abduction of a Turkmen trader from Tal Afar, who was freed "
    "after 12 days. The trader had been kidnapped by armed men on the Tal Afar-Mosul road late last month.",
    "Police in Kirkuk freed a kidnapped doctor on Sunday and arrested two of his captors in Hawija. The doctor had "
    "been abducted on 2 May from his clinic in Daquq.",
    "The army rescued a shepherd who had been abducted by ISIS near Tuz Khurmatu, a statement said on Monday. The "
    "shepherd had been seized on Friday while grazing his flock near the village of Yengija.",
])
def test_an_abduction_told_in_passing_then_on_its_own_day_is_counted_once(text):
    counts = [d.get("abducted") for d in drafted(text)]
    assert counts.count(1) == 1 and counts[-1] == 1


@pytest.mark.parametrize("text, expected", [
    # two people, two abductions: each counted
    ("Gunmen kidnapped a teacher in Hawija on Monday. On Saturday, a trader had been abducted from his shop in "
     "Daquq, police said.", [1, 1]),
    # other people told again: no abduction told twice
    ("Police freed a trader who had been kidnapped in Khanaqin on Monday. In a separate incident on Sunday, a "
     "farmer was abducted near Jalawla.", [1, 1]),
])
def test_abductions_of_other_people_are_each_counted(text, expected):
    assert [d.get("abducted") for d in drafted(text)] == expected
