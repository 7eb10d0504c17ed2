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
