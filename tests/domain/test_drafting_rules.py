"""The drafting rules one by one: numbers, figures, dates, actors, communities, places, sentences."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting.actors import attribution, find_actors, find_communities
from incident_tracker.plugin.domain.drafting.dates import find_dates
from incident_tracker.plugin.domain.drafting.figures import figures
from incident_tracker.plugin.domain.drafting.numbers import number_at
from incident_tracker.plugin.domain.drafting.places import Gazetteer, find_places, skeleton
from incident_tracker.plugin.domain.drafting.text import split_sentences, tokenize

SUNDAY = date(2020, 6, 14)


def figure_values(text):
    return {k: s.value for k, s in figures(text, split_sentences(text)).items()}


@pytest.mark.parametrize("words, value", [
    ("seven", 7), ("twenty-five", 25), ("twenty five", 25), ("a dozen", 12), ("12", 12), ("١٢", 12),
    ("two hundred", 200), ("dozens of", 12), ("several", 3), ("tens of", 10)])
def test_numbers_in_digits_and_words(words, value):
    assert number_at(tokenize(words), 0).value == value


def test_vague_words_carry_the_acled_convention():
    assert "ACLED" in number_at(tokenize("dozens"), 0).note
    assert number_at(tokenize("seven"), 0).note == ""
    assert number_at(tokenize("a"), 0) is None and number_at(tokenize("a"), 0, articles=True).value == 1


@pytest.mark.parametrize("text, expected", [
    ("Two people were killed and three others wounded.", {"fatalities": 2, "wounded": 3}),
    ("The blast killed two and injured five.", {"fatalities": 2, "wounded": 5}),
    ("Gunmen kidnapped at least four farmers.", {"abducted": 4}),
    ("Three soldiers were killed. Two more died of their wounds in hospital.", {"fatalities": 5}),
    ("Two were killed. Later another soldier was killed.", {"fatalities": 3}),
    ("The attack left two persons dead. The toll later rose to seven.", {"fatalities": 7}),
    ("Dozens were wounded.", {"wounded": 12}),
    ("No one was hurt in the explosion.", {"fatalities": 0, "wounded": 0}),
    ("There were no immediate reports of casualties.", {}),
    ("The IED exploded at 1:30 a.m. on 10 May 2020, two km from the village.", {}),
    ("Two more were wounded.", {}),  # a partial count without its base: unknown
    ("The two brothers, aged 20 and 25 years, were abducted.", {"abducted": 2}),  # the ages are no count
])
def test_figures(text, expected):
    assert figure_values(text) == expected


def test_total_beats_the_earlier_partial_count_and_keeps_its_words():
    text = ("The attack left two persons dead. Four more villagers and an officer were killed in the clash, "
            "raising the total casualty count to seven dead and seven wounded.")
    found = figures(text, split_sentences(text))
    assert (found["fatalities"].value, found["fatalities"].snippet) == (7, "seven dead")
    assert (found["wounded"].value, found["wounded"].snippet) == (7, "seven wounded")
    partial = "The attack left two persons dead. Four more villagers and an officer were killed in the clash."
    found = figures(partial, split_sentences(partial))
    assert found["fatalities"].value == 7 and "2 + 5 = 7" in found["fatalities"].note


def one_date(text, published=SUNDAY):
    (mention,) = find_dates(text, published)
    return (mention.event_date.isoformat(), mention.time_precision,
            mention.date_start and mention.date_start.isoformat(), mention.date_end and mention.date_end.isoformat())


@pytest.mark.parametrize("text, expected", [
    ("late Saturday", ("2020-06-13", 1, "2020-06-13", "2020-06-14")),
    ("on Sunday", ("2020-06-14", 1, None, None)),
    ("last Sunday", ("2020-06-07", 1, None, None)),
    ("on Thursday morning", ("2020-06-11", 1, None, None)),
    ("yesterday", ("2020-06-13", 1, None, None)),
    ("last night", ("2020-06-13", 1, "2020-06-13", "2020-06-14")),
    ("two days ago", ("2020-06-12", 1, None, None)),
    ("on 10 May", ("2020-05-10", 1, None, None)),
    ("on May 10, 2019", ("2019-05-10", 1, None, None)),
    ("on the 3rd of June", ("2020-06-03", 1, None, None)),
    ("in early May", ("2020-05-05", 3, "2020-05-01", "2020-05-10")),
    ("mid-May", ("2020-05-15", 3, "2020-05-11", "2020-05-20")),
    ("late February", ("2020-02-25", 3, "2020-02-21", "2020-02-29")),
    ("in April", ("2020-04-15", 3, "2020-04-01", "2020-04-30")),
    ("last week", ("2020-06-04", 2, "2020-06-01", "2020-06-07")),
    ("on 20 December", ("2019-12-20", 1, None, None)),  # before the publication date: last year
])
def test_dates_resolved_against_the_publication_date(text, expected):
    assert one_date(text) == expected


def test_no_date_after_publication_and_may_the_verb_is_no_month():
    assert find_dates("the attack on 20 June 2020", SUNDAY) == []
    assert find_dates("officials said more attacks may 10 times increase", SUNDAY) == []


@pytest.mark.parametrize("text", ["ISIS fighters", "IS militants", "Daesh cells", "عناصر داعش", "the Islamic State group",
                                  "ISIL remnants"])
def test_islamic_state_by_any_name(text):
    assert [m.name for m in find_actors(text)] == ["Islamic State (Iraq)"]


def test_is_only_as_an_acronym():
    assert find_actors("the situation is calm, it is said") == []


@pytest.mark.parametrize("text, expected", [
    ("Suspected Islamic State fighters attacked the village", "suspected"),
    ("gunmen believed to be ISIS members opened fire", "suspected"),
    ("ISIS claimed responsibility for the bombing", "claimed"),
    ("No group has claimed responsibility; ISIS cells are active in the area", None),
    ("ISIS militants attacked the village", None),
])
def test_attribution(text, expected):
    mention = next(m for m in find_actors(text) if m.name == "Islamic State (Iraq)")
    assert attribution(text, mention, 0, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("the home of a Kakai family", ["Kakai"]),
    ("two Yezidi farmers", ["Yazidi"]),
    ("attacks on Christians in the Nineveh Plains", ["Christian"]),
    ("Turkmen villagers in Bashir", ["Turkmen"]),
    ("Kurdish security sources said", []),  # a source, not a target
    ("the Iraqi Turkmen Front said", []),
    ("عائلة كاكائية", ["Kakai"]),
])
def test_target_communities_need_a_victim(text, expected):
    assert [c.name for c in find_communities(text)] == expected


@pytest.mark.parametrize("a, b", [("Mekhas", "Mikhas"), ("Khanaqin", "Khanaqeen"), ("Tuz Khurmatu", "Tuz Khormato"),
                                  ("خانقين", "خانقین")])
def test_spelling_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


def test_built_in_places_in_latin_and_arabic_script():
    gazetteer = Gazetteer.built_in()
    sentence = split_sentences("Clashes near خانقين and in Kerkuk province, and in Shingal.")[0]
    found = [(m.known.place.name, m.known.place.kind, m.near) for m in find_places(gazetteer, sentence)]
    assert found == [("Khanaqin", "town", True), ("Kirkuk", "governorate", False), ("Sinjar", "town", False)]
    sentence = split_sentences("an attack in Khanaqin district")[0]
    (match,) = find_places(gazetteer, sentence)
    assert (match.label, match.is_point) == ("Khanaqin district", False)  # a town known, a district said


def test_sentences_survive_abbreviations_and_keep_offsets():
    text = "At 1:30 a.m. on Sunday, gunmen attacked. Lt. Col. Ali said two died.\nHeadline without stop"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["At 1:30 a.m. on Sunday, gunmen attacked.",
                                           "Lt. Col. Ali said two died.", "Headline without stop"]
    assert all(text[s.start:s.end] == s.text for s in sentences)
