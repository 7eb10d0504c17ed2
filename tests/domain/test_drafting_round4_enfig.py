"""Drafting rules of round 4 (issue 15, English figures and telling incidents apart): each class of construction
with paraphrases the way different outlets word it, and near-misses where it must not trigger."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

WEDNESDAY = date(2024, 7, 10)


def drafted(text, published=WEDNESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def figures_of(draft):
    return draft.get("fatalities"), draft.get("wounded"), draft.get("abducted")


# --- 'N x' counts of security bulletins --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 7 July, ISIS elements ambushed an ISF patrol near Tarmiyah: 1x ISF KIA, 2x WIA.", (1, 2, None)),
    ("On 7 July, an IED struck an IA vehicle near Tarmiyah; 2x IA soldiers killed, 1x injured.", (2, 1, None)),
    ("On 7 July, 1x shepherd abducted by ISIS elements near Tarmiyah.", (None, None, 1)),
    ("On 7 July, a UAV strike hit a car near Sinjar, killing 3x individuals.", (3, None, None)),
    ("On 7 July, an IED detonated near Tarmiyah: 2 x PMF members killed.", (2, None, None)),
])
def test_a_count_written_with_x_is_the_count(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_a_size_written_with_x_is_no_count():
    (draft,) = drafted("On 7 July, an IED left a 2 x 3 crater near Tarmiyah; no casualties.")
    assert figures_of(draft) == (0, 0, None)


# --- an apposition between the count and its verb ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two members of the Kakai community, a father and his teenage son, were killed on Sunday when gunmen "
     "stormed their farm near Daquq.", 2),
    ("Three people, two of them women, were killed on Sunday when a mortar shell hit a house in Tuz Khurmatu.", 3),
    ("Four shepherds, all from the same village, were kidnapped on Sunday by gunmen near Makhmour.", 4),
    ("Two Peshmerga fighters, both in their twenties, were killed on Sunday in an ISIS attack near Kifri.", 2),
    ("Five civilians, among them a child, had been wounded on Sunday by a roadside bomb near Hawija.", 5),
])
def test_an_apposition_between_commas_keeps_the_count(text, expected):
    (draft,) = drafted(text)
    assert expected in figures_of(draft)


def test_an_aside_before_an_active_verb_counts_the_attackers_as_no_victims():
    (draft,) = drafted("Two gunmen, wearing masks, killed a shepherd on Sunday near Hawija.")
    assert figures_of(draft) == (1, None, None)
    (draft,) = drafted("Two soldiers, police said, were killed on Sunday in a bombing near Hawija.")
    assert figures_of(draft) == (2, None, None)


# --- a long relative clause between the victim and the verb ---------------------------------------------

@pytest.mark.parametrize("text", [
    "On Sunday, a Yazidi man who had come back from a camp only weeks earlier was shot dead near Sinjar.",
    "On Sunday, a farmer who had gone out to check on his sheep before dawn was killed by a landmine near Makhmour.",
    "On Sunday, a teacher who had been driving home from his school in the town was abducted near Hawija.",
    "On Sunday, a shepherd who grazed his flock on the hills north of the village every morning was wounded "
    "by a mine near Makhmour.",
])
def test_a_person_and_a_long_relative_clause_before_the_verb_is_one_victim(text):
    (draft,) = drafted(text)
    assert sorted(v for v in figures_of(draft) if v is not None) == [1]


def test_a_relative_clause_that_reports_what_someone_said_gives_no_victim():
    (draft,) = drafted("On Sunday, a resident who said that the attackers were wearing uniforms spoke to police "
                       "after an ISIS attack near Hawija that killed two soldiers.")
    assert figures_of(draft) == (2, None, None)


# --- bulletins: each dated line is an incident of its own ----------------------------------------------

BULLETIN = """WEEKLY SUMMARY (1-7 JUL)
- 2 Jul, BASHIQA: three rockets impacted near a base at Zilkan, Bashiqa sub-district. No casualties reported.
- 4 Jul, HAWIJA: an IED struck an army vehicle near Al-Abbasi; 2x soldiers killed, 1x injured.
- 6 Jul, MAKHMOUR: 1x shepherd abducted by ISIS elements near Kudila village.
Assessment: ISIS activity is likely to continue."""


def test_each_dated_line_of_a_bulletin_is_an_incident_with_its_own_date_and_figures():
    drafts = drafted(BULLETIN)
    assert [(d.get("event_date"), figures_of(d)) for d in drafts] == [
        ("2024-07-02", (0, 0, None)), ("2024-07-04", (2, 1, None)), ("2024-07-06", (None, None, 1))]
    assert all(d.get("actor1") is None for d in drafts[:1])  # the comment's ISIS is no item's actor


def test_a_line_opening_with_a_date_and_a_count_without_event_word_is_an_incident():
    drafts = drafted("INCIDENT SUMMARY\n- On 4 July, a UAV hit a vehicle near Mawat, killing 1x individual.\n"
                     "- On 6 July, gunmen threw a hand grenade at a house in Tal Afar. Material damage only.")
    assert [(d.get("event_date"), d.get("fatalities")) for d in drafts] == [("2024-07-04", 1), ("2024-07-06", 0)]


def test_a_story_paragraph_opening_with_a_date_is_not_a_bulletin():
    drafts = drafted("Gunmen killed two farmers near Daquq on Monday night, police said.\n"
                     "On Tuesday, relatives buried the two men in the village cemetery.")
    assert [(d.get("event_date"), d.get("fatalities")) for d in drafts] == [("2024-07-08", 2)]


# --- a time or a place between a noun of killing and its victims ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("UNAMI is concerned by the abduction on 8 July of a Turkmen journalist in Tuz Khurmatu by gunmen.",
     (None, None, 1)),
    ("UNAMI condemns the killing on Monday of two shepherds near Makhmour by ISIS.", (2, None, None)),
    ("Police are investigating the kidnapping last week of a teacher near Hawija by gunmen.", (None, None, 1)),
    ("The Mission deplores the deaths in Sinjar on Sunday of three civilians in a drone strike.", (3, None, None)),
    ("Rights groups condemned the killing early on Monday of a Yazidi returnee near Sinjar by gunmen.",
     (1, None, None)),
])
def test_a_time_or_a_place_between_the_noun_of_killing_and_of_its_victims(text, expected):
    assert figures_of(drafted(text)[0]) == expected


def test_a_place_of_a_village_after_the_noun_is_no_victim():
    (draft,) = drafted("Gunmen carried out the killing in the village of Gulajo on Monday, police said.")
    assert figures_of(draft) == (None, None, None)


# --- the wounded who died, and the wounded still in hospital ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The death toll from Saturday's ISIS attack on Luhaiban has risen to five, after two wounded villagers died "
     "in hospital on Sunday. Six others remain in hospital.", (5, 6)),
    ("The toll from Sunday's attack on a Peshmerga post near Kifri has risen to four, after two of the wounded "
     "fighters died of their injuries. The militants had initially killed two Peshmerga and wounded five.", (4, 3)),
    ("ISIS gunmen attacked a Peshmerga post near Kifri on Sunday, killing two fighters and wounding five. One of "
     "the wounded died on Monday.", (3, 4)),
    ("A roadside bomb hit an army patrol near Tarmiyah on Sunday, killing a soldier. Three others are still being "
     "treated, an army officer said.", (1, 3)),
    ("A mortar shell hit a house in Tuz Khurmatu on Sunday, killing a woman. Two of her children remain in a "
     "critical condition.", (1, 2)),
])
def test_the_wounded_who_died_move_to_the_dead_and_those_in_care_are_the_wounded(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


def test_a_part_of_the_dead_is_no_count_of_its_own():
    (draft,) = drafted("An ISIS attack on a village near Makhmour killed five people on Sunday. Two of the dead "
                       "were women.")
    assert draft.get("fatalities") == 5


def test_an_initial_count_gives_way_only_to_a_later_count_of_the_same_kind():
    (draft,) = drafted("Gunmen attacked a checkpoint near Hawija on Sunday. Officials initially said three soldiers "
                       "were killed and four wounded; the toll later rose to five dead.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (5, 4)


# --- figures summed over a period --------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Since January, 14 civilians have been killed by explosive ordnance across the governorate.",
    "So far this year, 20 people have been killed by landmines in the province.",
    "In 2022 alone, 30 civilians were killed by explosive remnants of war in Ninewa.",
    "Over the past six months, 11 shepherds have been killed by mines in the area.",
    "Since the start of the year, nine people have been wounded by unexploded ordnance in Ninewa.",
])
def test_a_count_over_a_period_is_no_figure_of_the_incident(sentence):
    (draft,) = drafted("On Monday, an explosive remnant of war detonated in a field near Qayyarah, killing two "
                       "children and injuring a third. " + sentence)
    assert (draft.get("fatalities"), draft.get("wounded")) == (2, 1)


def test_earlier_this_year_is_no_period_sum():
    drafts = drafted("Gunmen killed a shepherd near Khanaqin on Saturday, police said.\nEarlier this year, in "
                     "early May, two farmers from the nearby village of Mekhas were abducted by militants.",
                     published=date(2020, 6, 15))
    assert [d.get("abducted") for d in drafts] == [None, 2]


# --- another day and another place: another incident ----------------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("A drone strike killed two PKK members near Sidakan on Tuesday. Turkish artillery shelled villages near Amedi "
     "on Monday, wounding a shepherd.", [(2, None), (None, 1)]),
    ("Gunmen killed a shepherd near Dibis on Monday, police said. An IED wounded two soldiers near Hawija on Sunday, "
     "according to the same source.", [(1, None), (None, 2)]),
    ("ISIS militants attacked a Peshmerga post near Kifri on Wednesday, killing one fighter. The Peshmerga ministry "
     "said a roadside bomb had struck an army vehicle near Jalawla on Tuesday, wounding three soldiers.",
     [(1, None), (None, 3)]),
    ("Turkish warplanes bombed a village near Sharanish on Sunday afternoon, killing three civilians. The PKK, for "
     "its part, said Turkish troops killed one of its fighters near Haftanin on Saturday.", [(3, None), (1, None)]),
])
def test_an_event_on_another_day_at_another_place_is_another_incident(text, figures):
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == figures


@pytest.mark.parametrize("text", [
    "An IED killed two soldiers near Tarmiyah on Sunday. The governor of Kirkuk condemned the bombing on Monday.",
    "Gunmen killed a shepherd near Dibis on Monday. Security forces arrested two suspects in Dibis on Tuesday.",
    "An IED killed two soldiers near Tarmiyah on Sunday. Another soldier wounded in the blast died in Tarmiyah "
    "on Monday.",
])
def test_the_same_place_or_a_statement_about_the_event_is_no_other_incident(text):
    assert len(drafted(text)) == 1


# --- the wounded who later died ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("An IED killed two soldiers near Tarmiyah on Sunday. A third soldier wounded in the blast died in hospital "
     "on Monday.", (3, None)),
    ("An IED killed two soldiers near Tarmiyah on Sunday. A policeman who was seriously injured in the explosion "
     "later died in hospital.", (3, None)),
    ("A shepherd was wounded by a landmine near Makhmour on Sunday and later died in hospital.", (1, None)),
    ("A Turkmen shopkeeper has died of wounds he sustained on Saturday, when a bomb planted under his car went off "
     "in Tuz Khurmatu, injuring him and two passers-by.", (1, 2)),
    ("A Yazidi farmer died of his wounds on Monday, two days after a landmine exploded near his home in Sinjar, "
     "injuring him and his son.", (1, 1)),
])
def test_a_wounded_person_who_died_is_counted_dead_once(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


def test_a_wounded_person_taken_to_hospital_stays_wounded():
    (draft,) = drafted("An IED killed two soldiers near Tarmiyah on Sunday. A farmer wounded in the blast was taken "
                       "to hospital in Kirkuk.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (2, 1)
    (draft,) = drafted("A landmine exploded near a house in Sinjar on Saturday, injuring him and his son, the "
                       "farmer's brother said.")
    assert draft.get("wounded") == 2


# --- 'the number of X killed ... has risen to N' ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The number of Peshmerga killed in Sunday's ISIS attack on a post near Kifri has risen to three, the ministry "
     "said. The attackers had initially killed two fighters.", 3),
    ("The number of people killed in Monday's bombing of a market in Tuz Khurmatu rose to seven on Tuesday, after "
     "two more bodies were recovered.", 7),
    ("The number of villagers killed in the ISIS raid on a village near Makhmour on Sunday has climbed to five.", 5),
])
def test_the_number_of_the_killed_that_has_risen_is_the_total(text, expected):
    assert drafted(text)[0]["fatalities"] == expected


def test_a_number_raised_over_an_operation_is_not_the_second_strikes_total():
    drafts = drafted("Iraqi aircraft bombed an ISIS hideout in the Hamrin mountains on Monday, killing five "
                     "terrorists. A second air strike on Tuesday on a cave near Baiji killed three others, raising "
                     "the number of terrorists killed in the operation to eight.")
    assert [d["fatalities"] for d in drafts] == [5, 3]


# --- two nouns of killing in one statement, the second with its own time -----------------------------------

def test_and_the_abduction_with_its_own_time_is_a_second_incident():
    drafts = drafted("UNAMI condemns the killing on 7 July of two Yazidi returnees near Sinjar by unknown "
                     "assailants, and the abduction last week of a Shabak teacher in Bashiqa.")
    assert [(d.get("fatalities"), d.get("abducted")) for d in drafts] == [(2, None), (None, 1)]


def test_a_later_death_in_a_hospital_elsewhere_is_the_same_incident():
    (draft,) = drafted("Two Peshmerga fighters were killed on Monday night in an ISIS attack near Khanaqin. A third "
                       "fighter wounded in the attack died in hospital in Kalar early on Tuesday.")
    assert draft["fatalities"] == 3
    (draft,) = drafted("A young man died on Monday of injuries he suffered last Thursday, when a bomb went off "
                       "outside his shop in Tuz Khurmatu, injuring him and three customers.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 3)


# --- the wounded taken to hospital, the dead named among the dead, dashes, a verb of the subject ----------

@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb struck a police patrol near Tarmiyah on Monday. Two policemen died instantly, while three "
     "others were rushed to hospital with serious injuries.", (2, 3)),
    ("A mortar shell hit a house near Tuz Khurmatu on Monday, killing a woman; four relatives were taken to "
     "hospital.", (1, 4)),
    ("A car bomb exploded near a market in Tuz Khurmatu on Monday. Three people died and seven were admitted to "
     "hospital, a health official said.", (3, 7)),
    ("Two soldiers were killed near Tarmiyah on Monday when an IED hit their vehicle; a third was evacuated to a "
     "hospital in Baghdad.", (2, 1)),
])
def test_people_taken_to_hospital_are_the_wounded(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


def test_the_bodies_taken_to_hospital_are_the_dead():
    (draft,) = drafted("Gunmen killed two shepherds near Makhmour on Monday; the two bodies were taken to hospital.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (2, None)


@pytest.mark.parametrize("text, expected", [
    ("A woman was among the dead after a mortar shell slammed into a house near Tuz Khurmatu on Monday; her "
     "husband and two children were injured.", (1, 3)),
    ("Five people were killed when a mortar shell hit a house near Tuz Khurmatu on Monday. A woman was among the "
     "dead.", (5, None)),
    ("Four members of one family - a man, his wife and two daughters - were killed on Monday when a drone struck "
     "their car near Sinjar.", (4, None)),
    ("Three Peshmerga fighters – two of them brothers – were wounded on Monday in an ISIS attack near Kifri.",
     (None, 3)),
    ("An IED killed a PMF fighter and injured another near Jalawla on Monday.", (1, 1)),
    ("Gunmen shot a farmer and wounded his son near Daquq on Monday.", (None, 1)),
])
def test_among_the_dead_dashes_and_a_second_verb_of_the_subject(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


# --- a relative clause between commas; a final count after an initial one; an earlier evening ---------------

@pytest.mark.parametrize("text", [
    "Gunmen shot dead a shopkeeper in Tuz Khurmatu on Tuesday. His brother, who was standing next to him, was "
    "wounded.",
    "Gunmen shot dead a shopkeeper in Tuz Khurmatu on Tuesday. A passer-by, a man in his sixties, was injured.",
    "Gunmen shot dead a shopkeeper in Tuz Khurmatu on Tuesday. His son - who had just arrived at the shop - was "
    "wounded.",
])
def test_an_aside_between_the_person_and_the_verb_keeps_the_person(text):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == (1, 1)


def test_an_aside_that_tells_another_clause_gives_no_victim():
    (draft,) = drafted("Gunmen shot dead a shopkeeper in Tuz Khurmatu on Tuesday. His brother, police said, "
                       "fled to Kirkuk.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (1, None)


def test_a_death_told_with_the_initial_count_is_in_the_final_count():
    (draft,) = drafted("Two Peshmerga fighters were killed and four were wounded in an ISIS attack near Kifri late "
                       "on Saturday, the ministry said on Monday. The ministry had initially reported one fighter "
                       "killed and five wounded, but one of the wounded died of his injuries on Sunday.")
    assert (draft["fatalities"], draft["wounded"]) == (2, 4)


@pytest.mark.parametrize("text, dates", [
    ("A Turkish airstrike hit a village near Zakho on Monday, killing a shepherd. On Sunday evening, Turkish "
     "artillery shelling near the same village set fire to farmland; no one was hurt.",
     ["2024-07-08", "2024-07-07"]),
    ("ISIS gunmen killed two soldiers near Tarmiyah on Tuesday. Late on Monday night, a roadside bomb wounded a "
     "policeman near the same checkpoint.", ["2024-07-09", "2024-07-08"]),
])
def test_an_evening_of_an_earlier_day_opening_a_sentence_is_another_incident(text, dates):
    assert [d.get("event_date") for d in drafted(text)] == dates


def test_a_story_paragraph_opening_with_a_later_day_goes_on_with_the_incident():
    drafts = drafted("Three soldiers were killed and two were wounded in an ISIS ambush near Tel Bashir late on "
                     "Sunday.\nOn Tuesday one of the wounded soldiers died in hospital in Tuz Khurmatu, raising the "
                     "toll to four soldiers killed and one wounded.\nIn March, ISIS militants killed two shepherds "
                     "near Sulaiman Bek.")
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafts] == [(4, 1), (2, None)]


# --- lists of incidents, 'also on <day>', an actor's name is no place, 'neutralised' -------------------------

NUMBERED = """Security Media Cell statement:
1. In Kirkuk, troops killed two terrorists in an ambush in Wadi al-Shay at dawn today.
2. Army Aviation destroyed a hideout in the Al-Adhaim basin in Diyala on Monday evening, killing the three terrorists inside.
3. In Nineveh, a Federal Police unit came under fire from an ISIS cell near Qayyarah early today. One policeman was wounded and the attackers fled.
The operations continue."""


def test_each_item_of_a_numbered_list_is_an_incident():
    drafts = drafted(NUMBERED)
    assert [(d.get("event_date"), d.get("fatalities"), d.get("wounded")) for d in drafts] == [
        ("2024-07-10", 2, None), ("2024-07-08", 3, None), ("2024-07-10", None, 1)]


def test_bulleted_points_of_one_incident_with_no_place_or_day_of_their_own_stay_one_incident():
    drafts = drafted("An IED struck an army patrol near Tarmiyah on Monday.\n- Two soldiers were killed.\n"
                     "- Three soldiers were wounded.")
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafts] == [(2, 3)]


@pytest.mark.parametrize("text", [
    "Iraqi jets struck an ISIS hideout in the Hamrin mountains on Sunday, killing four terrorists. Also on Sunday, "
    "two soldiers were wounded when an ISIS sniper opened fire on their post in Mutaibija.",
    "Turkish drones struck a car near Sidakan on Sunday, killing two PKK members. Also in Duhok province, artillery "
    "shelling wounded a shepherd near Amedi.",
])
def test_also_on_a_day_at_another_place_is_another_incident(text):
    assert len(drafted(text)) == 2


def test_also_at_the_same_place_is_the_same_incident():
    (draft,) = drafted("Iraqi jets struck an ISIS hideout near Tarmiyah on Sunday, killing four terrorists. Also on "
                       "Sunday, troops found weapons near Tarmiyah.")
    assert draft["fatalities"] == 4


def test_a_place_in_an_actors_name_is_no_place_of_the_incident_before():
    drafts = drafted("Clashes broke out on Sunday evening in Sinuni between the army and the Sinjar Resistance "
                     "Units (YBS). One soldier was killed.\nOn Monday morning, a Turkish drone struck a YBS vehicle "
                     "on the outskirts of Sinjar, killing two fighters.")
    assert [d.get("fatalities") for d in drafts] == [1, 2]


@pytest.mark.parametrize("text", [
    "The Turkish defence ministry said on Sunday it had 'neutralised' four PKK members in air strikes near Gara.",
    "The Turkish defence ministry said on Sunday its jets neutralized three PKK militants near Gara.",
    "Four PKK terrorists detected in the Metina region were neutralized by our commandos on Sunday.",
])
def test_neutralised_says_killed_captured_or_surrendered_so_no_count(text):
    assert all(d.get("fatalities") is None for d in drafted(text))


@pytest.mark.parametrize("text, expected", [
    ("The army said on Sunday its jets had 'killed' four ISIS members near Gara.", 4),
    ("Iraqi forces said on Sunday they had “killed” two ISIS members in a raid near Tarmiyah.", 2),
])
def test_a_verb_of_killing_in_quotes_still_counts(text, expected):
    assert drafted(text)[0].get("fatalities") == expected


def test_a_verb_in_quotes_before_a_count_of_a_thing_is_no_count():
    drafts = drafted("ISIS militants 'shelled' two villages near Makhmour with mortars on Sunday, police said.")
    assert all(d.get("fatalities") is None for d in drafts)


# --- sums over a period tell no incident; 'while a separate strike' ------------------------------------------

def test_a_documented_sum_gives_neither_the_figures_nor_the_date_of_the_incidents_listed_after_it():
    drafts = drafted("Civilian casualty update, June 2024. The UNAMI Human Rights Office documented 9 civilians "
                     "killed and 14 injured in conflict-related incidents across Iraq during June. On 4 June, "
                     "unidentified gunmen shot dead a Yazidi man outside his home in Khanasor. On 12 June, a drone "
                     "strike hit a house in Makhmour camp, killing two civilians and injuring one.")
    assert [(d.get("event_date"), d.get("fatalities"), d.get("wounded")) for d in drafts] == [
        ("2024-06-04", 1, None), ("2024-06-12", 2, 1)]


@pytest.mark.parametrize("text", [
    "According to local officials, strikes on Saturday near the village of Deraluk, Amadiya district, killed a "
    "shepherd, while a separate strike on Sunday hit a car on the road to Batifa, Zakho district, wounding two "
    "civilians.",
    "A drone strike killed a shepherd near Sidakan on Saturday, while another drone strike on Sunday hit a car near "
    "Batifa, wounding two civilians.",
])
def test_while_a_separate_strike_is_another_incident_in_the_same_sentence(text):
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == [(1, None), (None, 2)]


def test_while_with_no_other_event_stays_one_sentence():
    (draft,) = drafted("A drone strike killed a shepherd near Sidakan on Saturday, while his brother was wounded.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (1, 1)


# --- people taken by armed men; 'one of them was found dead'; more nouns of persons ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("On Monday, three men from the same family were taken from their home near Hawija by armed men in uniform.",
     (None, None, 3)),
    ("Two shepherds were taken away by gunmen near Makhmour on Monday, their relatives said.", (None, None, 2)),
    ("On Monday, gunmen abducted two men from a village near Zummar; one of them was found dead on Tuesday.",
     (1, None, 2)),
    ("UNAMI welcomes the release of the four aid workers abducted near Tuz Khurmatu on Monday.", (None, None, 4)),
    ("Police fired on protesters in Kirkuk on Monday; one protester was killed and 17 injured.", (1, 17, None)),
    ("Police fired on a demonstration in Kirkuk on Monday, wounding three demonstrators.", (None, 3, None)),
])
def test_people_taken_by_armed_men_and_persons_of_other_nouns_are_counted(text, expected):
    assert figures_of(drafted(text)[0]) == expected


def test_taken_to_hospital_is_no_abduction_and_one_of_the_wounded_is_a_part():
    (draft,) = drafted("Two soldiers were wounded near Tarmiyah on Monday and taken to hospital; two of the wounded "
                       "were in a critical condition.")
    assert figures_of(draft) == (None, 2, None)


def test_the_date_given_before_the_event_of_a_flash_alert_is_the_events():
    drafts = drafted("Flash alert – Makhmour district\nDate: 8 Jul 2024. Location: near Kabarli. Incident: an ISIS "
                     "cell ambushed an army patrol. Casualties: 2 soldiers killed, 3 wounded.\nBackground: on 1 Jul "
                     "a Peshmerga officer was wounded by sniper fire in the same area.")
    assert [(d.get("event_date"), d.get("fatalities"), d.get("wounded")) for d in drafts] == [
        ("2024-07-08", 2, 3), ("2024-07-01", None, 1)]


def test_reports_of_several_incidents_give_no_date_to_the_case_told_after_them():
    (draft,) = drafted("In June, the Office received reports of six incidents of abduction in Kirkuk Governorate. In "
                       "the most serious case, on 18 June, three men were taken from their home near Hawija by armed "
                       "men.")
    assert (draft.get("event_date"), draft.get("abducted")) == ("2024-06-18", 3)


@pytest.mark.parametrize("text, expected", [
    ("A Peshmerga fighter wounded in Thursday's ISIS attack near Makhmour died on Sunday, raising the toll to three. "
     "The attack killed two fighters and wounded three others; the two surviving wounded are in stable condition.",
     (3, 2)),
    ("ISIS gunmen killed a soldier and wounded four near Tarmiyah on Monday. One of the wounded died overnight; the "
     "remaining three wounded were flown to Baghdad.", (2, 3)),
    ("A fighter wounded in Saturday's ISIS attack near Kifri died on Monday, bringing the toll to two. The attack had "
     "killed one fighter and wounded four others; the remaining three wounded are recovering in Kalar.", (2, 3)),
])
def test_the_surviving_wounded_are_the_wounded_now(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


# --- the main day from the lead and what explains it; another month's casualties; 'Daesh/ISIS' ----------------

def test_the_main_day_is_told_next_to_the_lead_not_in_a_later_incident():
    drafts = drafted("The Security Media Cell announced on Wednesday the killing of three terrorists in an airstrike "
                     "on a hideout in Wadi al-Tharthar.\nThe cell said the strike was carried out on Tuesday.\nThe "
                     "statement added that a soldier was wounded on Monday when an explosive device went off during "
                     "a search in the Mutaibija area.")
    assert [(d.get("event_date"), d.get("fatalities"), d.get("wounded")) for d in drafts] == [
        ("2024-07-09", 3, None), ("2024-07-08", None, 1)]


@pytest.mark.parametrize("sentence, expected", [
    ("The field, near Chamchamal, was also hit by a rocket in early June, wounding one worker.", (None, 1)),
    ("A similar attack on the same field in May killed two guards.", (2, None)),
])
def test_a_count_of_an_earlier_month_is_another_incident(sentence, expected):
    drafts = drafted("Two drones attacked the Khor Mor gas field near Chamchamal late on Monday, causing a fire but "
                     "no casualties, officials said. " + sentence)
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafts] == [(0, 0), expected]


def test_a_count_of_the_same_month_told_later_stays_with_the_incident():
    (draft,) = drafted("Gunmen attacked a checkpoint near Hawija on 8 July, killing two soldiers. Three policemen "
                       "wounded in the attack in July remain in hospital.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (2, 3)


def test_names_joined_by_a_slash_stay_between_the_count_and_its_verb():
    (draft,) = drafted("Two Daesh/ISIS terrorists were killed in an airstrike in the Hamrin mountains on Sunday.")
    assert draft["fatalities"] == 2


@pytest.mark.parametrize("text, expected", [
    ("One of the two Peshmerga fighters wounded in Monday night's ISIS attack in Makhmour has died of his injuries, "
     "the ministry said.", (1, 1)),
    ("Two of the five soldiers injured in Sunday's bombing near Tarmiyah died in hospital on Monday.", (2, 3)),
    ("The PMF repelled an ISIS attack near Tuz Khurmatu on Monday, killing three terrorists. One of our fighters was "
     "martyred and another wounded.", (4, 1)),
    ("A correction: the policeman reported killed in Monday's ISIS attack near Dibis survived, meaning both "
     "policemen were wounded and no one was killed.", (0, 2)),
])
def test_a_part_of_a_count_told_in_the_same_words_and_both(text, expected):
    (draft,) = drafted(text)
    assert (draft.get("fatalities"), draft.get("wounded")) == expected


def test_both_sides_is_no_count():
    (draft,) = drafted("Clashes between the army and the YBS broke out near Sinuni on Monday; both sides reported "
                       "no casualties.")
    assert (draft.get("fatalities"), draft.get("wounded")) == (0, 0)


# --- headlines in the present, a replaced toll, a heading's day, 'one ...; the other ...' -----------------------

@pytest.mark.parametrize("text, expected", [
    ("Nineveh roundup, Monday 8 July:\n• Sinjar – IED wounds 2 soldiers on the Sinjar road.\n• Zummar – gunmen "
     "shoot dead a village mukhtar outside his home.", [("2024-07-08", (None, 2, None)), ("2024-07-08", (1, None, None))]),
    ("Kirkuk roundup, Monday 8 July:\n• Hawija – gunmen kidnaps 3 shepherds near a village.\n• Dibis – a landmine "
     "injures 2 farmers.", [("2024-07-08", (None, None, 3)), ("2024-07-08", (None, 2, None))]),
])
def test_a_headline_present_and_the_headings_day_for_the_items(text, expected):
    assert [(d.get("event_date"), figures_of(d)) for d in drafted(text)] == expected


def test_a_toll_revised_up_from_earlier_figures_keeps_the_revised_ones():
    (draft,) = drafted("The Joint Operations Command on Tuesday revised the toll of Sunday's ISIS attack on an army "
                       "post near Mutaibija to three soldiers killed and five wounded, up from the two killed and "
                       "three wounded it announced earlier.")
    assert (draft["fatalities"], draft["wounded"]) == (3, 5)


def test_one_and_the_other_after_a_semicolon_are_two_incidents_of_the_same_day():
    drafts = drafted("Two Turkish airstrikes hit Amedi district on Monday. One struck a hillside near Sharanish, "
                     "causing no casualties; the other killed a shepherd near Deraluk.")
    assert [(d.get("event_date"), d.get("fatalities")) for d in drafts] == [("2024-07-08", 0), ("2024-07-08", 1)]


def test_the_second_person_after_a_semicolon_is_the_same_incident():
    drafts = drafted("Gunmen attacked two brothers near Dibis on Monday; the first was killed at the scene; the "
                     "second was wounded.")
    assert len(drafts) == 1


# --- a count over a past period with no day of its own is no incident ----------------------------------------

@pytest.mark.parametrize("summary", [
    "Turkey's defence ministry said on Tuesday it had 'neutralized 7 terrorists' in northern Iraq over the past week.",
    "Iraqi forces killed 23 ISIS militants in operations across Kirkuk over the past month, the ministry said.",
    "So far this year, landmines have wounded 40 shepherds in the disputed territories.",
])
def test_a_count_over_a_past_period_is_no_incident_and_lends_none_its_event(summary):
    drafts = drafted(summary + " Separately, a Turkish airstrike hit a village near Zakho on Monday, wounding a "
                     "12-year-old boy.")
    assert [(d.get("event_date"), d.get("wounded"), d.get("event_type")) for d in drafts] == [
        ("2024-07-08", 1, "Explosions/Remote violence")]


def test_an_attack_on_a_day_of_its_own_told_with_a_period_is_an_incident():
    (draft,) = drafted("Gunmen killed a shepherd near Dibis on Monday, the third such attack in the past month.")
    assert (draft.get("event_date"), draft.get("fatalities")) == ("2024-07-08", 1)
