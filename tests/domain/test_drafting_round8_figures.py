"""Figures rules of round 8 (issue 15): classes of construction, each with paraphrases the way different outlets
word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

# --- a dual of a companion or kin noun with a pronoun ('وإصابة صديقيه', 'ورفيقاه'): two people ---------------------


@pytest.mark.parametrize("text, expected", [
    ("شهد قضاء داقوق، يوم الاثنين، مقتل شاب وإصابة صديقيه بجروح إثر إطلاق نار من قبل جهة مجهولة.", (1, 2, None)),
    ("أصيب رجل ورفيقاه بجروح في انفجار عبوة ناسفة في قضاء الحويجة.", (None, 3, None)),
    ("قتل موظف وزميلاه في هجوم مسلح في طوزخورماتو.", (3, None, None)),
    ("اختطف مسلحون مجهولون رجلاً وحفيديه في قرية قرب الحويجة.", (None, None, 3)),
    ("أصيب صديقان بجروح في انفجار عبوة ناسفة في قضاء داقوق.", (None, 2, None)),
])
def test_a_dual_of_a_companion_or_kin_noun_counts_two(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: one companion, or a broken plural, counts no two
    ("قتل شاب بحضور أصدقائه وزملائه في قضاء داقوق.", (1, None, None)),
    ("قتل رجل في هجوم مسلح في داقوق، وتمكن رفاقه من الفرار.", (1, None, None)),
])
def test_one_companion_or_a_plural_is_no_dual(text, expected):
    assert figures(only(text)) == expected


# --- 'without' with the happening between ('دون وقوع قتلى', 'دون سقوط قتلى'): no count of that kind ----------------


@pytest.mark.parametrize("text, expected", [
    ("وأكدت قيادة البيشمركة أن الهجوم على نقطتها في قره جوخ أسفر عن إصابة أربعة من عناصرها دون وقوع قتلى.",
     (0, 4, None)),
    ("انفجرت عبوة ناسفة في قضاء داقوق مما أدى إلى إصابة جنديين دون سقوط قتلى.", (0, 2, None)),
    ("أسفر القصف عن مقتل ثلاثة مسلحين دون تسجيل إصابات في صفوف القوات في الحويجة.", (3, 0, None)),
])
def test_without_the_happening_of_deaths_is_no_count(text, expected):
    assert figures(only(text)) == expected


def test_deaths_that_happened_are_counted():
    # near-miss: 'ووقوع قتيلين' with no 'دون' before it is a count
    assert figures(only("أسفر الهجوم في داقوق عن إصابة جنديين ووقوع قتيلين.")) == (2, 2, None)
