"""Drafting rules of round 6 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import IRAQ, ISIS, UNIDENTIFIED, only, who

PESHMERGA = "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"


# --- state forces that killed militants: a fight, even with arrests after it, and its subject past a place --------

@pytest.mark.parametrize("text, actor", [
    ("Army forces on the Iraqi-Syrian border killed a terrorist and arrested another on Monday night near Rabia.",
     IRAQ),
    ("Iraqi troops in the Hamrin mountains killed three ISIS militants on Sunday, the army said.", IRAQ),
    ("Soldiers of the Iraqi army at a checkpoint near Tuz Khurmatu killed two militants on Sunday.", IRAQ),
    ("Peshmerga forces near Gwer killed two insurgents who tried to cross the Zab river on Sunday.", PESHMERGA),
    ("قوة من الجيش العراقي تقتل اثنين من عناصر داعش خلال اشتباك في سلسلة جبال مكحول شمالي بيجي.", IRAQ),
])
def test_state_forces_that_killed_militants_fought_them(text, actor):
    draft = only(text)
    assert (draft["event_type"], draft.get("actor1")) == ("Battles", actor)


@pytest.mark.parametrize("text", [
    "Two militants were killed on Sunday when the explosives they were planting went off near Tuz Khurmatu.",
    "ISIS militants killed two shepherds near Gwer on Sunday, Peshmerga forces said.",
])
def test_militants_killed_by_no_state_force_are_no_state_fight(text):
    draft = only(text)
    assert draft.get("actor1") not in (IRAQ, PESHMERGA)


def test_a_strike_by_an_air_force_is_an_air_strike():
    draft = only("- 8 June: The Security Media Cell said an Iraqi Air Force strike killed three IS militants in "
                 "Wadi al-Shay.")
    assert (draft["sub_event_type"], draft.get("actor1")) == ("Air/drone strike", IRAQ)


# --- an attack on a police station by gunmen: a fight with the police ---------------------------------------------

@pytest.mark.parametrize("text", [
    "في ٨ آب/أغسطس، هاجم مسلحون مجهولون مركزاً للشرطة في ناحية زمار، ما أسفر عن إصابة شرطيين اثنين.",
    "هاجم مسلحون مجهولون مخفراً في ناحية زمار مساء الاثنين، ما أدى إلى إصابة شرطيين اثنين.",
    "أصيب شرطيان اثنان بهجوم شنه مسلحون مجهولون على مخفر ناحية زمار مساء الاثنين.",
])
def test_gunmen_attacking_a_police_station_is_a_fight(text):
    draft = only(text)
    assert (draft["event_type"], *who(draft)) == ("Battles", UNIDENTIFIED, "unknown")


# --- gunmen believed to be of ISIS, past 'members of the organisation' -------------------------------------------

@pytest.mark.parametrize("text", [
    "قُتل مواطن من المكون الكاكائي، مساء الأحد، إثر هجوم شنه مسلحون يُعتقد أنهم من عناصر تنظيم \"داعش\" على قرية "
    "زردة التابعة لقضاء داقوق.",
    "قُتل مزارع، مساء الأحد، بهجوم مسلحين يُعتقد أنهم من عناصر تنظيم داعش على قرية زردة في قضاء داقوق.",
    "هاجم مسلحون يُرجح أنهم من عناصر تنظيم «داعش» قرية زردة في قضاء داقوق مساء الأحد، ما أسفر عن مقتل مزارع.",
])
def test_gunmen_believed_members_of_isis_attacking_a_village(text):
    draft = only(text)
    assert (draft["event_type"], *who(draft)) == ("Violence against civilians", ISIS, "suspected")


def test_members_of_the_police_attacked_is_still_a_fight():
    draft = only("هاجم مسلحون مجهولون عناصر الشرطة في ناحية زمار مساء الاثنين، ما أدى إلى إصابة اثنين منهم.")
    assert draft["event_type"] == "Battles"
