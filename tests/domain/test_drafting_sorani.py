"""Drafting rules for Sorani Kurdish report text (issue 15): the verb last, Sorani dates, actors, places."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.arabic import OffsetMap, is_sorani
from incident_tracker.plugin.domain.drafting.dates import find_dates
from incident_tracker.plugin.domain.drafting.figures import figures
from incident_tracker.plugin.domain.drafting.text import split_sentences

SUNDAY = date(2020, 6, 14)


@pytest.mark.parametrize("text, expected", [
    ("ئەمڕۆ", ("2020-06-14", None)),
    ("دوێنێ ئێوارە", ("2020-06-13", "2020-06-14")),
    ("ئێوارەی شەممە", ("2020-06-13", "2020-06-14")),
    ("شەوی شەممە لەسەر یەکشەممە", ("2020-06-13", "2020-06-14")),
    ("ڕۆژی پێنجشەممە", ("2020-06-11", None)),
    ("لە ١٠ی ئاب", ("2019-08-10", None)),
    ("لە مانگی ئازاردا", ("2020-03-16", "2020-03-31")),
])
def test_sorani_dates(text, expected):
    (mention,) = find_dates(OffsetMap(text).text, SUNDAY)
    assert (mention.event_date.isoformat(), mention.date_end and mention.date_end.isoformat()) == expected


@pytest.mark.parametrize("text, expected", [
    ("حەوت کەس کوژران و حەوتی دیکە بریندار بوون", {"fatalities": 7, "wounded": 7}),
    ("دوو جووتیار لە گوندێکی سەر بە قەزای داقوق بە تەقەی چەکدارانی نەناسراو کوژران", {"fatalities": 2}),
    ("هاووڵاتییەکی ئێزیدی لە شنگال کوژرا", {"fatalities": 1}),  # the indefinite: one
    ("دوو شوان ڕفێنران", {"abducted": 2}),
    ("سێ هاووڵاتی بە مینێک گیانیان لەدەستدا", {"fatalities": 3}),
    ("چەند کەسێک بریندار بوون", {"wounded": 3}),  # 'several': ACLED's 3
    ("چەند هاووڵاتییەک بریندار بوون", {"wounded": 3}),
])
def test_sorani_figures_take_the_count_before_the_verb(text, expected):
    text = OffsetMap(text).text
    assert {k: s.value for k, s in figures(text, split_sentences(text)).items()
            if k in ("fatalities", "wounded", "abducted")} == expected


def test_a_sorani_report():
    text = "چەکدارانی داعش هێرشیان کردە سەر بنکەیەکی پێشمەرگە لە مەخموور، ئێوارەی هەینی، کە تێیدا دوو پێشمەرگە " \
           "شەهید بوون و چوار کەسی دیکە بریندار بوون."
    (draft,) = draft_incidents(text, date(2021, 10, 30))
    v = draft.values()
    assert (v["event_date"], v["fatalities"], v["wounded"]) == ("2021-10-29", 2, 4)
    assert (v["event_type"], v["actor1"], v["location"]) == ("Battles", "Islamic State (Iraq)", "Makhmur")
    claimed = "پەکەکە بەرپرسیارێتی هێرشەکەی گرتە ئەستۆ کە تێیدا سێ سەربازی تورک کوژران، لە ١٠ی ئاب."
    (draft,) = draft_incidents(claimed, date(2021, 8, 12))
    assert (draft.value("actor1"), draft.value("attribution"), draft.value("fatalities")) == \
        ("PKK: Kurdistan Workers' Party", "claimed", 3)


def test_sorani_is_told_from_arabic_by_its_letters():
    assert is_sorani("دوو جووتیار کوژران") and not is_sorani("قتل مزارعان")
