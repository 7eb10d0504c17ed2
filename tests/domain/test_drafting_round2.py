"""Drafting rules of round 2 (issue 15, English): each with a case that triggers it and one that must not."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents

TUESDAY = date(2024, 3, 12)


def drafted(text, published=TUESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def test_a_date_after_said_that_is_the_told_events_and_starts_its_own_incident():
    first, second = drafted("A mortar round hit a Peshmerga post near Kifri on Monday, wounding one fighter, a "
                            "commander said. He added that in early February gunmen had shot dead a shepherd near "
                            "the village of Sarqala.")
    assert (first["event_date"], second["event_date"][:7], second["fatalities"]) == ("2024-03-11", "2024-02", 1)
    (draft,) = drafted("Police said on Tuesday that gunmen abducted a trader in Tuz Khurmatu on Sunday night.")
    assert draft["event_date"] == "2024-03-10"


def test_today_in_an_outlets_name_is_no_date():
    (draft,) = drafted("Iraq Today - Nineveh: Gunmen shot dead a shopkeeper in Bartella on Sunday evening.")
    assert draft["event_date"] == "2024-03-10"
    (draft,) = drafted("Two soldiers were wounded today when a roadside bomb struck their patrol near Tarmiyah.")
    assert draft["event_date"] == "2024-03-12"


def test_hours_later_opening_a_sentence_starts_an_incident_of_the_same_day():
    first, second = drafted("An ISIS sniper wounded a Peshmerga fighter near Makhmour on Monday.\nHours later, a "
                            "roadside bomb struck an army vehicle near Daquq, killing the three soldiers inside.")
    assert (first["wounded"], second["fatalities"], second["event_date"]) == (1, 3, "2024-03-11")
    (draft,) = drafted("Gunmen shot dead two farmers near Dibis on Monday. The bodies were taken to Kirkuk hours "
                       "later.")
    assert draft["fatalities"] == 2


def test_the_place_of_an_office_and_a_dateline_are_not_the_events():
    (draft,) = drafted("The CTS said its forces killed the group's governor of Kirkuk in a raid in the Hamrin "
                       "mountains on Monday.")
    assert "Kirkuk" not in draft["location"]
    (draft,) = drafted("KIRKUK - On 10 March, a roadside bomb hit a police patrol near Rashad, wounding two.")
    assert "Rashad" in draft["location"]
    (draft,) = drafted("SINJAR - Unknown gunmen abducted a Yazidi shopkeeper on Monday evening.")
    assert draft["location"] == "Sinjar"


def test_totals_and_counts_told_in_other_words():
    (draft,) = drafted("A bomb hit a minibus near Jalawla on Monday, killing the driver and wounding the two "
                       "passengers. Three more were later found to be hurt, bringing the number of wounded to five.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 5)
    (draft,) = drafted("Clashes between two tribes near Hawija on Monday killed two men. The number of displaced "
                       "families has risen to 40.")
    assert (draft["fatalities"], draft.get("wounded")) == (2, None)


def test_a_relative_clause_between_a_count_and_its_verb():
    (draft,) = drafted("Iraqi aircraft killed an ISIS leader in the Hamrin mountains on Monday. Three terrorists "
                       "who were guarding him were also killed.")
    assert draft["fatalities"] == 4
    (draft,) = drafted("A teacher was kidnapped in Tuz Khurmatu on Monday. Two men who were wounded when they tried "
                       "to stop the kidnappers were taken to hospital.")
    assert (draft["abducted"], draft["wounded"]) == (1, 2)


def test_attributed_to_is_a_suspicion():
    (draft,) = drafted("On 10 March, an air strike attributed to Iran hit a house near Sidakan, wounding two women.")
    assert (draft["actor1"], draft["attribution"]) == ("Military Forces of Iran", "suspected")
    (draft,) = drafted("Turkish warplanes struck a mountain area near Batifa on Monday. Turkey's defence ministry "
                       "said the strikes hit PKK shelters.")
    assert (draft["actor1"], draft.get("attribution")) == ("Military Forces of Turkey", None)


def test_the_state_side_that_clashed_and_killed_or_moved_first_is_actor1():
    (draft,) = drafted("Soldiers of the army's 20th Division clashed with an ISIS group near Tarmiyah on Monday, "
                       "killing three terrorists.")
    assert draft["actor1"] == "Military Forces of Iraq"
    (draft,) = drafted("Clashes broke out in Sinuni on Monday when Iraqi army units moved to remove a checkpoint.")
    assert draft["actor1"] == "Military Forces of Iraq"
    (draft,) = drafted("Peshmerga forces clashed with ISIS militants near Kifri on Monday; one Peshmerga fighter was "
                       "killed.")
    assert draft["actor1"] == "Islamic State (Iraq)"


def test_the_strikes_told_again_have_their_actor():
    first, second = drafted("Turkish artillery pounded the outskirts of Kani Masi on Monday.\nOn Saturday, the "
                            "bombardment wounded two farmers near the village of Sharanish.")
    assert second["actor1"] == "Military Forces of Turkey" and second["wounded"] == 2
    first, second = drafted("Turkish drones struck a vehicle near Sinjar on Monday.\nOn Saturday, a roadside bomb "
                            "wounded a shepherd near the village of Khanasor.")
    assert "actor1" not in second


def test_casualties_with_no_event_word_still_make_an_incident():
    (draft,) = drafted("Saturday's attack in Tuz Khurmatu left three dead and eleven injured, officials said.")
    assert (draft["fatalities"], draft["wounded"], draft["location"]) == (3, 11, "Tuz Khurmatu")
    assert drafted("The health directorate said it had recorded 14 deaths from violence in Kirkuk in February.") == []


def test_while_in_another_place_is_another_incident():
    first, second = drafted("Two children were injured by a landmine near Badush on 10 March, while in Bashiqa "
                            "gunmen kidnapped a trader.")
    assert (first["wounded"], second["abducted"], second["event_date"]) == (2, 1, "2024-03-10")
    (draft,) = drafted("Gunmen shot dead a shepherd near Daquq on Monday while he was grazing his flock.")
    assert draft["fatalities"] == 1


def test_a_police_source_is_not_the_target():
    (draft,) = drafted("Gunmen attacked a house in Daquq on Monday night, killing a farmer, a police source said.")
    assert draft["event_type"] == "Violence against civilians"
    (draft,) = drafted("Gunmen attacked a police checkpoint in Daquq on Monday, wounding two policemen, a police "
                       "source said.")
    assert draft["event_type"] == "Battles"


def test_a_militia_named_as_a_target_is_not_the_perpetrator():
    (draft,) = drafted("A drone attacked the Harir air base on Monday night. Saraya Awliya al-Dam claimed "
                       "responsibility.")
    assert (draft["actor1"], draft["attribution"]) == ("Saraya Awliya al-Dam", "claimed")
    (draft,) = drafted("Two rockets landed near a Kataib Hezbollah headquarters in Jurf al-Sakhar on Monday night.")
    assert "actor1" not in draft


def test_a_death_from_wounds_and_a_body_found_are_dated_by_the_event():
    (draft,) = drafted("A Peshmerga officer died on Monday of injuries he suffered in an ISIS attack near Makhmour "
                       "on Saturday.")
    assert draft["event_date"] == "2024-03-09"
    (draft,) = drafted("The body of a man, kidnapped last week, was found on Monday near Taza.")
    assert draft["event_date"] == "2024-03-11"
    (draft,) = drafted("Gunmen abducted a shepherd near Daquq on Saturday. His body was found on Monday.")
    assert draft["event_date"] == "2024-03-09"


def test_a_sentence_told_apart_with_casualties_but_no_event_word():
    first, second = drafted("An Iraqi soldier was killed by an ISIS sniper in Mutaibija on Monday, while three "
                            "insurgents were killed in a separate operation in the Hamrin mountains.")
    assert (first["fatalities"], first["event_type"], second["fatalities"]) == (1, "Battles", 3)
    (draft,) = drafted("An IED killed a truck driver on the Kirkuk–Tikrit highway near Bashir on Monday, while his "
                       "assistant escaped unhurt.")
    assert draft["fatalities"] == 1 and "Bashir" in draft["location"]


def test_a_mass_grave_tells_no_incident():
    assert drafted("A mass grave containing the remains of 17 Yazidis killed by ISIS in 2014 was exhumed near "
                   "Sinjar on Monday.") == []


def test_persons_told_in_other_words():
    (draft,) = drafted("A female Yazidi survivor was shot and wounded by an unknown gunman near Duhok on Monday.")
    assert (draft["wounded"], draft["actor1"]) == (1, "Unidentified Armed Group (Iraq)")
    (draft,) = drafted("A 40-year-old man from the Shabak community was kidnapped by armed men in Bartella on "
                       "Monday night.")
    assert draft["abducted"] == 1
    (draft,) = drafted("Police in Kirkuk said they found a young man's body with gunshot wounds on Monday near the "
                       "Daquq bridge.")
    assert draft["fatalities"] == 1 and draft["location"] == "Daquq"
    (draft,) = drafted("Gunmen attacked police in Tuz Khurmatu on Monday night, killing an officer.")
    assert draft["location"] == "Tuz Khurmatu"


def test_a_time_a_year_or_more_before_the_report_is_background():
    (draft,) = drafted("A landmine killed a shepherd near Sinjar on Monday. In August 2014, ISIS fighters killed "
                       "hundreds of Yazidis in the area. Last year, landmines killed 11 people in Nineveh.")
    assert draft["fatalities"] == 1
    first, second = drafted("A roadside bomb wounded two soldiers near Tarmiyah on Monday. The area has seen "
                            "repeated ISIS attacks, including an ambush on 12 February that killed four soldiers.")
    # Tarmiyah is a sub-district of Baghdad in the built-in list (COD-AB) since rules round 10
    assert (second["event_date"], second["fatalities"], second["location"]) == ("2024-02-12", 4,
                                                                                "Al-Tarmiya sub-district")


def test_numeric_dates_and_numbered_units():
    (draft,) = drafted("INSO ALERT 10/03/2024 - Diyala: IED detonation against a PMF vehicle near Jalawla; 1 PMF "
                       "member killed, 2 injured.")
    assert (draft["event_date"], draft["fatalities"], draft["wounded"]) == ("2024-03-10", 1, 2)
    (draft,) = drafted("Two members of the Peshmerga's 80th unit were injured on Monday when their vehicle hit a "
                       "roadside bomb in Qara Tapa. About 1/3 of the villages remain empty.")
    assert (draft["event_date"], draft["wounded"]) == ("2024-03-11", 2)


def test_a_helicopter_strike_and_an_adjective_named_after_a_country():
    (draft,) = drafted("An Iraqi army helicopter killed three ISIS members in the Wadi al-Tharthar area on Monday.")
    assert (draft["event_type"], draft["actor1"], draft["fatalities"]) == (
        "Explosions/Remote violence", "Military Forces of Iraq", 3)
    (draft,) = drafted("No group claimed the rocket attack on Erbil airport on Monday, but officials pointed the "
                       "finger at Iran-aligned militias.")
    assert "aligned" not in draft["location"]
