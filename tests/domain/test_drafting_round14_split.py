"""Drafting rules of round 14 (issue 15, one draft per incident), from the incidents of parts Z9-Z16 left without a
draft: an English sentence opening with a town of its own ('In Hawija, an army officer was wounded on Sunday ...')
or naming the outskirts of another town ('Iranian artillery also shelled the outskirts of Sidakan on Tuesday') names
a place apart from the incident before it, and so tells another incident. Paraphrases the way different outlets
word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 4, 18)  # a Thursday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a sentence opening with a town of its own, or naming the outskirts of another town ----------------------------

@pytest.mark.parametrize("text", [
    "Iraqi jets struck an ISIS cave in the Hamrin mountains on Monday, killing four militants, the Security Media "
    "Cell said. In Hawija, a soldier was wounded on Tuesday when a roadside bomb hit his patrol, the cell added.",
    "Army aircraft bombed an Islamic State hideout in the Wadi al-Shay valley on Monday, killing two militants. "
    "In Daquq, two policemen were injured on Tuesday when gunmen attacked their checkpoint.",
    "Turkish drones hit a vehicle near Sinjar on Monday, killing three PKK-affiliated fighters, local officials said. "
    "In Makhmour, a shepherd was killed on Tuesday when an old mine exploded.",
    "A drone attack on Monday struck the office of an Iranian Kurdish party near Koya, wounding two of its members. "
    "Iranian artillery also shelled the outskirts of Sidakan on Tuesday, injuring a farmer, a local official said.",
    "Gunmen killed a Kakai farmer near Daquq on Monday, police said. Turkish warplanes also bombed the outskirts of "
    "Amadiya on Tuesday, wounding two villagers.",
])
def test_a_town_of_its_own_another_day_tells_another_incident(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-15"
    assert second["event_date"] == "2024-04-16"
    assert "fatalities" in first or "wounded" in first
    assert "fatalities" in second or "wounded" in second


@pytest.mark.parametrize("text", [
    # the same town told again: one incident
    "Gunmen attacked a police checkpoint in Hawija on Monday, killing one policeman. In Hawija, two more policemen "
    "were wounded in the attack, the source said.",
    # a month, no town: 'In December, ...' opens no place of its own
    "A roadside bomb wounded two soldiers near Tuz Khurmatu on Monday. In March, the army launched an operation "
    "in the area.",
    # another town's reaction, no casualties nor day of its own
    "Gunmen killed two shepherds near Daquq on Monday, police said. In Tuz Khurmatu, the local council condemned "
    "the killing.",
])
def test_no_town_of_its_own_tells_no_other_incident(text):
    assert len(drafted(text)) == 1


# --- 'a separate rally', 'a similar attack', 'هجوم مماثل': another event of a series, told on a day of its own -------

@pytest.mark.parametrize("text", [
    "Police fired tear gas at stone-throwing demonstrators in Kirkuk on Tuesday, and nine people were injured. "
    "A separate rally held by students on Monday in Kirkuk's Rahimawa neighbourhood ended without incident.",
    "Protesters clashed with security forces outside the council building in Tuz Khurmatu on Tuesday, leaving six "
    "injured. A separate protest by farmers in Daquq on Monday passed off peacefully.",
    "أصيب شخصان بانفجار عبوة صوتية ألقاها مجهولون على منزل في حي الواسطي بكركوك، مساء الثلاثاء. ولم تسجل أي "
    "إصابات في هجوم مماثل استهدف محلاً تجارياً في الحي نفسه يوم الأحد الماضي.",
    "قتل مواطن بإطلاق نار من مسلحين مجهولين على سيارته في قضاء داقوق، مساء الثلاثاء. وكان اعتداء مماثل قد أسفر "
    "عن إصابة سائق في القضاء ذاته يوم الأحد الماضي.",
])
def test_a_separate_or_similar_event_on_another_day_is_its_own_incident(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-16"
    assert second["event_date"] < "2024-04-16"


@pytest.mark.parametrize("text", [
    # no day of its own: the similar attacks of the past are background
    "Gunmen wounded a shopkeeper in Kirkuk's Wasiti neighbourhood on Tuesday. Residents fear a similar attack could "
    "happen again.",
    "أصيب شخصان بانفجار عبوة صوتية ألقاها مجهولون على منزل في حي الواسطي بكركوك، مساء الثلاثاء. ويخشى الأهالي "
    "من تكرار هجوم مماثل.",
])
def test_a_similar_event_without_a_day_is_no_incident(text):
    assert len(drafted(text)) == 1


# --- casualties told first with no event word, then an event opening with a period of its own ----------------------

@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون، مساء الثلاثاء، على إطلاق النار على منزل مزارع في قرية تابعة لقضاء داقوق، ما أسفر عن "
    "إصابة المزارع وشقيقه بجروح. وفي الشهر الماضي، قُتل مزارع برصاص مسلحين مجهولين في قرية أخرى تابعة للقضاء.",
    "Two shepherds were wounded on Tuesday by gunfire from unknown men near Daquq, a police source said. Last month, "
    "a farmer was killed in an attack by gunmen in the same district.",
])
def test_an_event_opening_with_a_past_period_after_casualties_is_its_own_incident(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-16" and first["wounded"] == 2
    assert second["fatalities"] == 1 and "wounded" not in second
