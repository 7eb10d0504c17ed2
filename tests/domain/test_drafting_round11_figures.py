"""Figures rules of round 11 (issue 15): classes of construction, each with paraphrases the way different outlets
word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import TUESDAY, figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents

# --- 'it is the second killing of its kind': an ordinal before a noun of the act counts incidents, not victims ------


@pytest.mark.parametrize("text, expected", [
    ("A shop owner was shot dead by gunmen in Kirkuk on Monday. It is the second killing of its kind in the city this "
     "month.", (1, None, None)),
    ("Gunmen kidnapped a Yazidi farmer near Sinuni on Monday, the third kidnapping in the area this year.",
     (None, None, 1)),
    ("A teacher was abducted in Tuz Khurmatu on Monday, police said. It was the fourth abduction in the district this "
     "year.", (None, None, 1)),
    ("An engineer was shot dead in Kirkuk on Monday, in what residents called the second killing this week.",
     (1, None, None)),
])
def test_an_ordinal_before_a_noun_of_the_act_is_no_victim(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: an ordinal before a person, or told without a person, is one more victim
    ("Two soldiers were killed near Tarmiyah on Monday and a third was wounded.", (2, 1, None)),
    ("A policeman was killed near Hawija on Monday; a second policeman was wounded.", (1, 1, None)),
])
def test_an_ordinal_before_a_person_is_one_more(text, expected):
    assert figures(only(text)) == expected


# --- 'escaped with a gunshot wound to his leg': a survivor told with his wound is wounded ---------------------------


@pytest.mark.parametrize("text, expected", [
    ("Two truffle hunters were kidnapped near Tuz Khurmatu on Monday. A third man in the group escaped with a gunshot "
     "wound to his leg.", (None, 1, 2)),
    ("Gunmen opened fire on a car near Daquq on Monday; the driver escaped with light injuries.", (None, 1, None)),
    ("A shepherd escaped with a bullet wound in the arm when gunmen fired on his flock near Daquq on Monday.",
     (None, 1, None)),
    ("A mukhtar escaped with minor wounds after a bomb went off under his car in Hawija on Monday.",
     (None, 1, None)),
])
def test_escaped_with_a_wound_is_one_wounded(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: escaped unhurt, or with his life, is no casualty
    "Gunmen opened fire on a car near Daquq on Monday; the driver escaped unhurt.",
    "A mukhtar escaped with his life after a bomb went off under his car in Hawija on Monday.",
])
def test_escaped_without_a_wound_is_no_casualty(text):
    assert figures(only(text)) == (None, None, None)


# --- 'killing dozens of his sheep': livestock is no casualty -----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Iranian artillery shelled the border area of Penjwen on Monday, wounding a shepherd and killing dozens of his "
     "sheep.", (None, 1, None)),
    ("A Turkish drone strike near Sidakan on Monday killed 40 sheep and wounded two shepherds.", (None, 2, None)),
    ("The shelling near Penjwen on Monday killed three cows, the district head said.", (None, None, None)),
    ("Shelling near Sidakan on Monday killed several head of cattle and wounded a farmer.", (None, 1, None)),
])
def test_animals_killed_are_no_casualties(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: people named after the animals they deal in are people
    ("Gunmen abducted two sheep traders on the road between Jalawla and Saadiya on Monday.", (None, None, 2)),
    ("A roadside bomb killed three cattle herders near Khanaqin on Monday.", (3, None, None)),
])
def test_people_named_after_animals_are_counted(text, expected):
    assert figures(only(text)) == expected


# --- 'a man who was abducted ... was found dead': the abducted are the dead ----------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A Yazidi man who was abducted by gunmen near Tel Qasab, south of Sinjar, on Sunday evening was found dead on "
     "Monday, his family said.", (1, None, 1)),
    ("A shop owner who was abducted by gunmen in Tuz Khurmatu on Sunday was found dead on Monday, police said.",
     (1, None, 1)),
    ("Two shepherds who were kidnapped near Daquq on Sunday were later killed by their captors, police said on "
     "Monday.", (2, None, 2)),
    ("A teacher who had been kidnapped in Hawija on Sunday was found murdered on Monday.", (1, None, 1)),
])
def test_the_abducted_found_dead_are_killed(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: released, or found alive
    "A man who was kidnapped in Hawija on Sunday was released on Monday after his family paid a ransom.",
    "A teacher who was abducted in Tuz Khurmatu on Sunday was found alive on Monday, police said.",
])
def test_the_abducted_released_are_not_killed(text):
    assert figures(only(text)) == (None, None, 1)


# --- 'جثة ... مصابة بطلقات نارية': the wounds of a body, told further on, are nobody wounded --------------------------


@pytest.mark.parametrize("text", [
    "عثرت الشرطة، صباح الاثنين، على جثة رجل في العقد الرابع من العمر مصاباً بطلقات نارية في الرأس قرب قضاء الدبس.",
    "عثرت قوة أمنية مساء الاثنين على جثة مجهولة الهوية ملقاة قرب ناحية زمار، مصابة بطلقات نارية في الرأس.",
    "عثر أهالي قرية قرب داقوق، يوم الاثنين، على جثة شاب ملقاة في بستان، مصاباً بعدة طلقات في الصدر.",
    "انتشلت الشرطة، الاثنين، جثة امرأة من نهر دجلة قرب الشرقاط، مصابة بطعنات في الرقبة.",
])
def test_the_wounds_of_a_body_are_nobody_wounded(text):
    assert figures(only(text)) == (1, None, None)


@pytest.mark.parametrize("text, expected", [
    # near-misses: a wounded person told with a verb of his own, or no body before
    ("عثرت الشرطة على جثة رجل قرب داقوق يوم الاثنين، وأصيب شرطي بجروح في انفجار عبوة خلال تفتيش المكان.", (1, 1, None)),
    ("نقل رجل مصاباً بطلقات نارية إلى مستشفى كركوك العام، يوم الاثنين، بعد هجوم مسلح في حي الحرية.", (None, 1, None)),
])
def test_a_wounded_person_is_still_wounded(text, expected):
    assert figures(only(text)) == expected


# --- 'موعد مقتلهما': a cue with a pronoun for those counted before counts nobody after it ------------------------------


@pytest.mark.parametrize("text, killed", [
    ("عثرت قوة من الشرطة، يوم الاثنين، على جثتي شقيقين مقتولين بطلقات نارية قرب سنوني، من دون أن يحدد موعد مقتلهما أو "
     "الجهة المسؤولة عنه.", 2),
    ("عثرت الشرطة، يوم الاثنين، على ثلاث جثث في بستان قرب داقوق، ولم تتبن أي جهة مقتلهم أو تعرف هوية القتلة.", 3),
    ("اغتال مسلحون مجهولون مختار قرية قرب الحويجة، يوم الاثنين، ولم يعرف سبب مقتله أو هوية المنفذين.", 1),
])
def test_a_pronoun_cue_counts_nobody_after_it(text, killed):
    assert figures(only(text))[0] == killed


def test_a_pronoun_cue_with_his_companion_still_counts_the_companion():
    # near-miss: 'مقتله مع شقيقه': the brother is one more
    text = ("قال مصدر أمني، يوم الاثنين، إن مسلحين مجهولين اغتالوا محامياً أمام منزله في حي الحرية بكركوك، ما أدى إلى "
            "مقتله مع شقيقه الذي كان برفقته.")
    assert figures(only(text))[0] == 2


# --- 'وكان عنصران من وحدات مقاومة سنجار قد قتلا': the subject between كان and قد, however long ------------------------


@pytest.mark.parametrize("text, expected", [
    ("وكان عنصران من وحدات مقاومة سنجار قد قُتلا، الشهر الماضي، بغارة لطائرة مسيرة تركية قرب ناحية خانصور.",
     (2, None, None)),
    ("وكان ثلاثة من عناصر الحشد الشعبي في قاطع الطارمية قد أصيبوا، الأسبوع الماضي، بانفجار عبوة ناسفة.",
     (None, 3, None)),
    ("وكانت البيشمركة قد فقدت مقاتلاً في هجوم لداعش على قرية قرب كفري أواخر الشهر الماضي.", (1, None, None)),
    ("وكان الحشد الشعبي قد فقد جنديين في هجوم لداعش قرب الطارمية الأسبوع الماضي.", (2, None, None)),
])
def test_a_count_told_before_qad(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: lost contact, lost a vehicle
    "وكانت القوات الأمنية قد فقدت الاتصال بدورية قرب الطارمية الأسبوع الماضي.",
    "وكانت البيشمركة قد فقدت عجلة في هجوم لداعش قرب كفري الشهر الماضي.",
])
def test_lost_things_are_no_dead(text):
    assert all(figures(draft) == (None, None, None) for draft in draft_incidents(text, TUESDAY))


# --- 'ضابطاً برتبة نقيب وجنديين استشهدوا': a person joined by و to the count before a verb after its subject ---------


@pytest.mark.parametrize("text, expected", [
    ("تنعى قيادة العمليات المشتركة ضابطاً برتبة نقيب وجنديين استشهدوا، فجر اليوم الاثنين، إثر هجوم لداعش على نقطة "
     "عسكرية في ناحية العظيم.", (3, None, None)),
    ("أفاد مصدر أمني بأن مدنياً وثلاثة جنود أصيبوا بانفجار عبوة ناسفة في الطارمية يوم الاثنين.", (None, 4, None)),
    ("قال مصدر في الشرطة إن شرطياً وطفلين أصيبوا بجروح بانفجار عبوة ناسفة في ناحية الرشاد يوم الاثنين.",
     (None, 3, None)),
    ("ذكر بيان أن ضابطاً وعنصرين من الحشد استشهدوا بهجوم لداعش قرب الطارمية يوم الاثنين.", (3, None, None)),
])
def test_a_person_joined_to_the_count_before_the_verb(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the count alone, or 'بينهم' before it (a part of the count)
    ("أفاد مصدر أمني بأن ثلاثة جنود أصيبوا بانفجار عبوة ناسفة في الطارمية يوم الاثنين.", (None, 3, None)),
    ("أفاد مصدر أمني بأن خمسة أشخاص بينهم امرأتان أصيبوا بانفجار عبوة ناسفة في الطارمية يوم الاثنين.", (None, 5, None)),
    # ... and the dead told apart before a noun that counts the wounded
    ("قال مصدر طبي إن مستشفى طوزخورماتو استقبل جثتي شخصين وثلاثة جرحى بعد نزاع عشائري مساء الاثنين في قرية قرب القضاء.",
     (2, 3, None)),
])
def test_the_count_alone_before_the_verb(text, expected):
    assert figures(only(text)) == expected


# --- 'تحرير طفلة اختطفها مجهولون': the verb with the victim as its object pronoun, after the victim -------------------


@pytest.mark.parametrize("text, abducted", [
    ("تمكنت مفارز شرطة كركوك، مساء الاثنين، من تحرير طفلة اختطفها مجهولون صباح اليوم ذاته في حي الحرية.", 1),
    ("أعلنت الشرطة، يوم الاثنين، تحرير شابين اختطفهما مسلحون قرب الحويجة.", 2),
    ("حررت قوة أمنية، الاثنين، امرأة خطفها مسلحون مجهولون من منزلها في داقوق.", 1),
    ("أعلنت الشرطة، الاثنين، تحرير راعٍ اختطفته عصابة قرب الحويجة.", 1),
])
def test_the_victim_before_the_verb_with_its_pronoun(text, abducted):
    assert figures(only(text))[2] == abducted


# --- 'قتلوا، في أوائل حزيران/يونيو الماضي، مزارعاً': a date with a month's two names between commas is an aside -----


@pytest.mark.parametrize("text, expected", [
    ("وأشار المسؤول إلى أن مسلحين كانوا قد قتلوا، في أوائل حزيران/يونيو الماضي، مزارعاً في قرية توبزاوة.",
     (1, None, None)),
    ("اختطف مسلحون مجهولون، في منتصف آب/أغسطس الماضي، راعيين قرب داقوق.", (None, None, 2)),
    ("أصيب، مساء العاشر من آذار/مارس، ثلاثة مدنيين بجروح بسقوط قذيفة هاون في قضاء طوزخورماتو.", (None, 3, None)),
    ("اغتال مسلحون مجهولون، أواخر تشرين الأول/أكتوبر الماضي، مختار قرية قرب الحويجة.", (1, None, None)),
])
def test_a_date_with_two_month_names_between_commas_is_an_aside(text, expected):
    assert figures(only(text)) == expected


def test_an_aside_with_a_cue_still_ends_the_clause():
    # near-miss: 'قُتل/أصيب' inside the commas is a clause of its own
    text = "أصيب شرطي، وقُتل/جرح آخرون، في قضاء طوزخورماتو يوم الاثنين."
    assert figures(only(text))[0] is None


# --- 'kidnapped a farmer on Monday, the third kidnapping in the area since January': the period is the ordinal's -----


@pytest.mark.parametrize("text, expected", [
    ("Gunmen kidnapped a Yazidi farmer near Sinuni on Monday, the third kidnapping in the area since January.",
     (None, None, 1)),
    ("A roadside bomb killed two soldiers near Tarmiyah on Monday, the second such attack on the army since the start "
     "of the year.", (2, None, None)),
    ("A sticky bomb wounded a teacher in Kirkuk on Monday, the fourth bombing in the city since March.",
     (None, 1, None)),
    ("Unknown gunmen shot dead a shepherd near Daquq on Monday, the third killing in the district since 2023.",
     (1, None, None)),
])
def test_a_period_told_of_an_ordinal_of_incidents_keeps_the_count(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a count over the period itself
    "Since January, 14 civilians have been killed by explosive ordnance in Nineveh, a UN official said on Monday.",
    "Fourteen civilians have been killed in Nineveh since January, a UN official said on Monday.",
])
def test_a_count_over_a_period_is_still_no_incident_count(text):
    assert all(figures(draft) == (None, None, None) for draft in draft_incidents(text, TUESDAY))
