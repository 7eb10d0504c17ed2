"""Drafting rules of round 12 (issue 15, one draft per incident), from the abductions of parts Z1-Z4 that got no
draft of their own or whose figures went to another incident: a body found, then the abduction of the one found told
after it in the pluperfect ('He had been abducted by gunmen on Thursday evening') is one incident, dated the
abduction; an earlier abduction told in passing with a month of its own ('as the group abducted four truffle hunters
in the same area last March') is an incident of its own, with its own count; after a lead telling a risen toll, an
earlier incident told in the pluperfect in a month of its own ('وكان القضاء قد شهد في كانون الثاني الماضي انفجار
عبوة') is not the event whose toll rose. Paraphrases the way different outlets word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 4, 22)  # a Monday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a body found, then the abduction of the one found, told after in the pluperfect ---------------------------------

@pytest.mark.parametrize("text", [
    "The body of a young man from Daquq was found on Sunday morning in an irrigation canal near the village of Albu "
    "Mahmoud, his family said. He had been abducted by gunmen at a checkpoint on the Daquq road on Thursday evening.",
    "Police recovered the body of a shepherd on Sunday in Dibis. He had been kidnapped by unknown gunmen on Thursday "
    "while grazing his sheep.",
    "A taxi driver was found shot dead on Sunday on the outskirts of Tuz Khurmatu. The man had been abducted on "
    "Thursday after picking up two passengers, relatives said.",
    "The body of a Kakai farmer was discovered on Sunday near Daquq, police said. The farmer had reportedly been "
    "kidnapped from his field on Thursday.",
    "عثرت الشرطة صباح الأحد على جثة شاب في قناة ري قرب قضاء داقوق. وكان مسلحون مجهولون قد اختطفوه مساء الخميس من "
    "سيارته.",
])
def test_the_abduction_of_the_one_found_told_after_is_one_incident(text):
    (draft,) = drafted(text)
    assert draft["fatalities"] == 1
    assert draft["event_date"] == "2024-04-18"  # the abduction's day, not the day the body was found


@pytest.mark.parametrize("text", [
    # another victim, told apart in a month of its own
    "The body of a young man was found on Sunday in an irrigation canal near Dibis, police said. Last month, a "
    "schoolteacher was kidnapped in Kirkuk by armed men and released five days later.",
    # another victim, in another incident told apart
    "The body of a young man was found on Sunday near Daquq. In a separate incident, a shepherd was kidnapped by "
    "gunmen near Dibis on Thursday.",
])
def test_another_abduction_after_a_body_found_is_told_apart(text):
    assert len(drafted(text)) == 2


# --- an earlier abduction told in passing, with a month of its own --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Armed men kidnapped two truffle hunters in the desert west of Rabia on Friday, a tribal leader said. Islamic "
    "State is suspected, he added, as the group abducted four truffle hunters in the same area last March.",
    "Gunmen kidnapped two shepherds near Tuz Khurmatu on Friday, relatives said. Locals fear the same cell, which "
    "abducted four farmers in the area last January, is behind it.",
    "Two truffle hunters were abducted near Rutba on Friday. The same group had kidnapped four hunters in the desert "
    "in February, a tribal elder said.",
    "Gunmen abducted two shepherds near Makhmour on Friday. Residents recalled that militants kidnapped four men from "
    "the same village last February.",
])
def test_an_earlier_abduction_in_a_month_of_its_own_is_its_own_incident(text):
    main, earlier = drafted(text)
    assert (main["abducted"], earlier["abducted"]) == (2, 4)
    assert main["event_date"] == "2024-04-19" and earlier["event_date"] < "2024-04-01"


@pytest.mark.parametrize("text", [
    # the abduction told again, no month of its own
    "Armed men kidnapped two truffle hunters in the desert west of Rabia on Friday, a tribal leader said. Islamic "
    "State is suspected, he added, as the group abducted hunters in the same area before.",
    # 'last month' of the same abduction's victims, no count of their own
    "Armed men kidnapped two truffle hunters near Rabia on Friday. The two had returned from Syria last month.",
])
def test_an_abduction_told_again_is_no_other_incident(text):
    (draft,) = drafted(text)
    assert draft["abducted"] == 2


def test_last_month_name_is_the_latest_such_month_before_the_report():
    (draft,) = drafted("Gunmen abducted four farmers near Rabia last March, a tribal leader said on Monday.")
    assert draft["event_date"].startswith("2024-03")


# --- a risen toll, then an earlier incident in the pluperfect with a month of its own ---------------------------------

@pytest.mark.parametrize("text", [
    "ارتفعت حصيلة انفجار سيارة مفخخة في سوق قضاء طوزخورماتو مساء السبت إلى سبعة قتلى و١٩ جريحاً، بحسب مصدر طبي.\n"
    "وكان القضاء قد شهد في كانون الثاني الماضي انفجار عبوة ناسفة أسفر عن إصابة أربعة مدنيين.",
    "ارتفعت حصيلة الهجوم على نقطة للجيش قرب قضاء خانقين مساء السبت إلى خمسة قتلى، بحسب مصدر أمني.\n"
    "وكانت المنطقة قد شهدت في شباط الماضي هجوماً مماثلاً أسفر عن مقتل جنديين.",
    "ارتفعت حصيلة انفجار عبوة ناسفة في ناحية العظيم مساء السبت إلى ثلاثة قتلى.\n"
    "وكان مسلحون قد هاجموا الناحية في كانون الثاني الماضي ما أسفر عن إصابة ستة مدنيين.",
])
def test_an_earlier_incident_in_a_month_of_its_own_after_a_risen_toll_is_its_own(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1]["event_date"] < "2024-03-01"


@pytest.mark.parametrize("text", [
    # the event whose toll rose, told in the pluperfect on its own day
    "ارتفعت حصيلة ضحايا الهجوم على حفل زفاف في قضاء الدبس إلى سبعة قتلى.\n"
    "وكان مسلحون مجهولون قد أطلقوا النار على المدعوين مساء الجمعة.",
])
def test_the_event_of_the_risen_toll_stays_one_incident(text):
    assert len(drafted(text)) == 1


# --- the reason given for a suspicion: an earlier event of its own ('..., as the group abducted four hunters there
# last March') ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen kidnapped two shepherds near Rabia on Friday. ISIS is suspected, police said, as the group abducted four "
    "shepherds in the same area in February.",
    "Gunmen kidnapped two shepherds near Rabia on Friday. Police suspect an ISIS cell, since it kidnapped four farmers "
    "near the village last January.",
    "Gunmen kidnapped two shepherds near Rabia on Friday. Relatives blame Islamic State, because the militants "
    "abducted four of their cousins there last February.",
])
def test_the_reason_for_a_suspicion_told_as_an_earlier_abduction_is_its_own_incident(text):
    main, earlier = drafted(text)
    assert (main["abducted"], earlier["abducted"]) == (2, 4)
    assert main["actor1"] == "Islamic State (Iraq)" and main["attribution"] == "suspected"


@pytest.mark.parametrize("text", [
    # the reason tells no event of its own
    "Gunmen kidnapped two shepherds near Rabia on Friday. ISIS is suspected, police said, as the group is active in "
    "the area.",
    # the clause before it tells the event: the same incident's course
    "Gunmen kidnapped two shepherds near Rabia on Friday, as they grazed their sheep.",
])
def test_a_reason_with_no_event_and_day_of_its_own_tells_no_other_incident(text):
    assert len(drafted(text)) == 1


# --- the dead counted, then told abducted by a pronoun in the next sentence: as many abducted ---------------------------

@pytest.mark.parametrize("text, count", [
    ("The body of a young man was found on Sunday near Daquq. He had been abducted by gunmen on Thursday evening.", 1),
    ("The bodies of two shepherds were found on Sunday near Daquq. They had been kidnapped by gunmen on Thursday.", 2),
    ("Police recovered the body of a woman on Sunday in Dibis. She had reportedly been kidnapped on Thursday.", 1),
])
def test_the_dead_told_abducted_by_a_pronoun_after_count_the_abducted(text, count):
    (draft,) = drafted(text)
    assert (draft["fatalities"], draft["abducted"]) == (count, count)


@pytest.mark.parametrize("text", [
    # the pronoun does not agree with the count
    "The body of a shepherd was found on Sunday near Daquq. They had been kidnapped by gunmen on Thursday.",
    # no abduction told
    "Gunmen killed a shepherd near Daquq on Sunday. He had been threatened before.",
])
def test_no_abduction_count_without_an_agreeing_pronoun(text):
    assert drafted(text)[0].get("abducted") is None
