"""Drafting rules of round 7 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

import pytest
from test_drafting_round4_actors import drafted, only

# --- a protest told first that a later sentence of the same incident tells turning violent: a riot ----------------

@pytest.mark.parametrize("text", [
    "Hundreds of farmers protested in Daquq on Monday against the water cuts. Protesters later set fire to tyres and "
    "blocked the main road, police said.",
    "Residents of Tuz Khurmatu demonstrated on Sunday over the electricity shortage. Some demonstrators later clashed "
    "with the police guarding the district building, and three people were hurt.",
    "Students rallied in front of the university in Kirkuk on Tuesday to protest the exam results. The protesters "
    "threw stones at the building before they were dispersed.",
    "تظاهر العشرات من أهالي ناحية الرشاد، يوم الأحد، احتجاجاً على انقطاع المياه. وأضرم محتجون النار في إطارات "
    "السيارات وقطعوا الطريق العام.",
    "نظم المئات من أهالي قضاء مخمور تظاهرة أمام مبنى القائممقامية، أمس الاثنين. وأوضح شهود أن المتظاهرين رشقوا "
    "القوات الأمنية بالحجارة.",
    "خرج العشرات من الخريجين في تظاهرة وسط كركوك، صباح الثلاثاء، للمطالبة بالتعيين. واشتبك المتظاهرون مع عناصر "
    "حماية المبنى.",
])
def test_a_protest_that_turns_violent_later_is_a_riot(text):
    draft = only(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Riots", "Violent demonstration")
    assert draft.get("actor1") is None


@pytest.mark.parametrize("text", [
    "Hundreds of farmers protested peacefully in Daquq on Monday against the water cuts. The protest ended at noon "
    "without incident, police said.",
    "تظاهر العشرات من أهالي ناحية الرشاد، يوم الأحد، احتجاجاً على انقطاع المياه. وانتهت التظاهرة بشكل سلمي.",
    "Residents of Tuz Khurmatu demonstrated on Sunday over the electricity shortage. The demonstrators then marched "
    "to the district building and dispersed peacefully.",
])
def test_a_protest_told_with_no_violence_stays_peaceful(text):
    draft = only(text)
    assert (draft["event_type"], draft["sub_event_type"]) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "احتج العشرات من أهالي ناحية برطلة، اليوم الثلاثاء، على اعتداء تعرض له شاب عند نقطة تفتيش. واتهم المحتجون "
    "عناصر النقطة بالاعتداء عليه.",
    "Dozens of residents of Bashiqa protested on Tuesday over an assault on a young man at a checkpoint. The "
    "protesters accused the checkpoint guards of the assault and set up tents.",
])
def test_what_protesters_accuse_others_of_is_no_riot(text):
    drafts = [d for d in drafted(text) if d.get("event_type") in ("Protests", "Riots")]
    assert [d["event_type"] for d in drafts] == ["Protests"]


# --- clashes told as a noun between a state force and a side the text names as no actor: the state force ----------

@pytest.mark.parametrize("text, actor", [
    ("اندلعت اشتباكات مسلحة بين قوة من الشرطة الاتحادية ومطلوبين في قرية البوعزام، مساء الأحد، أسفرت عن مقتل أحد "
     "المطلوبين.", "Police Forces of Iraq"),
    ("Clashes broke out between a police force and wanted men in the village of Albu Azzam on Sunday, killing one of "
     "the wanted men.", "Police Forces of Iraq"),
    ("An exchange of fire between Iraqi army troops and smugglers near Rabia on Sunday left one smuggler dead.",
     "Military Forces of Iraq"),
    ("وقع اشتباك مسلح بين دورية للجيش العراقي ومهربين قرب ناحية ربيعة، مساء الأحد، أسفر عن مقتل أحد المهربين.",
     "Military Forces of Iraq"),
])
def test_the_one_state_side_of_clashes_fought(text, actor):
    draft = only(text)
    assert (draft["event_type"], draft.get("actor1")) == ("Battles", actor)


@pytest.mark.parametrize("text", [
    "Clashes broke out between Peshmerga and Iraqi army troops near Makhmour on Sunday, killing one soldier.",
    "Clashes between two tribes near Hawija on Sunday killed three people.",
])
def test_clashes_with_no_lone_state_side_name_no_state_perpetrator(text):
    draft = only(text)
    assert draft.get("actor1") is None


# --- an armed group named as what the place is known for is not who did it -----------------------------------------

@pytest.mark.parametrize("text", [
    "Two soldiers were killed when an improvised explosive device went off under their patrol in the Wadi al-Shay "
    "area on Tuesday, a security source said. The source said the area is used by Islamic State remnants as a "
    "hideout, but no group has claimed the attack.",
    "A roadside bomb struck a PMF vehicle in the Mutaibija area on Monday, wounding two fighters. ISIS cells remain "
    "active in the area, officials said, but no group claimed the attack.",
    "An IED wounded two shepherds in the Hamrin foothills on Monday. The area, known for the presence of ISIS cells, "
    "has seen several such blasts; no group claimed the attack.",
])
def test_a_group_named_as_the_places_background_is_no_perpetrator(text):
    draft = only(text)
    assert draft.get("actor1") is None


@pytest.mark.parametrize("text", [
    "A roadside bomb planted by ISIS struck a PMF vehicle in the Mutaibija area on Monday, wounding two fighters.",
    "ISIS militants attacked an army post in the Mutaibija area on Monday, killing two soldiers. ISIS remnants remain "
    "active in the valley.",
])
def test_a_group_that_did_it_stays_the_perpetrator(text):
    draft = only(text)
    assert draft.get("actor1") == "Islamic State (Iraq)"
