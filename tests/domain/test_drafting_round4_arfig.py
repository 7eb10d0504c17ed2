"""Arabic drafting rules of round 4 (issue 15): classes of construction, each with paraphrases the way different
outlets word them and near-misses where the rule must not trigger."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

TUESDAY = date(2024, 3, 12)


def figures(draft):
    return draft.value("fatalities"), draft.value("wounded"), draft.value("abducted")


def only(text, published=TUESDAY):
    (draft,) = draft_incidents(text, published)
    return draft


# --- 'N منهم' (N of them): the count of the fighters named before it, told again -------------------------------

@pytest.mark.parametrize("text, killed", [
    ("أعلنت هيئة الحشد الشعبي، اليوم الثلاثاء، قتل ثلاثة إرهابيين بعملية في جبال مكحول.\n"
     "وذكر بيان للحشد أن \"قوة من اللواء نفذت عملية في جبال مكحول، اشتبكت خلالها مع عناصر من داعش، وتمكنت من قتل "
     "ثلاثة منهم\".", 3),
    ("أعلنت خلية الإعلام الأمني مقتل خمسة إرهابيين بضربة جوية في وادي الشاي جنوب كركوك، فجر اليوم.\n"
     "وقالت الخلية في بيان إن الطيران رصد مجموعة من الإرهابيين داخل كهف، وتمت معالجتهم وقتل خمسة منهم.", 5),
    ("قتلت القوات الأمنية اثنين من مسلحي داعش في اشتباك بقضاء الدبس، مساء الأحد.\n"
     "وقال مصدر أمني إن القوة اشتبكت مع خلية لداعش وقتلت اثنين منهم وفر الباقون.", 2),
])
def test_n_of_them_is_the_count_told_before_not_more(text, killed):
    assert only(text).value("fatalities") == killed


def test_n_of_them_after_the_victims_of_an_attack_is_not_read_as_the_attackers():
    # near-miss: 'اثنان منهم' of the soldiers wounded: a part of the wounded, no new dead
    draft = only("أصيب خمسة جنود بهجوم لداعش على نقطة للجيش في قضاء الدبس، مساء الأحد، جروح اثنين منهم خطيرة.")
    assert figures(draft)[:2] == (None, 5)


# --- the subject after 'أن' before its verb, however far ------------------------------------------------------

@pytest.mark.parametrize("text, wounded", [
    ("نفذت قوة من الحشد الشعبي عملية في جبال حمرين، صباح اليوم، مبيناً أن \"أحد مقاتلي الحشد أصيب بجروح طفيفة\".", 1),
    ("اشتبكت قوة من الجيش مع مسلحين في قضاء الطوز صباح اليوم، وأضاف المصدر أن جنديين من الفوج الثاني أصيبا "
     "بجروح.", 2),
    ("انفجرت عبوة لاصقة بسيارة في حي العروبة بكركوك، مساء الأحد، ولفت المصدر إلى أن \"شخصاً كان قرب السيارة "
     "لحظة الانفجار لا يزال يتلقى العلاج\".", 1),
    ("انفجرت عبوة ناسفة بدورية للشرطة في ناحية الرياض صباح اليوم، وذكر مصدر أن ثلاثة من عناصر الدورية "
     "أصيبوا بجروح متفاوتة.", 3),
])
def test_the_count_right_after_that_is_the_subject_of_the_verb_after_it(text, wounded):
    assert only(text).value("wounded") == wounded


def test_no_count_after_that_gives_no_figure():
    draft = only("انفجرت عبوة ناسفة في ناحية الرياض صباح اليوم، وذكر مصدر أن الانفجار أسفر عن إصابات.")
    assert draft.value("wounded") is None
    draft = only("انفجرت عبوة ناسفة في ناحية الرياض صباح اليوم، وذكر مصدر أن مسلحين، يعتقد أنهم من داعش، زرعوا "
                 "العبوة، ما أدى إلى إصابة.")
    assert draft.value("wounded") is None


# --- a later sentence about the event told before ('الانفجار', 'الهجوم') on a later day: the same incident ------

@pytest.mark.parametrize("text", [
    "انفجرت عبوة لاصقة بسيارة ضابط في حي العروبة وسط كركوك، مساء السبت، ما أدى إلى إصابته وسائقه.\n"
    "وقال مصدر طبي إن السائق فارق الحياة صباح اليوم في المستشفى متأثراً بجراحه جراء الانفجار.",
    "هاجم مسلحون نقطة للشرطة في ناحية الرياض، مساء السبت، ما أدى إلى إصابة منتسبين اثنين.\n"
    "وأعلنت قيادة الشرطة، اليوم الثلاثاء، اعتقال متهمين اثنين بتنفيذ الهجوم.",
    "سقطت قذيفة هاون على منزل في ناحية العظيم، فجر السبت، ما أسفر عن إصابة امرأة.\n"
    "وقال مدير الناحية، اليوم الثلاثاء، إن التحقيق في القصف ما زال جارياً.",
])
def test_a_later_day_that_names_the_event_told_before_is_no_new_incident(text):
    (draft,) = draft_incidents(text, TUESDAY)
    assert draft.value("event_date") == "2024-03-09"


def test_an_event_of_its_own_on_another_day_is_still_another_incident():
    first, second = draft_incidents(
        "انفجرت عبوة لاصقة بسيارة ضابط في حي العروبة وسط كركوك، مساء السبت، ما أدى إلى إصابته.\n"
        "وفي حادث منفصل، أصيب مدني صباح اليوم بانفجار في ناحية الرياض.", TUESDAY)
    assert (first.value("event_date"), second.value("event_date")) == ("2024-03-09", "2024-03-12")


# --- an initial toll the report says was replaced ----------------------------------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("قُتل ثلاثة من عناصر البيشمركة وأصيب اثنان بهجوم لداعش قرب قضاء خانقين مساء الاثنين.\n"
     "وكانت حصيلة أولية قد أشارت إلى مقتل اثنين فقط، قبل العثور على جثة المقاتل الثالث.", 3, 2),
    ("قُتل اثنان وأصيب ثالث بغارة لطائرة مسيرة قرب قرية بورك في قضاء سنجار ظهر الاثنين.\n"
     "وقال قائممقام سنجار إن الحصيلة الأولية كانت قتيلاً واحداً وجريحين، قبل أن يفارق أحد الجريحين الحياة.", 2, 1),
    ("قُتل أربعة مدنيين بانفجار في سوق ناحية جلولاء عصر الجمعة.\n"
     "وكانت الأرقام الأولية تتحدث عن مقتل شخصين وإصابة خمسة.", 4, None),
])
def test_an_initial_toll_told_as_replaced_gives_no_figure(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


def test_an_initial_toll_as_it_stands_still_counts():
    draft = only("انفجرت عبوة ناسفة داخل سوق في ناحية جلولاء، عصر الجمعة، ما أسفر عن سقوط 4 شهداء و9 جرحى في "
                 "حصيلة أولية.")
    assert figures(draft)[:2] == (4, 9)


# --- counts as statements write them, and their feminine forms -----------------------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("تمكنت قطعات الفرقة الثامنة يوم أمس، في عملية في وادي زغيتون، من قتل (٤) إرهابيين وتدمير (٣) أوكار، وقد "
     "استُشهد مقاتل وأصيب آخر من قطعاتنا.", 5, 1),
    ("نفذت قوة من الجيش عملية في وادي الشاي فجر اليوم أسفرت عن مقتل (3) إرهابيين.", 3, None),
    ("هاجم مسلحون منزلاً في قرية زنكة مساء الأحد، وتوفي الزوج اليوم، لترتفع حصيلة الهجوم إلى قتيلين وجريحة.", 2, 1),
    ("انفجرت عبوة في ناحية العباسي مساء الأحد، ما أدى إلى سقوط قتيلة وجريحتين.", 1, 2),
])
def test_counts_in_brackets_and_feminine_counted_nouns(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


def test_a_count_in_brackets_with_no_cue_is_no_figure():
    draft = only("نفذت قوة من الجيش عملية أمنية في وادي الشاي فجر اليوم، ودمرت (٣) أوكار لداعش.")
    assert figures(draft)[:2] == (None, None)


@pytest.mark.parametrize("text", [
    "أصيب مقاتلان من البيشمركة، فجر الجمعة، خلال صد هجوم لداعش قرب قرية كوشك، من دون تسجيل أي قتلى.",
    "أصيب مقاتلان من البيشمركة بهجوم لداعش قرب قرية كوشك فجر الجمعة، ولم يسفر الهجوم عن سقوط قتلى.",
    "أصيب مقاتلان من البيشمركة بهجوم لداعش قرب قرية كوشك فجر الجمعة، دون وقوع قتلى.",
])
def test_no_dead_told_says_killed_zero_and_keeps_the_wounded(text):
    assert figures(only(text))[:2] == (0, 2)


def test_no_dead_is_not_no_wounded():
    draft = only("سقطت قذيفة هاون على قرية كوشك فجر الجمعة دون تسجيل أي قتلى.")
    assert figures(draft)[:2] == (0, None)


# --- a parenthesis between the verb and its count --------------------------------------------------------------

@pytest.mark.parametrize("text, abducted", [
    ("اختطف مسلحون يرتدون زياً عسكرياً، تقول مصادر أمنية إنهم من بقايا داعش، أربعة من رعاة الأغنام في أطراف ناحية "
     "المحلبية، فجر السبت.", 4),
    ("اختطف مسلحون، لم تعرف الجهة التي ينتمون إليها حتى الآن، مزارعين اثنين من قرية في ناحية العباسي فجر السبت.", 2),
])
def test_a_long_aside_between_the_verb_and_its_count(text, abducted):
    assert only(text).value("abducted") == abducted


def test_an_aside_with_a_cue_of_its_own_is_no_aside():
    draft = only("اختطف مسلحون، بعد أن قتلوا راعياً، شاباً من قرية في ناحية العباسي فجر السبت.")
    assert draft.value("abducted") is None  # the abduction's count is not told past the killing


# --- incidents told apart: 'وفي <month> الماضي', 'وفي ناحية X،', 'في حين', a new event at a new place ------------

@pytest.mark.parametrize("text, earlier", [
    ("قُتل مزارعان بهجوم لداعش على قرية ميرزا التابعة لقضاء داقوق مساء الاثنين.\n"
     "وفي نيسان الماضي، اختُطف راعٍ من القرية ذاتها.", "2023-04"),
    ("اختطف مسلحون شقيقين من قرية يني جه التابعة لقضاء طوزخورماتو ليلة أمس.\n"
     "وفي كانون الثاني/يناير الماضي، قُتل ثلاثة من عناصر الحشد بهجوم لداعش قرب ناحية آمرلي.", "2024-01"),
])
def test_a_sentence_opening_with_a_past_month_is_its_own_incident(text, earlier):
    drafts = draft_incidents(text, TUESDAY)
    assert len(drafts) == 2
    assert drafts[1].value("event_date").startswith(earlier)


def test_also_in_a_place_with_casualties_and_no_event_word_is_its_own_incident():
    first, second = draft_incidents(
        "سقطت ثلاث قذائف هاون على أطراف ناحية مندلي مساء أمس، دون تسجيل إصابات.\n"
        "وفي ناحية قره تبة، أصيب شرطيان فجر اليوم الثلاثاء.", TUESDAY)
    assert figures(first)[:2] == (0, 0)
    assert figures(second)[:2] == (None, 2)


@pytest.mark.parametrize("opening", ["في حين", "فيما", "كما"])
def test_whereas_on_another_day_is_its_own_incident_even_at_the_same_place(opening):
    first, second = draft_incidents(
        "قُتل منتسبان في الشرطة وأصيب ٣ آخرون بهجوم لداعش على نقطة تفتيش في ناحية الرياض، مساء الأحد.\n"
        f"{opening} أصيب مدني بانفجار عبوة ناسفة على طريق الرياض صباح اليوم الثلاثاء.", TUESDAY)
    assert (first.value("event_date"), figures(first)[:2]) == ("2024-03-10", (2, 3))
    assert (second.value("event_date"), figures(second)[:2]) == ("2024-03-12", (None, 1))


def test_whereas_on_the_same_day_at_the_same_place_goes_on():
    (draft,) = draft_incidents(
        "قُتل منتسبان في الشرطة بهجوم لداعش على نقطة تفتيش في ناحية الرياض، مساء الأحد.\n"
        "في حين أصيب ثلاثة آخرون في الهجوم ذاته مساء الأحد.", TUESDAY)
    assert figures(draft)[:2] == (2, 3)


def test_a_new_event_at_a_new_place_with_its_day_and_figures_is_its_own_incident():
    drafts = draft_incidents(
        "أفاد مصدر أمني في ديالى، اليوم الثلاثاء، بوقوع حوادث أمنية متفرقة في المحافظة.\n"
        "وقال المصدر إن مسلحين مجهولين اختطفوا شاباً من سوق ناحية جلولاء مساء الاثنين.\n"
        "وأضاف أن عبوة ناسفة انفجرت ظهر اليوم قرب ناحية قره تبه، دون أن تسفر عن خسائر بشرية.", TUESDAY)
    assert [figures(d) for d in drafts] == [(None, None, 1), (0, 0, None)]


def test_the_same_event_told_again_at_a_village_of_the_place_goes_on():
    (draft,) = draft_incidents(
        "قُتل ثلاثة من عناصر الحشد بهجوم لداعش في قضاء الدبس مساء الاثنين.\n"
        "وقال مصدر إن الهجوم استهدف موقعاً للحشد قرب قرية الصفرة، ما أسفر عن مقتل ثلاثة مقاتلين.", TUESDAY)
    assert draft.value("fatalities") == 3
