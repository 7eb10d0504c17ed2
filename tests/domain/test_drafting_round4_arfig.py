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


# --- a verb of its own after another cue, 'the wounded' told before, 'one of them' -------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("أفاد مصدر في الشرطة بأن شاباً قُتل وأصيب والده بجروح بهجوم مسلح على منزلهم في حي الواسطي بكركوك مساء "
     "الأربعاء.", 1, 1),
    ("ذكر مصدر أمني أن جندياً قتل وأصيب اثنان آخران بهجوم لداعش على نقطة في قضاء الدبس مساء الأحد.", 1, 2),
    ("أعلنت الشرطة مقتل وإصابة خمسة أشخاص بانفجار عبوة في ناحية العباسي مساء الأحد.", None, None),
])
def test_killed_and_wounded_verbs_each_with_their_count(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


@pytest.mark.parametrize("text, wounded", [
    ("انفجرت عبوة ناسفة بعجلة عسكرية في ناحية السعدية صباح اليوم، أدى إلى استشهاد منتسب وجرح ٢ آخرين، وقد نقل "
     "الجرحى إلى المستشفى لتلقي العلاج.", 2),
    ("أصيب ثلاثة مدنيين بانفجار عبوة في ناحية العباسي مساء الأحد، ونقلت سيارات الإسعاف المصابين إلى مستشفى "
     "الحويجة.", 3),
])
def test_the_wounded_with_the_article_are_those_counted_before(text, wounded):
    assert only(text).value("wounded") == wounded


@pytest.mark.parametrize("text, killed", [
    ("نصبت قوة من الحشد الشعبي مساء الجمعة كميناً لعناصر داعش قرب قرية الزركوش، ما أسفر عن مقتل أحدهم وفرار "
     "الآخرين.", 1),
    ("اشتبكت قوة من الجيش مع اثنين من مسلحي داعش في وادي الشاي فجر اليوم، وقتلت أحدهما.", 1),
])
def test_one_of_them_counts_one(text, killed):
    assert only(text).value("fatalities") == killed


# --- one of the wounded died later --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("أصيب أربعة منتسبين في الشرطة بانفجار عبوة ناسفة على طريق داقوق مساء الاثنين، توفي أحدهم متأثراً بجراحه "
     "صباح اليوم، فيما يتلقى الثلاثة الآخرون العلاج.", 1, 3),
    ("استشهد اثنان من البيشمركة وجُرح ثلاثة آخرون بهجوم لداعش قرب قرية ميدان مساء الجمعة.\n"
     "وارتفعت الحصيلة صباح اليوم إلى ثلاثة شهداء بعد وفاة أحد الجرحى متأثراً بجراحه.", 3, 2),
    ("أصيب خمسة مدنيين بانفجار عبوة في ناحية العظيم مساء الأحد، وفارق أحد المصابين الحياة في المستشفى اليوم.", 1, 4),
])
def test_one_of_the_wounded_who_died_is_counted_dead_and_not_wounded(text, killed, wounded):
    assert figures(only(text))[:2] == (killed, wounded)


def test_a_toll_risen_after_a_death_already_counts_it():
    draft = only("ارتفعت حصيلة الهجوم على قرية تابعة لناحية العظيم، يوم السبت، إلى أربعة قتلى وستة جرحى، بعد وفاة "
                 "أحد المصابين متأثراً بجراحه.")
    assert figures(draft)[:2] == (4, 6)


def test_one_of_the_attackers_killed_is_no_wounded_who_died():
    draft = only("أصيب ثلاثة جنود باشتباك مع مسلحين في وادي الشاي فجر اليوم، وقتل أحدهم خلال الاشتباك.")
    assert draft.value("wounded") == 3


def test_a_month_in_two_names_between_the_verb_and_its_count():
    drafts = draft_incidents("اختطف مسلحون سبعة عمال قرب ناحية تازة فجر السبت.\n"
                             "وأشار المرصد إلى أن مسلحين كانوا قد اختطفوا في أوائل آب/أغسطس الماضي راعيين اثنين في "
                             "المنطقة نفسها.", TUESDAY)
    assert [d.value("abducted") for d in drafts] == [7, 2]


# --- the first and the second of a series, numbered items ----------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("أعلنت قيادة العمليات المشتركة تنفيذ ضربتين جويتين يوم أمس.\n"
     "وقال المتحدث إن الضربة الأولى استهدفت كهفاً في منطقة مطيبيجة وأسفرت عن مقتل أربعة إرهابيين، فيما استهدفت "
     "الثانية نفقاً في وادي زغيتون وأسفرت عن مقتل إرهابيين اثنين.", [4, 2]),
    ("انفجرت عبوتان ناسفتان في قضاء طوزخورماتو صباح اليوم، الأولى قرب سوق المدينة وأدت إلى إصابة ثلاثة مدنيين، "
     "بينما انفجرت الثانية على طريق قرية البو صباح دون وقوع إصابات.", [None, 0]),
])
def test_the_second_of_a_series_is_its_own_incident(text, counts):
    drafts = draft_incidents(text, TUESDAY)
    assert [d.value("fatalities") for d in drafts] == counts
    assert drafts[1].value("event_date") == drafts[0].value("event_date")


def test_a_series_told_without_first_and_second_goes_on():
    (draft,) = draft_incidents("استهدفت ضربة جوية كهفاً في منطقة مطيبيجة يوم أمس، فيما أسفرت الضربة عن مقتل أربعة "
                               "إرهابيين.", TUESDAY)
    assert draft.value("fatalities") == 4


def test_numbered_items_with_casualties_are_incidents_of_the_statement_day():
    drafts = draft_incidents(
        "خلية الإعلام الأمني\n"
        "تمكنت قطعاتنا يوم أمس الاثنين من تحقيق ما يأتي:\n"
        "١- نفذت طائرات القوة الجوية ضربة جوية على مضافة في وادي الثرثار، أسفرت عن مقتل ٣ إرهابيين.\n"
        "٢- اشتبكت قوة من الشرطة الاتحادية مع إرهابي في أطراف قضاء الحويجة وتمكنت من قتله.\n"
        "٣- ضبط كدس للعتاد يحتوي على ١٢ قذيفة هاون في منطقة حمرين.", TUESDAY)
    assert [(d.value("event_date"), d.value("fatalities")) for d in drafts] == [("2024-03-11", 3), ("2024-03-11", 1)]


# --- an event not told before beside one told before; a protest and the violence it is about -----------------------

def test_an_earlier_event_told_beside_the_one_told_before_is_its_own_incident():
    drafts = draft_incidents(
        "قصفت طائرة مسيرة تركية، عصر اليوم الثلاثاء، سيارة قرب ناحية باطوفا، ما أسفر عن مقتل شخصين.\n"
        "ويأتي القصف بعد أيام من قصف مدفعي تركي استهدف الأسبوع الماضي أطراف قرى في ناحية كاني ماسي، دون وقوع خسائر "
        "بشرية.", TUESDAY)
    assert [figures(d)[:2] for d in drafts] == [(2, None), (0, 0)]


def test_a_violent_event_on_another_day_in_a_protest_story_is_its_own_incident():
    drafts = draft_incidents(
        "تظاهر العشرات من أهالي ناحية آمرلي، أمس الاثنين، احتجاجاً على انقطاع مياه الشرب.\n"
        "وتزامنت التظاهرة مع سقوط قذيفتي هاون على أطراف الناحية مساء الأحد، من دون وقوع خسائر بشرية.", TUESDAY)
    assert [(d.value("event_date"), figures(d)[:2]) for d in drafts] == [("2024-03-11", (None, None)),
                                                                          ("2024-03-10", (0, 0))]


def test_a_body_found_the_day_after_a_clash_goes_on_with_the_clash():
    (draft,) = draft_incidents(
        "قُتل ثلاثة من عناصر البيشمركة بهجوم لداعش قرب قضاء خانقين، مساء أمس الاثنين.\n"
        "وعُثر على جثة المقاتل الثالث صباح اليوم.", TUESDAY)
    assert draft.value("fatalities") == 3


def test_a_protest_against_an_attack_tells_the_attack_apart():
    drafts = draft_incidents(
        "احتج مئات المسيحيين في بلدة بغديدا، اليوم الثلاثاء، على اعتداء تعرض له شابان عند نقطة تفتيش على مدخل البلدة "
        "مساء الأحد، أسفر عن إصابة أحدهما بجروح.", TUESDAY)
    attack = [d for d in drafts if d.value("wounded") is not None]
    assert [(d.value("event_date"), d.value("wounded")) for d in attack] == [("2024-03-10", 1)]


# --- 'كل من X وY', 'دون أن يسفر عن خسائر' ----------------------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("أصيب بجروح خطيرة كل من المواطن أحمد علي وشقيقه بانفجار عبوة في ناحية العباسي مساء الأحد.", (None, 2, None)),
    ("اختطف مسلحون مجهولون كل من المختار حسين عباس ونجله وابن عمه من قرية في ناحية العباسي مساء الأحد.",
     (None, None, 3)),
    ("قتل كل من الجندي علي حسن والجندي محمد كريم بهجوم لداعش في ناحية العظيم مساء الأحد.", (2, None, None)),
])
def test_each_of_a_list_of_persons_counts(text, counts):
    assert figures(only(text)) == counts


def test_each_of_one_person_is_one():
    assert only("أصيب كل من المواطن أحمد علي بجروح بانفجار عبوة في ناحية العباسي مساء الأحد.").value("wounded") == 1


def test_no_losses_told_bare_is_nobody_hurt_but_material_losses_are_not():
    draft = only("تعرضت دورية للجيش لهجوم بعبوة ناسفة في قضاء الطارمية مساء الأحد، دون أن يسفر ذلك عن خسائر.")
    assert figures(draft)[:2] == (0, 0)
    draft = only("سقطت قذيفة هاون على منزل في ناحية العظيم مساء الأحد، ولم تسفر عن خسائر مادية.")
    assert figures(draft)[:2] == (None, None)


# --- another of a series, a clause at another place, the day told before --------------------------------------------

@pytest.mark.parametrize("text, second", [
    ("قتل مدني بانفجار عبوة في ناحية العباسي مساء الأحد. وبعد ساعات، انفجرت عبوة ثانية في المكان ذاته ما أدى إلى "
     "إصابة ثلاثة من عناصر الشرطة.", ("2024-03-10", None, 3)),
    ("قتل مدني بانفجار عبوة في ناحية العباسي مساء الأحد، وأصيب شرطيان بهجوم مسلح في قضاء الحويجة فجر اليوم.",
     ("2024-03-12", None, 2)),
    ("شهدت محافظة كركوك، أمس، هجومين منفصلين. ففي ناحية الرياض قتل جندي بهجوم لداعش، وفي قضاء الدبس أصيب مدنيان "
     "بانفجار عبوة.", ("2024-03-11", None, 2)),
    ("قتل مدني بانفجار عبوة في ناحية العباسي مساء الأحد.\nوفي حادث آخر، أصيب شرطيان بهجوم مسلح في قضاء الحويجة.",
     ("2024-03-10", None, 2)),
])
def test_the_incident_told_next_in_arabic_with_its_figures_and_the_day_told_before(text, second):
    drafts = draft_incidents(text, TUESDAY)
    assert len(drafts) == 2
    assert (drafts[1].value("event_date"),) + figures(drafts[1])[:2] == second


def test_a_clause_going_on_at_the_same_place_is_no_new_incident():
    (draft,) = draft_incidents("قتل جندي بهجوم لداعش على نقطة في ناحية الرياض مساء الأحد، وأصيب اثنان آخران في "
                               "الهجوم.", TUESDAY)
    assert figures(draft)[:2] == (1, 2)


def test_a_clause_with_casualties_and_no_event_word_before_whereas_is_the_main_incident():
    first, second = draft_incidents(
        "أفاد مصدر أمني في كركوك، يوم الثلاثاء، بوقوع حادثين أمنيين منفصلين في المحافظة.\n"
        "وقال المصدر إن مسلحين مجهولين أطلقوا النار على سائق شاحنة على طريق الرياض مساء الاثنين، ما أدى إلى إصابته "
        "بجروح، فيما انفجرت عبوة ناسفة صباح اليوم على طريق قرب ناحية الرشاد دون أن تسفر عن خسائر.", TUESDAY)
    assert (first.value("event_date"), figures(first)[:2]) == ("2024-03-11", (None, 1))
    assert (second.value("event_date"), figures(second)[:2]) == ("2024-03-12", (0, 0))


def test_a_line_introducing_numbered_items_is_no_incident_of_its_own():
    drafts = draft_incidents(
        "خلية الإعلام الأمني\n"
        "ضمن عمليات ملاحقة بقايا داعش، تمكنت قطعاتنا يوم أمس الاثنين من تحقيق ما يأتي:\n"
        "١- نفذت طائرات القوة الجوية ضربة جوية على مضافة في وادي الثرثار، أسفرت عن مقتل ٣ إرهابيين.\n"
        "٢- اشتبكت قوة من الشرطة الاتحادية مع إرهابي في أطراف قضاء الحويجة وتمكنت من قتله.\n"
        "٣- ضبط كدس للعتاد يحتوي على ١٢ قذيفة هاون في منطقة حمرين.", TUESDAY)
    assert [(d.value("event_date"), d.value("fatalities"), d.value("event_type")) for d in drafts] == [
        ("2024-03-11", 3, "Explosions/Remote violence"), ("2024-03-11", 1, "Battles")]


# --- more persons and verbs; background of years ago; the arrest of the suspects -----------------------------------

@pytest.mark.parametrize("text, counts", [
    ("أطلق مسلحون النار على سيارة مدنية في ناحية العباسي مساء الأحد، ما أدى إلى إصابة سائقها وراكب كان معه.",
     (None, 2)),
    ("قتل مسلحون مجهولون شقيقين من المكون الكاكائي في قرية تابعة لقضاء داقوق مساء الأحد، وأصابوا ثالثاً بجروح.",
     (2, 1)),
])
def test_a_passenger_and_the_gunmen_who_wounded(text, counts):
    assert figures(only(text))[:2] == counts


def test_a_shell_that_hit_a_house_wounds_no_one_counted():
    draft = only("سقطت قذيفة هاون في ناحية العظيم مساء الأحد وأصابت منزل المواطن دون وقوع إصابات.")
    assert figures(draft)[:2] == (0, 0)


@pytest.mark.parametrize("background", [
    "وتنتشر في المنطقة مخلفات الحرب منذ عام 2014، وقتل بسببها عشرات المدنيين.",
    "وكان التنظيم قد قتل في عام 2017 خمسين مدنياً في القرية ذاتها.",
    "وقتل العام الماضي سبعة رعاة بانفجار ألغام في المنطقة.",
])
def test_years_ago_is_background_and_no_incident(background):
    (draft,) = draft_incidents("قتل راع بانفجار لغم في ناحية العباسي مساء الأحد.\n" + background, TUESDAY)
    assert draft.value("fatalities") == 1


@pytest.mark.parametrize("arrest", [
    "وأعلنت الشرطة اليوم الثلاثاء اعتقال خمسة متهمين بالنزاع.",
    "واعتقلت القوات الأمنية صباح اليوم الثلاثاء اثنين من المتورطين.",
])
def test_the_arrest_of_the_suspects_on_a_later_day_is_no_incident_of_its_own(arrest):
    (draft,) = draft_incidents("قتل شخص وأصيب ثلاثة آخرون بنزاع عشائري في قضاء الحويجة مساء الأحد.\n" + arrest, TUESDAY)
    assert figures(draft)[:2] == (1, 3)


def test_an_arrest_of_others_on_a_later_day_is_still_told_apart():
    drafts = draft_incidents("قتل شخص وأصيب ثلاثة آخرون بنزاع عشائري في قضاء الحويجة مساء الأحد.\n"
                             "وفي حادث منفصل، اعتقلت القوات الأمنية اليوم الثلاثاء ثلاثة مطلوبين في ناحية الرياض.",
                             TUESDAY)
    assert len(drafts) == 2


@pytest.mark.parametrize("text", [
    "سقط صاروخان على قاعدة عين الأسد الجوية فجر اليوم، دون أن يسفرا عن أضرار بشرية.",
    "سقط صاروخان على قاعدة عين الأسد الجوية فجر اليوم، دون وقوع أضرار بشرية.",
    "سقط صاروخان على قاعدة عين الأسد الجوية فجر اليوم بلا أضرار بشرية.",
])
def test_no_human_damage_is_nobody_hurt(text):
    assert figures(only(text))[:2] == (0, 0)


@pytest.mark.parametrize("text, counts", [
    ("مقتل جنديين بهجوم في كركوك\nقتل جنديان وأصيب ثالث بهجوم لداعش على نقطة في ناحية الرياض جنوب غرب كركوك مساء "
     "الأحد.", (2, 1)),
    ("قتل جندي بهجوم لداعش في ناحية الرياض مساء الأحد، وأصيب اثنان آخران نقلا إلى مستشفى الحويجة.", (1, 2)),
    ("قتل مدني بانفجار عبوة في قرية البو صباح بناحية العباسي مساء الأحد، وأصيب شقيقه في القرية نفسها.", (1, 1)),
    ("قتل جندي وأصيب اثنان بهجوم لداعش على قرية الصفرة التابعة لناحية الرياض مساء الأحد، ونقل الجرحى إلى مستشفى "
     "كركوك العام.", (1, 2)),
])
def test_one_incident_told_with_a_headline_a_hospital_or_more_of_its_people(text, counts):
    (draft,) = draft_incidents(text, TUESDAY)
    assert figures(draft)[:2] == counts


# --- more of the same people, or the same event, on a later day: the same incident ---------------------------------

@pytest.mark.parametrize("text, counts", [
    ("قتل جندي بهجوم لداعش على نقطة في ناحية الرياض مساء الأحد.\nكما أصيب ثلاثة آخرون في الهجوم ذاته فجر اليوم.",
     (1, 3)),
    ("قتل جندي بهجوم لداعش على نقطة في ناحية الرياض مساء الأحد.\nفيما توفي جندي آخر متأثراً بجراحه صباح اليوم "
     "الثلاثاء.", (2, None)),
    ("قتل جندي بهجوم لداعش على نقطة في ناحية الرياض مساء الأحد، وتوفي جندي ثان متأثراً بجراحه صباح اليوم.",
     (2, None)),
])
def test_others_and_the_same_event_on_a_later_day_go_on_with_the_incident(text, counts):
    (draft,) = draft_incidents(text, TUESDAY)
    assert (draft.value("event_date"),) + figures(draft)[:2] == ("2024-03-10",) + counts


def test_another_told_in_the_pluperfect_on_an_earlier_month_is_an_earlier_incident():
    drafts = draft_incidents("اغتال مسلحون مجهولون، مساء الأحد، مختار أحد أحياء ناحية تازة خورماتو.\n"
                             "وكان مختار آخر قد اغتيل في الناحية أوائل كانون الثاني/يناير الماضي.", TUESDAY)
    assert [d.value("fatalities") for d in drafts] == [1, 1]
    assert drafts[1].value("event_date").startswith("2024-01")


@pytest.mark.parametrize("text, counts", [
    ("أصيب شرطي بجروح بليغة وآخر بجروح طفيفة بهجوم في ناحية العباسي مساء الأحد.", (None, 2)),
    ("أصيب ٣ منتسبين ومدني بانفجار في ناحية العباسي مساء الأحد.", (None, 4)),
    ("قتل ثلاثة جنود وضابط بهجوم لداعش في ناحية العظيم مساء الأحد.", (4, None)),
    ("قتل ثلاثة جنود وأصيب مدني بهجوم لداعش في ناحية العظيم مساء الأحد.", (3, 1)),
    ("أصيب سبعة أشخاص بينهم ثلاثة أطفال بانفجار عبوة في ناحية العباسي مساء الأحد.", (None, 7)),
])
def test_one_more_person_after_a_counted_noun_or_how_they_were_hurt(text, counts):
    assert figures(only(text))[:2] == counts


@pytest.mark.parametrize("background", [
    "ومنذ مطلع العام الحالي، قتل 15 مدنياً بهجمات مماثلة في المحافظة.",
    "وخلال الشهر الماضي، قتل سبعة رعاة بانفجار ألغام في المنطقة.",
    "وكان الراعي قد أصيب قبل عامين بانفجار مماثل.",
    "وقتل قبل ثلاثة أعوام خمسة مزارعين بهجوم على القرية ذاتها.",
])
def test_a_count_over_a_period_or_years_ago_is_no_figure_of_the_incident(background):
    (draft,) = draft_incidents("قتل راع بانفجار لغم في ناحية العباسي مساء الأحد.\n" + background, TUESDAY)
    assert figures(draft)[:2] == (1, None)


def test_last_week_is_still_an_incident_of_its_own():
    drafts = draft_incidents("قتل راع بانفجار لغم في ناحية العباسي مساء الأحد.\n"
                             "وقتل الأسبوع الماضي راعيان في الناحية نفسها بانفجار مماثل.", TUESDAY)
    assert [d.value("fatalities") for d in drafts] == [1, 2]


@pytest.mark.parametrize("text, killed", [
    ("قُتل ضابط في الجيش العراقي وجندي، وأصيب ثلاثة جنود آخرين، إثر انفجار عبوة في ناحية العظيم مساء الأحد.", 2),
    ("أعلنت وزارة الدفاع مقتل «والي كركوك» في تنظيم داعش وثلاثة من مرافقيه في عملية إنزال جوي في جبال حمرين فجر "
     "الأحد.", 4),
    ("قتل مدني بانفجار عبوة في سوق ناحية العباسي مساء الأحد وثلاثة منازل تضررت.", 1),
])
def test_one_more_past_what_a_person_is_of_or_a_title_in_quotes(text, killed):
    assert only(text).value("fatalities") == killed


def test_no_losses_recorded_told_with_a_subjunctive_verb():
    draft = only("شن الطيران التركي أمس الاثنين غارات على قرى في ناحية شيلادزي، دون أن تُسجل خسائر بشرية.")
    assert figures(draft)[:2] == (0, 0)


def test_another_told_in_a_long_pluperfect_clause_is_an_earlier_incident():
    drafts = draft_incidents(
        "استهدفت طائرات مسيرة مجهولة فجر الأحد مقراً للحشد الشعبي في ناحية سليمان بيك، مما أدى إلى إصابة أربعة من "
        "عناصره بجروح.\n"
        "وكان مقر آخر للحشد في قضاء آمرلي قد تعرض أوائل كانون الثاني/يناير الماضي لهجوم بطائرة مسيرة من دون وقوع "
        "إصابات.", TUESDAY)
    assert [figures(d)[:2] for d in drafts] == [(None, 4), (0, 0)]


@pytest.mark.parametrize("story", [
    "ارتفعت حصيلة ضحايا الهجوم على حفل زفاف في قرية البو حردان بقضاء خانقين إلى سبعة قتلى، بعد وفاة اثنين من "
    "الجرحى.\nوكان مسلحون مجهولون قد أطلقوا النار على المدعوين مساء الجمعة، ما أسفر عن مقتل خمسة وإصابة تسعة آخرين، "
    "فيما لا يزال سبعة جرحى يتلقون العلاج.",
    "ارتفعت حصيلة ضحايا الهجوم على حفل زفاف في قرية البو حردان بقضاء خانقين إلى سبعة قتلى.\n"
    "وكانت حصيلة أولية أشارت إلى مقتل خمسة أشخاص بعد أن أطلق مسلحون النار على المدعوين مساء الجمعة، وما زال سبعة "
    "من المصابين يرقدون في المستشفى.",
])
def test_the_pluperfect_after_a_risen_toll_tells_the_same_event_and_the_wounded_still_treated_are_their_total(story):
    (draft,) = draft_incidents(story, TUESDAY)
    assert figures(draft)[:2] == (7, 7)


def test_a_similar_attack_in_the_pluperfect_after_a_risen_toll_is_another_incident():
    drafts = draft_incidents("ارتفعت حصيلة ضحايا الهجوم على قرية البو حردان بقضاء خانقين، مساء الجمعة، إلى سبعة "
                             "قتلى.\n"
                             "وكان مسلحون قد قتلوا ثلاثة مزارعين بهجوم مماثل في القرية ذاتها الشهر الماضي.", TUESDAY)
    assert [d.value("fatalities") for d in drafts] == [7, 3]


# --- a count told as not so; headlines in the present tense ---------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("انفجرت عبوة بعجلة للبيشمركة في كوير مساء السبت، وأعلنت الوزارة إصابة أربعة دون قتلى.", (0, 4)),
    ("الشرطة: لا صحة للأنباء عن مقتل عنصرين قرب قرة تبة، والاشتباك مع المسلحين فجر أمس اقتصر على إصابة عنصر "
     "واحد بجروح.", (None, 1)),
    ("نفت قيادة الشرطة مقتل ثلاثة من منتسبيها بهجوم في ناحية الرياض مساء الأحد، مؤكدة إصابة اثنين فقط.", (None, 2)),
])
def test_a_count_told_as_not_so_is_no_figure(text, counts):
    assert figures(only(text))[:2] == counts


@pytest.mark.parametrize("text, abducted", [
    ("عاجل | مصدر أمني: مسلحون مجهولون يختطفون ثلاثة من جامعي الكمأ في صحراء الحضر جنوب الموصل", 3),
    ("عاجل | مسلحون يخطفون مزارعاً قرب ناحية العباسي", 1),
])
def test_a_breaking_headline_in_the_present_tense_counts(text, abducted):
    assert only(text).value("abducted") == abducted


def test_a_force_that_kills_told_in_the_present_tense():
    assert only("إعلام الحشد: قوة من اللواء ٢١ تقتل ٣ إرهابيين في عملية بحوض حمرين يوم الأحد.").value("fatalities") == 3


def test_a_clause_of_a_daily_list_has_the_day_told_before():
    drafts = draft_incidents("حصيلة أمنية لمحافظة كركوك يوم أمس: مقتل راعٍ بانفجار عبوة في قرية تابعة لناحية الرشاد، "
                             "واختطاف سائق شاحنة على طريق الحويجة على يد مسلحين مجهولين.", TUESDAY)
    assert [(d.value("event_date"), d.value("fatalities"), d.value("abducted")) for d in drafts] == [
        ("2024-03-11", 1, None), ("2024-03-11", None, 1)]


def test_no_losses_among_the_forces_with_the_attackers_dead():
    draft = only("صدت قوات البيشمركة هجوماً لمسلحي داعش على قرية كولجو التابعة لقضاء كفري فجر الأحد، ما أدى إلى مقتل "
                 "مسلحَين اثنين دون وقوع خسائر في صفوف البيشمركة.")
    assert figures(draft)[:2] == (2, 0)
