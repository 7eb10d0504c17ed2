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


def test_a_sentence_opening_with_a_past_period_and_a_killing_is_an_incident_of_its_own():
    first, second = drafted("A Turkish drone struck a car near Khanasor on Sunday evening, killing two people. "
                            "Last month, gunmen killed a YBS commander in Sinune.")
    assert (first["fatalities"], second["fatalities"], second["event_date"][:7]) == (2, 1, "2024-03")
    (draft,) = drafted("A roadside bomb wounded three Peshmerga fighters near Gwer on Monday. On Tuesday, one of the "
                       "wounded died in hospital in Erbil.")
    assert (draft["fatalities"], draft["wounded"], draft["event_date"]) == (1, 2, "2024-04-08")


def test_one_of_the_wounded_who_died_is_counted_dead_but_one_in_critical_condition_is_not():
    (draft,) = drafted("Gunmen wounded four shepherds near Daquq on Monday. One of the injured shepherds later died "
                       "of his wounds.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 3)
    (draft,) = drafted("Gunmen wounded four shepherds near Daquq on Monday. One of the wounded is in critical "
                       "condition.")
    assert (draft.get("fatalities"), draft["wounded"]) == (None, 4)


def test_a_drone_that_killed_is_an_air_strike_but_drone_operators_killed_are_not():
    (draft,) = drafted("A Turkish drone killed a PKK commander near Makhmour on Monday.")
    assert draft["event_type"] == "Explosions/Remote violence"
    assert not drafted("The drone operators killed during the war against ISIS were honoured in Duhok on Tuesday.")


def test_a_second_strike_is_another_incident_by_the_striker_told_and_the_counted_dead_are_no_perpetrator():
    first, second = drafted("Iraqi aircraft bombed an ISIS hideout in the Hamrin mountains on Saturday, killing five "
                            "terrorists. A second air strike this morning on a cave near Baiji killed three others, "
                            "raising the number of terrorists killed in the operation to eight.", date(2024, 5, 12))
    assert (first["fatalities"], second["fatalities"]) == (5, 3)
    assert (second["event_date"], second["actor1"]) == ("2024-05-12", "Military Forces of Iraq")
    (draft,) = drafted("An unknown number of IS militants attacked an army checkpoint in Hawija district on Monday, "
                       "killing two soldiers.")
    assert draft["actor1"] == "Islamic State (Iraq)"


def test_a_mountain_in_no_gazetteer_is_the_place_proposed():
    (draft,) = drafted("On Sunday, a Turkish drone strike killed two PKK fighters on Mount Gara.")
    assert draft["location"] == "Mount Gara"


def test_a_civilian_by_trade_killed_is_an_attack_on_civilians():
    (draft,) = drafted("In February, gunmen killed a local council member in Bartella.")
    assert draft["event_type"] == "Violence against civilians"
    (draft,) = drafted("In February, gunmen killed a police commander in Bartella.")
    assert draft.get("event_type") != "Violence against civilians"


def test_material_damage_only_says_no_one_was_killed_or_wounded():
    (draft,) = drafted("Two rockets landed near a PMF headquarters in Tuz Khurmatu on Tuesday night, causing only "
                       "material damage.")
    assert (draft["fatalities"], draft["wounded"]) == (0, 0)
    (draft,) = drafted("Gunmen shot dead two farmers near Hawija on Monday; a nearby shop suffered damage only to its "
                       "windows.")
    assert (draft["fatalities"], draft.get("wounded")) == (2, None)


def test_where_the_attackers_fled_is_not_the_place_of_the_event():
    (draft,) = drafted("Gunmen attacked a PMF post near Daquq on Saturday, wounding two fighters. The attackers fled "
                       "towards the Hamrin mountains.")
    assert draft["location"] == "Daquq"
    (draft,) = drafted("ISIS militants attacked a Peshmerga post on the road towards Kifri on Saturday, wounding a "
                       "fighter.")
    assert draft["location"].startswith("Kifri")


def test_small_arms_fire_shorthand_and_a_tribal_dispute_are_armed_clashes():
    (draft,) = drafted("- 3 April: SAF against an Iraqi Army checkpoint near Qara Tapa. 1 soldier WIA.")
    assert (draft["event_type"], draft["wounded"]) == ("Battles", 1)
    (draft,) = drafted("A tribal dispute in the village of Albu Bali left two men dead on Friday.")
    assert (draft["event_type"], draft["fatalities"]) == ("Battles", 2)
    (draft,) = drafted("Gunmen shot dead two men in the village of Albu Bali on Friday.")
    assert draft["event_type"] == "Violence against civilians"


def test_earlier_on_a_weekday_with_an_event_of_its_own_is_another_incident():
    first, second = drafted("Turkish artillery shelled the village of Kesta on Monday night; no one was hurt. Earlier on "
                            "Monday, a Turkish drone strike near Derkar killed two people.")
    assert (first["fatalities"], second["fatalities"], second["event_date"]) == (0, 2, "2024-04-08")
    (draft,) = drafted("An ISIS sniper wounded a Peshmerga fighter near Gwer on Monday evening. Earlier on Monday, "
                       "Peshmerga forces had reinforced their positions.")
    assert draft["wounded"] == 1


def test_the_press_names_of_kurdistan_region_districts_are_known():
    (draft,) = drafted("Turkish warplanes bombed the outskirts of Amedi on Monday.")
    assert draft["location"] == "Al-Amadiya district"
    (draft,) = drafted("A Turkish drone struck a car near Penjwen on Monday.")
    assert draft["location"] == "Panjwin district"
    (draft,) = drafted("Iranian drones struck a party camp near Koya on Monday.")
    assert draft["location"] == "Koysinjaq district"


def test_the_victims_of_a_killing_of_and_an_abduction_of_his_sons():
    (draft,) = drafted("UNAMI condemns the killing of a Yazidi man and the abduction of his two sons by unidentified "
                       "armed men in Sinjar on 7 April.")
    assert (draft["fatalities"], draft["abducted"]) == (1, 2)
    (draft,) = drafted("A source reported the killing of an army officer and the wounding of two soldiers in an ISIS "
                       "attack on a post in Mutaibijah on Monday night.")
    assert draft["actor1"] == "Islamic State (Iraq)"
    (draft,) = drafted("Iraqi army forces killed two ISIS militants in a clash near Tarmiyah on Monday.")
    assert draft["actor1"] == "Military Forces of Iraq"


def test_the_group_whose_headquarters_was_struck_is_no_striker():
    (draft,) = drafted("A drone struck a PKK-affiliated YBS headquarters in Sinjar on Monday, killing three fighters.")
    assert draft.get("actor1") is None
    (draft,) = drafted("A Turkish drone struck PKK positions near Qandil on Monday, killing two fighters.")
    assert draft["actor1"] == "Military Forces of Turkey"


def test_an_arrest_of_someone_responsible_for_attacks_is_an_arrest():
    (draft,) = drafted("The Counter-Terrorism Service said on Tuesday it had arrested an ISIS official responsible for "
                       "planting explosive devices in Hawija.")
    assert draft["event_type"] == "Strategic developments"
    (draft,) = drafted("An explosive device planted by ISIS wounded two soldiers in Hawija on Tuesday.")
    assert draft["event_type"] == "Explosions/Remote violence"


def test_a_person_and_her_children_counted_before_the_cue():
    (draft,) = drafted("A woman and her three children were killed when a mortar shell hit their house in Tuz "
                       "Khurmatu on Monday, and three passers-by were wounded.")
    assert (draft["fatalities"], draft["wounded"]) == (4, 3)
    (draft,) = drafted("Gunmen wounded a shopkeeper in Kirkuk on Monday; his wife and his two brothers were unharmed.")
    assert (draft["wounded"], draft["event_type"]) == (1, "Violence against civilians")


def test_forces_named_after_the_verb_that_hurt_them_are_the_victims():
    first, second = drafted("Two Peshmerga fighters were killed in an ISIS attack near Kifri late on Monday. Earlier "
                            "this month, ISIS militants wounded a Peshmerga officer near Qara Tapa.")
    assert (second["actor1"], second["wounded"]) == ("Islamic State (Iraq)", 1)
    (draft,) = drafted("Peshmerga forces killed an ISIS militant in a clash near Kifri on Monday.")
    assert draft["actor1"] == "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"


def test_over_the_weekend_dates_the_event():
    (draft,) = drafted("Over the weekend, unknown gunmen shot dead an imam in Tuz Khurmatu, police said on Monday.",
                       date(2024, 5, 13))
    assert (draft["event_date"], draft["time_precision"]) == ("2024-05-11", 2)
    (draft,) = drafted("Unknown gunmen shot dead an imam in Tuz Khurmatu on Sunday, police said on Monday.",
                       date(2024, 5, 13))
    assert (draft["event_date"], draft["time_precision"]) == ("2024-05-12", 1)


def test_fire_on_a_wedding_convoy_is_an_attack_on_civilians_and_on_an_army_convoy_a_clash():
    (draft,) = drafted("Gunmen opened fire on a wedding convoy near Tal Afar on Friday, killing the groom's uncle.")
    assert draft["event_type"] == "Violence against civilians"
    (draft,) = drafted("Gunmen opened fire on an army convoy near Tal Afar on Friday, wounding two soldiers.")
    assert draft["event_type"] == "Battles"


def test_an_apostrophe_for_the_ayn_and_a_final_h_are_spellings_of_known_places():
    (draft,) = drafted("An IED struck an army vehicle in Ba'aj district on Monday, injuring two soldiers.")
    assert draft["location"] == "Al-Baaj district"
    (draft,) = drafted("Two civilians were abducted near Qayyarah on Monday.")
    assert draft["location"] == "Al-Qayarra sub-district"
    (draft,) = drafted("A mortar shell hit a house in Shah village on Monday, wounding a man.")
    assert draft["location"].startswith("Shah")


def test_militants_counted_dead_in_a_strike_are_its_target_unless_they_attacked():
    (draft,) = drafted("A dozen ISIS militants were killed in Iraqi airstrikes on the Hamrin mountains on Tuesday.")
    assert (draft["fatalities"], draft["actor1"]) == (12, "Military Forces of Iraq")
    (draft,) = drafted("Three ISIS militants were killed when they attacked a PMF post near Tuz Khurmatu on Tuesday.")
    assert draft["actor1"] == "Islamic State (Iraq)"


def test_two_persons_after_one_possessive_or_one_article_each():
    (draft,) = drafted("Gunmen killed a man and wounded his wife and daughter in Muqdadiyah on Tuesday night.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 2)
    (draft,) = drafted("A grenade wounded the store owner and a customer in Kirkuk on Tuesday.")
    assert draft["wounded"] == 2
    (draft,) = drafted("A grenade wounded the store owner in Kirkuk on Tuesday and damaged his car.")
    assert draft["wounded"] == 1


def test_the_day_of_a_date_is_no_count():
    (draft,) = drafted("On 29 June, a Turkish drone targeted a vehicle near Sinjar, killing a YBS commander and his "
                       "driver.", date(2024, 7, 2))
    assert draft["fatalities"] == 2
    (draft,) = drafted("On June 3 two soldiers were killed when ISIS militants attacked their post near Kifri.",
                       date(2024, 6, 4))
    assert (draft["fatalities"], draft["event_date"]) == (2, "2024-06-03")


def test_casualties_summed_over_separate_attacks_are_no_incidents_figures():
    (draft,) = drafted("Three Peshmerga were killed and five wounded in two separate ISIS attacks on Sunday.")
    assert "fatalities" not in draft and "wounded" not in draft
    (draft,) = drafted("Three Peshmerga were killed and five wounded in an ISIS attack near Kifri on Sunday.")
    assert (draft["fatalities"], draft["wounded"]) == (3, 5)


def test_a_resort_area_named_is_the_place_of_the_event():
    (draft,) = drafted("A Turkish drone struck a vehicle in the Kuna Masi resort area of Sulaimani province on Friday, "
                       "killing a civilian.")
    assert draft["location"].startswith("Kuna Masi")
    (draft,) = drafted("A Turkish drone struck a vehicle in Sulaimani province on Friday, killing a civilian.")
    assert not draft["location"].startswith("Kuna Masi")


def test_the_day_before_yesterday_and_this_week_date_the_event():
    (draft,) = drafted("Gunmen shot dead a shepherd near Daquq the day before yesterday, police said.", date(2024, 5, 15))
    assert draft["event_date"] == "2024-05-13"
    (draft,) = drafted("Gunmen shot dead a shepherd near Daquq yesterday, police said.", date(2024, 5, 15))
    assert draft["event_date"] == "2024-05-14"
    (draft,) = drafted("Earlier this week, a roadside bomb wounded three soldiers near Tarmiyah.", date(2024, 5, 15))
    assert (draft["time_precision"], draft["date_start"], draft["date_end"]) == (2, "2024-05-13", "2024-05-15")


def test_casualties_in_separate_attacks_are_a_sum():
    (draft,) = drafted("Two Peshmerga fighters were wounded this week in separate sniper attacks near Kifri.")
    assert "wounded" not in draft


def test_a_gloss_in_brackets_and_a_comrade_keep_their_counts():
    (draft,) = drafted("A member of the Asayish (Kurdish security) was killed and another was wounded in an attack "
                       "on a checkpoint near Kalar on Monday night.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 1)
    (draft,) = drafted("A Peshmerga soldier was killed by a landmine in Garmiyan on Monday; his comrade was lightly "
                       "injured.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 1)


def test_an_unexploded_shell_that_blew_up_is_an_explosive_remnant():
    (draft,) = drafted("Two children were wounded on Sunday when an unexploded shell blew up near Tuz Khurmatu.")
    assert draft["event_type"] == "Explosions/Remote violence"
    (draft,) = drafted("Two children were wounded on Sunday in a village near Tuz Khurmatu.")
    assert draft.get("event_type") is None


def test_a_claim_made_on_a_day_is_no_date_of_the_attack_and_claimed_an_ambush_is_a_claim():
    (draft,) = drafted("The Islamic State claimed responsibility on Monday for an attack on Sunday that killed two "
                       "soldiers near Tarmiyah.", date(2024, 10, 8))
    assert (draft["event_date"], draft["attribution"]) == ("2024-10-06", "claimed")
    (draft,) = drafted("ISIS claimed an ambush that killed three PMF fighters near Mutaibijah on Monday night.",
                       date(2024, 10, 8))
    assert (draft["event_date"], draft["attribution"]) == ("2024-10-07", "claimed")
    (draft,) = drafted("ISIS militants ambushed PMF fighters near Mutaibijah on Monday night, killing three; no group "
                       "claimed an attack.", date(2024, 10, 8))
    assert draft.get("attribution") is None


def test_bodies_of_men_found_are_an_attack_on_civilians():
    (draft,) = drafted("Police found the bodies of two men, who had been shot in the head, near Baqubah on Monday.")
    assert (draft["fatalities"], draft["event_type"]) == (2, "Violence against civilians")
    (draft,) = drafted("An air strike on an ISIS hideout near Baqubah on Monday killed two militants; their bodies were "
                       "recovered later.")
    assert draft["event_type"] == "Explosions/Remote violence"


def test_no_deaths_or_injuries_says_none_of_either():
    (draft,) = drafted("A mortar shell hit an empty school in Tuz Khurmatu on Monday; no deaths or injuries were "
                       "reported.")
    assert (draft["fatalities"], draft["wounded"]) == (0, 0)
    (draft,) = drafted("A mortar shell hit a school in Tuz Khurmatu on Monday; there was no word on casualties.")
    assert "fatalities" not in draft and "wounded" not in draft


def test_the_dateline_does_not_place_a_town_in_no_gazetteer():
    (draft,) = drafted("SULAIMANI — An Iranian drone strike near the town of Zharawa killed two PJAK members on Sunday.")
    assert draft["location"] == "Zharawa" and "longitude" not in draft
    (draft,) = drafted("An Iranian drone strike near the town of Zharawa, in Sulaimani province, killed two PJAK members "
                       "on Sunday.")
    assert draft["location"] == "Zharawa (Al-Sulaymaniyah governorate)"
