"""Drafting rules of round 7 (issue 15, one draft per incident): an incident told after 'on another side' ('ومن جانب
آخر') at another place; casualties told before an 'also' sentence at another place ('تمكنت قطعاتنا من قتل ...' then
'كما نفذت طائرات القوة الجوية ضربة ... في حمرين'), though their sentence has no event word; another day's casualties
told by a sentence opening with that day. Paraphrases the way different outlets word them, and near-misses where no
other incident must be read."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 6, 17)


def drafted(text):
    return [d.values() for d in draft_incidents(text, PUBLISHED)]


# --- 'ومن جانب آخر' at another place ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, wounded", [
    ("قصفت طائرات حربية تركية، مساء الجمعة، مناطق جبلية قرب قرية كاني ماسي في قضاء العمادية. وقال المسؤول إن القصف "
     "لم يسفر عن إصابات.\nومن جانب آخر، أصيب مدنيان بقصف مدفعي تركي طال أطراف ناحية باتيفا في قضاء زاخو أمس الأحد.", 2),
    ("انفجرت عبوة ناسفة صباح اليوم على طريق في قضاء الدبس. من جانب آخر، أصيب ثلاثة مزارعين بهجوم مسلح في قرية قرب "
     "داقوق.", 3),
    ("قتل شرطي بهجوم مسلح في ناحية الرشاد جنوب كركوك. ومن جانب آخر، أصيب أربعة مدنيين بانفجار عبوة ناسفة في قضاء "
     "الحويجة.", 4),
    ("اغتال مسلحون مختار قرية في ناحية العباسي. ومن جهة أخرى، أصيب راعيان بانفجار لغم في قضاء الدبس.", 2),
    ("قصفت مدفعية تركية قرى في ناحية سيدكان دون إصابات. ومن جانبٍ آخر، أُصيب مدنيان بقصف تركي على ناحية باتيفا.", 2),
])
def test_an_incident_told_on_another_side_at_another_place_is_drafted_apart(text, wounded):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1].get("wounded") == wounded


@pytest.mark.parametrize("text", [
    "قتل جنديان بانفجار عبوة في قضاء الطوز. ومن جانب آخر، دانت قيادة الشرطة الهجوم وتوعدت بملاحقة المنفذين.",
    "قتل جنديان بانفجار عبوة في قضاء الطوز. من جانب آخر، قال مسؤول محلي إن الانفجار أدى إلى مقتل جنديين.",
    "أصيب مدنيان بقصف تركي على ناحية باتيفا. ومن جانب آخر، أكد مسؤول في ناحية باتيفا أن القصف طال بساتين.",
])
def test_on_another_side_at_no_new_place_goes_on_with_the_incident(text):
    assert len(drafted(text)) == 1


# --- casualties before an 'also' sentence at another place -----------------------------------------------------------

@pytest.mark.parametrize("text, killed", [
    ("خلية الإعلام الأمني: تمكن أبطال قيادة العمليات المشتركة من قتل ثلاثة إرهابيين في وادي الشاي جنوب غربي كركوك، "
     "فجر اليوم.\nكما نفذت طائرات القوة الجوية ضربة جوية على وكر للإرهابيين في سلسلة جبال حمرين.", 3),
    ("تمكنت قطعات الفرقة الخامسة من قتل إرهابيين اثنين في قضاء الطوز صباح اليوم. كما نفذت طائرات الجيش ضربة جوية على "
     "وكر في ناحية العظيم.", 2),
    ("تمكنت قوة من الشرطة الاتحادية من قتل أربعة إرهابيين في قضاء الحويجة. كما استهدفت طائرات القوة الجوية مضافة "
     "في قضاء الطوز.", 4),
    ("تمكنت قواتنا من قتل خمسة إرهابيين في ناحية الرشاد. وكذلك نفذت طائرات إف 16 ضربة جوية في قضاء مخمور.", 5),
])
def test_casualties_before_an_also_sentence_at_another_place_are_their_own_incident(text, killed):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0].get("fatalities") == killed


@pytest.mark.parametrize("text", [
    "تمكنت قطعاتنا من قتل ثلاثة إرهابيين في قضاء الطوز. كما نفذت طائرات القوة الجوية ضربة جوية في قضاء الطوز.",
    "قتل ثلاثة إرهابيين بضربة في قضاء الطوز. كما دمرت الضربة وكراً لهم.",
])
def test_also_at_the_same_place_is_the_same_incident(text):
    assert len(drafted(text)) == 1


# --- another day's casualties, told by a sentence opening with that day ---------------------------------------------

MAY_7 = date(2024, 5, 7)


@pytest.mark.parametrize("text, killed", [
    ("نفذت طائراتنا ضربتين جويتين على أوكار لداعش في منطقة مطيبيجة يوم الأحد ٥ أيار ٢٠٢٤ وأسفرت عن مقتل سبعة إرهابيين."
     "\nوفي يوم السادس من الشهر نفسه، قتل إرهابيان اثنان في منطقة حوض الوقف بديالى.", 2),
    ("قصفت طائرات الجيش وكراً لداعش في قضاء الطوز يوم الأحد ٥ أيار ٢٠٢٤ ما أسفر عن مقتل أربعة إرهابيين. وفي يوم "
     "السادس من الشهر نفسه، قتل ثلاثة إرهابيين في ناحية العظيم.", 3),
    ("شنت طائرات القوة الجوية ضربة على مضافة في وادي الشاي يوم الأحد ٥ أيار ٢٠٢٤ أسفرت عن مقتل ستة إرهابيين. وفي "
     "السادس من أيار، قتل إرهابيان اثنان في قضاء الحويجة.", 2),
])
def test_casualties_of_a_day_a_sentence_opens_with_are_another_incident(text, killed):
    drafts = [d.values() for d in draft_incidents(text, MAY_7)]
    assert len(drafts) == 2
    assert drafts[1].get("fatalities") == killed


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded two soldiers near Tuz Khurmatu on Sunday, 5 May. On 6 May, one of the soldiers died of "
    "his wounds.",
    "انفجرت عبوة ناسفة في قضاء الطوز يوم الأحد ٥ أيار ٢٠٢٤ ما أسفر عن إصابة جنديين. وفي يوم السادس من الشهر نفسه، "
    "توفي أحد الجنديين متأثراً بجراحه.",
    "انفجرت عبوة ناسفة في قضاء الطوز يوم الأحد ٥ أيار ٢٠٢٤ ما أسفر عن إصابة جنديين.\nوتوفي أحد المصابين اليوم، لترتفع "
    "حصيلة الانفجار إلى قتيل وجريح.",
])
def test_a_death_of_the_wounded_on_a_later_day_is_no_other_incident(text):
    assert len(draft_incidents(text, MAY_7)) == 1
