"""Drafting rules of round 1 (issue 15): each with a case that triggers it and one that must not."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.figures import figures
from incident_tracker.plugin.domain.drafting.text import split_sentences

TUESDAY = date(2024, 3, 12)


def values(text, published=TUESDAY):
    fields = ("event_date", "fatalities", "wounded", "abducted", "actor1", "attribution", "event_type")
    return [tuple(d.value(name) for name in fields) for d in draft_incidents(text, published)]


def figure_values(text):
    return {k: s.value for k, s in figures(text, split_sentences(text)).items()}


def test_counted_state_forces_are_victims_not_perpetrators():
    (draft,) = draft_incidents("Four Iraqi soldiers killed as ISIS militants storm an outpost near Daquq on Monday.",
                               TUESDAY)
    assert draft.value("actor1") == "Islamic State (Iraq)"
    (draft,) = draft_incidents("Iraqi troops killed four ISIS militants in a clash near Daquq on Monday.", TUESDAY)
    assert draft.value("actor1") == "Military Forces of Iraq"


def test_the_dead_counted_of_a_group_are_its_losses():
    (draft,) = draft_incidents("قتل ثلاثة من عناصر داعش بضربة نفذها طيران الجيش العراقي في وادي حوران فجر الاثنين.",
                               TUESDAY)
    assert draft.value("actor1") == "Military Forces of Iraq"


def test_ordnance_left_from_the_war_names_no_perpetrator():
    left = draft_incidents("A boy was wounded on Monday when a mortar round left over from the fight against ISIS "
                           "exploded near Hawija.", TUESDAY)[0]
    planted = draft_incidents("A boy was wounded on Monday when a bomb planted by ISIS exploded near Hawija.",
                              TUESDAY)[0]
    assert left.value("actor1") is None and planted.value("actor1") == "Islamic State (Iraq)"


def test_a_hedge_about_the_target_is_not_the_strikers_attribution():
    (target,) = draft_incidents("A Turkish drone hit a house near Sinjar on Monday, killing a man believed to be a "
                                "PKK member.", TUESDAY)
    (striker,) = draft_incidents("A drone believed to be Turkish hit a house near Sinjar on Monday, killing a man.",
                                 TUESDAY)
    assert (target.value("actor1"), target.value("attribution")) == ("Military Forces of Turkey", None)
    assert (striker.value("actor1"), striker.value("attribution")) == ("Military Forces of Turkey", "suspected")


def test_an_arabic_hedge_is_a_word_not_part_of_one():
    (draft,) = draft_incidents("أصيب جنديان بهجوم لعناصر داعش على قطعاتهم في قضاء كفري مساء الاثنين.", TUESDAY)
    assert (draft.value("actor1"), draft.value("attribution")) == ("Islamic State (Iraq)", None)


def test_earlier_this_month_is_its_own_incident_in_the_reports_month():
    main, earlier = draft_incidents("Gunmen killed a farmer near Kifri on Monday. Earlier this month, a bomb wounded "
                                    "two shepherds near Kifri.", TUESDAY)
    assert main.value("event_date") == "2024-03-11"
    assert (earlier.value("date_start"), earlier.value("date_end"), earlier.value("wounded")) == \
        ("2024-03-01", "2024-03-12", 2)


def test_the_same_day_opens_another_incident_on_that_day():
    main, other = draft_incidents("A bomb wounded two soldiers near Jalawla on Sunday. The same day, a mortar shell "
                                  "hit a house in Khanaqin, wounding a woman.", TUESDAY)
    assert other.value("event_date") == main.value("event_date") == "2024-03-10"
    (single,) = draft_incidents("A bomb wounded a soldier near Jalawla on Sunday. Hours later, he died of his "
                                "wounds.", TUESDAY)
    assert single.value("event_date") == "2024-03-10"


def test_a_toll_risen_to_holds_the_deaths_that_raised_it():
    text = "ارتفعت حصيلة ضحايا الانفجار في ناحية جلولاء يوم الأحد إلى ثلاثة قتلى، بعد وفاة جريح متأثراً بجراحه."
    assert draft_incidents(text, TUESDAY)[0].value("fatalities") == 3


def test_a_joined_arabic_figure_tells_neither_count():
    (joined,) = draft_incidents("أسفر انفجار عبوة ناسفة في قضاء الدبس مساء الأحد عن مقتل وإصابة ٤ أشخاص.", TUESDAY)
    (each,) = draft_incidents("أسفر انفجار عبوة ناسفة في قضاء الدبس مساء الأحد عن مقتل شخص وإصابة ثلاثة.", TUESDAY)
    assert (joined.value("fatalities"), joined.value("wounded")) == (None, None)
    assert (each.value("fatalities"), each.value("wounded")) == (1, 3)


def test_persons_joined_by_and_add_up():
    assert figure_values("A mortar shell wounded a man and his three daughters.")["wounded"] == 4
    assert figure_values("Gunmen killed three guards and a cook.")["fatalities"] == 4
    found = figure_values("Gunmen killed three guards and wounded a fourth.")
    assert (found["fatalities"], found["wounded"]) == (3, 1)


def test_names_with_an_apostrophe_and_members_of_a_community_are_counted():
    assert figure_values("Three Sha'abi volunteers were killed.")["fatalities"] == 3
    assert figure_values("A member of the Shabak community was found dead.")["fatalities"] == 1


def test_a_wounded_person_who_died_is_among_the_dead():
    found = figure_values("Two men were killed. A third was wounded and died later in hospital.")
    assert (found.get("fatalities"), found.get("wounded")) == (3, None)


def test_bomb_then_gunfire_on_forces_is_a_battle_and_a_bomb_alone_an_explosion():
    assert values("A bomb hit an army patrol near Tuz Khurmatu on Monday, followed by gunfire from ISIS militants, "
                  "wounding two soldiers.")[0][-1] == "Battles"
    assert values("A bomb hit a minibus near Tuz Khurmatu on Monday, wounding two passengers.")[0][-1] == \
        "Explosions/Remote violence"


def test_burnt_machinery_is_property_destruction():
    assert values("Unknown gunmen burned three harvesters in a village near Daquq on Monday.")[0][-1] == \
        "Strategic developments"


def test_an_actor_that_denies_a_role_is_not_the_perpetrator():
    (draft,) = draft_incidents("A bomb killed a trader in Tuz Khurmatu on Monday. The PMF denied any involvement "
                               "and blamed ISIS.", TUESDAY)
    assert (draft.value("actor1"), draft.value("attribution")) == ("Islamic State (Iraq)", "suspected")
    (arabic,) = draft_incidents("اختطف مسلحون مجهولون سائقاً في قضاء كفري مساء الاثنين، فيما نفت البيشمركة أي صلة "
                                "لها بالحادث.", TUESDAY)
    assert arabic.value("actor1") == "Unidentified Armed Group (Iraq)"


def test_their_bodies_count_the_persons_told_before():
    (draft,) = draft_incidents("Three farmers were kidnapped near Daquq on Sunday. Their bodies were found on "
                               "Monday.", TUESDAY)
    assert (draft.value("abducted"), draft.value("fatalities")) == (3, 3)


def test_figures_the_report_says_were_replaced_are_left_out():
    (draft,) = draft_incidents("The toll of Sunday's bombing in Kifri has risen to five dead. Initially, police "
                               "reported two dead.", TUESDAY)
    assert draft.value("fatalities") == 5


def test_the_next_day_in_arabic_counts_from_the_day_told_before():
    main, other = draft_incidents("أصيب شرطي بانفجار عبوة في قضاء الدبس صباح الأحد. وفي اليوم التالي، قُتل راعٍ "
                                  "بانفجار لغم في قضاء الحويجة.", TUESDAY)
    assert (main.value("event_date"), other.value("event_date")) == ("2024-03-10", "2024-03-11")


def test_led_away_to_an_unknown_place_is_an_abduction():
    (draft,) = draft_incidents("اقتاد مسلحون مجهولون شابين من منزلهما في قضاء خانقين إلى جهة مجهولة مساء الأحد.",
                               TUESDAY)
    assert (draft.value("abducted"), draft.value("event_type")) == (2, "Violence against civilians")


def test_an_arabic_hedge_with_and_before_it():
    (draft,) = draft_incidents("أصيب ثلاثة مدنيين بانفجار عبوة في قضاء خانقين مساء الأحد، ويُعتقد بأن عناصر داعش "
                               "زرعوها.", TUESDAY)
    assert (draft.value("actor1"), draft.value("attribution")) == ("Islamic State (Iraq)", "suspected")


def test_another_with_its_verb_left_out_counts_one():
    found = figure_values("Three policemen were killed and another injured.")
    assert (found["fatalities"], found["wounded"]) == (3, 1)
    assert "wounded" not in figure_values("Three policemen were killed and another officer arrived later.")


def test_one_of_the_wounded_who_died_moves_to_the_dead():
    found = figure_values("The blast wounded five workers, two of whom died later in hospital.")
    assert (found["fatalities"], found["wounded"]) == (2, 3)
    assert figure_values("The blast wounded five workers, two of whom were women.") == {"wounded": 5}


def test_an_aside_between_count_and_verb_is_read_across():
    assert figure_values("Two men from Tal Afar, a teacher and his cousin, were abducted.")["abducted"] == 2


def test_a_hedge_inside_the_actors_words():
    (draft,) = draft_incidents("أصيب راعيان بقصف مدفعي يشتبه أنه تركي في قضاء زاخو مساء الاثنين.", TUESDAY)
    assert (draft.value("actor1"), draft.value("attribution")) == ("Military Forces of Turkey", "suspected")


def test_a_joined_english_figure_tells_neither_count():
    assert figure_values("The blast left seven people dead or wounded.") == {}
    found = figure_values("The blast left two people dead and four wounded.")
    assert (found["fatalities"], found["wounded"]) == (2, 4)


def test_an_arabic_count_above_ten_with_its_singular_noun():
    (draft,) = draft_incidents("أسفر انفجار في قضاء كفري مساء الأحد عن ٣ قتلى و١٤ جريحاً.", TUESDAY)
    assert (draft.value("fatalities"), draft.value("wounded")) == (3, 14)


def test_a_uniform_is_not_a_soldier_counted():
    (draft,) = draft_incidents("خطف مسلحون يرتدون زياً عسكرياً ثلاثة رعاة في قضاء داقوق مساء الأحد.", TUESDAY)
    assert draft.value("abducted") == 3


def test_an_arabic_claim_with_the_group_inside_it():
    (draft,) = draft_incidents("أعلن داعش مسؤوليته عن تفجير عبوة في قضاء خانقين مساء الأحد أدى إلى مقتل شرطي.",
                               TUESDAY)
    assert (draft.value("actor1"), draft.value("attribution")) == ("Islamic State (Iraq)", "claimed")
    (denied,) = draft_incidents("لم يعلن أحد مسؤوليته عن تفجير عبوة في قضاء خانقين مساء الأحد أدى إلى مقتل شرطي.",
                                TUESDAY)
    assert denied.value("attribution") is None


def test_bulletin_shorthand_kia_and_wia():
    found = figure_values("IED struck an army vehicle, 2 soldiers KIA, 3 WIA.")
    assert (found["fatalities"], found["wounded"]) == (2, 3)


def test_shots_at_a_home_or_a_checkpoint():
    assert values("Gunmen fired on a family's home in Daquq on Monday, wounding a boy.")[0][-1] == \
        "Violence against civilians"
    assert values("Small arms fire targeted an army checkpoint in Daquq on Monday; no casualties.")[0][-1] == "Battles"


def test_several_incidents_told_in_one_sentence_each_get_a_draft():
    first, second = draft_incidents("Three people were killed in two separate attacks near Kifri on Monday. In the "
                                    "first, gunmen shot dead a driver; in the second, a bomb killed two shepherds.",
                                    TUESDAY)
    assert (first.value("fatalities"), second.value("fatalities")) == (1, 2)
    assert second.value("event_date") == first.value("event_date") == "2024-03-11"
    one, two = draft_incidents("UNAMI condemns the killing of a teacher in Sinjar on 8 March, and the abduction of "
                               "a shepherd near Tal Afar on 10 March.", TUESDAY)
    assert (one.value("event_date"), two.value("event_date"), two.value("abducted")) == ("2024-03-08", "2024-03-10", 1)
    (same,) = draft_incidents("Gunmen attacked a village near Sinjar on 8 March, and the killing of a teacher "
                              "there was condemned on 8 March.", TUESDAY)
    assert same.value("fatalities") == 1


def test_a_rescue_years_after_an_abduction_is_no_incident():
    assert draft_incidents("A Yazidi woman kidnapped by ISIS in 2014 was freed in Syria on Monday and reunited with "
                           "her family in Duhok.", TUESDAY) == []
    (draft,) = draft_incidents("A Yazidi woman was kidnapped by gunmen in Duhok on Monday.", TUESDAY)
    assert draft.value("abducted") == 1


def test_also_with_another_place_is_another_incident():
    main, other = draft_incidents("أصيب جنديان بانفجار عبوة في قضاء كفري مساء الأحد. كما تعرضت نقطة للشرطة لقصف "
                                  "بقذائف الهاون في قضاء خانقين دون خسائر.", TUESDAY)
    assert (other.value("event_date"), other.value("fatalities"), other.value("wounded")) == ("2024-03-10", 0, 0)
    (same,) = draft_incidents("قُتل جندي بانفجار عبوة في قضاء كفري مساء الأحد. كما أصيب اثنان آخران في الانفجار.",
                              TUESDAY)
    assert (same.value("fatalities"), same.value("wounded")) == (1, 2)
