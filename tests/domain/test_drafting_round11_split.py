"""Drafting rules of round 11 (issue 15, one draft per incident): people gathered to demand or to denounce protest,
so a second gathering on a day of its own is a second incident ('On Saturday, dozens of farmers gathered in front of
the district building to demand payment'); an opening 'meanwhile' in Arabic ('في غضون ذلك', 'وفي هذه الأثناء') or
'in the meantime' tells another incident; lines with no list mark opening with a date and a heading of their own
('18 Nov, Khanaqin: ...') are a bulletin's items, each its own incident even without an event word; damage done with
nobody hurt, told before an event on another day, is an incident of its own. Paraphrases the way different outlets
word them, and near-misses."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

PUBLISHED = date(2024, 6, 3)  # a Monday


def drafted(text, published=PUBLISHED):
    return [d.values() for d in draft_incidents(text, published)]


# --- people gathered to demand: a protest -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hundreds of residents of Sinjar staged a peaceful protest on Sunday in front of the district building. On "
    "Saturday, dozens of people gathered in Snuny to demand a reliable electricity supply.",
    "Residents of Sulaiman Bek blocked the main road on Sunday in protest at power cuts. On Saturday, dozens of farmers "
    "gathered in front of the Tuz Khurmatu district building to demand payment for their wheat.",
    "Teachers protested in Kirkuk on Sunday over unpaid salaries. On Thursday, contract workers rallied outside the "
    "Daquq district building calling for permanent jobs.",
    "Families of missing Yazidis demonstrated in Sinjar on Sunday. On Friday, displaced people assembled in front of "
    "the Makhmour camp office demanding to return home.",
    "تظاهر العشرات من أهالي سنجار يوم الأحد أمام مبنى القائمقامية. وفي يوم الخميس، تجمع عشرات المزارعين أمام مبنى "
    "قضاء الحويجة للمطالبة بصرف مستحقاتهم.",
])
def test_a_gathering_to_demand_on_a_day_of_its_own_is_another_protest(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert [d.get("event_type") for d in drafts] == ["Protests", "Protests"]


def test_a_gathering_to_demand_alone_is_a_protest():
    drafts = drafted("Dozens of farmers gathered in front of the Tuz Khurmatu district building on Sunday to demand "
                     "payment for wheat they delivered to state silos.")
    assert [d.get("event_type") for d in drafts] == ["Protests"]


@pytest.mark.parametrize("text", [
    "Thousands of pilgrims gathered in Tuz Khurmatu on Sunday to commemorate the anniversary of the martyrdom of Imam "
    "Hussein; police reported no incidents.",
    "Gunmen opened fire on residents of Tal Sabah as they gathered outside the village mosque on Sunday evening, "
    "killing two.",
    "أعلنت خلية الإعلام الأمني أن طائرات القوة الجوية رصدت تجمعاً لعناصر داعش داخل كهف في وادي الشاي يوم الأحد، "
    "ووجهت إليه ضربة أسفرت عن قتل خمسة منهم.",
])
def test_near_miss_a_gathering_for_no_demand_is_no_protest(text):
    assert all(d.get("event_type") != "Protests" for d in drafted(text))


def test_near_miss_what_the_gathered_demand_is_no_event_of_theirs():
    drafts = drafted("Relatives gathered in front of the Kirkuk police directorate on Sunday to demand the release "
                     "of two abducted shepherds.")
    assert len(drafts) == 1
    assert drafts[0].get("event_type") == "Protests"


# --- 'meanwhile' in Arabic ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["في غضون ذلك،", "وفي غضون ذلك،", "وفي هذه الأثناء،", "في هذه الأثناء،"])
def test_meanwhile_in_arabic_tells_another_incident(opening):
    drafts = drafted("قصفت مدفعية الحرس الثوري الإيراني، فجر اليوم الاثنين، مناطق حدودية تابعة لناحية حاج عمران، "
                     "دون وقوع إصابات بشرية.\n" + opening + " أعلنت وزارة الدفاع التركية، يوم السبت، تحييد ثلاثة من "
                     "عناصر حزب العمال الكردستاني بغارة جوية في منطقة متينا شمالي دهوك.")
    assert len(drafts) == 2
    assert sorted(d.get("actor1") for d in drafts) == ["Military Forces of Iran", "Military Forces of Turkey"]


def test_in_the_meantime_tells_another_incident():
    drafts = drafted("Iranian artillery shelled border areas of Haji Omaran on Monday morning, causing no casualties. "
                     "In the meantime, Turkish jets struck PKK positions in the Metina area north of Duhok on "
                     "Saturday.")
    assert len(drafts) == 2


def test_near_miss_meanwhile_with_no_event_goes_on_with_the_incident():
    drafts = drafted("قصفت مدفعية الحرس الثوري الإيراني، فجر اليوم الاثنين، مناطق حدودية تابعة لناحية حاج عمران، "
                     "دون وقوع إصابات بشرية. في غضون ذلك، طالب مدير الناحية الحكومة الاتحادية بالتدخل.")
    assert len(drafts) == 1


# --- lines opening with a date and a heading: a bulletin's items ----------------------------------------------------

@pytest.mark.parametrize("first_line", [
    "18 Nov, Khanaqin: unknown gunmen on a motorcycle shot and wounded a member of the district council.",
    "18 Nov, Khanaqin: a shopkeeper was wounded by gunmen in the town centre.",
    "18 November – Khanaqin: a teacher was shot and wounded near his home.",
    "18 November, Khanaqin district: two people were hurt when gunmen fired on a car.",
])
def test_a_dated_line_with_casualties_and_no_event_word_is_its_own_item(first_line):
    drafts = drafted("Diyala, week of 18-24 November:\n" + first_line + "\n19 Nov, Jalawla: an IED hit a PMF "
                     "vehicle, killing one PMF member and wounding two.\n21 Nov, Mandali: a peaceful demonstration "
                     "over water shortages.", date(2024, 11, 25))
    assert len(drafts) == 3
    assert sorted(d.get("event_date") for d in drafts) == ["2024-11-18", "2024-11-19", "2024-11-21"]


def test_near_miss_a_story_paragraph_opening_with_a_day_is_no_item():
    drafts = drafted("Gunmen shot dead a farmer in Khanaqin on Sunday.\nOn Sunday, police said the attackers fled "
                     "towards the orchards: they were searching for them.")
    assert len(drafts) == 1


# --- damage with nobody hurt before an event on another day ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أحرق مسلحون مجهولون، ليلة أمس، ثلاثة منازل خالية في قرية كوله جو التابعة لقضاء داقوق، دون وقوع إصابات.\n"
    "وفي الخامس والعشرين من أيار الماضي، أصيب شرطيان بانفجار عبوة ناسفة على طريق داقوق.",
    "أضرم مجهولون، فجر اليوم، النار في حقل حنطة في قرية البشير، دون وقوع إصابات.\n"
    "وفي الخامس والعشرين من أيار الماضي، قتل مزارع بهجوم مسلح في القرية ذاتها.",
    "Unknown assailants set fire to a church hall in Qaraqosh on Sunday night, causing no casualties.\n"
    "On 25 May, a policeman was wounded by a roadside bomb near Bartella.",
])
def test_damage_with_nobody_hurt_before_another_days_event_is_its_own_incident(text):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert sorted(d.get("event_date") for d in drafts)[0] == "2024-05-25"


def test_near_miss_damage_told_with_the_same_days_event_stays_one():
    drafts = drafted("Unknown assailants set fire to a church hall in Qaraqosh on Sunday night, causing no "
                     "casualties.\nOn Sunday night, the same group shot at the guards of the hall.")
    assert len(drafts) <= 2
    assert all(d.get("event_date") == "2024-06-02" for d in drafts)


# --- 'It is the second killing': the incident counted among others, no one more killed ------------------------------

@pytest.mark.parametrize("text, field, value", [
    ("A shop owner was shot dead by unknown gunmen on Sunday evening in Kirkuk. It is the second killing of its kind "
     "in the city this month.", "fatalities", 1),
    ("A shop owner abducted by gunmen in Tuz Khurmatu on Sunday has not been heard from since, his family said. It is "
     "the second kidnapping in the district this year.", "abducted", 1),
    ("Gunmen kidnapped a truffle hunter near Sulaiman Bek on Sunday. This was the third abduction in the area since "
     "January.", "abducted", 1),
    ("A farmer was killed by a landmine near Daquq on Sunday. That was the fourth such death in the district this "
     "year.", "fatalities", 1),
])
def test_the_incident_counted_among_others_counts_no_one_more(text, field, value):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert drafts[0].get(field) == value


@pytest.mark.parametrize("text, field, value", [
    ("Two soldiers were killed by a roadside bomb near Tuz Khurmatu on Sunday. A third soldier died in hospital "
     "later.", "fatalities", 3),
    ("Gunmen wounded two farmers near Daquq on Sunday; it was the second attack this month, and a third farmer was "
     "wounded as he fled.", "wounded", 3),
])
def test_near_miss_one_more_person_is_still_counted(text, field, value):
    drafts = drafted(text)
    assert drafts[0].get(field) == value


# --- an attack on a base; the other side's response by a strike of its own ----------------------------------------------

@pytest.mark.parametrize("text", [
    "تبنى حزب العمال الكردستاني هجوماً على قاعدة عسكرية تركية في منطقة زاخو، فيما لم تعلق أنقرة على الهجوم.",
    "هاجم مسلحون قاعدة للجيش التركي قرب ناحية كاني ماسي مساء الجمعة.",
    "أعلن حزب العمال الكردستاني مسؤوليته عن هجوم استهدف إحدى القواعد التركية في قضاء العمادية.",
])
def test_an_attack_on_a_base_is_an_incident(text):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert drafts[0].get("event_type") == "Battles"


@pytest.mark.parametrize("response", [
    "وردت القوات التركية بقصف مدفعي طال القرى المجاورة لكاني ماسي فجر الأحد، دون أن يسفر عن خسائر بشرية.",
    "ورد الجيش التركي بغارات جوية على مواقع للحزب في منطقة متينا فجر الأحد، دون وقوع إصابات.",
    "وردت المدفعية التركية بقصف قرى ناحية كاني ماسي صباح الأحد، دون وقوع إصابات.",
])
def test_the_other_sides_response_by_a_strike_is_another_incident(response):
    drafts = drafted("تبنى حزب العمال الكردستاني هجوماً على قاعدة عسكرية تركية قرب ناحية كاني ماسي في قضاء العمادية "
                     "مساء الجمعة، من دون أن يذكر حصيلة.\n" + response)
    assert len(drafts) == 2
    assert sorted(d.get("actor1") for d in drafts) == ["Military Forces of Turkey", "PKK: Kurdistan Workers' Party"]


@pytest.mark.parametrize("text", [
    "أصيب ٤ من عناصر الحشد الشعبي بجروح إثر هجوم لعناصر داعش على نقطة مرابطة قرب ناحية الملا عبد الله جنوبي كركوك، "
    "مساء الأحد. وردّت القوات على مصادر النيران.",
    "أصيب جنديان بهجوم لداعش على نقطة للجيش في وادي الشاي مساء الأحد. ووردت أنباء عن فرار المهاجمين بقصف "
    "القوات للمنطقة.",
])
def test_near_miss_returning_fire_or_news_received_is_the_same_incident(text):
    assert len(drafted(text)) == 1


# --- one incident singled out of a sum over a period -----------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("In May, UNAMI documented civilian casualties in Nineveh, Kirkuk and Diyala, including an incident on 11 May in "
     "which a rocket hit a house in Bashiqa, injuring two children.", "2024-05-11"),
    ("The Mission recorded 14 civilian casualties in May, among them an attack on 20 May in which gunmen killed a "
     "shepherd near Daquq.", "2024-05-20"),
    ("Human rights monitors verified six attacks on farmers in May, including a shelling on 7 May that wounded a farmer "
     "in Sidakan.", "2024-05-07"),
])
def test_an_incident_singled_out_of_a_sum_is_drafted_on_its_day(text, day):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert drafts[0].get("event_date") == day


@pytest.mark.parametrize("text", [
    "In May, UNAMI documented 12 civilian casualties in Nineveh, Kirkuk and Diyala.",
    "The Mission recorded 14 civilian casualties in May, including five children.",
])
def test_near_miss_a_sum_singling_out_no_day_gives_no_draft(text):
    assert drafted(text) == []


# --- the cause of a protest, told with 'to protest against' / 'in protest at', on a day of its own -------------------

@pytest.mark.parametrize("text, cause_day", [
    ("Dozens of Yazidis protested in Sinjar on Monday in protest at the killing of a shepherd near Sinune on Saturday "
     "night.", "2024-06-01"),
    ("Relatives of the victims demonstrated outside the Kirkuk governorate building on Monday to protest against the "
     "abduction of two farmers near Daquq on Friday.", "2024-05-31"),
    ("Teachers demonstrated in Hawija on Monday in protest over the wounding of three pupils by a mortar shell on "
     "Saturday.", "2024-06-01"),
    ("Families protested in Khanaqin on Monday to protest the abduction of a trader by gunmen on Friday evening.",
     "2024-05-31"),
])
def test_the_cause_of_a_protest_on_a_day_of_its_own_is_another_incident(text, cause_day):
    drafts = drafted(text)
    assert len(drafts) == 2
    assert drafts[0].get("event_type") == "Protests"
    assert drafts[1].get("event_date") == cause_day


def test_near_miss_the_cause_told_the_same_day_is_no_other_incident():
    assert len(drafted("Residents protested in Daquq on Monday in protest at the killing of a farmer on Monday "
                       "morning.")) == 1


# --- houses burned, the doers and the time told between the verb and the houses (events.json, a local change) --------

@pytest.mark.parametrize("text", [
    "أحرق مسلحون مجهولون، ليلة أمس، ثلاثة منازل خالية في قرية كوله جو التابعة لقضاء داقوق، دون وقوع إصابات.",
    "أحرق مجهولون فجر اليوم منازل لعائلات نازحة في قرية البشير، دون وقوع إصابات.",
    "أحرقت مجموعة مسلحة مساء الأحد حقول حنطة في قرية توبزاوة.",
])
def test_burning_told_with_its_doers_and_time_first_is_property_destruction(text):
    drafts = drafted(text)
    assert len(drafts) == 1
    assert drafts[0].get("sub_event_type") == "Looting/property destruction"


def test_near_miss_burning_far_from_any_property_is_no_arson():
    drafts = drafted("قتل مزارع بهجوم مسلح في قرية توبزاوة مساء الأحد، وقال شهود إن المهاجمين أحرقوا سيارته واطلقوا "
                     "النار على الأهالي الذين حاولوا إنقاذ المنزل.")
    assert all(d.get("sub_event_type") != "Looting/property destruction" for d in drafts)
