"""Drafting rules of round 4 (issue 15, English figures and telling incidents apart): each class of construction
with paraphrases the way different outlets word it, and near-misses where it must not trigger."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

WEDNESDAY = date(2024, 7, 10)


def drafted(text, published=WEDNESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def figures_of(draft):
    return draft.get("fatalities"), draft.get("wounded"), draft.get("abducted")


# --- 'N x' counts of security bulletins --------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("On 7 July, ISIS elements ambushed an ISF patrol near Tarmiyah: 1x ISF KIA, 2x WIA.", (1, 2, None)),
    ("On 7 July, an IED struck an IA vehicle near Tarmiyah; 2x IA soldiers killed, 1x injured.", (2, 1, None)),
    ("On 7 July, 1x shepherd abducted by ISIS elements near Tarmiyah.", (None, None, 1)),
    ("On 7 July, a UAV strike hit a car near Sinjar, killing 3x individuals.", (3, None, None)),
    ("On 7 July, an IED detonated near Tarmiyah: 2 x PMF members killed.", (2, None, None)),
])
def test_a_count_written_with_x_is_the_count(text, expected):
    (draft,) = drafted(text)
    assert figures_of(draft) == expected


def test_a_size_written_with_x_is_no_count():
    (draft,) = drafted("On 7 July, an IED left a 2 x 3 crater near Tarmiyah; no casualties.")
    assert figures_of(draft) == (0, 0, None)


# --- an apposition between the count and its verb ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Two members of the Kakai community, a father and his teenage son, were killed on Sunday when gunmen "
     "stormed their farm near Daquq.", 2),
    ("Three people, two of them women, were killed on Sunday when a mortar shell hit a house in Tuz Khurmatu.", 3),
    ("Four shepherds, all from the same village, were kidnapped on Sunday by gunmen near Makhmour.", 4),
    ("Two Peshmerga fighters, both in their twenties, were killed on Sunday in an ISIS attack near Kifri.", 2),
    ("Five civilians, among them a child, had been wounded on Sunday by a roadside bomb near Hawija.", 5),
])
def test_an_apposition_between_commas_keeps_the_count(text, expected):
    (draft,) = drafted(text)
    assert expected in figures_of(draft)


def test_an_aside_before_an_active_verb_counts_the_attackers_as_no_victims():
    (draft,) = drafted("Two gunmen, wearing masks, killed a shepherd on Sunday near Hawija.")
    assert figures_of(draft) == (1, None, None)
    (draft,) = drafted("Two soldiers, police said, were killed on Sunday in a bombing near Hawija.")
    assert figures_of(draft) == (2, None, None)


# --- a long relative clause between the victim and the verb ---------------------------------------------

@pytest.mark.parametrize("text", [
    "On Sunday, a Yazidi man who had come back from a camp only weeks earlier was shot dead near Sinjar.",
    "On Sunday, a farmer who had gone out to check on his sheep before dawn was killed by a landmine near Makhmour.",
    "On Sunday, a teacher who had been driving home from his school in the town was abducted near Hawija.",
    "On Sunday, a shepherd who grazed his flock on the hills north of the village every morning was wounded "
    "by a mine near Makhmour.",
])
def test_a_person_and_a_long_relative_clause_before_the_verb_is_one_victim(text):
    (draft,) = drafted(text)
    assert sorted(v for v in figures_of(draft) if v is not None) == [1]


def test_a_relative_clause_that_reports_what_someone_said_gives_no_victim():
    (draft,) = drafted("On Sunday, a resident who said that the attackers were wearing uniforms spoke to police "
                       "after an ISIS attack near Hawija that killed two soldiers.")
    assert figures_of(draft) == (2, None, None)


# --- bulletins: each dated line is an incident of its own ----------------------------------------------

BULLETIN = """WEEKLY SUMMARY (1-7 JUL)
- 2 Jul, BASHIQA: three rockets impacted near a base at Zilkan, Bashiqa sub-district. No casualties reported.
- 4 Jul, HAWIJA: an IED struck an army vehicle near Al-Abbasi; 2x soldiers killed, 1x injured.
- 6 Jul, MAKHMOUR: 1x shepherd abducted by ISIS elements near Kudila village.
Assessment: ISIS activity is likely to continue."""


def test_each_dated_line_of_a_bulletin_is_an_incident_with_its_own_date_and_figures():
    drafts = drafted(BULLETIN)
    assert [(d.get("event_date"), figures_of(d)) for d in drafts] == [
        ("2024-07-02", (0, 0, None)), ("2024-07-04", (2, 1, None)), ("2024-07-06", (None, None, 1))]
    assert all(d.get("actor1") is None for d in drafts[:1])  # the comment's ISIS is no item's actor


def test_a_line_opening_with_a_date_and_a_count_without_event_word_is_an_incident():
    drafts = drafted("INCIDENT SUMMARY\n- On 4 July, a UAV hit a vehicle near Mawat, killing 1x individual.\n"
                     "- On 6 July, gunmen threw a hand grenade at a house in Tal Afar. Material damage only.")
    assert [(d.get("event_date"), d.get("fatalities")) for d in drafts] == [("2024-07-04", 1), ("2024-07-06", 0)]


def test_a_story_paragraph_opening_with_a_date_is_not_a_bulletin():
    drafts = drafted("Gunmen killed two farmers near Daquq on Monday night, police said.\n"
                     "On Tuesday, relatives buried the two men in the village cemetery.")
    assert [(d.get("event_date"), d.get("fatalities")) for d in drafts] == [("2024-07-08", 2)]
