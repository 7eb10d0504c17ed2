"""Figures rules of round 12 (issue 15): English abductions told with companions or by a pronoun, each class with
paraphrases the way different outlets word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

# --- 'two others taken with him': those abducted with a victim told before add to the count ---------------------


@pytest.mark.parametrize("text, expected", [
    ("The body of a shepherd abducted on Monday near Hawija was found on Tuesday. Two other shepherds taken with him "
     "remain missing.", (1, None, 3)),
    ("Gunmen abducted a farmer near Hawija on Monday. Three other farmers were taken with him.", (None, None, 4)),
    ("Gunmen abducted a farmer near Hawija on Monday. Two others seized with him are still missing.", (None, None, 3)),
    ("Gunmen abducted a farmer near Hawija on Monday. Two other men kidnapped with him were released the next day.",
     (None, None, 3)),
    ("Gunmen seized a taxi driver near Hawija on Monday, police said. Two passengers abducted with him were freed "
     "hours later.", (None, None, 3)),
])
def test_those_taken_with_a_victim_add_to_the_count(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: things seized with him, or a count told without 'with him', are no more abducted
    ("Gunmen abducted a farmer near Hawija on Monday. Two rifles seized with him were found later.",
     (None, None, 1)),
    ("Gunmen abducted two farmers near Hawija on Monday. Two farmers were abducted, police said.", (None, None, 2)),
])
def test_no_companions_no_more(text, expected):
    assert figures(only(text)) == expected


# --- 'along with his two sons': persons told with the victims just counted ------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Gunmen kidnapped a shepherd along with his two sons near Hawija on Monday.", (None, None, 3)),
    ("Gunmen abducted a farmer near Hawija on Monday together with his brother.", (None, None, 2)),
    ("Unknown gunmen stormed a house in Hawija on Monday. He was abducted along with his cousin, police said.",
     (None, None, 2)),
    ("Two truck drivers were kidnapped on the Kirkuk-Tikrit road on Monday along with three passengers.",
     (None, None, 5)),
])
def test_persons_along_with_the_victims_add(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: animals or things along with them, and no count before
    ("Gunmen kidnapped a shepherd near Hawija on Monday along with 200 sheep.", (None, None, 1)),
    ("Gunmen kidnapped a shepherd near Hawija on Monday along with his car.", (None, None, 1)),
])
def test_things_along_with_the_victims_add_nothing(text, expected):
    assert figures(only(text)) == expected


# --- 'He had been abducted by gunmen': one abducted, told by a pronoun --------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("A farmer went missing near Hawija on Monday. Police said he had been kidnapped by gunmen.", (None, None, 1)),
    ("Gunmen stormed a house in Daquq on Monday night. He was abducted and taken to an unknown place.",
     (None, None, 1)),
    ("Gunmen attacked a farm near Tuz Khurmatu on Monday. She was taken from the farm by the gunmen, police said.",
     (None, None, 1)),
    ("A young man from Daquq was shot dead on Sunday after he had been abducted by gunmen on the Daquq-Tuz road.",
     (1, None, 1)),
])
def test_a_pronoun_abducted_is_one(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: a doubt, a denial, an abduction long before told by the way, and a count told already
    ("A young man went missing near Sulaiman Bek last week. Police did not say whether he was kidnapped.",
     (None, None, None)),
    ("A man was found shot dead in Kirkuk on Monday. Police said it was unclear if he had been abducted.",
     (1, None, None)),
    ("A man was shot dead in Kirkuk on Monday; he had been kidnapped days earlier.", (1, None, None)),
    ("Gunmen kidnapped three farmers near Hawija on Monday. He was kidnapped with his brothers.", (None, None, 3)),
])
def test_no_pronoun_count_when_doubted_or_told(text, expected):
    assert figures(only(text)) == expected


# --- 'freed a boy on Saturday who had been kidnapped': the relative clause past the day told -----------------------


@pytest.mark.parametrize("text, expected", [
    ("Police freed a shepherd on Saturday who had been kidnapped on Thursday near Hawija.", (None, None, 1)),
    ("Federal police freed a seven-year-old boy on Saturday who had been kidnapped on Thursday in Kirkuk.",
     (None, None, 1)),
    ("The army rescued a trader on Friday who had been abducted by gunmen near Daquq.", (None, None, 1)),
])
def test_a_relative_clause_past_the_day_tells_the_abduction(text, expected):
    assert figures(only(text)) == expected


def test_a_day_then_no_cue_counts_nothing():
    # near-miss: the person after the day is told doing something, not abducted
    assert figures(only("Gunmen kidnapped two farmers near Hawija on Monday. Police met a shepherd on Tuesday who had "
                        "seen the gunmen.")) == (None, None, 2)
