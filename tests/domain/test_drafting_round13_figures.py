"""Figures rules of round 13 (issue 15): Arabic abductions told by a clause with an object pronoun after the count
('ستة ... كان إرهابيو داعش قد اختطفوهم'), and an abducted person told again by a definite noun ('المواطن اختُطف'),
each class with paraphrases the way different outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents

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


# --- English: a person noun of the reports of Iraqi statements ('One citizen was martyred') ------------------------


@pytest.mark.parametrize("text, expected", [
    ("Security Media Cell: at 2100 hours yesterday, unidentified gunmen opened fire on a farm in the village of Albu "
     "Dor, Diyala. One citizen was martyred and another was wounded.", (1, 1, None)),
    ("Gunmen opened fire on a car near Khanaqin on Monday, police said. One citizen was killed.", (1, None, None)),
    ("Gunmen killed a truffle hunter in the desert south of Hadr on Tuesday, police said.", (1, None, None)),
    ("A roadside bomb went off near Tuz Khurmatu on Monday, police said. A baby was wounded by shrapnel.",
     (None, 1, None)),
])
def test_a_person_noun_counts_one(text, expected):
    assert figures(only(text)) == expected


# --- English: a toll an earlier statement gave is replaced ----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Nine Iraqi soldiers were killed in an ambush by Islamic State militants in Kirkuk province on Tuesday, "
     "officials said. An earlier statement had put the toll at six.", (9, None, None)),
    ("Seven soldiers were killed in an ambush near Dibis on Tuesday, officials said. The army had earlier put the "
     "death toll at four.", (7, None, None)),
    ("Five soldiers were killed in an ambush near Dibis on Tuesday. The army's initial tally was three dead.",
     (5, None, None)),
])
def test_an_earlier_toll_gives_way(text, expected):
    assert figures(only(text)) == expected


# --- English: the abducted found dead, told by a participle clause ('A shop owner abducted ... was found dead') ------


@pytest.mark.parametrize("text, expected", [
    ("A shop owner abducted by gunmen in Tal Afar on Saturday was found dead on the outskirts of the city on Monday.",
     (1, None, 1)),
    ("Two shepherds kidnapped near Hawija last week were found dead on Tuesday, police said.", (2, None, 2)),
    ("A teacher kidnapped by gunmen in Kirkuk on Friday was found shot dead on Sunday, police said.", (1, None, 1)),
])
def test_the_abducted_found_dead(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: the abducted freed, not found dead
    ("A trader kidnapped in Kirkuk on Monday was released on Tuesday, police said.", (None, None, 1)),
])
def test_the_abducted_freed_not_dead(text, expected):
    assert figures(only(text)) == expected


# --- English: a person whose relative clause between commas is the cue ('His cousin, who was wounded ..., is') -----


@pytest.mark.parametrize("text, expected", [
    ("Gunmen shot dead a farmer near Khanaqin on Tuesday. His cousin, who was wounded in the same attack, is "
     "recovering in hospital.", (1, 1, None)),
    ("Gunmen opened fire on a farm near Khanaqin on Tuesday. A shepherd, who was injured in the leg, was taken to "
     "hospital.", (None, 1, None)),
    ("A roadside bomb struck a minibus near Tuz Khurmatu on Monday. The driver, who was seriously injured, was taken "
     "to Kirkuk.", (None, 1, None)),
])
def test_a_relative_clause_between_commas_tells_the_cue(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the relative clause tells no cue; the verb after it does, or nothing does
    ("Gunmen opened fire on a farm near Khanaqin on Tuesday. His brother, who was standing next to him, was "
     "wounded.", (None, 1, None)),
    ("Gunmen opened fire on a farm near Khanaqin on Tuesday. His brother, who was there, escaped unhurt.",
     (None, None, None)),
])
def test_a_relative_clause_without_cue(text, expected):
    assert figures(only(text)) == expected


# --- Arabic: the pronoun cue and his own joined by و ('ما أدى إلى استشهاده ومرافقه') --------------------------------


@pytest.mark.parametrize("text, expected", [
    ("استهدفت طائرة مسيرة مجهولة، مساء السبت، سيارة تقل قيادياً في الحشد الشعبي قرب ناحية آمرلي، ما أدى إلى "
     "استشهاده ومرافقه.", (2, None, None)),
    ("أطلق مسلحون مجهولون النار على امرأة في داقوق مساء الاثنين، ما أدى إلى مقتلها وطفليها.", (3, None, None)),
    ("انفجرت عبوة ناسفة بسيارة مختار قرية قرب الحويجة، ما أسفر عن إصابته ونجله بجروح.", (None, 2, None)),
])
def test_his_own_joined_to_the_pronoun_cue(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: a verb joined by و after the pronoun cue, no person
    ("انفجرت عبوة ناسفة بسيارة مختار قرية قرب الحويجة، ما أسفر عن إصابته ونقل إلى المستشفى.", (None, 1, None)),
])
def test_no_person_joined_no_more(text, expected):
    assert figures(only(text)) == expected


# --- English: the one freed, 'days after he was kidnapped' (no dead counted) ----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Kirkuk police on Monday freed a ten-year-old boy four days after he was kidnapped outside his school, a police "
     "spokesman said.", (None, None, 1)),
    ("Security forces rescued a trader in Tuz Khurmatu on Sunday, a week after he was abducted by gunmen.",
     (None, None, 1)),
    ("Police released a girl to her family in Sinjar on Monday, two days after she was kidnapped.", (None, None, 1)),
])
def test_the_one_freed_after_he_was_kidnapped(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: a doubt, no count
    ("Police questioned a trader in Kirkuk on Monday and did not say whether he was kidnapped.", (None, None, None)),
])
def test_a_doubt_no_abducted(text, expected):
    drafts = draft_incidents(text, "2024-03-12")
    assert (figures(drafts[0]) if drafts else (None, None, None)) == expected
