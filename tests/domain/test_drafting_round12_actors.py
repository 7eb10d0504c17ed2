"""Drafting rules of round 12 (issue 15): perpetrator, attribution and event type, English and Arabic, from the misses
of parts Z1-Z4. Each class of construction with several wordings that must trigger it and near misses that must
not."""

import pytest
from test_drafting_round4_actors import drafted, who

ISIS = "Islamic State (Iraq)"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


# --- the kidnappers, unnamed, told by what they did, are an unidentified group: 'freed a boy who had been kidnapped
# on Thursday and arrested the kidnappers', 'اختطفته عصابة مجهولة', 'وكان المختطف قد خُطف ... وطالب الخاطفون بفدية' ---

@pytest.mark.parametrize("text", [
    "Police freed a seven-year-old boy in Kirkuk on Sunday who had been kidnapped on Friday, and arrested the "
    "kidnappers, who had demanded a ransom from his family.",
    "A trader was kidnapped on his way home in Tuz Khurmatu on Sunday; the kidnappers asked his family for 100,000 "
    "dollars.",
    "The abductors of a pharmacist kidnapped in Hawija on Sunday released him after his family paid a ransom.",
    "تمكنت قوة من الشرطة من تحرير طفل اختطفته عصابة مجهولة مساء الأحد في قضاء الحويجة.",
    "حررت مفارز الاستخبارات مختطفاً في قضاء داقوق. وكان المختطف قد خُطف يوم الأحد وطالب الخاطفون ذويه بفدية مالية.",
    "اختطف تاجر يوم الأحد في طوزخورماتو، وطالب خاطفوه عائلته بفدية، فيما لم يعرف الخاطفون.",
])
def test_the_kidnappers_unnamed_are_an_unidentified_group(text):
    assert who(drafted(text)[-1]) == (UNIDENTIFIED, "unknown")


@pytest.mark.parametrize("text", [
    # a group named as the kidnappers is the group
    "A trader was kidnapped near Tuz Khurmatu on Sunday. Police believe the kidnappers are ISIS militants.",
    # a hostage freed, the kidnapping not told: the release is the police's
    "تمكنت مفارز الشرطة، مساء الأحد، من تحرير مواطن مختطف وإلقاء القبض على ثلاثة من الخاطفين في حي الواسطي.",
])
def test_kidnappers_named_or_only_arrested_are_no_unidentified_group(text):
    assert drafted(text)[0].get("actor1") != UNIDENTIFIED


def test_kidnappers_beside_a_killing_leave_the_organisation_named_before():
    drafts = drafted("اختطف مسلحون من بقايا داعش أربعة رعاة قرب تلعفر فجر الأحد.\nويقول أحد الوجهاء إن \"الخاطفين "
                     "طالبوا بفدية\"، مذكراً بأن التنظيم قتل راعيين في المنطقة ذاتها في شباط الماضي.")
    assert [d.get("actor1") for d in drafts] == [ISIS, ISIS]
