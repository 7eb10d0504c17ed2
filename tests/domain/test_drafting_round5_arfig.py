"""Arabic drafting rules of round 5 (issue 15): classes of construction, each with paraphrases the way different
outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import TUESDAY, figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.arabic import is_sorani

# --- 'no losses' told with 'وقوع' and no kind of loss named, or with 'عدم' ---------------------------------------

@pytest.mark.parametrize("text", [
    "تمكنت قوة من الحشد الشعبي، مساء أمس، من صد تعرض لعصابات داعش في جبال مكحول، دون وقوع خسائر.",
    "صدت قطعات الجيش هجوماً لداعش على نقطة في قضاء الدبس، مساء الأحد، من دون وقوع خسائر.",
    "سقطت قذيفة هاون قرب ناحية العظيم، مساء الأحد، مع عدم وقوع أي إصابات.",
    "انفجرت عبوة ناسفة على طريق ريفي في قضاء الطوز، مساء الأحد، وأكد مصدر أمني عدم تسجيل إصابات.",
    "هاجم مسلحون نقطة للبيشمركة في قضاء مخمور، مساء الأحد، بدون حدوث خسائر.",
])
def test_no_losses_at_all_is_nobody_killed_or_wounded(text):
    assert figures(only(text))[:2] == (0, 0)


def test_losses_that_are_material_are_not_nobody_hurt_said_twice():
    # near-miss: 'دون وقوع خسائر مادية' says nothing of people
    assert figures(only("سقطت قذيفة هاون قرب ناحية العظيم، مساء الأحد، دون وقوع خسائر مادية تذكر."))[:2] \
        == (None, None)


def test_no_injuries_among_the_forces_after_the_dead_enemies_is_nobody_wounded():
    draft = only("كشف مصدر أمني في ديالى، اليوم، عن مقتل اثنين من عناصر داعش بكمين للجيش في أطراف ناحية قره تبه، "
                 "مشيراً إلى عدم وقوع أي إصابات في صفوف القوات الأمنية.")
    assert figures(draft)[:2] == (2, 0)


# --- a claim the source denies, further back than the next few words ----------------------------------------------

@pytest.mark.parametrize("text", [
    "قال مصدر أمني إن الهجوم على نقطة للجيش قرب ناحية سليمان بيك أسفر عن مقتل جندي، نافياً ما ورد في بيان التنظيم "
    "بشأن \"مقتل عشرة جنود\".",
    "قال مصدر أمني إن الهجوم على نقطة للجيش قرب ناحية سليمان بيك أسفر عن مقتل جندي، ونفى المصدر ما تداولته مواقع "
    "التواصل الاجتماعي عن مقتل عشرة جنود.",
    "قال مصدر أمني إن الهجوم على نقطة للجيش قرب ناحية سليمان بيك أسفر عن مقتل جندي، فيما نفت قيادة العمليات الأنباء "
    "التي تحدثت عن مقتل عشرة جنود.",
    "قال مصدر أمني إن الهجوم على نقطة للجيش قرب ناحية سليمان بيك أسفر عن مقتل جندي، نافياً مزاعم التنظيم في بيانه "
    "عن مقتل عشرة جنود.",
])
def test_a_denied_claim_is_not_counted(text):
    assert only(text).value("fatalities") == 1


def test_a_denial_ended_by_a_comma_does_not_reach_the_count_after_it():
    # near-miss: the denial is over at the comma; the dead told after it are counted
    draft = only("نفى مصدر أمني ما ورد في بيان التنظيم، وأكد مقتل جنديين بالهجوم على نقطة قرب ناحية سليمان بيك.")
    assert draft.value("fatalities") == 2


# --- another source's figures told against the first ones: the first stay ----------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("قال مصدر أمني إن اشتباكاً اندلع مساء الإثنين في مركز قضاء سنجار، أسفر عن مقتل جندي وإصابة أربعة أشخاص. "
     "غير أن مصدراً في الإدارة المحلية قال إن الحصيلة بلغت قتيلين وستة جرحى.", 1, 4),
    ("أسفر انفجار عبوة ناسفة على طريق في قضاء الطوز، مساء الإثنين، عن مقتل مدنيين اثنين وإصابة ثلاثة. "
     "فيما ذكر بيان للإدارة المحلية أن أربعة أشخاص قتلوا في الانفجار.", 2, 3),
    ("قتل ثلاثة جنود بهجوم لداعش على نقطة في قضاء الدبس، مساء الإثنين. "
     "لكن مصادر محلية أكدت أن خمسة جنود قتلوا في الهجوم.", 3, None),
    ("أصيب خمسة أشخاص بقصف تركي على قرية في ناحية سيدكان، مساء الإثنين. "
     "بينما قال مسؤول محلي إن سبعة أشخاص أصيبوا بالقصف.", None, 5),
    ("قتل جندي بهجوم على نقطة للجيش في قضاء الدبس، مساء الإثنين، إلا أن مصدراً عسكرياً قال إن جنديين قتلا.", 1, None),
])
def test_a_rival_source_does_not_replace_the_first_figures(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


def test_a_later_source_telling_the_toll_rose_still_replaces_it():
    # near-miss: 'ارتفعت الحصيلة': a new figure, not a rival one
    draft = only("قتل جندي وأصيب ثلاثة بهجوم على نقطة للجيش في قضاء الدبس، مساء الإثنين. "
                 "غير أن مصدراً طبياً قال إن الحصيلة ارتفعت إلى قتيلين بعد وفاة أحد الجرحى.")
    assert figures(draft)[:2] == (2, 2)


# --- the toll risen, named before its verb; one of the wounded died, the wounded told before or after -------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("قتل جندي وأصيب ثلاثة بهجوم على نقطة للجيش في قضاء الدبس، مساء الإثنين. "
     "وقال مصدر طبي إن الحصيلة ارتفعت إلى قتيلين بعد وفاة أحد الجرحى.", 2, 2),
    ("قتل جندي وأصيب ثلاثة بهجوم على نقطة للجيش في قضاء الدبس، مساء الإثنين. "
     "وأفاد مصدر بأن حصيلة الهجوم ارتفعت إلى قتيلين.", 2, 3),
    ("ارتفعت حصيلة انفجار العبوة الناسفة قرب ناحية العلم إلى أربعة قتلى، بعد وفاة أحد الجرحى. "
     "وكان الانفجار قد وقع مساء الثلاثاء وأسفر في حينه عن مقتل ثلاثة أشخاص وإصابة اثنين.", 4, 1),
    ("ارتفعت حصيلة الهجوم على نقطة للجيش في قضاء الدبس إلى ثلاثة قتلى، بعد وفاة أحد المصابين. "
     "وكان الهجوم قد أسفر مساء الإثنين عن مقتل جنديين وإصابة أربعة.", 3, 3),
])
def test_the_toll_risen_and_the_wounded_who_died(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


def test_the_wounded_of_the_risen_toll_are_not_lowered_again():
    # near-miss: the new toll gives the wounded too: they count the one who died already
    draft = only("ارتفعت حصيلة انفجار العبوة الناسفة قرب ناحية العلم إلى أربعة قتلى وأربعة جرحى، بعد وفاة أحد "
                 "الجرحى. وكان الانفجار قد أسفر مساء الثلاثاء عن مقتل ثلاثة أشخاص وإصابة خمسة.")
    assert figures(draft)[:2] == (4, 4)


def test_a_second_source_giving_another_kind_of_figure_is_kept():
    # near-miss: the second source adds the wounded; nothing told against
    draft = only("قتل جندي بهجوم على نقطة للجيش في قضاء الدبس، مساء الإثنين. "
                 "غير أن مصدراً طبياً قال إن ثلاثة جنود أصيبوا أيضاً.")
    assert figures(draft)[:2] == (1, 3)


# --- 'مقتله مع مرافقه': the one the pronoun names and those 'مع' adds ---------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("استهدفت مسيرة تركية، مساء الجمعة، سيارة تقل قيادياً في الحزب قرب مخيم مخمور، ما أسفر عن مقتله مع مرافقه.", 2),
    ("استهدفت مسيرة تركية، مساء الجمعة، سيارة تقل قيادياً في الحزب قرب مخيم مخمور، ما أدى إلى مقتله مع سائقه.", 2),
    ("استهدفت مسيرة تركية، مساء الجمعة، سيارة تقل قيادياً في الحزب قرب مخيم مخمور، ما أسفر عن مقتله مع اثنين من "
     "مرافقيه.", 3),
    ("هاجم مسلحون مختار قرية في ناحية العباسي، مساء الجمعة، ما أسفر عن مقتله برفقة نجله.", 2),
])
def test_the_company_of_the_one_killed_is_counted(text, killed):
    assert only(text).value("fatalities") == killed


def test_with_something_that_is_not_a_person_adds_nobody():
    # near-miss: 'مع ساعات الفجر' is a time
    draft = only("عثر على جثة راع في ناحية العباسي، وأكد مصدر مقتله مع ساعات الفجر الأولى بطلق ناري.")
    assert draft.value("fatalities") == 1


# --- one person named by a trade the persons list did not know ----------------------------------------------------

@pytest.mark.parametrize("text, category", [
    ("قال مدير ناحية الزاب إن مسلحين مجهولين اختطفوا مهندساً يعمل لدى شركة نفطية قرب قرية المزرعة مساء الإثنين.",
     "abducted"),
    ("اغتال مسلحون مجهولون محامياً أمام منزله في قضاء الحويجة، مساء الإثنين.", "fatalities"),
    ("اختطف مسلحون مجهولون مقاولاً على طريق الدبس، مساء الإثنين.", "abducted"),
    ("أصيب مصور صحفي بانفجار عبوة ناسفة في قضاء الطوز، مساء الإثنين.", "wounded"),
    ("قتل مسلحون ممرضاً في قرية تابعة لناحية العباسي، مساء الإثنين.", "fatalities"),
])
def test_one_person_named_by_a_trade_is_one(text, category):
    assert only(text).value(category) == 1


def test_the_wounded_still_treated_after_the_death_are_not_lowered():
    # near-miss: told after the death, 'ثلاثة مصابين آخرين لا يزالون يتلقون العلاج' are those left
    draft = only("ارتفعت حصيلة انفجار العبوة الناسفة قرب ناحية الزاب، مساء الخميس، إلى قتيلين، بعد وفاة أحد الجرحى "
                 "متأثراً بإصابته.\nوقال مصدر طبي إن ثلاثة مصابين آخرين لا يزالون يتلقون العلاج في مستشفى كركوك.")
    assert figures(draft)[:2] == (2, 3)


# --- an Arabic sentence that spells a Kurdish name in Kurdish letters is still Arabic ------------------------------

@pytest.mark.parametrize("text, killed", [
    ("أعلنت قيادة العمليات المشتركة مقتل أربعة إرهابيين بضربة جوية فجر الأحد على وكر في سلسلة جبال قرەچوغ قرب مخمور.",
     4),
    ("قتل ثلاثة جنود بهجوم لداعش على نقطة للجيش قرب قرية گوێر جنوب أربيل، مساء الأحد.", 3),
    ("أسفر قصف تركي على قرية في ناحية سیدەکان، مساء الأحد، عن مقتل مدنيين اثنين.", 2),
    ("قتل مقاتل من وحدات مقاومة شنگال باشتباك مع الجيش في قضاء سنجار، مساء الأحد.", 1),
])
def test_a_kurdish_spelling_of_a_place_keeps_the_arabic_figures(text, killed):
    assert only(text).value("fatalities") == killed


def test_a_sorani_sentence_is_still_read_as_sorani():
    # near-miss: most words in Sorani letters: the Sorani rules count
    assert is_sorani("دوو پێشمەرگە لە هێرشێکی داعش لە نزیک مەخموور کوژران")
    assert not is_sorani("أعلنت قيادة العمليات مقتل أربعة إرهابيين في سلسلة جبال قرەچوغ قرب مخمور")


# --- a summary's incidents told in passing, each on its own day of the month --------------------------------------

@pytest.mark.parametrize("text", [
    "في الثالث من الشهر قتل راع بالرصاص قرب قرية كاني دوملان، وفي العشرين منه اختطف مسلحون سائق شاحنة قرب القرية "
    "ذاتها.",
    "في مطلع الشهر قتل راع بالرصاص قرب قرية كاني دوملان، فيما اختطف مسلحون في أواخر الشهر سائق شاحنة قرب القرية "
    "ذاتها.",
    "في الخامس من الشهر قتل راع بالرصاص قرب قرية كاني دوملان، بينما اختطف مسلحون في منتصف الشهر سائق شاحنة قرب "
    "القرية ذاتها.",
])
def test_incidents_each_on_its_own_day_of_the_month_are_told_apart(text):
    drafts = draft_incidents(text, TUESDAY)
    assert [(d.value("fatalities"), d.value("abducted")) for d in drafts] == [(1, None), (None, 1)]


def test_one_incident_with_one_day_of_the_month_is_not_cut():
    # near-miss: the day told once; 'وأصيب اثنان' goes on with the same incident
    drafts = draft_incidents("في الثالث من الشهر قتل راع بالرصاص قرب قرية كاني دوملان، وأصيب شقيقه بجروح.", TUESDAY)
    assert [figures(d)[:2] for d in drafts] == [(1, 1)]


def test_another_day_with_nobody_hurt_does_not_lend_its_zeros():
    # (since round 9, the clause of another day with nobody hurt is an incident of its own: 0 killed, 0 wounded)
    drafts = draft_incidents("في العشرين من الشهر اختطف مسلحون مجهولون سائق شاحنة على طريق الدبس، فيما أحرق مجهولون في "
                             "أواخر الشهر حقلاً للحنطة دون وقوع إصابات.", TUESDAY)
    assert [figures(d) for d in drafts] == [(None, None, 1), (0, 0, None)]
