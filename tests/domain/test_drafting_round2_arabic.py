"""Arabic drafting rules of round 2 (issue 15): each with a case that triggers it and one that must not."""

from datetime import date

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.arabic import OffsetMap
from incident_tracker.plugin.domain.drafting.dates import find_dates

TUESDAY = date(2024, 3, 12)


def only(text, published=TUESDAY):
    (draft,) = draft_incidents(text, published)
    return draft


def day(text, published=TUESDAY):
    return [d.event_date.isoformat() for d in find_dates(text, published, 0, len(text))]


def test_the_iraqi_air_force_strikes_and_its_target_is_not_the_perpetrator():
    strike = only("نفذت طائرات القوة الجوية العراقية، فجر الاثنين، غارة على مخبأ لعناصر داعش في جبال حمرين "
                  "أسفرت عن مقتل أربعة إرهابيين.")
    assert (strike.value("actor1"), strike.value("event_type")) == ("Military Forces of Iraq",
                                                                  "Explosions/Remote violence")
    target = only("تعرضت قطعات الفرقة الخامسة لهجوم شنه مسلحو داعش قرب ناحية العظيم مساء الاثنين.")
    assert target.value("actor1") == "Islamic State (Iraq)"


def test_the_air_strike_with_the_article_is_an_air_strike():
    assert only("أسفرت الضربة الجوية على وكر لداعش قرب قضاء الحضر، مساء الاثنين، عن مقتل ثلاثة."
                ).value("sub_event_type") == "Air/drone strike"


def test_units_that_kill_past_a_date_between_commas_are_the_perpetrator():
    draft = only("تمكنت قطعات الفرقة الرابعة، مساء الاثنين، من قتل إرهابيين اثنين خلال اشتباك قرب قضاء بيجي.")
    assert (draft.value("actor1"), draft.value("fatalities")) == ("Military Forces of Iraq", 2)


def test_gunfire_at_civilians_is_an_attack_on_civilians_and_at_a_checkpoint_a_clash():
    civilians = only("أصيب مدنيان بنيران مسلحين مجهولين قرب ناحية الزاب مساء الاثنين.")
    assert (civilians.value("event_type"), civilians.value("wounded")) == ("Violence against civilians", 2)
    checkpoint = only("أصيب شرطي بنيران قناص استهدفت نقطة تفتيش قرب ناحية الملتقى مساء الاثنين.")
    assert checkpoint.value("event_type") == "Battles"


def test_a_body_found_is_one_killed_and_its_wounds_nobody_wounded():
    body = only("عثرت الشرطة صباح اليوم على جثة شاب مصاباً بطلقات نارية قرب ناحية ربيعة.")
    assert (body.value("fatalities"), body.value("wounded"), body.value("event_type")) == (
        1, None, "Violence against civilians")
    brother = only("عثر الأهالي صباح اليوم على جثة راعٍ قتل بانفجار لغم، وأصيب شقيقه قرب ناحية ربيعة.")
    assert (brother.value("fatalities"), brother.value("wounded")) == (1, 1)


def test_a_rank_after_the_person_does_not_end_the_count():
    assert only("استشهاد ضابط برتبة ملازم وجنديين بهجوم لداعش على قوة من الجيش في قضاء مخمور مساء الاثنين."
                ).value("fatalities") == 3
    assert only("أصيب ضابط برتبة عقيد في الجيش بانفجار عبوة ناسفة قرب قضاء مخمور مساء الاثنين."
                ).value("wounded") == 1


def test_an_ordinal_day_of_the_month():
    assert day("قتل مزارع في الحادي والعشرين من شباط قرب قضاء داقوق.") == ["2024-02-21"]
    assert day("وقع الهجوم في السابع من آذار الجاري.") == ["2024-03-07"]
    (month,) = find_dates("قتل مختار في تشرين الثاني الماضي.", TUESDAY, 0, 33)  # 'الثاني' names the month
    assert (month.date_start.isoformat(), month.date_end.isoformat()) == ("2023-11-01", "2023-11-30")
    assert "2024-05-01" not in day("خلال الأسبوع الأول من أيار")


def test_an_outlet_in_the_dateline_is_no_date():
    assert day("بغداد اليوم - كركوك: قتل راعٍ مساء الأحد.") == ["2024-03-10"]
    assert day("قال مصدر في بغداد اليوم الثلاثاء إن راعياً قتل.") == ["2024-03-12"]


def test_protesters_who_burn_a_building_riot_and_a_sit_in_is_a_protest():
    assert only("أضرم محتجون غاضبون النار في مبنى القائممقامية في قضاء طوزخورماتو مساء الاثنين."
                ).value("event_type") == "Riots"
    assert only("تظاهر العشرات أمام مبنى القائممقامية في قضاء طوزخورماتو مساء الاثنين للمطالبة بالكهرباء."
                ).value("event_type") == "Protests"


def test_the_village_with_the_article_is_the_village_told_before():
    wounded, killed = draft_incidents("أصيب مزارع بانفجار عبوة ناسفة في قرية بلاوة التابعة لقضاء داقوق، مساء "
                                      "الاثنين.\nوكان مسلحون قد قتلوا في كانون الثاني الماضي أحد رعاة القرية.",
                                      TUESDAY)
    assert "بلاوة" in killed.value("location")
    _, abducted = draft_incidents("أصيب مزارع بانفجار عبوة ناسفة في قرية بلاوة التابعة لقضاء داقوق، مساء "
                                  "الاثنين.\nوكان مسلحون قد اختطفوا في كانون الثاني الماضي أحد سكان القرية "
                                  "المجاورة.", TUESDAY)
    assert "بلاوة" not in (abducted.value("location") or "")


def test_a_group_that_claims_attacks_on_erbil_and_harir():
    draft = only("تبنت «سرايا أولياء الدم» هجوماً بطائرة مسيرة على قاعدة حرير مساء الاثنين دون إصابات.")
    assert (draft.value("actor1"), draft.value("attribution")) == ("Saraya Awliya al-Dam", "claimed")
    assert draft.value("location") == "Harir sub-district"


def test_a_dual_told_by_its_fatha_counts_two_and_a_plural_by_its_kasra_nobody():
    assert only("أصيب مزارعَين بانفجار لغم قرب ناحية تازة مساء الاثنين.").value("wounded") == 2
    assert only("أصيب مزارعِين بانفجار لغم قرب ناحية تازة مساء الاثنين.").value("wounded") is None
    assert OffsetMap("بانفجار بَين قريتين").text == "بانفجار بين قريتين"  # a short word keeps its ي


def test_whereas_and_another_place_is_another_incident_and_without_one_the_same():
    killing, blast = draft_incidents("اغتال مسلحون مجهولون مختاراً في ناحية الرشاد مساء الاثنين، فيما انفجرت عبوة "
                                     "ناسفة قرب ناحية الملتقى دون إصابات.", TUESDAY)
    assert (killing.value("fatalities"), killing.value("event_type")) == (1, "Violence against civilians")
    assert (blast.value("event_date"), blast.value("location")) == ("2024-03-11", "Al-Multaka sub-district")
    same = only("قتل جندي بانفجار عبوة ناسفة على دورية للجيش في ناحية الرشاد مساء الاثنين، فيما أصيب اثنان "
                "آخران.")
    assert (same.value("fatalities"), same.value("wounded")) == (1, 2)


def test_all_of_them_counts_the_people_told_before_and_two_of_them_two():
    everyone = only("أطلق مسلحون النار على سيارة تقل ثلاثة رعاة قرب ناحية الملتقى مساء الاثنين ما أدى إلى مقتلهم "
                    "جميعاً.")
    assert (everyone.value("fatalities"), everyone.value("event_type")) == (3, "Violence against civilians")
    two = only("أطلق مسلحون النار على سيارة تقل ثلاثة رعاة قرب ناحية الملتقى مساء الاثنين ما أدى إلى مقتل اثنين "
               "منهم.")
    assert two.value("fatalities") == 2


def test_died_and_his_death_count_and_the_wound_of_the_dead_does_not():
    assert only("قضى ثلاثة رعاة بانفجار لغم قرب ناحية تازة مساء الاثنين.").value("fatalities") == 3
    assert only("أسفر انفجار عبوة لاصقة في سيارة موظف قرب ناحية تازة مساء الاثنين عن إصابته بجروح."
                ).value("wounded") == 1
    dead = only("قتل مدني برصاص مسلحين قرب ناحية تازة مساء الاثنين بعد إصابته في الرأس.")
    assert (dead.value("fatalities"), dead.value("wounded")) == (1, None)


def test_the_first_word_of_a_known_sub_district_is_no_village():
    assert only("سقطت قذيفة هاون في ناحية سليمان بك مساء الاثنين.").value("location") == "Sulaiman Baig sub-district"
    assert only("سقطت قذيفة هاون في قرية البو حسن التابعة لناحية سليمان بك مساء الاثنين."
                ).value("location").startswith("البو حسن")


def test_a_tribal_dispute_fought_with_arms_is_a_clash_and_a_man_shot_an_attack():
    assert only("قتل شخصان في نزاع عشائري في ناحية الرياض مساء الاثنين.").value("event_type") == "Battles"
    assert only("قتل شخص برصاص مسلحين في ناحية الرياض مساء الاثنين.").value("event_type") == \
        "Violence against civilians"


def test_the_plural_verb_after_its_subject_counts_the_subject():
    assert only("قال مصدر إن ثلاثة رعاة بينهم طفل أصيبوا بانفجار لغم في ناحية الرشاد مساء الاثنين."
                ).value("wounded") == 3
    assert only("أصيب ثلاثة رعاة بينهم طفل بانفجار لغم في ناحية الرشاد مساء الاثنين.").value("wounded") == 3


def test_a_known_sub_district_followed_by_a_date_is_no_village():
    assert only("أصيب راعٍ بانفجار لغم في ناحية الرشاد الأسبوع الماضي.").value("location") == \
        "Al-Rashad sub-district"


def test_a_release_with_the_abductions_own_date_is_dated_by_the_abduction():
    freed = only("أطلق مسلحون، مساء الاثنين، سراح راعٍ كانوا قد اختطفوه قرب ناحية تازة في ٢ آذار الجاري.")
    assert (freed.value("event_date"), freed.value("abducted")) == ("2024-03-02", 1)
    taken = only("اختطف مسلحون، مساء الأحد، راعياً قرب ناحية تازة، ثم أطلقوا سراحه فجر الاثنين.")
    assert taken.value("event_date") == "2024-03-10"


def test_the_victim_with_the_article_is_no_one_more_dead():
    assert only("اتهمت عائلة الضحية مسلحين باغتيال ابنها في ناحية العظيم مساء الاثنين.").value("fatalities") == 1
    assert only("سقط قتيلان بنيران مسلحين على سيارة مدنية في ناحية العظيم مساء الاثنين.").value("fatalities") == 2


def test_likely_to_be_before_the_actor_is_a_hedge_and_elsewhere_not():
    hedged = only("رجحت مصادر أن تكون خلية لداعش وراء تفجير أودى بحياة راعٍ في ناحية الملتقى مساء الاثنين.")
    assert (hedged.value("attribution"), hedged.value("fatalities")) == ("suspected", 1)
    fled = only("هاجم مسلحو داعش نقطة للجيش في ناحية الملتقى مساء الاثنين، ورجحت مصادر أن يكون المهاجمون قد فروا.")
    assert (fled.value("actor1"), fled.value("attribution")) == ("Islamic State (Iraq)", None)


def test_an_opening_at_another_sub_district_starts_another_incident_and_at_the_same_not():
    blast, shooting = draft_incidents("أصيب جنديان بانفجار عبوة في قضاء الطوز يوم الأحد. وفي ناحية العظيم، قتل راعٍ "
                                      "برصاص مسلحين مساء الاثنين.", TUESDAY)
    assert (blast.value("location"), blast.value("wounded")) == ("Tooz Khurmato district", 2)
    assert (shooting.value("location"), shooting.value("fatalities")) == ("Al-Atheem sub-district", 1)
    assert len(draft_incidents("أصيب جنديان بانفجار عبوة في ناحية العظيم مساء الاثنين. وفي ناحية العظيم ذاتها، شنت "
                               "القوات الأمنية حملة تفتيش بحثاً عن عناصر داعش.", TUESDAY)) == 1


def test_the_dateline_is_not_the_place_unless_it_is_the_only_one():
    assert only("كركوك – قتل راعيان بهجوم مسلح قرب ناحية الرشاد مساء الاثنين.").value("location") == \
        "Al-Rashad sub-district"
    assert only("الحويجة – أصيب راعٍ بانفجار لغم مساء الاثنين.").value("location") == "Al-Hawiga district"


def test_martyrs_after_a_number_and_two_brothers_before_a_pronoun_count():
    blast = only("انفجرت عبوة في سوق ناحية جلولاء مساء الاثنين ما أسفر عن سقوط 4 شهداء و9 جرحى.")
    assert (blast.value("fatalities"), blast.value("wounded")) == (4, 9)
    assert only("قتل مسلحون مزارعاً وشقيقيه في ناحية الملتقى مساء الاثنين.").value("fatalities") == 3
    assert only("قتل مسلحون مزارعاً أمام شقيقيه في ناحية الملتقى مساء الاثنين.").value("fatalities") == 1
    quiet = only("سقطت قذيفتا هاون قرب ناحية الملتقى مساء الاثنين من دون أن تسفرا عن إصابات.")
    assert (quiet.value("fatalities"), quiet.value("wounded")) == (0, 0)


def test_an_ordinal_day_of_this_month_or_of_the_last():
    assert day("اختطف شابان في الثامن من الشهر الجاري.") == ["2024-03-08"]
    assert day("قتل راعٍ في الحادي والعشرين من الشهر الماضي.") == ["2024-02-21"]
    (early,) = find_dates("قتل راعٍ مطلع الشهر الجاري.", TUESDAY, 0, 27)
    assert (early.date_start.isoformat(), early.date_end.isoformat()) == ("2024-03-01", "2024-03-10")


def test_ali_in_a_village_name_and_ala_the_preposition():
    assert only("أصيب شرطيان بهجوم على نقطة في قرية الحاج علي بناحية الرياض مساء الاثنين.").value(
        "location").startswith("الحاج علي")
    assert only("أصيب شرطيان بهجوم على نقطة في قرية الحاج على طريق ناحية الرياض مساء الاثنين.").value(
        "location").startswith("الحاج (")


def test_a_raid_that_kills_is_a_clash_and_firing_to_disperse_protesters_is_excessive_force():
    raid = only("نفذت قوات الحشد الشعبي عملية دهم في وادي الثرثار مساء الاثنين أسفرت عن قتل ثلاثة إرهابيين.")
    assert (raid.value("event_type"), raid.value("actor1")) == ("Battles", "Popular Mobilization Forces")
    assert draft_incidents("نفذت قوات الحشد عملية تفتيش في وادي الثرثار مساء الاثنين عثرت خلالها على مخبأ للأسلحة.",
                           TUESDAY) == []
    fired = only("أصيب أربعة محتجين بعد أن أطلقت قوات الأمن النار لتفريق تظاهرة في قضاء سنجار مساء الاثنين.")
    assert (fired.value("event_type"), fired.value("sub_event_type")) == ("Protests",
                                                                        "Excessive force against protesters")


def test_a_place_in_a_groups_name_is_not_the_place():
    assert only("اشتبكت قوة من الجيش مع عناصر من وحدات مقاومة سنجار قرب ناحية سنوني مساء الاثنين ما أدى إلى إصابة "
                "جنديين.").value("location") == "Al-Shamal sub-district"


def test_the_state_side_that_moved_first_is_actor1_and_a_target_is_not():
    moved = only("اندلعت اشتباكات في ناحية سنوني مساء الاثنين عندما حاولت قوة من الجيش العراقي اقتحام مقر لمجموعة "
                 "مسلحة.")
    assert moved.value("actor1") == "Military Forces of Iraq"
    target = only("اندلعت اشتباكات في ناحية سنوني مساء الاثنين عندما حاول مسلحون اقتحام نقطة للجيش العراقي.")
    assert target.value("actor1") == "Unidentified Armed Group (Iraq)"


def test_in_the_area_is_the_place_told_before_and_the_industrial_area_of_mosul_is_not():
    _, second = draft_incidents("في ٤ آذار، أصيب راعيان بانفجار لغم قرب ناحية حمام العليل. وفي ٦ آذار، انفجرت عبوة "
                                "ثانية في المنطقة دون إصابات.", TUESDAY)
    assert second.value("location") == "Hammam Al-Alil sub-district"
    _, other = draft_incidents("في ٤ آذار، أصيب راعيان بانفجار لغم قرب ناحية حمام العليل. وفي ٦ آذار، انفجرت عبوة "
                               "في المنطقة الصناعية بالموصل دون إصابات.", TUESDAY)
    assert other.value("location") != "Hammam Al-Alil sub-district"


def test_casualties_of_several_scattered_attacks_tell_no_incident():
    assert draft_incidents("قتل خمسة مدنيين وأصيب ثمانية آخرون في حوادث متفرقة في محافظة نينوى خلال شباط.",
                           TUESDAY) == []
    assert only("قتل مدنيان بهجوم مسلحين على سيارتهما قرب ناحية الرشاد مساء الاثنين.").value("fatalities") == 2


def test_two_unknown_gunmen_and_killed_all_of_them():
    assert only("اغتال مسلحان مجهولان ناشطاً قرب ناحية الرشاد مساء الاثنين.").value("actor1") == \
        "Unidentified Armed Group (Iraq)"
    assert only("دمر طيران الجيش عجلة تقل أربعة إرهابيين قرب ناحية الرشاد مساء الاثنين وقتلهم جميعاً.").value(
        "fatalities") == 4
