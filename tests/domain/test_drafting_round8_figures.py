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
