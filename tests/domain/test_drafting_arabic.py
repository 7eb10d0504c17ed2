"""Drafting rules for Arabic report text (issue 15): dates, figures, actors, attribution, communities,
places, and diacritics that do not change the reading."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.drafting.actors import attribution, find_actors, find_communities
from incident_tracker.plugin.domain.drafting.arabic import OffsetMap, forms
from incident_tracker.plugin.domain.drafting.dates import find_dates
from incident_tracker.plugin.domain.drafting.figures import figures
from incident_tracker.plugin.domain.drafting.text import split_sentences

SUNDAY = date(2020, 6, 14)


def one_date(text, published=SUNDAY):
    (mention,) = find_dates(text, published)
    return (mention.event_date.isoformat(), mention.time_precision,
            mention.date_start and mention.date_start.isoformat(), mention.date_end and mention.date_end.isoformat())


@pytest.mark.parametrize("text, expected", [
    ("اليوم", ("2020-06-14", 1, None, None)),
    ("فجر اليوم", ("2020-06-14", 1, None, None)),
    ("أمس", ("2020-06-13", 1, None, None)),
    ("مساء أمس", ("2020-06-13", 1, "2020-06-13", "2020-06-14")),
    ("أمس الأول", ("2020-06-12", 1, None, None)),
    ("مساء الخميس", ("2020-06-11", 1, "2020-06-11", "2020-06-12")),
    ("فجر السبت", ("2020-06-13", 1, None, None)),
    ("يوم الأربعاء الماضي", ("2020-06-10", 1, None, None)),
    ("ليلة الجمعة", ("2020-06-12", 1, "2020-06-12", "2020-06-13")),  # Friday night, as the press writes it
    ("ليلة السبت على الأحد", ("2020-06-13", 1, "2020-06-13", "2020-06-14")),
    ("في أوائل أيار/مايو", ("2020-05-05", 3, "2020-05-01", "2020-05-10")),
    ("منتصف تموز", ("2019-07-15", 3, "2019-07-11", "2019-07-20")),  # after the publication: last year
    ("أواخر شباط", ("2020-02-25", 3, "2020-02-21", "2020-02-29")),
    ("في ١٧ آب/أغسطس", ("2019-08-17", 1, None, None)),
    ("في 3 يونيو", ("2020-06-03", 1, None, None)),
    ("في 2 كانون الثاني 2020", ("2020-01-02", 1, None, None)),
    ("يوم 9 تشرين الأول", ("2019-10-09", 1, None, None)),
    ("في 5 ديسمبر", ("2019-12-05", 1, None, None)),
    ("في نيسان", ("2020-04-15", 3, "2020-04-01", "2020-04-30")),
    ("الشهر الماضي", ("2020-05-16", 3, "2020-05-01", "2020-05-31")),
    ("قبل يومين", ("2020-06-12", 1, None, None)),
    ("قبل ثلاثة أيام", ("2020-06-11", 1, None, None)),
])
def test_arabic_dates(text, expected):
    assert one_date(text) == expected


def test_the_day_of_the_statement_yields_to_the_day_of_the_event():
    text = "أفاد مصدر أمني، اليوم الأحد، بمقتل مدنيين اثنين بهجوم مسلح مساء أمس."
    (draft,) = draft_incidents(text, SUNDAY)
    assert draft.value("event_date") == "2020-06-13" and draft.fields["event_date"].snippet == "مساء أمس"
    said = "أعلنت خلية الإعلام الأمني، اليوم الأحد، عن استشهاد جندي بانفجار عبوة ناسفة."
    (draft,) = draft_incidents(said, SUNDAY)
    assert draft.value("event_date") == "2020-06-14"  # no other date: the day it was said


def figure_values(text):
    text = OffsetMap(text).text
    found = figures(text, split_sentences(text))
    return {k: s.value for k, s in found.items() if k in ("fatalities", "wounded", "abducted")}


@pytest.mark.parametrize("text, expected", [
    ("بمقتل مدنيين اثنين وإصابة ثالث", {"fatalities": 2, "wounded": 1}),
    ("مقتل سبعة أشخاص وإصابة سبعة آخرين", {"fatalities": 7, "wounded": 7}),
    ("استشهاد ٣ من منتسبي الجيش وإصابة ٢ آخرين", {"fatalities": 3, "wounded": 2}),
    ("قُتل ثلاثة من عناصر البيشمركة وأصيب خمسة آخرون", {"fatalities": 3, "wounded": 5}),
    ("أسفر عن استشهاد ضابط وجرح جنديين", {"fatalities": 1, "wounded": 2}),  # a singular, a dual
    ("قتل عنصران وأصيب ثالث", {"fatalities": 2, "wounded": 1}),
    ("مقتل امرأة وطفلها في قصف", {"fatalities": 2}),
    ("قتل راعٍ وأصيب شقيقه", {"fatalities": 1, "wounded": 1}),
    ("مقتل مواطن وإصابة زوجته", {"fatalities": 1, "wounded": 1}),
    ("اختطف مسلحون يُعتقد أنهم من داعش راعيين اثنين", {"abducted": 2}),
    ("اختطف مسلحون مجهولون، مساء الخميس، مختار القرية", {"abducted": 1}),  # the date between commas
    ("أُصيب خمسة أشخاص، بينهم امرأتان", {"wounded": 5}),  # 'بينهم': a part, not more
    ("قتل أحد عشر جندياً", {"fatalities": 11}),
    ("مقتل خمسة وعشرين شخصاً", {"fatalities": 25}),
    ("إصابة عشرات المدنيين", {"wounded": 10}),  # ACLED: 'tens' = 10
    ("العثور على جثتي راعيين كانا قد اختطفا", {"fatalities": 2, "abducted": 2}),
    ("ارتفاع حصيلة القتلى إلى سبعة", {"fatalities": 7}),
    ("سقطت قذيفة دون وقوع إصابات", {"fatalities": 0, "wounded": 0}),
    ("انفجرت عبوة دون أن تسفر عن إصابات", {"fatalities": 0, "wounded": 0}),
    ("قتل الإرهابيون يوم الاثنين", {}),  # 'الاثنين' is Monday, not two
    ("اختطاف مزارعين في القرية", {}),  # a plural without a number: unknown
    ("أصيب طفل يبلغ من العمر 12 عاماً", {"wounded": 1}),  # '12 عاماً' is an age
])
def test_arabic_figures(text, expected):
    assert figure_values(text) == expected


@pytest.mark.parametrize("text, name", [
    ("لتنظيم داعش", "Islamic State (Iraq)"),
    ("عصابات داعش الإرهابية", "Islamic State (Iraq)"),
    ("تنظيم الدولة", "Islamic State (Iraq)"),
    ("بهجوم لمسلحي حزب العمال الكردستاني", "PKK: Kurdistan Workers' Party"),
    ("مسلحون مجهولون", "Unidentified Armed Group (Iraq)"),
    ("على يد مجهولين", "Unidentified Armed Group (Iraq)"),
    ("عجلة تابعة للجيش العراقي", "Military Forces of Iraq"),
    ("قوات الحشد الشعبي", "Popular Mobilization Forces"),
    ("والبيشمركة", "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"),
    ("قصفت طائرة مسيّرة تركية", "Military Forces of Turkey"),
])
def test_arabic_actors_with_their_prefixes(text, name):
    assert [m.name for m in find_actors(OffsetMap(text).text)][-1:] == [name]


@pytest.mark.parametrize("text, expected", [
    ("هاجم مسلحون يُعتقد أنهم ينتمون لتنظيم داعش القرية", "suspected"),
    ("هجوم يُشتبه أن داعش نفذه", "suspected"),
    ("تبنّى تنظيم داعش الهجوم", "claimed"),
    ("لم تتبنَّ أي جهة الهجوم، لكن خلايا داعش تنشط في المنطقة", None),
    ("هاجم مسلحو داعش نقطة للجيش", None),
])
def test_arabic_attribution(text, expected):
    text = OffsetMap(text).text
    mention = next(m for m in find_actors(text) if m.name == "Islamic State (Iraq)")
    assert attribution(text, mention, 0, len(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("منزلاً لعائلة من الكاكائية", ["Kakai"]),
    ("راعيين من المكون التركماني", ["Turkmen"]),
    ("استهداف الإيزيديين", ["Yazidi"]),
    ("شاب من المكون الشبكي", ["Shabak"]),
    ("مصدر أمني في كركوك", []),
])
def test_arabic_communities(text, expected):
    assert [c.name for c in find_communities(OffsetMap(text).text)] == expected


def test_arabic_killed_split_into_civilians_and_security_forces():
    text = OffsetMap("استشهاد ضابط وجرح جنديين ومقتل مدنيين اثنين").text
    found = figures(text, split_sentences(text))
    # in one Arabic sentence a second count of the killed adds to the first
    assert (found["fatalities"].value, found["killed_civilians"].value, found["killed_security_forces"].value) == \
        (3, 2, 1)
    text = OffsetMap("قتل ثلاثة من عناصر البيشمركة وأصيب خمسة آخرون").text
    found = figures(text, split_sentences(text))
    assert found["killed_security_forces"].value == 3 and "killed_civilians" not in found


def test_a_village_in_no_gazetteer_is_placed_at_the_place_it_belongs_to():
    text = "قتل مزارعان بهجوم مسلحين مجهولين على قرية الحواشة التابعة لناحية جلولاء، مساء السبت."
    (draft,) = draft_incidents(text, SUNDAY)
    v = draft.values()
    # "لناحية جلولاء": the sub-district's point, so geo precision 3
    assert (v["location"], v["geo_precision"], v["admin2"]) == ("الحواشة (ناحية جلولاء)", 3, "Khanaqin")
    assert (v["fatalities"], v["actor1"], v["attribution"]) == (2, "Unidentified Armed Group (Iraq)", "unknown")


def test_a_separate_incident_in_arabic_is_its_own_draft():
    text = ("اختطف مسلحون راعيين اثنين قرب داقوق، مساء الخميس.\n"
            "وفي حادث منفصل، أصيب جندي بانفجار عبوة ناسفة في قضاء خانقين صباح الجمعة.")
    first, second = draft_incidents(text, date(2023, 10, 28))
    assert (first.value("abducted"), first.value("event_date"), first.value("admin2")) == (2, "2023-10-26", "Daquq")
    assert (second.value("wounded"), second.value("event_date"), second.value("admin2")) == \
        (1, "2023-10-27", "Khanaqin")
    assert "wounded" not in first.fields and "abducted" not in second.fields


def test_prefixes_and_diacritics_do_not_change_a_word():
    assert "مقتل" in forms("وبمقتل") and "الجيش" in forms("للجيش")
    report = OffsetMap("قُتِلَ جنديٌّ")
    assert report.text == "قتل جندي"
    start, end = report.span(4, 8)
    assert report.original[start:end] == "جنديٌّ"
