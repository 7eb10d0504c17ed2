"""Arabic drafting rules of round 7 (issue 15): classes of construction, each with paraphrases the way different
outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import TUESDAY, figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents

# --- a toll risen to, told before the initial toll it replaced: the risen toll is the incident's ---------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("أكد مصدر أمني، أمس الأحد، ارتفاع حصيلة تفجير العبوة الناسفة التي استهدفت حافلة لنقل العمال في قضاء الطوز، "
     "يوم الخميس الماضي، إلى أربعة قتلى وسبعة جرحى، بعد أن كانت الحصيلة الأولية قتيلين.", 4, 7),
    ("ارتفعت حصيلة انفجار العبوة الناسفة في قضاء الدبس إلى ثلاثة قتلى وخمسة جرحى، بعدما كانت الحصيلة الأولية قتيلاً "
     "واحداً.", 3, 5),
    ("ارتفع عدد ضحايا الهجوم على نقطة الجيش في وادي الشاي إلى خمسة قتلى، وكانت حصيلة أولية قد تحدثت عن مقتل "
     "ثلاثة.", 5, None),
    ("وصلت حصيلة الهجوم المسلح على قرية الزركة إلى ستة قتلى وأربعة جرحى، وكانت الحصيلة الأولية قتيلين وجريحاً.",
     6, 4),
    ("أفاد مصدر في شرطة كركوك بارتفاع حصيلة انفجار العبوة الناسفة قرب ناحية الرشاد، مساء السبت، إلى ثلاثة قتلى "
     "وأربعة جرحى، بعد أن كانت الحصيلة الأولية قتيلاً واحداً.", 3, 4),
    ("لترتفع حصيلة القصف على أطراف ناحية العظيم إلى قتيلين وثلاثة جرحى، بعد أن كانت الحصيلة الأولية جريحين.",
     2, 3),
])
def test_a_toll_risen_to_before_the_initial_toll_is_kept(text, killed, wounded):
    draft = only(text)
    assert (draft.value("fatalities"), draft.value("wounded")) == (killed, wounded)


def test_an_initial_toll_alone_gives_no_figures():
    # near-miss: the initial toll named, and no toll risen to in the sentence
    draft = only("وكانت الحصيلة الأولية لانفجار العبوة الناسفة في قضاء الدبس قتيلين وثلاثة جرحى.")
    assert (draft.value("fatalities"), draft.value("wounded")) == (None, None)


def test_an_initial_toll_risen_from_later_is_no_total():
    # near-miss: the initial toll told first ('كانت الحصيلة الأولية ... قد ارتفعت'), its counts are not kept
    draft = only("وكانت الحصيلة الأولية قد بلغت قتيلين في انفجار العبوة الناسفة في قضاء الدبس.")
    assert draft.value("fatalities") is None


# --- 'قضى أحد الجريحين متأثراً بجراحه': one of the wounded counted before died -------------------------------------

@pytest.mark.parametrize("text", [
    "استشهد منتسب في الحشد الشعبي وأصيب اثنان آخران بانفجار عبوة ناسفة قرب ناحية العظيم، فجر السبت. وفي وقت لاحق "
    "من اليوم نفسه، قضى أحد الجريحين متأثراً بجراحه في مستشفى بعقوبة.",
    "قتل جندي وأصيب اثنان آخران بهجوم لداعش على نقطة في وادي الشاي، مساء أمس، ثم قضى أحدهما متأثراً بجراحه.",
    "قتل مدني وأصيب اثنان بانفجار عبوة ناسفة في قضاء الدبس، مساء أمس، وقضى أحد المصابين لاحقاً متأثراً بجراحه.",
    "قتل شرطي وأصيب اثنان آخران بهجوم مسلح في ناحية العظيم، مساء أمس، ويقضي أحد الجرحى متأثراً بجراحه.",
])
def test_one_of_the_wounded_who_passed_away_is_no_longer_wounded(text):
    assert only(text).value("wounded") == 1


def test_a_person_who_spent_a_night_is_no_death():
    # near-miss: 'قضى' of a stay, nobody of the wounded died
    draft = only("قتل جندي وأصيب اثنان آخران بهجوم لداعش على نقطة في وادي الشاي، مساء أمس، وقضى الجنود ليلتهم في "
                 "النقطة.")
    assert draft.value("wounded") == 2


# --- the dual before its noun, its 'ن' dropped: 'راعيي أغنام' ---------------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("قال مصدر أمني إن مسلحين مجهولين اختطفوا راعيَي أغنام في قرية المطارة التابعة لناحية السعدية، مساء الخميس.",
     (None, None, 2)),
    ("اختطف مسلحون مجهولون راعيي ماشية قرب قرية الزركة في قضاء الدبس، مساء أمس.", (None, None, 2)),
    ("أصيب شرطيي المرور بجروح بانفجار عبوة ناسفة وسط قضاء طوزخورماتو، مساء أمس.", (None, 2, None)),
    ("قتل جنديي الحراسة بهجوم لداعش على نقطة في وادي الشاي، مساء أمس.", (2, None, None)),
])
def test_a_dual_before_its_noun_counts_two(text, counts):
    assert figures(only(text)) == counts


def test_one_shepherd_before_his_flock_counts_one():
    # near-miss: the singular before its noun ('راعي أغنام') is one person
    assert figures(only("اختطف مسلحون مجهولون راعي أغنام قرب قرية الزركة في قضاء الدبس، مساء أمس.")) == (None, None, 1)


# --- heads of livestock are no persons: 'نحو ٢٠٠ رأس من الأغنام' ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "اختطف مسلحون يعتقد أنهم من داعش أربعة رعاة أغنام قرب قرية الزركة، مساء الأحد. وقال المصدر إن الخاطفين اقتادوا "
    "الرعاة إلى جهة مجهولة مع نحو ٢٠٠ رأس من الأغنام.",
    "اختطف مسلحون مجهولون أربعة رعاة قرب قرية الزركة، مساء الأحد، واقتادوهم مع ٣٠٠ رأس من الماشية.",
    "اختطف مسلحون أربعة رعاة في صحراء الحضر، مساء أمس، واستولوا على خمسين رأساً من الأغنام.",
    "اختطف مسلحون مجهولون أربعة رعاة قرب قرية الزركة وسرقوا مئة رأس غنم، مساء الأحد.",
    "اختطف مسلحون مجهولون أربعة رعاة قرب قرية المطارة، فجر الاثنين، واقتادوهم مع نحو ١٥٠ رأساً من الأغنام.",
])
def test_heads_of_livestock_are_no_count_of_persons(text):
    assert only(text).value("abducted") == 4


def test_a_count_of_persons_beside_livestock_is_kept():
    # near-miss: the shepherds counted, no head of livestock after the count
    assert only("اختطف مسلحون مجهولون ٣ رعاة مع أغنامهم قرب قرية الزركة، مساء الأحد.").value("abducted") == 3


# --- 'ومن جانب آخر', 'وعلى صعيد آخر': the news turns to another incident ------------------------------------------

@pytest.mark.parametrize("text", [
    "قصفت طائرات حربية تركية، مساء الجمعة، مناطق جبلية قرب قرية كاني ماسي في قضاء العمادية، ولم يسفر القصف عن "
    "إصابات بشرية. ومن جانب آخر، أُصيب مدنيان بقصف مدفعي تركي طال أطراف ناحية باتيفا أمس الأحد.",
    "قصفت طائرات حربية تركية، مساء الجمعة، مناطق جبلية قرب قرية كاني ماسي في قضاء العمادية، ولم يسفر القصف عن "
    "إصابات بشرية. وعلى صعيد آخر، أُصيب مدنيان بقصف مدفعي تركي طال أطراف ناحية باتيفا أمس الأحد.",
    "انفجرت عبوة ناسفة على طريق ترابي قرب ناحية العظيم، مساء الجمعة، دون وقوع إصابات. من جانب آخر، أصيب مدنيان "
    "بانفجار عبوة ثانية في قضاء الطارمية أمس الأحد.",
    "انفجرت عبوة ناسفة على طريق ترابي قرب ناحية العظيم، مساء الجمعة، دون وقوع إصابات. على صعيد آخر، أصيب مدنيان "
    "بانفجار عبوة ثانية في قضاء الطارمية أمس الأحد.",
])
def test_another_side_of_the_news_is_another_incident(text):
    drafts = draft_incidents(text, TUESDAY)
    assert [d.value("wounded") for d in drafts] == [0, 2]


def test_a_speaker_on_his_side_is_no_other_incident():
    # near-miss: 'من جانبه' (on his side) brings a speaker on the same incident, no other one
    drafts = draft_incidents("أصيب مدنيان بقصف مدفعي تركي طال أطراف ناحية باتيفا، مساء الأحد. ومن جانبه، قال "
                             "مدير الناحية إن القصف ألحق أضراراً بالبساتين.", TUESDAY)
    assert [d.value("wounded") for d in drafts] == [2]
