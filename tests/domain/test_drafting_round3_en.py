"""Drafting rules of round 3 (issue 15, English): each with a case that triggers it and one that must not."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents

WEDNESDAY = date(2024, 4, 10)


def drafted(text, published=WEDNESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def test_an_abbreviation_in_brackets_between_a_person_and_was_killed_keeps_the_count():
    (draft,) = drafted("A soldier of the Counter-Terrorism Service (CTS) was killed and two others were hurt in a "
                       "blast near Tarmiyah on Monday.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 2)
    (draft,) = drafted("Fighters of the Popular Mobilization Forces (PMF) repelled an attack near Tarmiyah on Monday.")
    assert draft.get("fatalities") is None


def test_the_martyrdom_of_a_person_is_one_killed_but_its_anniversary_is_no_death():
    (draft,) = drafted("An explosive device struck an army patrol near Tarmiyah on Monday, resulting in the "
                       "martyrdom of a soldier and the wounding of two others.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 2)
    assert not any(d.get("fatalities") for d in drafted(
        "Pilgrims marched through Kirkuk on Tuesday to mark the anniversary of the martyrdom of Imam Hussein."))


def test_where_a_person_comes_from_is_read_across_before_the_cue():
    drafts = drafted("In January, a trader from the town was found shot dead in an orchard near Amirli.")
    assert [d["fatalities"] for d in drafts] == [1]
    (draft,) = drafted("A trader from the town told police on Monday that gunmen had burned his shop in Amirli.")
    assert draft.get("fatalities") is None


def test_and_wounding_after_the_killed_starts_its_own_count():
    (draft,) = drafted("Gunmen attacked a house in Gulala on Monday night, killing a man and his son and wounding "
                       "the man's wife.")
    assert (draft["fatalities"], draft["wounded"]) == (2, 1)
    (draft,) = drafted("Gunmen shooting dead a farmer and his nephew near Dibis on Monday fled toward Hawija.")
    assert (draft["fatalities"], draft.get("wounded")) == (2, None)


def test_aircraft_that_struck_and_drones_used_make_an_air_strike_and_a_command_name_no_battle():
    (draft,) = drafted("Joint Operations Command: Iraqi F-16 aircraft struck an ISIS hideout in the Hamrin "
                       "mountains on Saturday, killing eight terrorists.")
    assert (draft["event_type"], draft["actor1"]) == ("Explosions/Remote violence", "Military Forces of Iraq")
    (draft,) = drafted("Iran's Revolutionary Guards struck a party headquarters near Koya with drones on Wednesday, "
                       "killing six people.")
    assert draft["event_type"] == "Explosions/Remote violence"
    (draft,) = drafted("Iraqi forces carried out a joint operation near Tarmiyah on Monday, killing five ISIS "
                       "militants.")
    assert draft["event_type"] == "Battles"


def test_officials_who_blame_a_state_name_a_suspected_perpetrator_and_the_killed_member_is_a_victim():
    (draft,) = drafted("A drone strike hit a car near Sinjar on Thursday, killing a member of a local armed group. "
                       "Sinjar officials blamed Turkey for the strike; Ankara did not comment.")
    assert (draft["actor1"], draft["attribution"]) == ("Military Forces of Turkey", "suspected")
    (draft,) = drafted("Gunmen shot dead a man near Tuz Khurmatu on Monday. Relatives accused his business rivals.")
    assert (draft["actor1"], draft["attribution"]) == ("Unidentified Armed Group (Iraq)", "unknown")
