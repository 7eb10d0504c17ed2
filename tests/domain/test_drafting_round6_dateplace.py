"""Drafting rules of round 6 (issue 15), dates and places in English and Arabic: each general class with
paraphrases in several outlets' wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2025, 9, 30)


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- an incident told in passing with no place of its own names the place told before by a definite noun ------

@pytest.mark.parametrize("text", [
    "Two soldiers were killed in an ISIS attack on an army post in Mutaibija on Monday evening. On Tuesday "
    "morning a second device exploded as a force arrived to inspect the site, wounding a policeman.",
    "Militants killed two soldiers in Tarmiyah late on Sunday. On Monday, an army helicopter struck the area "
    "where the attackers had withdrawn, killing three militants.",
    "A rocket hit Sinjar on Monday, wounding a child. In early September the town was shelled too, wounding "
    "two women.",
    "قصفت المدفعية الإيرانية، أمس الاثنين، المرتفعات المحيطة بناحية حاج عمران، ما أدى إلى إصابة راعٍ بجروح. "
    "وكانت المنطقة قد شهدت في الثاني عشر من أيلول الجاري قصفاً مماثلاً من دون وقوع ضحايا.",
    "قصفت طائرة مسيّرة تركية، صباح اليوم الثلاثاء، سيارة قرب ناحية سيدكان، ما أسفر عن مقتل شخصين. "
    "وكانت قرى الناحية قد تعرضت في أوائل حزيران الماضي لقصف مدفعي إيراني من دون تسجيل خسائر بشرية.",
    "احتج العشرات في بلدة بغديدا، اليوم الثلاثاء، على اعتداء تعرض له شابان عند نقطة تفتيش على مدخل البلدة "
    "مساء الأحد، أسفر عن إصابة أحدهما بجروح.",
])
def test_a_definite_noun_of_places_is_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0].get("location") and drafts[1].get("location") == drafts[0]["location"]
    assert drafts[1]["location"] == drafted(text.split(". ")[0] + ".")[0]["location"]


@pytest.mark.parametrize("text", [
    # the place named by the noun is another one
    "Militants killed two soldiers in Tarmiyah late on Sunday. On Monday, shelling hit the outskirts of a village "
    "further north, wounding a farmer.",
    "قتل جنديان بهجوم في ناحية سيدكان، صباح اليوم الثلاثاء. وكانت القرى المجاورة قد تعرضت في أوائل حزيران "
    "الماضي لقصف مدفعي أسفر عن إصابة راعٍ.",
    # no noun of places at all
    "Militants killed two soldiers in Tarmiyah late on Sunday. Last month, two shepherds were killed by a mine.",
])
def test_another_place_or_none_is_not_the_place_told_before(text):
    drafts = drafted(text)
    assert len(drafts) == 2 and "location" not in drafts[1]


# --- a facility named by its place in Arabic: 'حقل كورمور الغازي' ----------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("تعرض حقل كورمور الغازي في قضاء جمجمال لهجوم بطائرة مسيّرة، مساء أمس، من دون وقوع إصابات.", "كورمور"),
    ("سقط صاروخان على حقل خورمور في جمجمال فجر اليوم دون خسائر بشرية.", "خورمور"),
    ("أصيب عامل بقصف صاروخي استهدف حقل عجيل النفطي شرقي تكريت مساء الأحد.", "عجيل"),
])
def test_a_field_or_refinery_is_placed_by_its_name(text, place):
    assert place in drafted(text)[0]["location"]


@pytest.mark.parametrize("text", [
    "أصيب مزارع بانفجار عبوة في حقل زراعي قرب جلولاء مساء الأحد.",
    "قصفت طائرة مسيّرة قاعدة عسكرية في جمجمال فجر اليوم دون خسائر بشرية.",
])
def test_a_field_or_base_told_by_its_kind_is_no_name(text):
    location = drafted(text)[0].get("location") or ""
    assert "زراعي" not in location and "عسكري" not in location
