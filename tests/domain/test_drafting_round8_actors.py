"""Drafting rules of round 8 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import drafted, only

# --- a rocket or shell 'of unknown origin' that landed or hit: shelling -------------------------------------------

@pytest.mark.parametrize("text", [
    "On 27 March, a rocket of unknown origin landed in a residential area of Bashiqa, injuring a woman and two "
    "children.",
    "A rocket of unidentified origin hit a house in Tuz Khurmatu on Monday, wounding two people.",
    "Two rockets of unknown origin fell near Amirli on Sunday night, damaging a house, police said.",
    "A mortar round of unknown source struck a farm near Daquq on Tuesday, injuring a shepherd.",
    "Projectiles of undetermined origin landed on the outskirts of Sinjar on Friday, wounding a child.",
])
def test_a_rocket_of_unknown_origin_that_landed_is_shelling(text):
    draft = only(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Explosions/Remote violence",
                                                              "Shelling/artillery/missile attack")
    assert draft.get("actor1") is None


@pytest.mark.parametrize("text", [
    "Residents of Bashiqa protested on Monday over the origin of the rockets stored near the town.",
    "Farmers in Daquq demonstrated on Tuesday demanding compensation for their lost crops.",
])
def test_no_rocket_landing_is_no_shelling(text):
    assert all(d.get("event_type") != "Explosions/Remote violence" for d in drafted(text))


# --- a claim told of 'the group' / 'التنظيم' after the group was named as the attacker --------------------------------

@pytest.mark.parametrize("text", [
    "قُتل مقاتلان من البيشمركة وأصيب ثلاثة آخرون في هجوم شنه مسلحو داعش مساء الجمعة على موقع للبيشمركة قرب قرية "
    "قره سالم. وتبنى التنظيم الهجوم في بيان نشرته وكالة أعماق.",
    "هاجم مسلحو داعش نقطة للجيش قرب ناحية العظيم فجر الأحد ما أسفر عن مقتل جندي. وأعلن التنظيم تبنيه الهجوم.",
    "Islamic State fighters attacked an army post near Tarmiyah on Friday, killing two soldiers. The group claimed "
    "the attack in a statement on Saturday.",
    "ISIS militants ambushed a PMF patrol near Mutaibija on Sunday, killing three fighters. The group later claimed "
    "responsibility through its Amaq agency.",
])
def test_the_group_that_claimed_the_attack_gives_a_claim(text):
    draft = drafted(text)[0]
    assert draft["actor1"] == "Islamic State (Iraq)"
    assert draft["attribution"] == "claimed"


@pytest.mark.parametrize("text", [
    "هاجم مسلحو داعش نقطة للجيش قرب ناحية العظيم فجر الأحد ما أسفر عن مقتل جندي. ولم يتبن التنظيم الهجوم حتى الآن.",
    "Islamic State fighters attacked an army post near Tarmiyah on Friday, killing two soldiers. The group has not "
    "commented on the attack.",
])
def test_the_group_named_with_no_claim_gives_none(text):
    draft = drafted(text)[0]
    assert draft["actor1"] == "Islamic State (Iraq)"
    assert draft.get("attribution") != "claimed"
