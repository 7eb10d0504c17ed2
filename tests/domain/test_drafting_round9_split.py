"""Drafting rules of round 9 (issue 15, one draft per incident): one reader of another event of a series or of one
told apart in words ('a second barrage', 'another drone strike', 'a separate attack', 'a second group of attackers',
'a second device' with casualties of its own, 'عبوة ثانية'); numbered strikes ('The first hit ... The second
targeted ...'); an incident told apart with nobody hurt; casualties told before the first event word in a sentence
opening with a period ('In early January, ...'); an English sentence opening with another place ('In Nineveh, ...').
Paraphrases the way different outlets word them, and near-misses where no other incident must be read."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 6, 19)


def drafted(text):
    return [d.values() for d in draft_incidents(text, PUBLISHED)]


# --- one reader of another of a series, or of one told apart in words ----------------------------------------------

@pytest.mark.parametrize("text, second", [
    ("An Islamic State attack on the village of Zanqar on Sunday night killed two villagers. He said a second group "
     "of attackers fired on the army's response force on the road to Daquq, wounding two soldiers.",
     (None, 2)),
    ("Gunmen killed a shepherd near Hawija on Sunday. Police said another group of gunmen wounded three policemen at a "
     "checkpoint near Riyadh the same night.", (None, 3)),
    ("A Turkish drone strike killed two PKK members near Sidakan on Monday. Officials said another drone strike hit a "
     "car near Bradost later, killing one person.", (1, None)),
    ("Mortar shells wounded two farmers near Amirli on Monday. A separate rocket attack on a PMF post near Tuz wounded "
     "a fighter.", (None, 1)),
    ("A roadside bomb wounded two soldiers near Tarmiyah on Tuesday. A police officer was killed when a second device "
     "exploded as a rescue team arrived.", (1, None)),
    ("انفجرت عبوة ناسفة على دورية للجيش في قضاء الطوز ما أدى إلى إصابة جنديين. وانفجرت عبوة ثانية قرب الدورية ذاتها "
     "ما أدى إلى مقتل جندي.", (1, None)),
])
def test_another_of_a_series_is_drafted_apart(text, second):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert (drafts[1].get("fatalities"), drafts[1].get("wounded")) == second


@pytest.mark.parametrize("text", [
    "A roadside bomb wounded two soldiers near Tarmiyah on Tuesday. A second device was found and defused nearby.",
    "Gunmen killed two policemen at a checkpoint near Hawija on Sunday. Another policeman was wounded in the attack.",
    "A drone strike killed two PKK members near Sidakan on Monday. A second man wounded in the strike died later.",
])
def test_more_of_the_same_incident_is_not_drafted_apart(text):
    assert len(drafted(text)) == 1


# --- numbered strikes, and an incident told apart with nobody hurt -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkish drones carried out two strikes in Duhok province on Saturday. The first hit a vehicle near Sharanish, "
    "killing two PKK members. The second targeted an empty building near Bamarni; there were no casualties.",
    "Iranian artillery fired on two areas of Sidakan on Monday. The first barrage killed a shepherd near Rezan. The "
    "second struck a hillside near Bradost, causing no casualties.",
    "Two rockets were fired at the airport of Erbil overnight. The first hit a car park, wounding two guards. The "
    "second fell in an empty field near Kalak; no one was hurt.",
    "Iranian artillery shelled the mountains near Zalan on Tuesday morning, killing a smuggler. A second barrage struck "
    "the border hills near Penjwen on Wednesday afternoon; there were no casualties.",
])
def test_the_next_strike_told_apart_with_nobody_hurt_is_drafted(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1].get("wounded") == 0


@pytest.mark.parametrize("text", [
    "Two soldiers were wounded when gunmen attacked a checkpoint near Hawija on Monday. The first was treated at the "
    "scene. The second died in hospital.",
    "A drone strike hit a car near Sinjar on Sunday, killing two men. The first was a YBS commander. The second was his "
    "driver.",
])
def test_the_second_of_the_counted_is_no_incident(text):
    assert len(drafted(text)) == 1


# --- casualties before the first event word, in a sentence opening with a period ------------------------------------

@pytest.mark.parametrize("text", [
    "In early June, a PMF checkpoint near Amirli came under fire from ISIS militants, wounding one fighter. On Tuesday, "
    "a roadside bomb hit a PMF vehicle in the same area, killing two fighters.",
    "Last month, a Peshmerga position near Makhmour came under sniper fire, wounding two Peshmerga. On Monday, an "
    "explosive device killed a shepherd near the town.",
    "In late May, three farmers were wounded by gunfire near Tuz Khurmatu. On Sunday, a bomb killed two soldiers near "
    "the town.",
])
def test_casualties_of_a_period_told_first_are_their_own_incident(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1].get("fatalities") in (1, 2)


def test_a_lead_without_a_period_stays_the_main_incident():
    text = ("Two soldiers were wounded near Hawija on Monday. In a later statement, the army said a roadside bomb had "
            "hit their vehicle.")
    assert len(drafted(text)) == 1


# --- an English sentence opening with another place ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Iraqi army units killed four terrorists in an ambush in the Wadi al-Shay area south of Kirkuk on Sunday. In "
    "Nineveh, a Counter-Terrorism Service force killed two IS members near Tal Afar on Monday, the Cell added.",
    "Gunmen wounded two policemen at a checkpoint near Hawija on Sunday. In Diyala, three shepherds were abducted "
    "near Jalawla on Monday.",
    "A roadside bomb wounded three soldiers near Tuz Khurmatu on Tuesday. Near Sinjar, a Turkish drone killed two YBS "
    "fighters the same day.",
])
def test_a_sentence_opening_with_another_place_with_casualties_is_drafted_apart(text):
    assert len(drafted(text)) == 2


@pytest.mark.parametrize("text", [
    "Gunmen wounded two policemen at a checkpoint near Hawija on Sunday. In Hawija, residents said the attackers fled "
    "on motorbikes.",
    "Iraqi army units killed four terrorists near Kirkuk on Sunday. In Baghdad, the ministry of defence praised the "
    "operation.",
    "A roadside bomb killed two soldiers near Tuz Khurmatu on Sunday. In Kirkuk, hospital officials said four wounded "
    "soldiers were being treated.",
])
def test_a_place_opening_without_casualties_or_place_of_its_own_starts_no_incident(text):
    assert len(drafted(text)) == 1


# --- an incident told with no event word, nobody hurt -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Unknown assailants set fire to a church hall in Qaraqosh overnight Thursday, causing damage but no casualties, the "
    "church committee said.",
    "Dozens of contract teachers blocked the main road in Kalar on Wednesday morning demanding permanent posts. Police "
    "dispersed the gathering and no casualties were reported.",
    "A shop selling alcohol was set ablaze in Khanaqin early on Tuesday; no one was hurt, police said.",
    "أقدم مسلحون مجهولون مساء السبت على إحراق نحو ٧٠ دونماً من حقول الحنطة في قرية تل الذهب، ولم تُسجل إصابات.",
])
def test_a_report_with_nobody_hurt_and_no_event_word_is_drafted(text):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert drafts[0].get("wounded") == 0


@pytest.mark.parametrize("text", [
    "Thousands of pilgrims gathered in Tuz Khurmatu on Tuesday to commemorate Ashura; police reported no incidents.",
    "UNAMI documented no civilian casualties in Kirkuk in May, the Mission said.",
    "The army said no casualties were reported in Kirkuk over the Eid holiday.",
    "Police reported no casualties during the Ashura processions in Kirkuk on Tuesday.",
])
def test_a_report_of_no_incident_is_not_drafted(text):
    assert drafted(text) == []


@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون مساء السبت على إحراق حقول في قرية تل الذهب، ولم تُسجل إصابات. وهذه ثالث حادثة حرق خلال "
    "الشهر الجاري، إذ أُحرقت يوم الخميس الماضي حقول شعير قرب طوزخورماتو، واتهم مزارعون فلول داعش بالوقوف وراءها.",
    "أقدم مجهولون فجر الأحد على إحراق حاصدة في قرية تل الذهب، دون إصابات. وهذا ثاني اعتداء من نوعه خلال أسبوع، إذ "
    "اتهم الأهالي فلول داعش بإحراق جرار في قرية مجاورة.",
])
def test_the_actor_of_an_incident_told_apart_by_its_ordinal_is_not_the_first_ones(text):
    drafts = drafted(text)
    assert drafts[0].get("actor1") == "Unidentified Armed Group (Iraq)"


# --- one more of a series: the day and the side told before -------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("An Islamic State attack on the village of Zanqar on Sunday night killed two villagers. He said a second group "
     "of attackers fired on the army's response force on the road to Daquq, wounding two soldiers.",
     "Islamic State (Iraq)"),
    ("Turkish drones carried out two strikes in Duhok province on Saturday. The first hit a vehicle near Sharanish, "
     "killing two PKK members. The second targeted an empty building near Bamarni; there were no casualties.",
     "Military Forces of Turkey"),
])
def test_one_more_of_a_series_has_the_day_and_the_side_told_before(text, actor):
    first, second = drafted(text)
    assert second.get("event_date") == first.get("event_date")
    assert second.get("actor1") == actor


# --- a protest told in passing, and told again --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Families of Yazidi survivors held a sit-in in front of the Sinjar district council on Monday demanding news of "
    "missing relatives. Meanwhile, gunmen wounded a local official in Sinjar on Tuesday evening, police said.",
    "Protesters set fire to tyres in Dibis on Saturday; three policemen were injured by stones. A day earlier, "
    "hundreds of graduates held a peaceful sit-in in front of the North Oil Company in Kirkuk.",
    "Dozens of contract teachers blocked the main road in Kalar on Wednesday demanding permanent posts. Separately, a "
    "roadside bomb wounded two soldiers near Kifri on Thursday.",
])
def test_a_protest_told_in_passing_is_drafted(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert "Protests" in {d.get("event_type") for d in drafts}


@pytest.mark.parametrize("text", [
    "Families in the village of Karamles held a sit-in on Saturday against the presence of armed groups. On Sunday, "
    "the sit-in ended after the district commissioner promised talks.",
    "Hundreds of residents staged a protest in Kalar on Monday demanding electricity. On Tuesday, the protest "
    "continued outside the district council building.",
])
def test_a_protest_told_again_on_a_later_day_is_the_same_incident(text):
    assert len(drafted(text)) == 1


def test_a_road_blocked_by_a_force_is_no_protest():
    drafts = drafted("Security forces blocked the road between Sinjar and Snuny on Monday after a roadside bomb wounded "
                     "two soldiers.")
    assert [d.get("event_type") for d in drafts] != ["Protests"]


# --- 'besides' in Arabic, and a region named after 'on the' ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أصيب جنديان بانفجار عبوة ناسفة في وادي زغيتون فجر اليوم، فضلاً عن إحراق ثلاث حاصدات على يد مجهولين في أطراف "
    "قضاء الدبس مساء أمس، من دون خسائر بشرية.",
    "قتل مدني برصاص مسلحين مجهولين في ناحية الملتقى مساء أمس، علاوة على إصابة شرطيين بهجوم على سيطرة في قضاء الحويجة.",
    "أصيب راعٍ بانفجار لغم في وادي الشاي صباح اليوم، إضافة إلى مقتل جندي بقصف على نقطة في ناحية العظيم.",
])
def test_an_arabic_clause_after_besides_at_another_place_is_drafted_apart(text):
    assert len(drafted(text)) == 2


def test_besides_at_no_place_of_its_own_stays_one_incident():
    text = "قتل جندي بانفجار عبوة ناسفة في وادي الشاي فجر اليوم، فضلاً عن إصابة اثنين من رفاقه."
    assert len(drafted(text)) == 1


@pytest.mark.parametrize("text", [
    "The PKK said two of its fighters were killed in a Turkish drone strike on Sunday near Shiladze. Turkey's defence "
    "ministry said on Monday its jets had hit PKK positions in air strikes on the Zap region on Saturday.",
    "The PKK said one of its fighters was killed in a drone strike near Sidakan on Tuesday. Turkish officials said "
    "artillery had shelled targets on the Gara mountains on Monday.",
])
def test_an_earlier_strike_on_a_region_named_after_on_the_is_drafted_apart(text):
    assert len(drafted(text)) == 2


# --- an Arabic protest told on 'the next day' -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل مزارع وأُصيب ابنه بهجوم مسلح مساء الجمعة قرب ناحية سليمان بيك.\n"
    "وتظاهر أهالي الناحية في اليوم التالي مطالبين بنشر قوات إضافية.",
    "قُتل شرطي بهجوم مسلح على سيطرة في قضاء طوزخورماتو مساء الأحد.\n"
    "واعتصم العشرات من ذويه في اليوم التالي أمام مبنى القائممقامية مطالبين بكشف الجناة.",
])
def test_an_arabic_protest_on_the_next_day_is_drafted_apart(text):
    drafts = drafted(text)
    assert [d.get("event_type") for d in drafts][1:] == ["Protests"]


def test_a_death_on_the_next_day_is_no_protest_and_no_other_incident():
    text = ("أُصيب مزارع وابنه بهجوم مسلح مساء الجمعة قرب ناحية سليمان بيك.\n"
            "وتوفي الابن متأثراً بجراحه في اليوم التالي.")
    assert len(drafted(text)) == 1


# --- an Arabic summary's clause on another day with nobody hurt ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "خلال أيار الماضي سُجلت في قضاء الدبس حادثتان: ففي الثالث منه عُثر على جثة راعٍ مقتولاً بالرصاص قرب قرية كاني "
    "دوملان، فيما أحرق مجهولون في أواخر الشهر حقلاً للحنطة دون وقوع إصابات.",
    "شهد قضاء داقوق الشهر الماضي حادثتين: ففي الخامس منه أصيب شرطيان بانفجار عبوة ناسفة، فيما أضرم مجهولون في "
    "منتصف الشهر النار في بيدر للشعير دون إصابات.",
])
def test_a_summary_clause_on_another_day_with_nobody_hurt_is_drafted(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1].get("wounded") == 0


def test_nobody_hurt_told_of_the_same_day_stays_one_incident():
    text = "انفجرت عبوة ناسفة على دورية للجيش في قضاء الطوز صباح اليوم، فيما لم تسجل أي إصابات."
    assert len(drafted(text)) == 1


# --- 'في المقابل' (on the other side) at another place --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلنت خلية الإعلام الأمني مقتل خمسة من عناصر داعش في ضربة جوية فجر اليوم على وكر في وادي الشاي جنوب كركوك.\n"
    "في المقابل، نقلت وكالة أعماق أن مقاتلي التنظيم هاجموا ثكنة للجيش قرب قضاء الحويجة مساء الاثنين.",
    "قتل جنديان بقصف تركي على نقطة حدودية قرب ناحية كاني ماسي صباح اليوم.\n"
    "وفي المقابل، قال الحزب إن مقاتليه هاجموا قاعدة تركية في منطقة متينا مساء أمس وقتلوا ثلاثة جنود.",
])
def test_on_the_other_side_at_another_place_is_another_incident(text):
    assert len(drafted(text)) == 2


def test_on_the_other_side_at_no_place_of_its_own_goes_on():
    text = ("قتل جنديان بهجوم مسلح على سيطرة في قضاء الحويجة صباح اليوم.\n"
            "في المقابل، نفى التنظيم أي صلة له بالهجوم.")
    assert len(drafted(text)) == 1


def test_a_sentence_told_apart_with_no_cue_nor_day_does_not_take_the_incident_s_later_deaths():
    text = ("Gunmen wounded three soldiers at a checkpoint near Hawija on Sunday. Meanwhile, the army sent reinforcements "
            "to the area. Two of the wounded soldiers later died in hospital.")
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == [(2, 1)]
