"""Drafting rules of the recall round: dates told relative to another incident, more ways of telling
explosions and victims (the cases each rule would break on)."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.dates import find_dates

WEDNESDAY = date(2022, 3, 16)


def drafted(text, published=WEDNESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def test_a_relative_date_counts_from_the_date_told_before_it():
    text = "The attack came on 1 March. Two days earlier, a bomb went off. A week later, more shells fell."
    dates = [m.event_date for m in find_dates(text, WEDNESDAY)]
    assert dates == [date(2022, 3, 1), date(2022, 2, 27), date(2022, 3, 8)]


def test_a_relative_date_with_nothing_before_it_counts_from_the_anchor():
    mention = find_dates("The following day, an IED wounded two civilians.", WEDNESDAY, anchor=date(2022, 3, 1))[0]
    assert mention.event_date == date(2022, 3, 2) and mention.shift == 1


def test_ago_still_counts_from_the_publication_date():
    assert find_dates("Two days ago, a bomb went off.", WEDNESDAY, anchor=date(2022, 3, 1))[0].event_date == \
        date(2022, 3, 14)


def test_an_earlier_incident_told_days_earlier_gets_its_own_date():
    first, second = drafted("A roadside bomb wounded two soldiers near Kifri on Tuesday. Two days earlier, ISIS "
                            "fighters opened fire on a Peshmerga outpost near Daquq.")
    assert first["event_date"] == "2022-03-15" and second["event_date"] == "2022-03-13"


def test_the_following_day_is_a_separate_incident_a_day_after_the_main_one():
    first, second = drafted("On 6 March, unknown gunmen killed a farmer near Daquq. The following day, an IED "
                            "wounded two civilians near Kifri.")
    assert (first["event_date"], second["event_date"]) == ("2022-03-06", "2022-03-07")
    assert second["wounded"] == 2 and "fatalities" not in second


def test_a_death_from_wounds_is_dated_by_the_attack():
    (draft,) = drafted("A man died on Tuesday of injuries he suffered when gunmen opened fire on his car in Kifri "
                       "two days before.")
    assert draft["event_date"] == "2022-03-13"
    (draft,) = drafted("A man died of his wounds on Tuesday, a day after unknown assailants threw a grenade at his "
                       "shop in Kifri.")
    assert draft["event_date"] == "2022-03-14"


def test_an_incident_later_the_same_day_is_its_own_draft():
    first, second = drafted("On 14 March, IS militants attacked an army checkpoint in Hawija district, killing two "
                            "soldiers. Later the same day, an IED struck an army convoy, wounding three soldiers.")
    assert first["fatalities"] == 2 and second["wounded"] == 3 and second["event_date"] == "2022-03-14"


def test_a_bomb_that_went_off_and_relatives_as_victims_are_events():
    (draft,) = drafted("A civilian was killed when a bomb planted by ISIS remnants went off near a farm in Daquq "
                       "on Monday.")
    assert draft["event_type"] == "Explosions/Remote violence" and draft["fatalities"] == 1
    (draft,) = drafted("Two brothers were killed in an attack near Kifri on Monday.")
    assert draft["event_type"] == "Violence against civilians" and draft["fatalities"] == 2


def test_more_ways_of_counting_in_english():
    (draft,) = drafted("Gunmen killed a Yazidi man and wounded his two sons in their home in Kifri on Monday.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 2)
    (draft,) = drafted("A civilian lost his life and two others sustained injuries in a blast in Kifri on Monday.")
    assert (draft["fatalities"], draft["wounded"]) == (1, 2)
    (draft,) = drafted("IS militants attacked an army post in Kifri on Monday. Two soldiers were killed and another "
                       "two were wounded.")
    assert (draft["fatalities"], draft["wounded"]) == (2, 2)
    (draft,) = drafted("ISIS fighters opened fire on a Peshmerga outpost in Kifri on Monday without causing casualties.")
    assert (draft["fatalities"], draft["wounded"]) == (0, 0)


def test_the_attackers_dead_add_to_the_victims():
    (draft,) = drafted("One Peshmerga fighter died and two others were hurt on Monday when ISIS gunmen attacked their "
                       "position near Kifri. The Peshmerga repelled the attack, killing one assailant.")
    assert draft["fatalities"] == 2


def test_only_more_with_nothing_counted_before_gives_no_figure():
    (draft,) = drafted("A roadside bomb went off near Kifri on Monday; two more soldiers were wounded, police said.")
    assert "wounded" not in draft


MONDAY = date(2022, 5, 9)


def test_arabic_counts_of_death_and_wounds():
    (draft,) = drafted("لقي مزارعان مصرعهما وأصيب ثالث بجروح، مساء أمس الأحد، بهجوم مسلحين مجهولين على قرية في "
                       "قضاء خانقين.", MONDAY)
    assert (draft["fatalities"], draft["wounded"], draft["event_date"]) == (2, 1, "2022-05-08")
    (draft,) = drafted("تبنى تنظيم داعش هجوماً على نقطة للجيش في قضاء الدبس، ما أسفر عن سقوط ثلاثة قتلى وجريحين.",
                       MONDAY)
    assert (draft["fatalities"], draft["wounded"]) == (3, 2)
    (draft,) = drafted("سقوط قذيفتي هاون على منطقة زراعية في ناحية العظيم دون تسجيل خسائر بشرية، مساء اليوم.", MONDAY)
    assert (draft["fatalities"], draft["wounded"]) == (0, 0)


def test_arabic_a_week_before_is_counted_from_the_main_incident():
    first, second = drafted("اختطف مسلحون مجهولون شابين في قرية علي سراي التابعة لقضاء داقوق، فجر الأحد. وقبل أسبوع، "
                            "قُتل راعٍ برصاص مجهولين في القرية ذاتها.", MONDAY)
    assert (first["event_date"], second["event_date"]) == ("2022-05-08", "2022-05-01")
    assert first["location"].startswith("علي سراي") and second["fatalities"] == 1


def test_perpetrators_named_in_more_ways():
    (draft,) = drafted("The Iraqi Counter-Terrorism Service said on Wednesday that its forces killed three ISIS "
                       "militants in an ambush near Kifri on Tuesday night.")
    assert draft["actor1"] == "Military Forces of Iraq"
    (draft,) = drafted("أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين من عصابات داعش بضربة جوية نفذها طيران الجيش "
                       "العراقي في قضاء الحويجة، أمس الأحد.", MONDAY)
    assert draft["actor1"] == "Military Forces of Iraq"
    (draft,) = drafted("أصيب ثلاثة مدنيين بجروح جراء قصف مدفعي إيراني على أطراف ناحية سيدكان، أمس.", MONDAY)
    assert draft["actor1"] == "Military Forces of Iran"
    (draft,) = drafted("One Peshmerga fighter died on Sunday when ISIS gunmen attacked their position near Kifri.")
    assert draft["actor1"] == "Islamic State (Iraq)" and "attribution" not in draft


def test_a_group_thought_to_be_behind_an_attack_is_suspected():
    (draft,) = drafted("A police officer was shot dead by unidentified assailants in Kirkuk late on Monday. Security "
                       "sources said ISIS is thought to be behind the assassination.")
    assert (draft["actor1"], draft["attribution"]) == ("Islamic State (Iraq)", "suspected")


def test_a_place_in_no_list_where_the_event_happened_is_the_location():
    first, second = drafted("A Turkish drone struck a car in Sinjar town on Tuesday, killing two people. In a separate "
                            "incident on Monday, a Turkish drone hit a building in Khanasor, Sinjar district, wounding "
                            "two civilians.")
    assert first["location"] == "Sinjar"
    assert second["location"].startswith("Khanasor") and second["geo_precision"] in (2, 3)
    assert "longitude" in second
    (draft,) = drafted("UNAMI condemns the attack of 9 March in Sinjar district, in which gunmen killed a Yazidi man "
                       "in his home in Tel Banat.")
    assert draft["location"].startswith("Tel Banat")


def test_words_after_in_that_are_no_place_are_not_proposed():
    (draft,) = drafted("Peshmerga forces were attacked by ISIS in March near Kifri, killing two fighters, Iraq's "
                       "ministry said in a statement on Monday.")
    assert draft["location"].startswith("Kifri")


def test_arabic_a_sub_district_after_a_village_word_and_a_wadi():
    (draft,) = drafted("أصيب ثلاثة مدنيين بقصف مدفعي تركي على قرية في ناحية ديرلوك، أمس.", MONDAY)
    assert draft["location"] == "ديرلوك"
    (draft,) = drafted("مقتل أربعة إرهابيين بضربة جوية في وادي زغيتون جنوب غرب كركوك، أمس الأحد.", MONDAY)
    assert draft["location"].startswith("وادي زغيتون") and draft["geo_precision"] == 2


def test_overnight_and_his_body():
    (draft,) = drafted("Gunmen stormed a village in Kifri district overnight and abducted a farmer, officials said on "
                       "Wednesday. His body was found later.")
    assert (draft["event_date"], draft["abducted"], draft["fatalities"]) == ("2022-03-15", 1, 1)


def test_meanwhile_and_another_development_start_their_own_incident():
    first, second = drafted("Two soldiers were killed when a roadside bomb hit their vehicle near Daquq on Tuesday. "
                            "Meanwhile, in Diyala, a farmer succumbed to his wounds a day after gunmen opened fire on "
                            "him in his orchard in Mandali.")
    assert (first["fatalities"], second["fatalities"]) == (2, 1)
    assert second["event_date"] == "2022-03-14" and second["actor1"] == "Unidentified Armed Group (Iraq)"
    first, second = drafted("لقي ثلاثة من عناصر البيشمركة حتفهم بهجوم لمسلحي داعش في قضاء كفري، ليلة أمس. وفي تطور "
                            "آخر، انفجرت عبوة ناسفة على طريق داقوق دون أن تسفر عن إصابات.", MONDAY)
    assert (first["fatalities"], second["fatalities"]) == (3, 0)


def test_earlier_on_the_same_day_is_the_main_incident_s_day():
    first, second = drafted("An IED targeted a PMF vehicle near Jalawla on Monday night. Earlier on the same day, two "
                            "PMF fighters were wounded by sniper fire near Kifri.")
    assert first["event_date"] == second["event_date"] == "2022-03-14" and second["wounded"] == 2


def test_pairs_of_people_and_nouns_before_a_person():
    (draft,) = drafted("A father and his son were killed when mortar rounds landed on their home in Kifri on Monday.")
    assert draft["fatalities"] == 2
    (draft,) = drafted("Gunmen abducted a truck driver on the Tuz Khurmatu road on Monday.")
    assert draft["abducted"] == 1


def test_arabic_duals_with_a_pronoun_and_the_accusative_singular():
    (draft,) = drafted("قُتلت امرأة إيزيدية وأصيب طفلاها بانفجار مقذوف قرب مجمع تل بنات، أمس.", MONDAY)
    assert (draft["fatalities"], draft["wounded"]) == (1, 2) and draft["location"].startswith("تل بنات")
    (draft,) = drafted("اختطف مجهولون رجلاً من المكون الشبكي في قضاء الحمدانية، أمس.", MONDAY)
    assert draft["abducted"] == 1


def test_a_toll_risen_to_and_damage_only():
    (draft,) = drafted("The death toll from Saturday's ISIS attack on the village of Luhaiban in Makhmour has risen "
                       "to five, a local official said.")
    assert draft["fatalities"] == 5
    (draft,) = drafted("Unknown perpetrators threw a hand grenade at a shop in Kirkuk on Monday, without causing any "
                       "damage or casualties.")
    assert (draft["fatalities"], draft["wounded"], draft["actor1"]) == (0, 0, "Unidentified Armed Group (Iraq)")
    (draft,) = drafted("A mortar shell fell on a house in Kifri on Monday, causing material damage only.")
    assert (draft["fatalities"], draft["wounded"]) == (0, 0)  # the corpus' convention: the text says none


def test_a_period_the_story_opens_anew_with_is_its_own_incident():
    first, second = drafted("Two Peshmerga fighters were killed on Sunday in an attack by ISIS militants on Peshmerga "
                            "positions in Kifri. Last week, a Peshmerga officer was wounded by a sniper in the same "
                            "area.", date(2021, 5, 24))
    assert (first["fatalities"], second["wounded"]) == (2, 1) and second["event_date"] == "2021-05-20"


def test_arabic_counts_joined_after_a_phrase_and_told_before_qad():
    (draft,) = drafted("أعلنت قيادة العمليات المشتركة عن مقتل قيادي في داعش وثلاثة من مرافقيه بعملية نوعية في جبال "
                       "حمرين، أمس.", MONDAY)
    assert draft["fatalities"] == 4
    first, second = drafted("اختطف مسلحون مجهولون صاحب محل تجاري في ناحية قره تبه، فجر الأحد. وكان شقيقه قد قُتل في "
                            "أوائل نيسان الماضي بهجوم مماثل.", MONDAY)
    assert (first["abducted"], second["fatalities"], second["event_date"][:7]) == (1, 1, "2022-04")


def test_the_command_that_announces_carrying_out_a_strike_is_its_perpetrator():
    (draft,) = drafted("أعلنت قيادة العمليات المشتركة تنفيذ ضربة جوية على مضافة لعصابات داعش في جبال مكحول، فجر "
                       "الأحد، أسفرت عن مقتل 6 إرهابيين.", MONDAY)
    assert draft["actor1"] == "Military Forces of Iraq" and draft["fatalities"] == 6


def test_the_place_after_a_possessive_is_the_place_of_the_event():
    (draft,) = drafted("KIRKUK, Iraq - Four policemen were killed when Islamic State fighters attacked their "
                       "checkpoint in Kirkuk's Dibis district on Monday night.")
    assert draft["location"].startswith("Dibis") and draft["actor1"] == "Islamic State (Iraq)"
    (draft,) = drafted("Gunmen seized two brothers from their farm in Tuz Khurmatu's Amerli sub-district on Monday "
                       "and took them to an unknown destination.")
    assert draft["location"].startswith("Amerli") or draft["location"].startswith("Ameraly")
    assert draft["event_type"] == "Violence against civilians"


def test_more_claims_and_suspicions():
    (draft,) = drafted("The Islamic State took responsibility for an explosion that killed a Peshmerga officer near "
                       "Jalawla on Monday.")
    assert (draft["actor1"], draft["attribution"]) == ("Islamic State (Iraq)", "claimed")
    (draft,) = drafted("استهدفت طائرة مسيرة يُعتقد أنها تركية، ظهر الأحد، عجلة قرب مجمع خانصور في قضاء سنجار.", MONDAY)
    assert (draft["actor1"], draft["attribution"]) == ("Military Forces of Turkey", "suspected")


def test_state_forces_that_kill_before_the_clash_words():
    (draft,) = drafted("خلية الإعلام الأمني: تمكنت قواتنا الأمنية من قتل ثلاثة إرهابيين خلال اشتباك مسلح في وادي "
                       "الشاي، أمس الأحد.", MONDAY)
    assert draft["actor1"] == "Military Forces of Iraq" and draft["fatalities"] == 3
    (draft,) = drafted("Four members of the federal police were killed when ISIS fighters clashed with them in Kifri "
                       "on Sunday.", MONDAY)
    assert draft["actor1"] == "Islamic State (Iraq)"


def test_crops_burned_and_a_woman_found_dead():
    (draft,) = drafted("Ten dunams of wheat belonging to Kakai farmers were burned in the village of Topzawa on "
                       "Thursday. The farmers blamed ISIS remnants for the fire.")
    assert draft["event_type"] == "Strategic developments" and draft["attribution"] == "suspected"
    (draft,) = drafted("A Yazidi woman was found dead in Sinune on Monday.")
    assert draft["fatalities"] == 1 and draft["event_type"] == "Violence against civilians"


def test_a_parenthesis_between_a_count_and_its_verb_and_places_of_the_area():
    (draft,) = drafted("Three members of the Sinjar Resistance Units (YBS) were killed in a Turkish drone strike in "
                       "the Sinjar mountains on Monday.")
    assert draft["fatalities"] == 3
    first, second = drafted("A civilian was injured on Monday after a mortar shell landed near his house in the Abbara "
                            "sub-district of Baquba. Five days earlier, two mortar shells fell on farmland in the same "
                            "sub-district without casualties.")
    assert first["location"].startswith("Abbara") and second["location"] == first["location"]
    assert second["event_date"] == "2022-03-09"


def test_allegedly_affiliated_is_suspected():
    (draft,) = drafted("On 5 March, a Yazidi man was abducted by individuals allegedly affiliated with the PKK in "
                       "Sinjar district.")
    assert (draft["actor1"], draft["attribution"]) == ("PKK: Kurdistan Workers' Party", "suspected")


def test_a_town_that_names_a_road_gives_way_to_the_village_near_it():
    (draft,) = drafted("Two soldiers were killed when a roadside bomb hit their vehicle on the Kirkuk-Tikrit road near "
                       "Bashir at dawn on Monday.")
    assert draft["location"].startswith("Bashir")


def test_weeks_ago_village_descriptions_and_an_airborne_raid():
    first, second = drafted("Unidentified gunmen killed a PMF member in front of his home near Saadiya on Monday "
                            "evening. Two weeks ago, another PMF member was shot dead in the same town.")
    assert second["event_date"] == "2022-03-02"
    (draft,) = drafted("A bomb exploded inside a mosque in Tal Ali, a mixed Arab-Kurdish village in Daquq district, "
                       "on Monday, injuring seven worshippers.")
    assert draft["location"].startswith("Tal Ali")
    (draft,) = drafted("أعلن جهاز مكافحة الإرهاب مقتل خمسة من عناصر داعش بإنزال جوي نفذته قواته في جبال قره چوغ، أمس.",
                       MONDAY)
    assert (draft["event_type"], draft["actor1"], draft["fatalities"]) == ("Battles", "Military Forces of Iraq", 5)
