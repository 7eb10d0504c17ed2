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


# --- the victims of the incident before, found or dead the same day: no incident of their own ---------------------

ABDUCTION = ("ISIS militants raided the village of Sayyid Salih, east of Tuz Khurmatu, at dawn on Sunday and abducted "
             "two brothers, a local source said. ")


@pytest.mark.parametrize("after, incidents", [
    ("Hours later, PMF fighters searching the foothills found one of the brothers shot dead.", 1),
    ("Later that day, the body of the abducted shepherd was found near the village.", 1),
    ("The same day, police recovered the bodies of the two men in an orchard near Tuz Khurmatu.", 1),
    ("Hours later, villagers discovered both of the men dead in a ditch.", 1),
    ("On the same day, one of the abducted men died of his wounds in Kirkuk hospital.", 1),
    # near-misses: another event the same day is still another incident
    ("Hours later, gunmen killed a shepherd near Daquq.", 2),
    ("The same day, a roadside bomb wounded two soldiers near Hawija.", 2),
    ("Later that day, in a separate incident, the body of a man was found near Hawija.", 2),
])
def test_the_victims_found_the_same_day_are_of_the_incident_before(after, incidents):
    assert len(drafted(ABDUCTION + after)) == incidents


# --- the event of a risen toll, told after its lead ----------------------------------------------------------------

@pytest.mark.parametrize("lead, event", [
    ("The death toll from an Islamic State attack on an army post in the village of Tall Hamid, near Makhmour, rose to "
     "three on Monday after one of the wounded soldiers died in hospital.",
     "The militants stormed the post late on Saturday, killing two soldiers and wounding three others."),
    ("The toll of an ISIS ambush on a Peshmerga patrol near Kifri has risen to four, a commander said on Thursday.",
     "The patrol was hit by a roadside bomb and gunfire on Tuesday evening, killing three fighters."),
    ("The number of soldiers killed in an attack on an army checkpoint near Hawija climbed to five on Friday.",
     "Gunmen attacked the checkpoint on Wednesday night, killing four soldiers and wounding two."),
    ("The death toll from a bombing at a market in Tuz Khurmatu rose to six on Monday, a health official said.",
     "A motorcycle rigged with explosives blew up in the market on Sunday morning, killing four shoppers."),
])
def test_the_event_of_a_risen_toll_told_after_its_lead_is_the_same_incident(lead, event):
    assert len(drafted(lead + "\n" + event)) == 1


@pytest.mark.parametrize("other", [
    "Another attack on an army post near Hawija on Monday killed two soldiers.",
    "Last month, militants stormed a similar post near the village, killing a soldier.",
    "On Monday, gunmen killed two shepherds near Daquq.",
])
def test_another_event_after_a_risen_toll_is_another_incident(other):
    lead = ("The death toll from an Islamic State attack on an army post in the village of Tall Hamid, near Makhmour, "
            "rose to three on Wednesday after one of the wounded soldiers died in hospital.")
    assert len(drafted(lead + "\n" + other)) == 2


# --- an event told in passing as the cause of another, on a day of its own ----------------------------------------

@pytest.mark.parametrize("text, killed, wounded", [
    ("Dozens of Kakai residents protested on Monday in front of the Daquq district building, demanding protection, "
     "after gunmen believed to be ISIS militants killed a farmer on Friday night in the nearby village of Kani Hanjir.",
     1, None),
    ("Hundreds of mourners protested in Tuz Khurmatu on Sunday after a roadside bomb wounded two soldiers near the "
     "village of Yengija on Friday.", None, 2),
    ("Hundreds of people demonstrated in Daquq on Saturday following the killing of two shepherds by gunmen near the "
     "village of Zanqar on Thursday.", 2, None),
    ("Residents of Kifri protested outside the mayor's office on Sunday, after a mortar shell killed a boy in the "
     "village of Koshk on Friday evening.", 1, None),
])
def test_an_event_told_as_the_cause_of_another_on_a_day_of_its_own_is_drafted_apart(text, killed, wounded):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert (drafts[0].get("fatalities"), drafts[0].get("wounded")) == (None, None)
    assert (drafts[1].get("fatalities"), drafts[1].get("wounded")) == (killed, wounded)


@pytest.mark.parametrize("text", [
    "Two soldiers were killed on Monday after gunmen attacked their checkpoint near Hawija.",
    "A wounded soldier died on Wednesday after an attack on his post near Kifri on Monday.",
    "The death toll from Saturday's bombing in Tuz Khurmatu rose to four on Monday after a wounded woman died.",
    "A farmer was killed on Friday night after gunmen stormed his house in Kani Hanjir on Friday.",
])
def test_the_same_event_after_its_cause_is_one_incident(text):
    assert len(drafted(text)) == 1


# --- an Arabic toll of an event told by its own relative clause, on another day, at another place -------------------

JALAWLA = ("أفاد مصدر أمني في ديالى، اليوم الاثنين، بإصابة ثلاثة من عناصر الشرطة بانفجار عبوة ناسفة "
           "ظهر اليوم في قرية كوك تبة التابعة لناحية جلولاء.\n")


@pytest.mark.parametrize("toll", [
    "وذكر المصدر أن حصيلة الهجوم المسلح الذي استهدف مقر فوج طوارئ الشرطة في قضاء خانقين يوم الأربعاء الماضي ارتفعت إلى "
    "أربعة قتلى، بعد وفاة أحد الجرحى متأثراً بجروحه.",
    "وارتفعت حصيلة التفجير الذي وقع في سوق قضاء طوزخورماتو يوم الخميس الماضي إلى ستة قتلى بعد وفاة جريحين متأثرين "
    "بجراحهما.",
    "وتوفي جندي متأثراً بجروحه التي أصيب بها في الهجوم الذي استهدف ربيئة للجيش قرب قضاء داقوق يوم الخميس الماضي.",
])
def test_the_toll_of_an_event_told_by_its_own_words_on_another_day_is_another_incident(toll):
    assert len(drafted(JALAWLA + toll)) == 2


def test_a_death_of_the_wounded_of_the_event_before_is_no_other_incident():
    text = ("أصيب ثلاثة جنود بهجوم مسلح على ربيئة للجيش في قرية كوك تبة التابعة لناحية جلولاء مساء أمس الأحد.\n"
            "وقال المصدر إن أحد الجرحى توفي صباح اليوم متأثراً بجروحه التي أصيب بها في الهجوم الذي استهدف الربيئة.")
    assert len(drafted(text)) == 1


# --- the body of a victim of the abduction told before, found on a later day at no place of its own ---------------

@pytest.mark.parametrize("text, incidents", [
    ("Gunmen abducted three shepherds near the village of Albu Khalil, south of Hawija, on Saturday evening.\n"
     "On Monday morning, police found the body of one of the abducted shepherds in a field nearby.", 1),
    ("Unidentified gunmen kidnapped a truck driver on the road between Kirkuk and Tuz Khurmatu on Friday.\n"
     "Two days later, on Sunday, his body was found dumped in an orchard, his relatives said.", 1),
    ("اختطف مسلحون مجهولون ثلاثة رعاة قرب قرية الحويش شرقي سامراء مساء السبت.\n"
     "وأضاف المصدر أن القوات الأمنية عثرت صباح اليوم على جثة أحد المختطفين في منطقة زراعية قريبة.", 1),
    ("اختطف مسلحون مجهولون سائق شاحنة على طريق كركوك – طوزخورماتو مساء الجمعة.\n"
     "وعثرت الشرطة صباح اليوم على جثته ملقاة في بستان قريب.", 1),
    ("اختطف مسلحون مجهولون صاحب محل للصيرفة في ناحية الرشاد مساء الجمعة.\n"
     "وعثرت الشرطة يوم الأحد على جثة المختطف وعليها آثار إطلاق نار.", 1),
    # near-misses: a body found at another place it names, or a body of another victim
    ("اختطف مسلحون مجهولون ثلاثة رعاة قرب قرية الحويش شرقي سامراء مساء السبت.\n"
     "وأضاف المصدر أن القوات الأمنية عثرت صباح اليوم على جثة أحد المختطفين في قضاء الدور.", 2),
    ("Gunmen abducted three shepherds near the village of Albu Khalil, south of Hawija, on Saturday evening.\n"
     "On Monday, police found the body of a man shot dead near Daquq.", 2),
    ("اختطف مسلحون مجهولون ثلاثة رعاة قرب قرية الحويش شرقي سامراء مساء السبت.\n"
     "وفي حادث منفصل، عثرت الشرطة صباح اليوم على جثة مجهولة الهوية في ناحية الرشاد.", 2),
])
def test_the_body_of_a_victim_of_the_abduction_is_the_abductions_incident(text, incidents):
    assert len(drafted(text)) == incidents


# --- another event told apart in words: 'a separate grenade attack', 'a second barrage' -----------------------------

@pytest.mark.parametrize("text, incidents", [
    ("Unidentified assailants threw a grenade at the home of a council member in Sulaiman Bek early this month. Nobody "
     "was hurt. On Monday, a separate grenade attack on a shop in the town wounded its owner.", 2),
    ("Gunmen shot dead a shepherd near Daquq on Saturday. Police said a separate armed attack on a farm in the same area "
     "wounded two brothers on Sunday.", 2),
    ("A roadside bomb wounded two soldiers near Hawija on Sunday. Another separate bombing on the Riyadh road killed a "
     "driver.", 2),
    ("Iranian artillery shelled the outskirts of Zalan on Tuesday, wounding a shepherd. A second barrage of shells hit "
     "the village on Wednesday, killing a farmer.", 2),
    ("Turkish artillery shelled the hills near Kani Masi on Monday, killing a shepherd. Another artillery bombardment "
     "struck the same hills the next day, wounding two villagers.", 2),
    # near-misses: 'separate' of no event; a second shell of the same barrage
    ("Gunmen shot dead a shepherd near Daquq on Saturday. Police opened a separate investigation into the killing.", 1),
    ("Iranian artillery shelled the outskirts of Zalan on Tuesday; a second shell wounded a shepherd.", 1),
])
def test_another_event_told_apart_in_words_is_drafted_apart(text, incidents):
    assert len(drafted(text)) == incidents


# --- casualties told before the first event word, then an incident told apart ---------------------------------------

@pytest.mark.parametrize("lead", [
    "A joint Peshmerga and army patrol came under fire near the village of Qutan late on Saturday, leaving three "
    "soldiers dead and four others wounded.",
    "Three soldiers were left dead and four wounded after their patrol came under fire near Qutan late on Saturday.",
    "Late on Saturday, three soldiers lost their lives and four were hurt near Qutan, the ministry said.",
])
def test_casualties_before_the_first_event_word_are_the_main_incident(lead):
    text = lead + " In a separate incident on Sunday morning, a roadside bomb wounded two soldiers near Kandala."
    drafts = drafted(text)
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafts] == [(3, 4), (None, 2)]


def test_a_sum_before_the_first_event_word_is_no_main_incident():
    text = ("UNAMI documented 12 civilian casualties in Kirkuk in May. In a separate incident on Sunday morning, a "
            "roadside bomb wounded two soldiers near Kandala.")
    assert [(d.get("fatalities"), d.get("wounded")) for d in drafted(text)] == [(None, 2)]


# --- an Arabic event told as the cause of a protest, on a day of its own ---------------------------------------------

@pytest.mark.parametrize("text, incidents", [
    ("أهالي قرية البيات بناحية آمرلي يتظاهرون منذ صباح اليوم، احتجاجاً على مقتل شاب من القرية برصاص مجهولين أمس "
     "الأحد قرب مزرعته.", 2),
    ("تظاهر العشرات في قضاء طوزخورماتو اليوم الاثنين تنديداً بمقتل مزارع بانفجار عبوة ناسفة يوم السبت في قرية "
     "ينكجة.", 2),
    ("تظاهر أهالي ناحية العظيم صباح اليوم على خلفية اختطاف راعيين على يد مسلحين مجهولين مساء السبت.", 2),
    ("خرج المئات في تظاهرة بقضاء داقوق اليوم إثر مقتل ثلاثة رعاة بهجوم لداعش يوم الجمعة.", 2),
    # near-misses: the cause told the same day, with no day of its own; a death of the wounded
    ("قتل جندي صباح اليوم إثر انفجار عبوة ناسفة استهدفت دوريته قرب قضاء داقوق.", 1),
    ("توفي شرطي اليوم متأثراً بجروحه عقب الهجوم الذي استهدف نقطة للشرطة في قضاء داقوق يوم السبت.", 1),
])
def test_an_arabic_event_told_as_the_cause_of_a_protest_is_drafted_apart(text, incidents):
    assert len(drafted(text)) == incidents


def test_near_his_farm_names_no_place():
    drafts = drafted("أهالي قرية البيات بناحية آمرلي يتظاهرون منذ صباح اليوم، احتجاجاً على مقتل شاب من القرية برصاص "
                     "مجهولين أمس الأحد قرب مزرعته.")
    assert "مزرعته" not in drafts[1].get("location", "")


# --- an Arabic event of its own, with casualties, on a later day than the incident before it ------------------------

@pytest.mark.parametrize("text, incidents", [
    ("أعلنت خلية الإعلام الأمني، اليوم الاثنين، مقتل ٣ إرهابيين بضربة جوية على وكر لداعش في وادي الشاي جنوب كركوك، "
     "مساء أمس.\nوأضافت الخلية أن ٤ جنود أصيبوا بانفجار عبوة ناسفة خلال عملية تفتيش في المنطقة ذاتها صباح اليوم.", 2),
    ("قتل راع برصاص مسلحين مجهولين قرب قرية الحويش مساء السبت.\nوقال المصدر إن جنديين أصيبا بانفجار عبوة ناسفة في "
     "القرية نفسها صباح اليوم.", 2),
    ("أصيب شرطي بهجوم مسلح على نقطة في ناحية الرشاد فجر أمس الأحد.\nوأشار المصدر إلى مقتل مدني بسقوط قذيفة هاون على "
     "منزله في الناحية صباح اليوم الاثنين.", 2),
    # near-misses: the lead's event told in detail, on its own earlier day; a death of the wounded
    ("كشف مصدر أمني، اليوم الاثنين، عن تفاصيل هجوم استهدف نقطة للحشد في قضاء الدبس.\nوقال المصدر إن عناصر من داعش "
     "هاجموا النقطة مساء أمس، ما أسفر عن مقتل مقاتل.", 1),
    ("أصيب ثلاثة جنود بانفجار عبوة قرب قرية الحويش مساء السبت.\nوتوفي أحد الجرحى صباح اليوم متأثراً بجروحه.", 1),
])
def test_an_arabic_event_with_casualties_on_a_later_day_is_another_incident(text, incidents):
    assert len(drafted(text)) == incidents
