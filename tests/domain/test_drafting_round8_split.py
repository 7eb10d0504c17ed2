"""Drafting rules of round 8 (issue 15, one draft per incident): an Arabic sentence opening with 'and in' and a
place named in up to three words before its comma ('وفي قاطع عمليات الجزيرة، قتل إرهابيان ...') tells another
incident when it has casualties of its own at another place. Paraphrases the way different outlets word them, and
near-misses where no other incident must be read."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 6, 17)


def drafted(text):
    return [d.values() for d in draft_incidents(text, PUBLISHED)]


@pytest.mark.parametrize("text, admin2", [
    ("نفذت طائرات F-16 العراقية ضربتين جويتين على مضافات لداعش في سلسلة جبال حمرين يوم الخميس. وفي قاطع عمليات "
     "الجزيرة، قُتل إرهابيان باشتباك مع قوة من الجيش قرب قضاء البعاج فجر الجمعة.", "Al-Baaj"),
    ("قتل ثلاثة إرهابيين بضربة جوية في وادي الشاي جنوب كركوك. وفي قاطع عمليات نينوى، قُتل إرهابيان باشتباك مع "
     "الجيش قرب قضاء تلعفر.", "Telafar"),
    ("انفجرت عبوة ناسفة على دورية للجيش في قضاء الطوز دون إصابات. وفي قاطع عمليات ديالى، قتل ثلاثة إرهابيين "
     "بكمين قرب ناحية العظيم.", "Al-Khalis"),
    ("قتل جندي بانفجار عبوة ناسفة في قضاء الطوز. وفي قاطع عمليات سامراء، قُتل أربعة إرهابيين باشتباك مع قوة من "
     "الجيش قرب ناحية دجلة.", "Samarra"),
])
def test_an_incident_told_after_a_long_place_opening_is_drafted_apart(text, admin2):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[1].get("admin2") == admin2


@pytest.mark.parametrize("text", [
    "قتل جنديان بانفجار عبوة في قضاء الطوز. وفي بيان صدر لاحقا، دانت قيادة الشرطة الهجوم وتوعدت بملاحقة المنفذين.",
    "قتل جنديان بانفجار عبوة ناسفة في قضاء الطوز. وفي تصريح لوسائل الإعلام، قال مسؤول محلي إن الانفجار وقع صباحا.",
])
def test_a_long_opening_without_casualties_or_place_of_its_own_starts_no_incident(text):
    assert len(drafted(text)) == 1
