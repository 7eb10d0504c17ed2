"""Drafting rules of round 6 (issue 15, one draft per incident): one reader of a list item's bullet (a dash, an en or
em dash, '*', a bullet sign, a number with its stop in Latin or Arabic-Indic digits), so that the items of a list are
told apart whatever their marks; paraphrases the way different outlets word them, and near-misses where no item (or
no other incident) must be read."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.clauses import bullet_end

PUBLISHED = date(2024, 5, 6)


def drafted(text):
    return [d.values() for d in draft_incidents(text, PUBLISHED)]


# --- one reader of a list item's mark ------------------------------------------------------------------------------

@pytest.mark.parametrize("line, words", [
    ("- 13 Feb, BASHIQA: rockets", "13 Feb, BASHIQA: rockets"),
    ("– Kirkuk: a bomb", "Kirkuk: a bomb"),
    ("— Daquq: gunmen", "Daquq: gunmen"),
    ("* 30 May - Iraqi Army", "30 May - Iraqi Army"),
    ("• Sinjar – IED", "Sinjar – IED"),
    ("2. Army Aviation", "Army Aviation"),
    ("3) 9 Aug – Hawija", "9 Aug – Hawija"),
    ("١- نفذت طائرات", "نفذت طائرات"),
    ("٢ - اشتبكت قوة", "اشتبكت قوة"),
    ("  ٣. ضبط كدس", "ضبط كدس"),
])
def test_every_mark_of_a_list_item_is_read_alike(line, words):
    assert line[bullet_end(line):] == words


@pytest.mark.parametrize("line", [
    "2-3 rockets hit the base.",
    "10 - 15 people were hurt.",
    "12.5 km south of Kirkuk, a bomb exploded.",
    "2024 was a quiet year.",
    "Gunmen attacked a checkpoint.",
    "قتل جنديان بانفجار عبوة.",
])
def test_a_line_opening_with_a_figure_or_a_word_is_no_item(line):
    assert bullet_end(line) is None


@pytest.mark.parametrize("mark", ["-", "–", "—", "*", "•", "1.", "1)"])
def test_the_items_of_a_list_are_drafted_apart_whatever_their_mark(mark):
    second = mark.replace("1", "2")
    text = ("Kirkuk security roundup:\n"
            f"{mark} On 2 May, gunmen killed a shepherd near Daquq.\n"
            f"{second} On 4 May, a roadside bomb wounded two soldiers near Hawija.\n")
    drafts = drafted(text)
    assert [(d.get("event_date"), d.get("fatalities"), d.get("wounded")) for d in drafts] == [
        ("2024-05-02", 1, None), ("2024-05-04", None, 2)]


@pytest.mark.parametrize("first, second", [("١-", "٢-"), ("١ -", "٢ -"), ("1-", "2-"), ("١.", "٢.")])
def test_the_numbered_items_of_an_arabic_statement_are_drafted_apart(first, second):
    text = ("خلية الإعلام الأمني\n"
            "نفذت قطعاتنا الأمنية يوم أمس الأحد الواجبات الآتية:\n"
            f"{first} اشتبكت قوة من الجيش مع مجموعة إرهابية في وادي الشاي جنوب كركوك، وتمكنت من قتل (٢) من الإرهابيين.\n"
            f"{second} انفجار عبوة ناسفة على عجلة للشرطة في قضاء الحويجة أدى إلى إصابة (٣) منتسبين.\n")
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == [(2, None), (None, 3)]


def test_an_arabic_statement_item_that_counts_no_casualties_is_no_incident_nor_part_of_the_item_before():
    text = ("خلية الإعلام الأمني\n"
            "نفذت قطعاتنا الأمنية يوم أمس الأحد الواجبات الآتية:\n"
            "١- اشتبكت قوة من الجيش مع مجموعة إرهابية في وادي الشاي جنوب كركوك، وتمكنت من قتل (٢) من الإرهابيين.\n"
            "٢- انفجار عبوة ناسفة على عجلة للشرطة في قضاء الحويجة أدى إلى إصابة (٣) منتسبين.\n"
            "٣- ضبط كدس للعتاد يحتوي على ١٢ قذيفة هاون في منطقة حمرين.\n")
    drafts = drafted(text)
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafts] == [(2, None), (None, 3)]
    assert "حمرين" not in drafts[1].get("location", "") and "Hamr" not in drafts[1].get("location", "")


def test_a_paragraph_opening_with_a_range_of_figures_is_no_item():
    text = ("Gunmen attacked an army post near Hawija on Sunday, killing a soldier.\n"
            "2-3 mortar rounds later hit the same area, causing no casualties.")
    assert len(drafted(text)) == 1
