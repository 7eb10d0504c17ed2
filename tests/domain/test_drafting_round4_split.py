"""Drafting rules of round 4 (issue 15, telling incidents apart inside one sentence): a sentence that lists several
events, each with its own place and figures, is cut into clauses, one incident each; a sentence that tells one event
with two places or two figures stays one incident. Paraphrases the way different outlets word them, in English and
Arabic, and near-misses where the cut must not happen."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents


def drafted(text):
    """The drafts' values, for a report published on Wednesday 10 July 2024."""
    return [d.values() for d in draft_incidents(text, date(2024, 7, 10))]


def figures_of(values):
    return tuple(values.get(name) for name in ("fatalities", "wounded", "abducted"))


# --- an Arabic roundup: events joined by '، و' before an event word, each at a place of its own -----------------

@pytest.mark.parametrize("text, expected", [
    ("حصيلة أمنية لمحافظة كركوك يوم أمس: مقتل مزارع بانفجار عبوة ناسفة في قرية البو حمدان التابعة لناحية الرشاد، "
     "وإصابة شرطيين بهجوم مسلح على نقطة تفتيش في قضاء داقوق، واختطاف راعٍ قرب ناحية الزاب على يد مسلحين مجهولين.",
     [(1, None, None), (None, 2, None), (None, None, 1)]),
    ("ملخص الأحداث الأمنية في ديالى أمس: مقتل جندي بهجوم لداعش على ربيئة في ناحية قره تبة، وإصابة مدنيين اثنين "
     "بانفجار عبوة في قضاء خانقين.",
     [(1, None, None), (None, 2, None)]),
    ("شهدت محافظة نينوى يوم أمس مقتل شاب بإطلاق نار في قضاء سنجار، واختطاف ثلاثة رعاة قرب ناحية بعشيقة.",
     [(1, None, None), (None, None, 3)]),
    ("الموقف الأمني ليوم أمس الثلاثاء: استشهاد منتسب بانفجار عبوة في قضاء طوزخورماتو، وإصابة ثلاثة جنود بقصف "
     "بقذائف الهاون على قرية البو صالح في ناحية العظيم.",
     [(1, None, None), (None, 3, None)]),
    ("أفاد مصدر أمني، اليوم، بمقتل راعٍ أمس بانفجار لغم في وادي الشاي، وإصابة اثنين من الحشد بهجوم على موقع في قضاء "
     "الحويجة.",
     [(1, None, None), (None, 2, None)]),
])
def test_an_arabic_roundup_tells_each_event_apart(text, expected):
    drafts = drafted(text)
    assert [figures_of(d) for d in drafts] == expected
    assert len({d["event_date"] for d in drafts}) == 1 and drafts[0]["event_date"] == "2024-07-09"
    assert len({d.get("location") for d in drafts}) == len(drafts)


@pytest.mark.parametrize("text, expected", [
    # one event: two places (a village near a town), two figures of it
    ("قتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة في قرية البو صالح قرب ناحية العظيم، يوم أمس.", (1, 2, None)),
    ("انفجرت عبوة ناسفة على دورية للجيش في قضاء داقوق أمس، وإصابة ثلاثة من أفرادها بجروح.", (None, 3, None)),
    ("هاجم مسلحون من داعش ربيئة للجيش في ناحية قره تبة أمس، ومقتل جنديين وإصابة ثالث.", (2, 1, None)),
    ("أصيب مدنيان بانفجار عبوة في قرية البو حمدان التابعة لناحية الرشاد جنوب كركوك أمس.", (None, 2, None)),
])
def test_one_arabic_event_with_two_places_or_figures_stays_one(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


# --- English: 'one ...; the other ...', ', while a separate ...', '; another ...' -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Turkish airstrikes hit Amedi district on Monday, the mayor said. One struck a hillside near the village of "
     "Sharanish, causing no casualties; the other killed a shepherd near Deraluk.", [(0, 0, None), (1, None, None)]),
    ("Two Turkish drone strikes hit Sidakan on Tuesday. One hit an empty house in the village of Bolê, with no "
     "casualties, the other wounded two farmers near Rezge.", [(0, 0, None), (None, 2, None)]),
    ("According to local officials, Turkish strikes on Saturday near the village of Deraluk killed a shepherd, while "
     "a separate strike on Sunday hit a car near Batifa, wounding two civilians.", [(1, None, None), (None, 2, None)]),
    ("An IED killed a soldier in Tarmiyah on Monday; another bomb wounded three policemen in Mutaibija the same "
     "evening.", [(1, None, None), (None, 3, None)]),
    ("Gunmen shot dead a shopkeeper in Tuz Khurmatu on Monday, while an IED wounded two soldiers in Daquq.",
     [(1, None, None), (None, 2, None)]),
])
def test_an_english_sentence_that_tells_two_events_is_cut(text, expected):
    drafts = drafted(text)
    assert [figures_of(d) for d in drafts] == expected
    assert len({d.get("location") for d in drafts}) == len(drafts)
    assert all(d.get("event_date") for d in drafts)


def test_the_other_of_a_pair_is_the_same_kind_by_the_same_side():
    drafts = drafted("Two Turkish airstrikes hit Amedi district on Monday, the mayor said. One struck a hillside near "
                     "the village of Sharanish, causing no casualties; the other killed a shepherd near Deraluk.")
    assert [d.get("event_type") for d in drafts] == ["Explosions/Remote violence"] * 2
    assert [d.get("actor1") for d in drafts] == ["Military Forces of Turkey"] * 2
    assert drafts[1]["event_date"] == drafts[0]["event_date"] == "2024-07-08"


def test_a_separate_event_has_no_day_it_does_not_tell():
    drafts = drafted("An Iraqi soldier was killed by an ISIS sniper in the Mutaibija area on Tuesday, while three "
                     "insurgents were killed in a separate operation in the Hamrin mountains.")
    assert [figures_of(d) for d in drafts] == [(1, None, None), (3, None, None)]
    assert "event_date" not in drafts[1]


@pytest.mark.parametrize("text, expected", [
    ("An IED exploded in the village of Albu Salih near Adhaim on Monday, killing two soldiers and wounding three.",
     (2, 3, None)),
    ("Gunmen abducted a shepherd on the road from Tuz Khurmatu to Amerli on Monday; he was released hours later.",
     (None, None, 1)),
    ("A roadside bomb struck a patrol near Tuz Khurmatu on Monday; two soldiers were killed, while a third was "
     "wounded.", (2, 1, None)),
    ("ISIS militants attacked a PMF post in Mutaibija on Monday, while others fired mortars at the post from the "
     "nearby orchards.", (None, None, None)),
])
def test_one_english_event_with_two_places_or_figures_stays_one(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_the_other_of_two_victims_is_no_other_incident():
    (draft,) = drafted("Two soldiers were hit by sniper fire near Tarmiyah on Monday: one was killed; the other was "
                       "wounded.")
    assert draft["fatalities"] == 1


# --- a clause that opens with its own place ('، وفي ناحية ...', '، كما ...', ', and in X, ...') ----------------

@pytest.mark.parametrize("text, expected", [
    ("قتل جندي بهجوم لداعش على ربيئة في قضاء داقوق أمس، وفي ناحية الرشاد أصيب مدنيان بانفجار عبوة ناسفة.",
     [(1, None, None), (None, 2, None)]),
    ("أصيب شرطي بانفجار عبوة في قضاء طوزخورماتو أمس، كما قتل راعٍ بهجوم مسلح قرب ناحية العظيم.",
     [(None, 1, None), (1, None, None)]),
    ("انفجرت عبوة ناسفة في قضاء خانقين أمس دون إصابات، وفي ناحية قره تبة اختطف مسلحون مجهولون مزارعين اثنين.",
     [(0, 0, None), (None, None, 2)]),
    ("An IED wounded two soldiers in Daquq on Tuesday, and in Tuz Khurmatu gunmen shot dead a shopkeeper.",
     [(None, 2, None), (1, None, None)]),
    ("قتل جندي بهجوم لداعش على ربيئة في قضاء داقوق أمس؛ وأصيب مدنيان بانفجار عبوة ناسفة في ناحية الرشاد.",
     [(1, None, None), (None, 2, None)]),
    ("Gunmen killed a farmer near Jalawla on Tuesday; an IED wounded two soldiers in Qara Tapa.",
     [(1, None, None), (None, 2, None)]),
    ("A mortar round killed a farmer near Amerli on Tuesday; in Tarmiyah, an IED wounded three policemen.",
     [(1, None, None), (None, 3, None)]),
])
def test_a_clause_with_a_place_and_an_event_of_its_own_is_another_incident(text, expected):
    drafts = drafted(text)
    assert [figures_of(d) for d in drafts] == expected
    assert [d.get("event_date") for d in drafts] == ["2024-07-09"] * len(expected)


@pytest.mark.parametrize("text, expected", [
    ("قتل جندي بانفجار عبوة في قضاء داقوق أمس، وفي المستشفى توفي جندي ثان متأثرا بجروحه.", 1),
    ("An IED wounded two soldiers in Daquq on Tuesday, and in the blast a third soldier was killed.", 1),
    ("أصيب شرطي بانفجار عبوة في قضاء طوزخورماتو أمس، كما أصيب مدني كان قرب موقع الانفجار.", 1),
])
def test_a_clause_at_the_same_place_or_none_stays_with_its_event(text, expected):
    assert len(drafted(text)) == expected


# --- the items of an undated list have the list's day ---------------------------------------------------------

def test_the_items_of_a_list_have_the_day_of_its_heading():
    drafts = drafted("Kirkuk security roundup for Tuesday:\n"
                     "• Daquq – IED wounds two Iraqi soldiers on the main road.\n"
                     "• Tuz Khurmatu – gunmen attack a police checkpoint, killing one policeman.\n"
                     "• Amerli – a mortar round hits a farm; no casualties.")
    assert [d.get("event_date") for d in drafts] == ["2024-07-09"] * 3


# --- a list item in headline grammar: a place, a dash, a verb in the present tense ------------------------------

@pytest.mark.parametrize("line, expected", [
    ("• Daquq – IED wounds two Iraqi soldiers on the main road.", (None, 2, None)),
    ("• Hawija – gunmen abduct three shepherds near the Zab river.", (None, None, 3)),
    ("• Tuz Khurmatu – sniper kills a policeman at a checkpoint.", (1, None, None)),
    ("• Zummar – gunmen shoot dead a village mukhtar outside his home.", (1, None, None)),
    ("• Amerli – mortar round injures 2 farmers in an orchard.", (None, 2, None)),
    ("• Sinjar – unknown gunmen kidnap a Yazidi man on the road to Snuny.", (None, None, 1)),
])
def test_a_headline_item_tells_its_event_and_figures(line, expected):
    drafts = drafted("Roundup for Tuesday:\n• Makhmour – an IED hits an army vehicle; no casualties.\n" + line)
    assert len(drafts) == 2
    assert figures_of(drafts[1]) == expected
    assert drafts[1].get("event_type") and drafts[1]["event_date"] == "2024-07-09"


def test_wounds_as_a_noun_are_no_count():
    (draft,) = drafted("A soldier shot by a sniper near Tarmiyah on Monday succumbed to his wounds two days later.")
    assert draft.get("wounded") is None


# --- a pair told by reference: 'the first ...; the second ...', 'إحداهما ...، والأخرى ...' ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two Turkish drone strikes hit Sidakan on Tuesday. The first hit a car near the village of Sharanish, killing "
     "two men; the second struck a house in Deraluk, wounding a child.", [(2, None, None), (None, 1, None)]),
    ("Two Turkish drone strikes hit Sidakan on Tuesday: the first hit a car near the village of Sharanish, killing "
     "two men, the second struck a house in Deraluk, wounding a child.", [(2, None, None), (None, 1, None)]),
    ("سقطت قذيفتا هاون على ناحية قره تبة مساء أمس، إحداهما في قرية البو صالح دون إصابات، والأخرى قرب قرية "
     "البو حمدان ما أدى إلى إصابة راعٍ.", [(0, 0, None), (None, 1, None)]),
    ("استهدفت غارتان تركيتان قضاء العمادية أمس، الأولى قرب قرية شرانش دون خسائر بشرية، والثانية على قرية ديرلوك "
     "وأسفرت عن مقتل راعٍ.", [(0, 0, None), (1, None, None)]),
])
def test_a_pair_told_by_reference_is_two_incidents(text, expected):
    drafts = drafted(text)
    assert [figures_of(d) for d in drafts] == expected
    assert drafts[1].get("event_type") == drafts[0].get("event_type") is not None
    assert drafts[1].get("event_date") == drafts[0].get("event_date") == "2024-07-09"


# --- a clause with an event, casualties and a day of its own ('..., and on Monday ...', '...، وأصيب يوم الاثنين') --

@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a shepherd near the village of Albu Salih on Sunday, and on Monday they abducted two farmers from "
     "the same village.", [("2024-07-07", (1, None, None)), ("2024-07-08", (None, None, 2))]),
    ("An IED wounded two soldiers near Tarmiyah on Sunday, and on Monday another bomb killed a policeman there.",
     [("2024-07-07", (None, 2, None)), ("2024-07-08", (1, None, None))]),
    ("قتل مسلحون راعياً في قرية البو صالح يوم الأحد، واختطفوا يوم الاثنين مزارعين اثنين من القرية ذاتها.",
     [("2024-07-07", (1, None, None)), ("2024-07-08", (None, None, 2))]),
    ("أصيب جنديان بانفجار عبوة ناسفة في قضاء طوزخورماتو يوم الأحد، وأصيب شرطي يوم الاثنين بانفجار عبوة ثانية في "
     "القضاء ذاته.", [("2024-07-07", (None, 2, None)), ("2024-07-08", (None, 1, None))]),
])
def test_a_clause_with_a_day_of_its_own_is_another_incident(text, expected):
    drafts = drafted(text)
    assert [(d.get("event_date"), figures_of(d)) for d in drafts] == expected


@pytest.mark.parametrize("text", [
    "An IED wounded two soldiers near Tarmiyah on Sunday, and one of them died of his wounds on Monday.",
    "ISIS militants attacked an army post near Tarmiyah on Sunday night, and the clashes lasted until Monday morning.",
    "أصيب جنديان بانفجار عبوة ناسفة في قضاء طوزخورماتو يوم الأحد، وتوفي أحدهما متأثراً بجروحه يوم الاثنين.",
])
def test_a_later_day_of_the_same_event_stays_with_it(text):
    assert len(drafted(text)) == 1


@pytest.mark.parametrize("text", [
    "اختطف مسلحون ثلاثة رعاة من قرية في ناحية سركران مساء الأحد، وعثر على جثة أحدهم صباح الاثنين.",
    "Gunmen abducted three shepherds near Sarkaran on Sunday evening, and the body of one of them was found on Monday.",
])
def test_a_victim_found_on_a_later_day_stays_with_the_event(text):
    assert len(drafted(text)) == 1


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a shepherd near Tuz Khurmatu on Sunday, and on Monday they abducted two farmers from the same area.",
    "قتل مسلحون مجهولون راعياً في قرية البو صالح يوم الأحد، واختطفوا يوم الاثنين مزارعين اثنين من القرية ذاتها.",
])
def test_a_clause_told_with_a_pronoun_has_the_doers_of_the_clause_before_it(text):
    drafts = drafted(text)
    assert [d.get("actor1") for d in drafts] == ["Unidentified Armed Group (Iraq)"] * 2


# --- ', and' before another event with casualties at another place ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("An IED killed a soldier in Tarmiyah on Tuesday, and gunmen wounded two policemen in Daquq.",
     [(1, None, None), (None, 2, None)]),
    ("A mortar round wounded three farmers near Amerli on Tuesday, and an IED killed a shepherd near Jalawla.",
     [(None, 3, None), (1, None, None)]),
    ("On Tuesday a sniper killed a Peshmerga fighter near Makhmour, and unknown gunmen abducted two shepherds near "
     "Daquq.", [(1, None, None), (None, None, 2)]),
])
def test_and_before_another_event_at_another_place_is_another_incident(text, expected):
    drafts = drafted(text)
    assert [figures_of(d) for d in drafts] == expected
    assert [d.get("event_date") for d in drafts] == ["2024-07-09"] * 2


@pytest.mark.parametrize("text", [
    "An IED exploded near an army patrol in Tarmiyah on Tuesday, and the blast wounded two soldiers from Kirkuk.",
    "Gunmen attacked a checkpoint in Daquq on Tuesday, and the clashes killed two policemen near the Kirkuk road.",
    "A suicide bomber struck a market in Tuz Khurmatu on Tuesday, killing five people, and wounded twelve others "
    "who were taken to hospitals in Kirkuk.",
    "Gunmen shot dead a shopkeeper in Daquq on Monday, and police arrested two suspects in Kirkuk on Tuesday.",
])
def test_and_before_the_same_event_stays_with_it(text):
    assert len(drafted(text)) == 1
