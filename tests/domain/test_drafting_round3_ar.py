"""Arabic drafting rules of round 3 (issue 15): each with a case that triggers it and one that must not."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents

TUESDAY = date(2024, 3, 12)


def drafted(text, published=TUESDAY):
    return [(d.value("event_date"), d.value("fatalities"), d.value("wounded"), d.value("location"),
             d.value("actor1"), d.value("attribution"), d.value("event_type"))
            for d in draft_incidents(text, published)]


def only(text, published=TUESDAY):
    (draft,) = draft_incidents(text, published)
    return draft


def test_baghdad_today_quoted_is_the_outlet_and_not_the_day():
    for quoted in ('لـ"بغداد اليوم"', "لـ(بغداد اليوم)", "لـ«بغداد اليوم»"):
        draft = only(f"أفاد مصدر أمني {quoted}، اليوم الثلاثاء، بمقتل مدني بانفجار عبوة ناسفة قرب ناحية "
                     "المنصورية، مساء الأحد.")
        assert draft.value("event_date") == "2024-03-10", quoted
    in_baghdad = only("تعرضت دورية للشرطة في قضاء الطارمية شمالي بغداد اليوم الثلاثاء لهجوم بعبوة ناسفة.")
    assert in_baghdad.value("event_date") == "2024-03-12"


def test_a_person_of_something_and_a_relative_are_two():
    assert only("أصيب صاحب المحل وشقيقه بجروح بانفجار عبوة ناسفة في ناحية العباسي مساء الأحد."
                ).value("wounded") == 2
    assert only("أصيب راعي الأغنام بجروح بانفجار لغم في ناحية العباسي مساء الأحد، والأهالي نقلوه إلى المستشفى."
                ).value("wounded") == 1


def test_the_toll_risen_to_with_a_subjunctive_verb_settles_the_figures():
    draft = only("قُتل جندي وأصيب اثنان آخران بهجوم لداعش على نقطة للجيش في قضاء الدبس مساء الأحد.\n"
                 "وتوفي أحد المصابين اليوم، لترتفع حصيلة الهجوم إلى قتيلين وجريح.")
    assert (draft.value("fatalities"), draft.value("wounded")) == (2, 1)
    draft = only("قُتل جندي وأصيب اثنان آخران بهجوم لداعش على نقطة للجيش في قضاء الدبس مساء الأحد.")
    assert (draft.value("fatalities"), draft.value("wounded")) == (1, 2)


def test_the_pluperfect_on_another_day_elsewhere_is_another_incident():
    now, before = drafted("قصفت طائرة مسيرة تركية، صباح اليوم الثلاثاء، عجلة قرب ناحية سنوني، ما أسفر عن مقتل شخصين.\n"
                          "وكانت المدفعية التركية قد قصفت، مساء الأحد، أطراف ناحية كاني ماسي دون وقوع إصابات.")
    assert now[:2] == ("2024-03-12", 2)
    assert (before[0], before[1], before[2], before[4]) == ("2024-03-10", 0, 0, "Military Forces of Turkey")
    (same,) = drafted("قُتل جنديان بهجوم لداعش على نقطة للجيش في قضاء مخمور، فجر اليوم الثلاثاء.\n"
                      "وكان المهاجمون قد تسللوا إلى النقطة، فجر اليوم، قبل أن يفتحوا النار على الجنود.")
    assert same[:2] == ("2024-03-12", 2)


def test_nobody_hurt_told_with_a_subject_or_as_material_damage_only():
    for text in ("سقطت قذيفتا هاون على أطراف ناحية يثرب مساء الأحد، دون أن يسفر سقوطهما عن إصابات.",
                 "انفجرت عبوة ناسفة في ناحية قرة تبة مساء الأحد، وخلّف الانفجار أضراراً مادية فقط.",
                 "سقطت قذيفة هاون على منزل في ناحية العظيم مساء الأحد، واقتصرت الخسائر على الأضرار المادية."):
        draft = only(text)
        assert (draft.value("fatalities"), draft.value("wounded")) == (0, 0), text
    damage_and_wounded = only("سقطت قذيفة هاون على منزل في ناحية العظيم مساء الأحد، ما أدى إلى إصابة امرأة "
                              "وإلحاق أضرار مادية بالمنزل.")
    assert (damage_and_wounded.value("fatalities"), damage_and_wounded.value("wounded")) == (None, 1)


def test_a_sniper_firing_at_soldiers_is_a_clash_and_at_a_shepherd_an_attack_on_civilians():
    soldier = only("أصيب مقاتل من البيشمركة بنيران قناص من داعش في محور كوير مساء الأحد.")
    assert (soldier.value("event_type"), soldier.value("actor1")) == ("Battles", "Islamic State (Iraq)")
    shepherd = only("قُتل راعٍ برصاص قناص مجهول قرب ناحية الرشاد مساء الأحد.")
    assert (shepherd.value("event_type"), shepherd.value("actor1")) == (
        "Violence against civilians", "Unidentified Armed Group (Iraq)")


def test_setting_fire_to_the_fields_is_property_destruction_and_a_fire_by_accident_no_incident():
    arson = only("التهمت النيران عصر الأحد حقول الحنطة في قرية تابعة لناحية الرياض. واتهم الأهالي عناصر داعش "
                 "بإضرام النار في الحقول.")
    assert (arson.value("event_type"), arson.value("actor1"), arson.value("attribution")) == (
        "Strategic developments", "Islamic State (Iraq)", "suspected")
    assert only("أقدم مسلحون مجهولون مساء الأحد على إحراق المحاصيل الزراعية في ناحية الرياض."
                ).value("event_type") == "Strategic developments"
    assert draft_incidents("اندلع حريق عصر الأحد في حقول الشعير بناحية ليلان بسبب تماس كهربائي، وتمكن الدفاع "
                           "المدني من إخماده.", TUESDAY) == []


def test_the_attack_it_claimed_with_the_object_pronoun_is_claimed():
    assert only("ارتفعت حصيلة الهجوم الذي تبنّاه تنظيم داعش على قوة للشرطة في ناحية الرشاد مساء الأحد إلى "
                "ستة قتلى.").value("attribution") == "claimed"
    unclaimed = only("أصيب مدنيان بانفجار عبوة ناسفة في قضاء بلد مساء الأحد، ولم تتبنَّ أي جهة التفجير.")
    assert (unclaimed.value("actor1"), unclaimed.value("attribution")) == (None, None)


def test_the_subject_after_that_comes_before_its_verb():
    assert only("ذكر مصدر في الشرطة أن راعياً قُتل بانفجار عبوة ناسفة قرب ناحية المنصورية مساء الأحد."
                ).value("fatalities") == 1
    assert only("أكد مصدر أن الانفجار أصاب عجلة للجيش قرب ناحية المنصورية مساء الأحد.").value("wounded") is None


def test_two_words_after_the_village_that_end_the_clause_are_its_name():
    assert only("أصيب مزارعان بانفجار لغم في أرض زراعية بقرية ميرزا رستم، بحسب مسؤول في قضاء خانقين."
                ).value("location").startswith("ميرزا رستم")
    assert only("اختطف مسلحون مجهولون راعياً من قرية زنكاباد أمس، وفق مصدر في ناحية جلولاء."
                ).value("location").startswith("زنكاباد (")


def test_an_event_days_before_the_one_told_first_is_another_incident_at_the_place_told():
    protest, shelling = drafted("نظم أهالي ناحية بعشيقة، اليوم الثلاثاء، وقفة احتجاجية.\n"
                                "وتأتي الوقفة بعد ثلاثة أيام من قصف تركي استهدف أطراف الناحية وأسفر عن إصابة راعيين.")
    assert (protest[0], protest[-1]) == ("2024-03-12", "Protests")
    assert (shelling[0], shelling[2], shelling[3], shelling[4]) == (
        "2024-03-09", 2, protest[3], "Military Forces of Turkey")
    (one,) = drafted("قُتل جندي بانفجار عبوة ناسفة قرب قضاء مخمور مساء الأحد، وتوفي جندي آخر متأثراً بجروحه بعد "
                     "يومين من نقله إلى المستشفى.")
    assert one[:2] == ("2024-03-10", 2)


def test_the_sinjar_resistance_units_are_an_armed_group_and_sinjar_in_their_name_no_place():
    draft = only("هاجم مسلحون من وحدات حماية شنكال، فجر الاثنين، نقطة تفتيش للجيش العراقي قرب مجمع خانصور.")
    assert draft.value("actor1") == "YBS: Sinjar Resistance Units"
    assert not draft.value("location").startswith(("Sinjar", "سنجار"))


def test_border_guards_shooting_porters_are_the_neighbour_state_attacking_civilians():
    porter = only("قُتل عتال كردي برصاص حرس الحدود الإيراني قرب ناحية سيدكان مساء الأحد.")
    assert (porter.value("fatalities"), porter.value("actor1"), porter.value("event_type")) == (
        1, "Military Forces of Iran", "Violence against civilians")
    protest = only("نظم عشرات العتالين صباح اليوم وقفة احتجاجية أمام قائممقامية قضاء بنجوين.")
    assert (protest.value("event_type"), protest.value("fatalities")) == ("Protests", None)


def test_and_in_a_place_opening_a_sentence_starts_another_incident_when_the_place_is_new():
    first, second = drafted("قُتل مدني بانفجار عبوة ناسفة في قضاء الدبس مساء الأحد.\n"
                            "وفي ديالى، أصيب جنديان بنيران قناص في ناحية العظيم، فجر اليوم.")
    assert (first[1], second[2], second[0]) == (1, 2, "2024-03-12")
    (one,) = drafted("قُتل جنديان بانفجار عبوة ناسفة في قضاء الطارمية مساء الأحد.\nوفي التفاصيل، أوضح مصدر أن "
                     "العبوة انفجرت قرب الطارمية، ما أدى أيضاً إلى إصابة جندي ثالث.")
    assert one[1:3] == (2, 1)


def test_a_person_with_a_dual_possessive_is_one():
    assert only("قُتل طفلان وجُرح والدهما بانفجار مقذوف في ناحية ربيعة مساء الأحد.").value("wounded") == 1
    assert only("قُتل شابان برصاص مسلحين مجهولين أمام منزل والدهما في ناحية ربيعة مساء الأحد."
                ).value("fatalities") == 2


def test_an_air_strike_called_iraqi_has_the_iraqi_forces_as_striker():
    assert only("أسفرت ضربة جوية عراقية على مضافة لداعش في جبال حمرين، فجر الاثنين، عن مقتل أربعة إرهابيين."
                ).value("actor1") == "Military Forces of Iraq"
    assert only("أسفرت غارة جوية تركية على قرية في ناحية سيدكان، فجر الاثنين، عن مقتل مدنيين."
                ).value("actor1") == "Military Forces of Turkey"


def test_the_pluperfect_with_casualties_on_another_day_is_another_incident_on_the_same_front():
    now, before = drafted("أصيب مقاتلان من البيشمركة بهجوم لداعش على محور مخمور، مساء الأحد.\n"
                          "وكان التنظيم قد هاجم المحور ذاته قبل ثلاثة أسابيع، ما أسفر عن مقتل مقاتل.")
    assert (now[2], before[1], before[3], before[-1]) == (2, 1, now[3], "Battles")
    assert before[0] < "2024-02-25"


def test_a_count_over_a_period_is_no_figure_of_the_incident():
    assert only("قتل مدنيان بقصف تركي على قرية في قضاء سنجار مساء الأحد، وأفاد مسؤول بأن القصف التركي أسفر منذ "
                "بداية العام عن مقتل تسعة مدنيين.").value("fatalities") == 2
    assert only("قتل مدنيان بقصف تركي على قرية في قضاء سنجار منذ ساعات الصباح الأولى من يوم الأحد."
                ).value("fatalities") == 2


def test_a_rank_of_two_words_before_more_people():
    assert only("أصيب ضابط برتبة ملازم أول وجنديان بانفجار عبوة ناسفة قرب قضاء طوزخورماتو فجر اليوم."
                ).value("wounded") == 3


def test_while_an_explosion_elsewhere_is_another_incident_of_the_same_day():
    first, second = drafted("انفجرت عبوتان ناسفتان في ناحية العباسي، مساء الأحد، ما أسفر عن إصابة ثلاثة مزارعين، "
                            "بينما انفجرت عبوة ثالثة قرب ناحية الرياض دون تسجيل إصابات.")
    assert (first[2], first[-1]) == (3, "Explosions/Remote violence")
    assert (second[0], second[1], second[2]) == ("2024-03-10", 0, 0)


def test_arrests_after_the_event_follow_it_up_and_alone_are_the_event():
    assert only("قُتل شخص وأصيب آخر بنزاع عشائري في ناحية الرشاد مساء الأحد، فيما اعتقلت القوات الأمنية ثلاثة "
                "متهمين بالحادث.").value("event_type") == "Battles"
    assert only("اعتقلت القوات الأمنية مساء الأحد ثلاثة متهمين بالانتماء إلى داعش في ناحية الرشاد."
                ).value("event_type") == "Strategic developments"


def test_a_person_of_a_village_told_by_its_name_and_a_relative_are_two():
    assert only("قتل مسلحون مجهولون مختار قرية الدواليب وابنه، مساء الاثنين، في ناحية كنعان.").value("fatalities") == 2
    assert only("أصيب مختار قرية الدواليب وأهالي القرية هرعوا لإسعافه، مساء الاثنين، بانفجار عبوة في ناحية كنعان."
                ).value("wounded") == 1
    assert only("قتل مسلحون مجهولون مختار قرية الدواليب وابنه، مساء الاثنين، في ناحية كنعان."
                ).value("location").startswith("الدواليب (")


def test_a_day_of_this_month_in_digits_and_the_day_before_yesterday():
    assert only("أصيب جندي بانفجار عبوة ناسفة قرب قضاء مخمور يوم 9 من الشهر الجاري.").value("event_date") == "2024-03-09"
    assert only("أصيب جندي بانفجار عبوة ناسفة قرب قضاء مخمور في الـ9 من الشهر الماضي."
                ).value("event_date") == "2024-02-09"
    assert only("أصيب راعٍ بانفجار لغم في ناحية قراج أول أمس.").value("event_date") == "2024-03-10"
    assert only("أصيب راعٍ بانفجار لغم في ناحية قراج، أمس، وهو أول حادث من نوعه.").value("event_date") == "2024-03-11"
