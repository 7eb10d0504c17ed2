"""Figures rules of round 10 (issue 15): classes of construction, each with paraphrases the way different outlets
word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import TUESDAY, figures, only  # one draft of a text, its three counts

from incident_tracker.plugin.domain.drafting import draft_incidents

# --- 'three truffle hunters were abducted': a plural noun of those who do something is people ----------------------


@pytest.mark.parametrize("text, expected", [
    ("Three truffle hunters were abducted on Sunday in the desert south of Rutba, Anbar police said.", (None, None, 3)),
    ("On 2 February, two truffle hunters were killed and another wounded when a roadside bomb hit their pickup near "
     "Nukhaib.", (2, 1, None)),
    ("Six truffle gatherers were kidnapped by suspected IS militants south of Rutba on Friday.", (None, None, 6)),
    ("Four mushroom pickers were kidnapped near Rutba on Sunday, a police source said.", (None, None, 4)),
    ("Two scrap collectors were wounded when an old shell exploded near Baiji on Sunday.", (None, 2, None)),
    ("Gunmen seized two Yazidi truffle hunters near Sinjar on Monday.", (None, None, 2)),
])
def test_a_plural_noun_of_doers_is_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: things and measures are no people
    ("Two kilometers from the village, three soldiers were wounded by a roadside bomb near Baiji on Sunday.",
     (None, 3, None)),
    ("Two rocket launchers were found near Baiji on Sunday, and three soldiers were wounded by a bomb.",
     (None, 3, None)),
])
def test_things_and_measures_before_a_cue_are_not_counted(text, expected):
    assert figures(only(text)) == expected


# --- 'seized two rifles': a seizure of things is no abduction ------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Fighters repelled an attack near Amirli at dawn, killing two of the attackers. The statement said the "
     "fighters seized two rifles and a night-vision device.", (2, None, None)),
    ("Security forces raided a hideout near Hawija on Monday and seized three rifles and two motorcycles.",
     (None, None, None)),
    ("Militants attacked a post near Tuz Khurmatu on Monday, wounding a soldier, and seized two vehicles.",
     (None, 1, None)),
])
def test_things_seized_are_no_abduction(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: people seized are abducted
    ("Gunmen seized two farmers near Hawija on Monday.", (None, None, 2)),
    ("Gunmen seized two of the villagers near Hawija on Monday.", (None, None, 2)),
    ("Gunmen seized two brothers from their car near Hawija on Monday.", (None, None, 2)),
])
def test_people_seized_are_abducted(text, expected):
    assert figures(only(text)) == expected


# --- 'the body of a man ..., four days after he was kidnapped': the dead had been abducted --------------------------


@pytest.mark.parametrize("text, expected", [
    ("Security forces found the body of a young Turkmen man on Wednesday in an orchard near Tuz Khurmatu, four days "
     "after he was kidnapped by unknown men from his car wash.", (1, None, 1)),
    ("Police found the body of a shepherd near Hawija on Monday, two days after he had been abducted by gunmen.",
     (1, None, 1)),
    ("Police found the bodies of two farmers near Hawija on Monday, a week after they were kidnapped from their "
     "fields.", (2, None, 2)),
    ("The body of a Yazidi woman was found near Sinjar on Monday, a month after she was abducted from her home.",
     (1, None, 1)),
])
def test_the_dead_told_abducted_by_a_pronoun_are_abducted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: released, not abducted; a pronoun that does not fit the count
    ("Gunmen killed a shepherd near Hawija on Monday, two days after he was released by his kidnappers.",
     (1, None, None)),
    ("Gunmen killed two shepherds near Hawija on Monday, after he was kidnapped.", (2, None, None)),
])
def test_no_abduction_without_the_pronoun_of_the_dead(text, expected):
    assert figures(only(text)) == expected


# --- Arabic: 'تحرير ستة من جامعي الكمأ كانوا قد اختطفوا', 'تحرير طفل اختطفه مجهولون' ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("أعلنت قيادة عمليات الأنبار، اليوم الاثنين، تحرير ستة من جامعي الكمأ كانوا قد اختُطفوا على يد مسلحين مجهولين في "
     "صحراء النخيب، يوم الجمعة الماضي.", (None, None, 6)),
    ("أعلنت الشرطة تحرير ثلاثة من أبناء القرية كانوا قد اختطفوا مساء الاثنين في قضاء الحويجة.", (None, None, 3)),
    ("أعلنت مديرية شرطة كركوك، اليوم الثلاثاء، تحرير طفل اختطفه مجهولون مساء الاثنين من أمام منزل ذويه في قضاء "
     "الحويجة.", (None, None, 1)),
    ("تمكنت قوة من الشرطة من تحرير شاب اختطفه مسلحون مجهولون مساء الأحد في ناحية الرياض.", (None, None, 1)),
])
def test_arabic_those_freed_who_had_been_abducted_are_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: an hour is no count of people; an abduction counted once
    ("حررت قوة من الشرطة، في الساعة 3 من فجر الاثنين، مزارعاً كان قد اختُطف قرب الحويجة.", (None, None, 1)),
    ("اختطف مسلحون مزارعاً في قرية قرب الحويجة مساء الاثنين، وطالبوا ذويه بفدية بعد أن اختطفوه.", (None, None, 1)),
])
def test_arabic_no_second_count_of_the_abducted(text, expected):
    assert figures(only(text)) == expected


# --- 'martyring one police officer', 'من قتل إرهابي': the dead of both sides ------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Security Media Cell: ISIS terrorist gangs opened fire on a Federal Police unit in the Al-Zab sub-district of "
     "Kirkuk on Tuesday evening, martyring one police officer. Our heroic forces returned fire and killed two of the "
     "attackers.", (3, None, None)),
    ("ISIS gangs attacked a Federal Police unit in Al-Zab on Tuesday evening, martyring two policemen.",
     (2, None, None)),
    ("ISIS gangs attacked an army post near Hawija on Tuesday evening, martyring a soldier and wounding two others.",
     (1, 2, None)),
    ("كما تمكنت قطعات الفرقة الثامنة، فجر الأحد، من قتل إرهابي في اشتباك بقرية الصفرة التابعة لناحية الزاب، فيما "
     "استُشهد أحد مقاتلينا خلال الاشتباك.", (2, None, None)),
    ("أعلنت خلية الإعلام الأمني مقتل مسلح في اشتباك مع قوة أمنية بقرية الصفرة فجر الأحد.", (1, None, None)),
])
def test_the_dead_of_both_sides_are_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: 'إرهابي' as the adjective of an attack is no one
    ("قتل مدني في هجوم إرهابي بقرية الصفرة فجر الأحد.", (1, None, None)),
    ("أسفر الهجوم الإرهابي عن مقتل مدنيين اثنين بقرية الصفرة فجر الأحد.", (2, None, None)),
])
def test_a_terrorist_attack_is_no_count(text, expected):
    assert figures(only(text)) == expected


# --- 'one of the two had died of his wounds': one wounded fewer, one dead; a toll told after the deaths stands -------


@pytest.mark.parametrize("text, expected", [
    ("Islamic State militants opened fire on a Peshmerga position at the foot of Qarachogh mountain in Makhmour on "
     "Monday night, wounding two fighters, the Peshmerga ministry said. In a second statement on Tuesday, the ministry "
     "said one of the two had died of his wounds in an Erbil hospital.", (1, 1, None)),
    ("Militants opened fire on a Peshmerga position near Makhmour on Monday night, wounding two fighters. One of the "
     "two died of his wounds on Tuesday.", (1, 1, None)),
    ("Militants opened fire on a Peshmerga position near Makhmour on Monday night, wounding two fighters. One of them "
     "later died of his wounds.", (1, 1, None)),
    ("قُتل ثلاثة مدنيين من الكاكائية وجُرح اثنان آخران، ليلة أمس، في هجوم شنّه مسلحو داعش على قرية كوكز التابعة لقضاء "
     "خانقين. وقال مسؤول محلي إن عدد القتلى ارتفع إلى أربعة بعد وفاة أحد الجريحين صباح اليوم، فيما لا يزال الجريح الآخر "
     "يتلقى العلاج.", (4, 1, None)),
    ("قُتل ثلاثة مدنيين وجُرح أربعة آخرون، ليلة أمس، في هجوم على قرية كوكز. وقال مسؤول محلي إن عدد الجرحى ارتفع إلى "
     "ستة.", (3, 6, None)),
])
def test_a_death_of_the_wounded_or_a_risen_toll_told_later(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the toll told with the deaths is as it stands; one of the two taken to hospital did not die
    ("The toll from Sunday's car bomb in a busy market in Tuz Khurmatu rose to six dead and 17 wounded after two of "
     "the injured died in hospital on Monday, a health official said.", (6, 17, None)),
    ("A car bomb killed four people and wounded 19 in Tuz Khurmatu on Sunday. The toll rose to six dead after two of "
     "the injured died in hospital on Monday.", (6, 17, None)),
    ("Militants opened fire on a Peshmerga position near Makhmour on Monday night, wounding two fighters. One of the "
     "two was taken to a hospital in Erbil.", (None, 2, None)),
])
def test_a_toll_told_after_the_deaths_stands(text, expected):
    assert figures(only(text)) == expected


# --- 'نفت الخلية، اليوم الاثنين، ما تداولته مواقع عن اختطاف أربعة جنود': a denied claim past a date between commas -----


@pytest.mark.parametrize("text, expected", [
    ("نفت خلية الإعلام الأمني، اليوم الاثنين، ما تداولته بعض مواقع التواصل الاجتماعي عن اختطاف أربعة جنود في قضاء "
     "طوزخورماتو، مؤكدة أن الخبر عارٍ عن الصحة.", (None, None, None)),
    ("نفت قيادة شرطة كركوك، مساء الأحد، الأنباء عن مقتل ثلاثة من عناصرها في هجوم قرب الحويجة، وأكدت أن مفرزة تعرضت "
     "لإطلاق نار دون إصابات.", (0, 0, None)),
])
def test_arabic_a_claim_denied_past_a_date_gives_no_count(text, expected):
    drafts = draft_incidents(text, TUESDAY)
    # a wholly denied abduction may give no draft at all; any draft it gives has no count
    assert [figures(d) for d in drafts] in ([expected], [] if expected == (None, None, None) else [expected])


@pytest.mark.parametrize("text, expected", [
    # near-misses: the count told after the denial, in a clause of its own, stands
    ("نفت قيادة الشرطة الأنباء عن اختطاف جنود قرب الحويجة، مؤكدة مقتل اثنين من عناصرها في هجوم على نقطة تفتيش.",
     (2, None, None)),
    ("نفت قيادة الشرطة، اليوم، وجود اشتباكات، وأكدت مقتل اثنين من عناصرها في هجوم على نقطة تفتيش قرب الحويجة.",
     (2, None, None)),
])
def test_arabic_a_count_after_a_denial_stands(text, expected):
    assert figures(only(text)) == expected


# --- 'his cousin, who was with him when the mine exploded, lost a leg': past a relative clause between commas -------


@pytest.mark.parametrize("text, expected", [
    ("A 17-year-old shepherd who was wounded by a landmine near the village of Girdasin in Kifri district on Saturday "
     "died of his injuries on Wednesday, his family said. His cousin, who was with him when the mine exploded, lost a "
     "leg and remains in hospital.", (1, 1, None)),
    ("A landmine exploded near Girdasin on Saturday, killing a shepherd. His cousin, who was with him, lost a leg.",
     (1, 1, None)),
    ("A roadside bomb exploded near Daquq on Sunday. Two farmers, who were in the field when the bomb went off, were "
     "wounded.", (None, 2, None)),
])
def test_a_person_past_a_relative_clause_is_counted(text, expected):
    assert figures(only(text)) == expected


def test_a_thing_lost_past_a_relative_clause_is_no_wound():
    text = ("A roadside bomb exploded near Daquq on Sunday. His cousin, who was with him when the bomb went off, lost "
            "his phone.")
    assert figures(only(text)) == (None, None, None)


# --- 'were taken hostage', 'snatched a taxi driver': abductions in other words -------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Five shepherds were taken hostage by IS militants in the Hamrin mountains on Monday.", (None, None, 5)),
    ("Two truck drivers were held hostage by gunmen near Tuz Khurmatu on Monday.", (None, None, 2)),
    ("Three soldiers were taken captive by IS militants near Tuz Khurmatu on Monday.", (None, None, 3)),
    ("Militants snatched a taxi driver near Tuz Khurmatu on Monday.", (None, None, 1)),
    ("Militants snatched two farmers near Tuz Khurmatu on Monday.", (None, None, 2)),
])
def test_hostages_and_people_snatched_are_abducted(text, expected):
    assert figures(only(text)) == expected


def test_things_snatched_are_no_abduction():
    text = "Militants snatched two rifles from a police post near Tuz Khurmatu on Monday, wounding a policeman."
    assert figures(only(text)) == (None, 1, None)


# --- 'the mukhtar of Albu Hassan village and his son', 'مختار قرية البو حمدان ونجله': his kin past what he is of -----


@pytest.mark.parametrize("text, expected", [
    ("ISIS militants kidnapped the mukhtar of Albu Hassan village and his son on Monday.", (None, None, 2)),
    ("Gunmen kidnapped an employee of the North Oil Company and his wife near Kirkuk on Monday.", (None, None, 2)),
    ("Gunmen killed an employee of the North Oil Company and his two children near Kirkuk on Monday.",
     (3, None, None)),
    ("أفاد مصدر أمني باختطاف مختار قرية البو حمدان ونجله على يد مسلحين مجهولين مساء الاثنين قرب الحويجة.",
     (None, None, 2)),
    ("اختطف مسلحون مجهولون موظفاً في شركة نفط الشمال وزوجته قرب كركوك مساء الاثنين.", (None, None, 2)),
    ("اختطف مسلحون مجهولون مهندساً يعمل في شركة نفط الشمال وطفليه قرب كركوك مساء الاثنين.", (None, None, 3)),
])
def test_his_kin_past_what_he_is_of_are_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: his car, a verb of its own
    ("Gunmen killed an employee of the North Oil Company and wounded his wife near Kirkuk on Monday.", (1, 1, None)),
    ("Gunmen killed the mukhtar of the village and burned his car near Kirkuk on Monday.", (1, None, None)),
    ("اختطف مسلحون مجهولون موظفاً في شركة نفط الشمال وسيارته قرب كركوك مساء الاثنين.", (None, None, 1)),
    ("قتل مسلحون مجهولون موظفاً في شركة نفط الشمال وأصابوا زوجته قرب كركوك مساء الاثنين.", (1, 1, None)),
])
def test_no_kin_where_a_thing_or_a_verb_follows(text, expected):
    assert figures(only(text)) == expected


# --- 'killed all three people inside': the count after 'all' ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A drone strike on a car near Sinjar on Monday killed all three people inside.", (3, None, None)),
    ("A bomb hit a minibus near Sinjar on Monday, killing all four passengers.", (4, None, None)),
    ("Gunmen abducted all three members of a family near Sinjar on Monday.", (None, None, 3)),
])
def test_all_of_a_count_is_counted(text, expected):
    assert figures(only(text)) == expected


# --- 'three officers were treated for shrapnel wounds', 'leaving three officers with injuries', 'نُقل ثلاثة ... إلى
# المستشفى': the wounded told by their care ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb hit a police patrol near Tuz Khurmatu on Monday, leaving three officers with injuries.",
     (None, 3, None)),
    ("A roadside bomb hit a police patrol near Tuz Khurmatu on Monday; three officers were treated for shrapnel "
     "wounds.", (None, 3, None)),
    ("A roadside bomb hit a police patrol near Tuz Khurmatu on Monday; two officers were treated for injuries at the "
     "scene.", (None, 2, None)),
    ("نُقل ثلاثة من عناصر الشرطة إلى المستشفى إثر انفجار عبوة ناسفة قرب طوزخورماتو مساء الاثنين.", (None, 3, None)),
    ("انفجرت عبوة ناسفة قرب طوزخورماتو مساء الاثنين، ونُقل جنديان إلى مستشفى كركوك العام.", (None, 2, None)),
])
def test_the_wounded_told_by_their_care_are_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the bodies taken to hospital; the wounded counted before
    ("قُتل جنديان بانفجار عبوة ناسفة قرب طوزخورماتو مساء الاثنين، ونُقلت جثتاهما إلى المستشفى.", (2, None, None)),
    ("أصيب جنديان بانفجار عبوة ناسفة قرب طوزخورماتو مساء الاثنين، ونُقل الجريحان إلى المستشفى.", (None, 2, None)),
    ("The bodies of two men with gunshot wounds were found in an orchard near Hawija on Monday.", (2, None, None)),
])
def test_no_more_wounded_from_the_dead_or_those_counted(text, expected):
    assert figures(only(text)) == expected


# --- 'wounded a soldier, a policeman and a civilian': single persons listed with commas, closed by 'and' ------------


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb near Tuz Khurmatu on Monday wounded a soldier, a policeman and a civilian.", (None, 3, None)),
    ("Gunmen abducted a teacher, a doctor and a student near Hawija on Monday.", (None, None, 3)),
    ("Gunmen killed a farmer, his wife and their son near Hawija on Monday.", (3, None, None)),
])
def test_single_persons_listed_are_counted(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: an apposition is the same person; things listed are no people
    ("A man, a taxi driver, was abducted near Hawija on Monday.", (None, None, 1)),
    ("A roadside bomb near Tuz Khurmatu on Monday wounded a soldier, damaging a vehicle and a shop.", (None, 1, None)),
])
def test_an_apposition_or_things_listed_are_not_counted(text, expected):
    assert figures(only(text)) == expected
