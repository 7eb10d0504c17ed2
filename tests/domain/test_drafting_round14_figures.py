"""Figures rules of round 14 (issue 15): a military rank or a trade as one person ('killing a lieutenant and two
soldiers', 'a physician was abducted'), a count whose people are described by a past participle ('two civilians
caught in the crossfire were killed') or by a group's long name with its short one ('two members of the Kurdistan
Workers' Party (PKK) were killed'), Arabic 'رب الأسرة' (the head of the family) as one person, and Arabic 'تحرير
مواطن اختُطف' (a person freed, told by the passive verb right after him); each class with paraphrases the way
different outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import TUESDAY, figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents


def counts(text):
    """The three counts of every draft of a text (none when it tells no incident)."""
    return {figures(draft) for draft in draft_incidents(text, TUESDAY)}

# --- a rank as one person --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Islamic State militants ambushed an army patrol near Tal Mazar on Saturday night, killing a lieutenant and two "
     "soldiers and wounding four others.", (3, 4, None)),
    ("Militants attacked an army post near Hawija on Monday, killing a captain.", (1, None, None)),
    ("A roadside bomb struck a Federal Police vehicle near Tarmiyah on Sunday, wounding a sergeant and a "
     "policeman.", (None, 2, None)),
    ("Gunmen opened fire on a checkpoint in Daquq on Friday, killing a colonel and wounding two soldiers.",
     (1, 2, None)),
    ("A corporal was killed when an IED exploded near his patrol south of Kirkuk on Tuesday.", (1, None, None)),
    ("Militants ambushed a patrol near Tuz Khurmatu on Sunday, killing a lieutenant colonel and two soldiers.",
     (3, None, None)),
])
def test_a_rank_is_one_person(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a rank before a name or as a team's title counts nobody of itself; 'major' and 'general' no rank
    "The captain of the local football team said on Monday that training would resume in Kirkuk.",
    "Militants launched a major attack on an army post near Hawija on Monday, the army said.",
])
def test_a_rank_word_that_counts_nobody(text):
    assert counts(text) <= {(None, None, None)}


@pytest.mark.parametrize("text, expected", [
    ("Armed men abducted a physician in Kirkuk's Arafa neighbourhood on Monday evening.", (None, None, 1)),
    ("A physician was abducted by gunmen in the Arafa neighbourhood of Kirkuk on Monday.", (None, None, 1)),
    ("Gunmen kidnapped a reporter in Tuz Khurmatu on Sunday, his channel said.", (None, None, 1)),
    ("A jeweller was shot dead in his shop in Kirkuk on Saturday night.", (1, None, None)),
])
def test_a_trade_is_one_person(text, expected):
    assert figures(only(text)) == expected


# --- a count whose people a past participle or a group's long name describes ---------------------------------


@pytest.mark.parametrize("text, expected", [
    ("On 11 April, fighters attacked an army checkpoint in Snuny. One soldier and two civilians caught in the "
     "crossfire were killed and four people were wounded.", (3, 4, None)),
    ("Two civilians caught in the crossfire were killed in Sinjar on Monday.", (2, None, None)),
    ("Two soldiers stationed at the checkpoint were killed when militants attacked it near Hawija on Monday.",
     (2, None, None)),
    ("Three farmers trapped in a burning field were wounded near Daquq on Sunday.", (None, 3, None)),
    ("Two members of the Kurdistan Workers' Party (PKK) were killed and a civilian passer-by was wounded when a "
     "Turkish drone struck their car in Batifa on Saturday.", (2, 1, None)),
    ("Three members of the Sinjar Resistance Units (YBS) were wounded in a Turkish strike near Khanasor on "
     "Tuesday.", (None, 3, None)),
])
def test_a_count_described_before_its_verb(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: the participle opens a clause of its own ('and'), or the verb is not a casualty's
    "Three militants attacked the checkpoint near Hawija on Monday and were repelled, the army said.",
    "Two men wanted by police were arrested in Kirkuk on Monday, police said.",
])
def test_a_described_count_without_a_casualty_verb(text):
    assert counts(text) <= {(None, None, None)}


# --- Arabic: 'رب الأسرة', one person ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون مجهولون، فجر السبت، منزلاً في ناحية العباسي غربي قضاء الحويجة، ما أسفر عن مقتل رب الأسرة "
     "وإصابة زوجته وابنه.", (1, 2, None)),
    ("قتل رب عائلة بهجوم مسلح على منزله في قرية قرب الحويجة مساء أمس.", (1, None, None)),
    ("أصيب رب الأسرة بجروح خطيرة إثر انفجار عبوة ناسفة قرب منزله في داقوق.", (None, 1, None)),
])
def test_the_head_of_the_family_is_one_person(text, expected):
    assert figures(only(text)) == expected


# --- Arabic: 'تحرير مواطن اختُطف', the person freed told by the passive verb right after him ---------------------


@pytest.mark.parametrize("text, expected", [
    ("أعلنت مديرية شرطة ديالى، اليوم الخميس، تحرير مواطن اختُطف مساء الإثنين في ناحية مندلي على يد عصابة طالبت "
     "ذويه بفدية، واعتقال اثنين من الخاطفين.", 1),
    ("أعلنت الشرطة الإفراج عن شاب خطف قبل يومين في كركوك.", 1),
    ("تمكنت القوات الأمنية من إنقاذ طفل اختطف في الحويجة مساء الأحد.", 1),
    ("أعلنت الشرطة تحرير شابين اختطفا قرب داقوق مساء الأحد.", 2),
])
def test_a_person_freed_after_being_taken(text, expected):
    assert figures(only(text))[2] == expected


@pytest.mark.parametrize("text", [
    # near-misses: the verb's subject is the kidnapper, or nobody was freed
    "أعلنت الشرطة القبض على متهم اختطف سيارة في كركوك مساء الأحد.",
    "أعلنت الشرطة تحرير سيارة سرقت من أمام منزل في كركوك مساء الأحد.",
    # ... and the freeing of 'مواطن مختطف' tells no abduction of its own (told apart, or not told)
    "تمكنت مفارز شرطة كركوك، مساء أمس الأحد، من تحرير مواطن مختطف وإلقاء القبض على ثلاثة من الخاطفين في حي الواسطي.",
])
def test_no_one_freed_no_abduction(text):
    assert all(abducted is None for _, _, abducted in counts(text))


# --- 'a local YBS commander and his driver': a person noun before a name and a person noun, one person ----------


@pytest.mark.parametrize("text, expected", [
    ("A drone strike hit a car near Khanasor in Sinjar district on Sunday, killing a local YBS commander and his "
     "driver.", (2, None, None)),
    ("A drone strike hit a car near Khanasor on Sunday, killing a senior PKK commander and his two bodyguards.",
     (3, None, None)),
    ("A Turkish drone struck a vehicle near Sinjar on Monday, wounding a local YBS fighter and his brother.",
     (None, 2, None)),
])
def test_a_person_described_by_a_name(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: 'a local' alone is one person; a name after 'local' with no person noun after it is no more
    ("Gunmen killed a local in Kirkuk on Monday, police said.", (1, None, None)),
    ("Gunmen shot a local Kakai farmer in Daquq on Monday, killing him.", (1, None, None)),
])
def test_a_local_is_still_one_person(text, expected):
    assert figures(only(text)) == expected


# --- 'wounding the other two': the rest of a group told before, counted -----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("An explosive device went off late on Monday next to a car carrying three farmers in Khadhra village, killing "
     "one of them and wounding the other two.", (1, 2, None)),
    ("Gunmen opened fire on four shepherds near Hawija on Sunday, killing two of them and wounding the other two.",
     (2, 2, None)),
    ("A roadside bomb hit a minibus carrying five workers near Tuz Khurmatu on Monday, killing one and injuring "
     "the remaining four.", (1, 4, None)),
])
def test_the_others_of_a_group(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-miss: 'the other two' with no casualty verb before it
    "Gunmen stopped three shepherds near Hawija on Sunday and questioned the other two, police said.",
])
def test_the_others_without_a_casualty_verb(text):
    assert counts(text) <= {(None, None, None)}


# --- 'one of our heroic soldiers': a part of a group, its people described by an adjective ----------------------


@pytest.mark.parametrize("text, expected", [
    ("The clash near Hawija on Monday resulted in the killing of three terrorists, and one of our heroic soldiers "
     "was martyred while two others were wounded.", (4, 2, None)),
    ("One of our heroic soldiers was wounded in a clash near Daquq on Monday.", (None, 1, None)),
    ("Two of the brave fighters were killed in an attack near Hawija on Monday.", (2, None, None)),
    ("Three of the young shepherds were abducted near Hawija on Monday.", (None, None, 3)),
])
def test_a_part_of_a_group_described_by_an_adjective(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-miss: the part speaks, nobody of it is a casualty
    "Two of the tribal elders said on Monday that they had met the governor in Kirkuk.",
])
def test_a_part_of_a_group_that_speaks(text):
    assert counts(text) <= {(None, None, None)}


# --- Arabic: a toll over two incidents told one by one afterwards is no incident's own count --------------------


@pytest.mark.parametrize("text, expected", [
    ("حصيلة: قُتل ثلاثة أشخاص وأصيب خمسة آخرون في حادثين أمنيين منفصلين شهدتهما محافظة ديالى، بحسب مصدر أمني.\n"
     "ففي ناحية مندلي، قُتل شخص وأصيب اثنان مساء أمس الأحد بهجوم نفذه مسلحون مجهولون على منزل.\n"
     "وفي قضاء المقدادية، قُتل شخصان وأصيب ثلاثة صباح اليوم الاثنين بانفجار عبوة ناسفة.", {(1, 2, None), (2, 3, None)}),
    ("أصيب أربعة جنود في هجومين منفصلين لداعش في كركوك، بحسب مصدر أمني.\n"
     "ففي قضاء الحويجة، أصيب جنديان بانفجار عبوة ناسفة مساء الأحد.\n"
     "وفي ناحية الرياض، أصيب جنديان بهجوم مسلح فجر الاثنين.", {(None, 2, None)}),
])
def test_a_toll_over_incidents_told_apart(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near-miss: one attack, its own toll
    ("قُتل ثلاثة أشخاص وأصيب خمسة آخرون في هجوم مسلح على منزل في ناحية مندلي مساء الأحد.", (3, 5, None)),
])
def test_a_toll_of_one_attack(text, expected):
    assert figures(only(text)) == expected


# --- 'the injury of another', 'the death of a man': a noun of the act before its person -------------------------


@pytest.mark.parametrize("text, expected", [
    ("ISIS elements attacked a Federal Police checkpoint in Tal al-Dhahab on Sunday, resulting in the martyrdom of "
     "two policemen and the injury of another.", (2, 1, None)),
    ("ISIS elements attacked a checkpoint in Tal al-Dhahab on Sunday, resulting in the injury of a policeman.",
     (None, 1, None)),
    ("ISIS elements attacked a checkpoint in Tal al-Dhahab on Sunday, resulting in the death of a policeman.",
     (1, None, None)),
])
def test_a_noun_of_the_act_before_its_person(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the noun tells no one's death or injury of its own
    ("Two soldiers were killed in an IED blast near Hawija on Monday; the death toll rose to three by evening.",
     3),
    ("Gunmen killed a shepherd near Hawija on Monday; his death angered the tribe.", 1),
])
def test_a_noun_of_the_act_that_counts_no_more(text, expected):
    assert figures(only(text))[0] == expected
