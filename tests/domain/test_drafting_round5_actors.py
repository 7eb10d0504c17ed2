"""Drafting rules of round 5 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import IRAN, IRAQ, ISIS, TUESDAY, TURKEY, UNIDENTIFIED, drafted, only, who  # noqa: E501

PMF = "Popular Mobilization Forces"


# --- shelling named by its nationality as an indefinite adjective, past 'artillery' ------------------------------

@pytest.mark.parametrize("text, actor", [
    ("قال مسؤول محلي إن قصفاً مدفعياً إيرانياً طال مساء الجمعة أطراف قرية بمو الحدودية قرب خانقين، من دون "
     "وقوع خسائر بشرية.", IRAN),
    ("طال قصف مدفعي إيراني أطراف قرية بمو الحدودية قرب خانقين مساء الجمعة، ما تسبب بأضرار مادية فقط.", IRAN),
    ("تعرضت أطراف قرية بمو قرب خانقين، مساء الجمعة، لقصف جوي إيراني من دون وقوع إصابات.", IRAN),
    ("قال مسؤول محلي إن قصفاً مدفعياً تركياً طال مساء الجمعة أطراف قرية بيباد قرب العمادية، من دون وقوع "
     "خسائر بشرية.", TURKEY),
    ("أصيب راعٍ بقصف مدفعي ايراني استهدف أطراف قرية بمو قرب خانقين مساء الجمعة.", IRAN),
])
def test_shelling_named_by_its_nationality_is_that_states(text, actor):
    assert only(text)["actor1"] == actor


def test_shelling_of_an_iranian_group_is_no_iranian_shelling():
    draft = only("قال مسؤول محلي إن قصفاً مدفعياً طال مساء الجمعة مقراً لحزب إيراني معارض قرب قرية بمو، "
                 "من دون وقوع خسائر بشرية.")
    assert draft.get("actor1") != IRAN


# --- the state force that set the ambush, named after the ambush --------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("كشف مصدر أمني، اليوم الثلاثاء، عن مقتل اثنين من عناصر داعش بكمين نصبته قوة من الجيش العراقي في أطراف "
     "ناحية قره تبه.", IRAQ),
    ("أعلنت هيئة الحشد الشعبي، اليوم الثلاثاء، مقتل أربعة من عناصر داعش بكمين نصبه مقاتلو الحشد قرب منطقة "
     "مطيبيجة.", PMF),
    ("قُتل ثلاثة إرهابيين في كمين نصبته قطعات الجيش العراقي قرب قره تبه فجر اليوم الثلاثاء.", IRAQ),
    ("Two ISIS militants were killed on Tuesday in an ambush set by Iraqi army troops near Qara Tapa, a security "
     "source said.", IRAQ),
    ("Four ISIS members were killed in an ambush laid by PMF fighters near Mutaibijah on Tuesday.", PMF),
])
def test_the_state_force_that_set_the_ambush_is_the_perpetrator(text, actor):
    assert only(text)["actor1"] == actor


@pytest.mark.parametrize("text", [
    "قُتل جنديان من الجيش العراقي بكمين نصبه مسلحو داعش قرب قره تبه فجر اليوم الثلاثاء.",
    "Two Iraqi soldiers were killed on Tuesday in an ambush set by ISIS militants near Qara Tapa.",
])
def test_an_ambush_set_by_militants_is_theirs_even_when_soldiers_are_named(text):
    assert only(text)["actor1"] == ISIS


# --- an unknown party ('جهة مجهولة') is an unidentified perpetrator ---------------------------------------------

@pytest.mark.parametrize("text", [
    "تعرض حقل كورمور الغازي في قضاء جمجمال لهجوم بطائرة مسيّرة شنّته جهة مجهولة، مساء أمس الاثنين، من دون "
    "وقوع إصابات بشرية.",
    "استهدفت جهة مجهولة بطائرة مسيرة حقل كورمور الغازي في جمجمال مساء الاثنين من دون وقوع إصابات.",
    "تعرض منزل موظف في خانقين لهجوم بقنبلة يدوية من قبل جهات مجهولة فجر السبت، ما أسفر عن أضرار مادية فقط.",
])
def test_an_unknown_party_is_an_unidentified_perpetrator(text):
    assert who(only(text)) == (UNIDENTIFIED, "unknown")


@pytest.mark.parametrize("text", [
    "تعرض حقل كورمور الغازي في قضاء جمجمال لهجوم بطائرة مسيّرة مجهولة، مساء أمس الاثنين، من دون وقوع إصابات.",
    "تعرض حقل كورمور الغازي في قضاء جمجمال لهجوم بطائرة مسيّرة مساء الاثنين، ولم تعلن أي جهة مسؤوليتها.",
])
def test_a_drone_of_unknown_origin_names_no_perpetrator(text):
    assert only(text).get("actor1") is None


# --- a suspicion told as what someone believes the act was done by ------------------------------------------------

@pytest.mark.parametrize("text", [
    "A roadside bomb struck a minibus near Khanaqin on Saturday, killing two passengers. Security forces believe "
    "the bomb was planted by ISIS cells active in the orchards.",
    "A roadside bomb struck a minibus near Khanaqin on Saturday, killing two passengers. Police believe the device "
    "had been placed by Islamic State remnants.",
    "A roadside bomb struck a minibus near Khanaqin on Saturday, killing two passengers. Officials think the "
    "attack was carried out by ISIS.",
    "A roadside bomb struck a minibus near Khanaqin on Saturday, killing two passengers; investigators believe it "
    "was planted by Daesh.",
])
def test_what_someone_believes_was_done_by_a_group_is_a_suspicion(text):
    assert who(only(text)) == (ISIS, "suspected")


def test_a_fact_told_by_a_group_is_no_suspicion():
    draft = only("A roadside bomb planted by ISIS struck a minibus near Khanaqin on Saturday, killing two "
                 "passengers, police said.")
    assert who(draft) == (ISIS, None)


# --- a drone that attacks is an air/drone strike, whoever flew it -----------------------------------------------

DRONE_STRIKE = "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "أعلن مجلس أمن إقليم كوردستان أن مسيّرة تابعة لحزب العمال الكوردستاني استهدفت فجر الإثنين نقطة لقوات "
    "البيشمركة قرب ناحية سيدكان، ما أدى إلى إصابة ثلاثة من عناصرها.",
    "قالت مصادر محلية إن مسيرة مجهولة المصدر قصفت مساء الأحد سيارة قرب ناحية سنوني، ما أدى إلى مقتل شخصين.",
    "تعرضت نقطة للبيشمركة قرب سيدكان لهجوم بمسيرة فجر الإثنين، ما أدى إلى إصابة جنديين.",
    "Two Peshmerga were wounded near Zakho on Monday in a drone attack on their position, officials said.",
    "The death toll from Saturday's Turkish strike on a car near Sinuni has risen to three, a health official said.",
])
def test_a_drone_that_attacks_is_an_air_or_drone_strike(text):
    assert only(text)["event_type"] == DRONE_STRIKE


def test_a_march_is_no_drone():
    draft = only("خرج العشرات في مسيرة احتجاجية وسط قضاء سنجار، يوم الإثنين، للمطالبة بإعادة إعمار المدينة.")
    assert draft["event_type"] == "Protests"


# --- fire set to a crop named in the singular is property destruction ------------------------------------------

@pytest.mark.parametrize("text", [
    "قال أحد سكان قرية كوخي بالاني شرقي كركوك إن مجهولين أضرموا النار في محصول الحنطة لعدد من المزارعين مساء الخميس.",
    "أضرم مجهولون النار في حقل للقمح يعود لمزارع كردي في قرية كوخي بالاني شرقي كركوك مساء الخميس.",
    "أحرق مجهولون المحصول في أراضٍ زراعية قرب قرية كوخي بالاني شرقي كركوك مساء الخميس.",
    "أقدم مجهولون على إضرام النار في بيدر للحنطة في قرية كوخي بالاني شرقي كركوك مساء الخميس.",
])
def test_fire_set_to_a_crop_is_property_destruction_by_unknown_men(text):
    draft = only(text)
    assert draft["event_type"] == "Strategic developments"
    assert who(draft) == (UNIDENTIFIED, "unknown")


@pytest.mark.parametrize("text", [
    "Unidentified militants fired rockets at Ain al-Asad airbase on Saturday, wounding two soldiers.",
    "Militants fired three rockets at the K1 base near Kirkuk on Saturday; no casualties were reported.",
    "Gunmen launched mortar rounds toward a Peshmerga post near Makhmour on Saturday, wounding a fighter.",
    "An unknown group fired Katyusha rockets into the airport compound in Erbil on Saturday without casualties.",
])
def test_rockets_fired_at_a_target_are_a_shelling(text):
    assert only(text)["event_type"] == DRONE_STRIKE


def test_a_count_of_foreign_strikes_is_no_strike_of_its_own():
    drafts = drafted("A Turkish airstrike killed two people near Zakho on Monday, local officials said. It was the "
                     "third Turkish strike in Duhok province this month.", TUESDAY)
    assert len(drafts) == 1


@pytest.mark.parametrize("text", [
    "Unknown militants fired two rockets at the K1 base near Kirkuk on Sunday, causing no casualties.",
    "Unidentified militants attacked a checkpoint near Hawija on Sunday, killing a soldier.",
])
def test_unknown_militants_are_an_unidentified_armed_group(text):
    assert who(only(text)) == (UNIDENTIFIED, "unknown")


# --- a state named by its country's name as the one accused of the strike --------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("قالت مصادر محلية إن مسيّرة مجهولة قصفت، مساء الأحد، مقراً لوحدات مقاومة سنجار في مجمع خانصور، ما أسفر عن "
     "مقتل أحد عناصرها. وتتهم اليبشه تركيا بتنفيذ الضربة.", TURKEY),
    ("قصفت طائرة مسيرة سيارة قرب ناحية سيدكان مساء الأحد، ما أدى إلى مقتل شخصين، واتهم مسؤولون محليون تركيا "
     "بالوقوف وراء الهجوم.", TURKEY),
    ("سقطت قذائف على أطراف قرية بمو قرب خانقين مساء الجمعة من دون خسائر، ويتهم الأهالي إيران بقصف المنطقة.", IRAN),
    ("A drone struck a car near Sidakan on Sunday, killing two people. Local officials blame Turkey for the strike.",
     TURKEY),
    ("A drone struck a car near Sidakan on Sunday, killing two people. The YBS accused Ankara of carrying it out.",
     TURKEY),
])
def test_a_country_accused_of_the_strike_is_its_forces_suspected(text, actor):
    assert who(only(text)) == (actor, "suspected")


def test_a_country_named_otherwise_is_no_suspect():
    draft = only("قصفت طائرة مسيرة سيارة قرب ناحية سيدكان مساء الأحد، ما أدى إلى مقتل شخصين قرب الحدود مع تركيا.")
    assert draft.get("actor1") is None


# --- militants killed while trying to storm a post are the attackers of a battle --------------------------------

@pytest.mark.parametrize("text", [
    "The Joint Operations Command announced on Wednesday that its forces had killed two ISIS militants wearing "
    "explosive belts who tried to storm a checkpoint west of Hawija on Tuesday night.",
    "Two ISIS militants were killed on Tuesday night while trying to storm a checkpoint near Hawija, police said.",
    "Soldiers killed three Daesh members who attempted to storm an army post near Hawija on Tuesday night.",
    "ISIS militants tried to storm a Peshmerga post near Makhmour on Tuesday night; two of them were killed.",
])
def test_militants_killed_storming_a_post_are_the_attackers_of_a_battle(text):
    draft = only(text)
    assert (draft["actor1"], draft["event_type"]) == (ISIS, "Battles")


def test_militants_killed_trying_to_flee_are_not_the_attackers():
    draft = only("Iraqi troops killed two ISIS militants who tried to flee a raid near Hawija on Tuesday night.")
    assert draft["actor1"] == IRAQ
