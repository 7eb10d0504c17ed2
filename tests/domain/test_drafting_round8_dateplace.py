"""Drafting rules of round 8 (issue 15), places in English and Arabic: each general class with paraphrases that
must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 1, 23)  # a Tuesday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- a village whose name runs on past the known sub-district's name it opens with is the village ---

@pytest.mark.parametrize("text, village", [
    ("Gunmen killed a night guard in the village of Qaradagh Tapa, near Qara Tapa, on Monday night.",
     "Qaradagh Tapa"),
    ("A shepherd was shot dead on Sunday in the village of Qaradagh Kon, police said.", "Qaradagh Kon"),
    ("اختطف مسلحون مجهولون مساء السبت ثلاثة رعاة من قرية كوير تبه التابعة لقضاء داقوق.", "كوير تبه"),
    ("قتل مزارع بانفجار عبوة ناسفة في قرية كوير تبه، مساء الأحد.", "كوير تبه"),
])
def test_a_village_named_past_a_known_sub_district_is_the_village(text, village):
    assert drafted(text)[0]["location"].startswith(village)


@pytest.mark.parametrize("text", [
    # the sub-district's name, then a time word: no village
    "قتل مزارع بانفجار عبوة ناسفة في ناحية كوير مساء الأحد.",
    "A shepherd was shot dead on Sunday in Qaradagh sub-district, police said.",
])
def test_a_sub_district_then_a_time_word_is_the_sub_district(text):
    location = drafted(text)[0]["location"]
    assert "تبه" not in location and "Kon" not in location
