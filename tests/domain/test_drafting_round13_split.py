"""Drafting rules of round 13 (issue 15, one draft per incident), from the incidents of parts Z5-Z8 left without a
draft: an Arabic sentence telling, in the pluperfect, an event of another kind than the main incident's ('وأضاف
المصدر أن مسلحين مجهولين كانوا قد اختطفوا، مساء الثلاثاء، راعيين' after a blast today) is an earlier incident, and
its day is not the main incident's. Paraphrases the way different outlets word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 4, 18)  # a Thursday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- an earlier event of another kind, told in the pluperfect after the main incident ---------------------------------

@pytest.mark.parametrize("text", [
    "أفاد مصدر أمني في كركوك، اليوم الخميس، بمقتل راعٍ وإصابة آخر بانفجار عبوة ناسفة قرب قرية تل الذهب. وأضاف "
    "المصدر أن مسلحين مجهولين كانوا قد اختطفوا، مساء الاثنين، راعيين اثنين من القرية نفسها.",
    "قُتل مزارع وأصيب آخر بانفجار عبوة ناسفة في بستان قرب قضاء داقوق، اليوم الخميس، بحسب مصدر في الشرطة. وأضاف "
    "المصدر أن مجهولين كانوا قد اختطفوا، مساء الاثنين، شابين من أبناء المنطقة ذاتها.",
    "أعلنت مديرية شرطة كركوك، اليوم الخميس، مقتل شرطي وإصابة آخر بانفجار عبوة ناسفة استهدفت دوريتهم قرب ناحية "
    "الرشاد. وكان مسلحون قد اختطفوا، مساء الاثنين، مواطنين اثنين في الناحية.",
    "أصيب ثلاثة جنود بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الدبس، اليوم الخميس. وبيّن المصدر أن عناصر من "
    "داعش كانوا قد اختطفوا، مساء الأحد، راعياً من أهالي القضاء.",
])
def test_an_earlier_abduction_told_in_the_pluperfect_is_its_own_incident(text):
    first, second = drafted(text)
    assert first["event_date"] == "2024-04-18"  # the blast's day, not the abduction's
    assert "abducted" not in first
    assert second["abducted"] >= 1
    assert second["event_date"] < "2024-04-18"


@pytest.mark.parametrize("text", [
    # the same kind of event, told again in the pluperfect with its day: one incident
    "أفاد مصدر أمني، اليوم الخميس، بمقتل راعٍ وإصابة آخر بانفجار عبوة ناسفة قرب قرية تل الذهب في كركوك. وكانت "
    "العبوة قد انفجرت مساء الثلاثاء أثناء مرور الرعاة.",
    # the event whose toll rose, told in the pluperfect: one incident, dated the attack
    "ارتفعت حصيلة الهجوم على قرية تل الذهب في كركوك إلى ثلاثة قتلى، اليوم الخميس. وكان مسلحون مجهولون قد هاجموا "
    "القرية مساء الثلاثاء.",
])
def test_the_same_event_told_in_the_pluperfect_is_no_other_incident(text):
    (draft,) = drafted(text)
    assert draft["event_date"] == "2024-04-16"
