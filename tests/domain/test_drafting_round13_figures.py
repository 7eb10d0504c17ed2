"""Figures rules of round 13 (issue 15): Arabic abductions told by a clause with an object pronoun after the count
('ستة ... كان إرهابيو داعش قد اختطفوهم'), and an abducted person told again by a definite noun ('المواطن اختُطف'),
each class with paraphrases the way different outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

# --- 'كان مسلحون قد اختطفوهم': the people a relative clause with an object pronoun tells of, counted before it ---


@pytest.mark.parametrize("text, expected", [
    ("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، تحرير أربعة من رعاة الأغنام كان إرهابيو داعش قد اختطفوهم يوم "
     "الجمعة في صحراء الحضر.", (None, None, 4)),
    ("تمكنت قوة من الشرطة، اليوم الأحد، من تحرير ثلاثة مواطنين كان مسلحون مجهولون قد خطفوهم قرب داقوق.",
     (None, None, 3)),
    ("أعلنت الشرطة، مساء الخميس، تحرير مزارعين اثنين كان مسلحون قد اختطفوهما الأسبوع الماضي في قضاء الحويجة.",
     (None, None, 2)),
    ("حررت القوات الأمنية، اليوم الاثنين، خمسة عمال اختطفهم مسلحون مجهولون قرب ناحية الرياض.", (None, None, 5)),
    ("أعلنت شرطة كركوك تحرير سبعة من جامعي الكمأ خطفهم مسلحون في صحراء الحضر مساء السبت.", (None, None, 7)),
])
def test_those_a_clause_with_an_object_pronoun_tells_of(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the count is a unit of time, or no one is counted before the clause
    ("أعلنت الشرطة، اليوم الأحد، أن مسلحين كانوا قد اختطفوهم قبل ثلاثة أيام قرب داقوق.", None),
    ("قالت الشرطة إن ثلاثة أيام مضت على الحادث، وإن المسلحين كانوا قد اختطفوهم من أمام منازلهم قرب الحويجة.", None),
])
def test_no_count_before_the_clause_no_figure(text, expected):
    assert figures(only(text))[2] == expected


# --- 'مبينة أن المواطن اختُطف': the person counted before, told again by a definite noun -----------------------------


@pytest.mark.parametrize("text, expected", [
    ("أعلنت قيادة شرطة نينوى، اليوم الخميس، تحرير مواطن مختطف وإلقاء القبض على ثلاثة متهمين بخطفه في قضاء "
     "الحمدانية، مبينة أن المواطن اختُطف مساء الثلاثاء من أمام محل عمله.", (None, None, 1)),
    ("أعلنت شرطة كركوك، اليوم الأحد، القبض على متهمَين باختطافه، مؤكدة أن الطفل اختُطف مساء الجمعة قرب مدرسته في "
     "حي الواسطي.", (None, None, 1)),
    ("حررت الشرطة، اليوم، شاباً والقت القبض على خاطفيه بعد ساعات من اختطافه، وأوضحت أن الشاب اختطف من أمام منزله "
     "في داقوق.", (None, None, 1)),
])
def test_the_person_told_again_is_not_one_more(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: the wounded brother who then died is one more dead (counted before as wounded, not as dead)
    ("اغتال مسلحون مجهولون، عصر السبت، شاباً أمام محله في سوق طوزخورماتو، وأصيب شقيقه وأحد المارة بجروح، قبل أن يفارق "
     "الشقيق الحياة متأثراً بجراحه صباح الأحد.", (2, 1, None)),
    # near-miss: a person of another kind, no article, is one more
    ("اختطف مسلحون، مساء الثلاثاء، مواطناً قرب داقوق، واختطفوا راعياً في القرية ذاتها.", (None, None, 2)),
])
def test_one_more_when_not_the_person_told(text, expected):
    assert figures(only(text)) == expected
