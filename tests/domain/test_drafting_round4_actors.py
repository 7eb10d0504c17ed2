"""Drafting rules of round 4 (issue 15): perpetrator, attribution and event type, English and Arabic. Each
class of construction with several wordings that must trigger it and near misses that must not."""

from datetime import date

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

TUESDAY = date(2024, 3, 12)
ISIS, TURKEY, IRAN = "Islamic State (Iraq)", "Military Forces of Turkey", "Military Forces of Iran"
IRAQ, UNIDENTIFIED = "Military Forces of Iraq", "Unidentified Armed Group (Iraq)"


def drafted(text, published=TUESDAY):
    return [d.values() for d in draft_incidents(text, published)]


def only(text, published=TUESDAY):
    (draft,) = drafted(text, published)
    return draft


def who(draft):
    return draft.get("actor1"), draft.get("attribution")


# --- a suspicion told by a verb of blame, in any of its forms, or by a reported identity -----------------------

@pytest.mark.parametrize("text", [
    "Gunmen shot dead a farmer in the village of Kani Rash near Khanaqin on Sunday, a village elder said, "
    "blaming the Islamic State for the killing.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday. Local officials suspect the attackers belonged to ISIS.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday; the provincial council held ISIS responsible.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday. The victim's family blames Daesh remnants.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday. The killers are said to be ISIS militants.",
    "أطلق مسلحون النار على مزارع في قرية قرب خانقين، مساء الأحد، ما أدى إلى مقتله، وحمّلت الإدارة المحلية "
    "تنظيم داعش مسؤولية الهجوم.",
    "اختطف مسلحون، تقول مصادر أمنية إنهم من بقايا داعش، راعيين في أطراف ناحية المحلبية مساء الأحد.",
    "قُتل مزارع برصاص مسلحين في قرية قرب خانقين مساء الأحد، ويتهم الأهالي خلايا داعش بتنفيذ الهجوم.",
])
def test_a_verb_of_blame_or_a_reported_identity_makes_the_named_group_suspected(text):
    assert who(only(text)) == (ISIS, "suspected")


@pytest.mark.parametrize("text", [
    "ISIS militants shot dead a farmer near Khanaqin on Sunday, a police source said.",
    "قتل مسلحو داعش مزارعاً في قرية قرب خانقين مساء الأحد، بحسب مصدر أمني.",
    "Gunmen shot dead a farmer near Khanaqin on Sunday; the family blames the police for failing to protect him.",
])
def test_a_fact_or_blame_laid_on_another_is_no_suspicion_of_the_group(text):
    assert who(only(text))[1] in (None, "unknown")


# --- a name and its abbreviation in brackets are one mention --------------------------------------------------

def test_counted_fighters_of_a_group_named_with_its_abbreviation_are_the_victims():
    draft = only("On Monday two fighters of the Sinjar Resistance Units (YBS) were killed when a drone struck their "
                 "vehicle near Khanasor; the group blamed Turkey.")
    assert who(draft) == (TURKEY, "suspected")
    draft = only("Fighters of the Sinjar Resistance Units (YBS) attacked an army checkpoint near Khanasor on Monday.")
    assert draft["actor1"] == "YBS: Sinjar Resistance Units"


# --- what strikes, named by its nationality ------------------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("On 4 March, a Turkish UAV strike hit a vehicle in Mawat sub-district, killing one man.", TURKEY),
    ("Turkish armed drones struck a car near Sidakan on Monday, killing two men.", TURKEY),
    ("Drones of the Turkish army bombed a car near Sidakan on Monday, killing two men.", TURKEY),
    ("Drones of Iran's Islamic Revolutionary Guard Corps (IRGC) struck a camp near Koya on Monday, killing one.",
     IRAN),
    ("Iranian artillery shells hit the outskirts of Sidakan on Monday; no casualties were reported.", IRAN),
    ("وكانت المسيّرات التركية قد قصفت أطراف ناحية سيدكان مساء الأحد، ما أدى إلى إصابة طفلين.", TURKEY),
    ("قصفت المقاتلات التركية قرى في ناحية سيدكان مساء الأحد دون وقوع إصابات.", TURKEY),
    ("قصفت المدفعية الإيرانية أطراف ناحية سيدكان مساء الأحد دون وقوع إصابات.", IRAN),
])
def test_a_striker_named_by_its_nationality_is_the_perpetrator(text, actor):
    draft = only(text)
    assert draft["actor1"] == actor
    assert draft["event_type"] == "Explosions/Remote violence"


def test_a_turkish_base_struck_is_no_turkish_strike():
    draft = only("Three rockets impacted near the Turkish military base at Zilkan on Monday. No casualties reported.")
    assert draft["event_type"] == "Explosions/Remote violence"
    assert draft.get("actor1") is None


def test_the_air_force_in_an_iraqi_statement_is_iraqs_and_the_hideouts_struck_are_the_target():
    draft = only("نفذت طائرات القوة الجوية يوم الأحد ثلاث ضربات جوية استهدفت أوكاراً لعصابات داعش الإرهابية في جبال "
                 "مكحول، أسفرت عن قتل سبعة إرهابيين.")
    assert draft["actor1"] == IRAQ


# --- UN/NGO abbreviations ------------------------------------------------------------------------------------

def test_uag_is_an_unidentified_armed_group():
    draft = only("On 6 March, UAG threw a hand grenade at a house in Tal Afar town. Material damage only.")
    assert who(draft) == (UNIDENTIFIED, "unknown")
    assert draft["event_type"] == "Explosions/Remote violence"


# --- a protest has no perpetrator ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hundreds of Yazidis rallied in Sinjar on Sunday to protest the slow rebuilding of the town, years after it "
    "was retaken from the Islamic State group.",
    "تظاهر العشرات من أهالي سنجار، الأحد، احتجاجاً على تأخر إعادة إعمار القضاء بعد سنوات من طرد داعش منه.",
])
def test_a_peaceful_protest_names_no_perpetrator(text):
    draft = only(text)
    assert draft["event_type"] == "Protests"
    assert draft.get("actor1") is None


# --- an actor named only in a background sentence is no perpetrator -----------------------------------------

@pytest.mark.parametrize("text", [
    "- 10 Mar: three rockets impacted near the airport in Kirkuk. No casualties reported.\n"
    "Assessment: ISIS activity along the Hawija axis is likely to continue.",
    "A mortar shell fell on a house in Udhaim on Sunday, causing material damage only. ISIS cells remain active "
    "in the Hamrin mountains, according to residents.",
    "سقطت قذيفة هاون على منزل في ناحية العظيم مساء الأحد دون وقوع إصابات. وتنشط خلايا داعش في سلسلة جبال حمرين "
    "منذ سنوات.",
])
def test_an_armed_group_named_only_as_background_is_not_the_perpetrator(text):
    assert drafted(text)[0].get("actor1") is None


@pytest.mark.parametrize("text, attribution", [
    ("A roadside bomb exploded near an army patrol in Udhaim on Sunday, wounding two soldiers. ISIS claimed the "
     "attack on Monday.", "claimed"),
    ("A mortar shell fell on a house in Udhaim on Sunday, wounding a woman. Officials said ISIS was behind it.",
     None),
    ("انفجرت عبوة ناسفة بدورية للجيش في ناحية العظيم مساء الأحد، ما أدى إلى إصابة جنديين. وتبنى تنظيم داعش "
     "الهجوم.", "claimed"),
])
def test_an_armed_group_that_a_later_sentence_ties_to_the_attack_is_the_perpetrator(text, attribution):
    draft = drafted(text)[0]
    assert draft["actor1"] == ISIS
    assert attribution is None or draft["attribution"] == attribution


# --- the state that announces or carries out an operation against militants ----------------------------------

@pytest.mark.parametrize("text, actor", [
    ("أعلنت هيئة الحشد الشعبي، اليوم الثلاثاء، قتل أربعة إرهابيين بعملية استباقية في سلسلة جبال حمرين.",
     "Popular Mobilization Forces"),
    ("نفذت قوة من الجيش العراقي عملية استخبارية في وادي الشاي جنوب كركوك، أسفرت عن قتل ثلاثة من عناصر داعش.",
     IRAQ),
    ("The army carried out a pre-emptive operation in the Hamrin mountains on Monday, killing three ISIS militants.",
     IRAQ),
])
def test_the_state_force_that_carries_out_an_operation_is_the_perpetrator(text, actor):
    draft = only(text)
    assert (draft["actor1"], draft["event_type"]) == (actor, "Battles")


def test_an_operation_that_no_militant_meets_is_no_battle():
    drafts = drafted("أعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، انطلاق عملية استباقية لتأمين طريق كركوك - بغداد.")
    assert not any(d.get("event_type") == "Battles" for d in drafts)


# --- in a battle, the state force that took the fight to the other, or clashed and killed ---------------------

@pytest.mark.parametrize("text, actor", [
    ("Fighters of the Popular Mobilization Forces ambushed an ISIS group near Hawija on Monday night, killing three "
     "militants.", "Popular Mobilization Forces"),
    ("Counter-Terrorism Service forces clashed with an ISIS cell in the Tharthar desert on Monday and killed two of "
     "its members.", IRAQ),
    ("شنت قوة من الحشد الشعبي، فجر اليوم، هجوماً على مخبأ لعناصر تنظيم داعش قرب ناحية العظيم، ما أسفر عن مقتل "
     "اثنين منهم.", "Popular Mobilization Forces"),
    ("اشتبكت قوة من قيادة عمليات سامراء فجر اليوم مع مفرزة إرهابية في جزيرة سامراء، وتمكنت من قتل ثلاثة "
     "إرهابيين.", IRAQ),
    ("نصبت قوة من الحشد الشعبي مساء الأحد كميناً لعناصر داعش قرب ناحية قره تبه، ما أسفر عن مقتل أحدهم.",
     "Popular Mobilization Forces"),
])
def test_the_state_force_that_ambushed_raided_or_clashed_and_killed_is_the_perpetrator(text, actor):
    draft = only(text)
    assert (draft["actor1"], draft["event_type"]) == (actor, "Battles")


@pytest.mark.parametrize("text, actor", [
    ("Peshmerga forces clashed with ISIS militants near Kulajo on Sunday night; one Peshmerga fighter was killed.",
     ISIS),
    ("اشتبكت قوة من الجيش العراقي مع عناصر من وحدات مقاومة سنجار قرب ناحية سنوني مساء الاثنين، ما أدى إلى إصابة "
     "جنديين.", "YBS: Sinjar Resistance Units"),
])
def test_a_clash_in_which_the_state_force_only_suffers_is_the_other_sides(text, actor):
    assert only(text)["actor1"] == actor


# --- an attack carried out by gunmen of a named group -----------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("أعلنت وزارة الدفاع التركية، اليوم، مقتل جنديين تركيين بهجوم شنّه مسلحو حزب العمال الكوردستاني على موقع عسكري "
     "في منطقة متينا مساء الاثنين.", "PKK: Kurdistan Workers' Party"),
    ("أصيب ثلاثة جنود بهجوم شنّه مسلحون من وحدات مقاومة سنجار على نقطة للجيش في ناحية سنوني مساء الأحد.",
     "YBS: Sinjar Resistance Units"),
    ("Three soldiers were wounded in an attack by gunmen belonging to ISIS on an army post near Tarmiyah on Sunday.",
     ISIS),
])
def test_an_attack_carried_out_by_gunmen_of_a_named_group_is_the_groups(text, actor):
    assert only(text)["actor1"] == actor


def test_gunmen_alone_stay_unidentified():
    assert who(only("أصيب ثلاثة جنود بهجوم شنّه مسلحون على نقطة للجيش في ناحية سنوني مساء الأحد.")) == \
        (UNIDENTIFIED, "unknown")


# --- the counted dead of a group, quoted as the statement words them -----------------------------------------

def test_members_neutralised_in_quotes_are_the_target_of_the_strike():
    draft = only("The Turkish defence ministry said on Sunday it had 'neutralised' four PKK members in air strikes "
                 "in the Gara region of Duhok province.")
    assert draft["actor1"] == TURKEY


# --- no claim is still a suspicion, and a suspicion is read past a word of membership -----------------------

@pytest.mark.parametrize("text", [
    "A bomb exploded at a market in Tuz Khurmatu on Saturday, killing three people. No group has claimed the "
    "attack, which security officials blamed on ISIS.",
    "اختطف مسلحون مجهولون راعيين قرب ناحية الرشاد مساء الأحد، مرجحاً أن يكون الخاطفون من بقايا تنظيم داعش.",
    "قُتل راعٍ بهجوم قرب ناحية الصينية مساء الأحد، نُسب إلى تنظيم داعش.",
])
def test_a_suspicion_told_without_a_claim(text):
    assert who(only(text)) == (ISIS, "suspected")


# --- aircraft that back a ground force do not make its fight a strike -----------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Army forces backed by Iraqi aircraft killed four Islamic State militants in an operation in the Hamrin "
     "mountains on Monday.", IRAQ),
    ("Peshmerga forces supported by coalition aircraft killed three ISIS militants in the Qarachogh mountains on "
     "Monday.", "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"),
    ("أعلنت قيادة العمليات المشتركة مقتل ثلاثة إرهابيين بعملية نفذتها قوة من الجيش العراقي بإسناد من طيران الجيش "
     "فجر الأحد في منطقة قره جوخ.", IRAQ),
])
def test_a_ground_operation_with_air_support_is_a_battle_of_the_ground_force(text, actor):
    draft = only(text)
    assert (draft["event_type"], draft["actor1"]) == ("Battles", actor)


def test_aircraft_that_strike_alone_still_make_a_strike():
    draft = only("Iraqi aircraft killed four Islamic State militants in the Hamrin mountains on Monday.")
    assert (draft["event_type"], draft["actor1"]) == ("Explosions/Remote violence", IRAQ)


# --- what a protest is about is not the event the sentence tells ----------------------------------------------

@pytest.mark.parametrize("text", [
    "نظم العشرات من الإيزيديين، أمس الاثنين، وقفة احتجاجية وسط قضاء سنجار للمطالبة بوقف الضربات الجوية التركية.",
    "احتج مئات المسيحيين في بلدة بغديدا، اليوم الثلاثاء، على اعتداء تعرض له شابان عند نقطة تفتيش.",
    "Hundreds of Yazidis protested in Sinjar town on Monday against Turkish drone strikes on the district.",
])
def test_a_protest_against_strikes_or_an_assault_is_a_protest(text):
    draft = drafted(text)[0]
    assert draft["event_type"] == "Protests"
    assert draft.get("actor1") is None


def test_a_strike_told_before_a_protest_stays_a_strike():
    draft = drafted("A Turkish drone struck a car near Sinuni on Monday, killing two men, and residents later "
                    "protested in Sinjar town.")[0]
    assert draft["event_type"] == "Explosions/Remote violence"


# --- unidentified persons counted or found dead are victims ---------------------------------------------------

def test_the_bodies_of_unidentified_men_name_no_perpetrator():
    draft = only("The bodies of two unidentified men with gunshot wounds were found in an orchard near Hawija on "
                 "Monday.")
    assert draft.get("actor1") is None
    draft = only("A doctor was abducted in Kirkuk on Monday evening by four armed men.")
    assert who(draft) == (UNIDENTIFIED, "unknown")


# --- a claim in a flash report's fields, a suspicion with the verb before the group -------------------------

def test_a_claim_via_an_outlet_and_sources_that_suspect_a_group():
    draft = drafted("Date: 10 Mar 2024. Location: Gwer. Incident: an ISIS cell ambushed an army patrol. Casualties: "
                    "2 soldiers killed. Actor: ISIS (claimed via Amaq).")[0]
    assert who(draft) == (ISIS, "claimed")
    draft = only("Unidentified assailants set fire to wheat fields around Amirli on Sunday. Local sources suspect ISIS "
                 "remnants operating from the Hamrin area.")
    assert who(draft) == (ISIS, "suspected")


# --- a hideout or base of a group struck: the group is the target ---------------------------------------------

@pytest.mark.parametrize("text", [
    "نفذت طائرات القوة الجوية العراقية يوم الأحد ضربة دقيقة استهدفت وكراً لعصابات داعش الإرهابية في وادي الشاي، "
    "ما أسفر عن مقتل أربعة إرهابيين.",
    "أعلنت قيادة العمليات المشتركة تنفيذ ضربة جوية ضد بقايا عصابات داعش في وادي الشاي يوم الأحد.",
    "Iraqi F-16 jets carried out an airstrike on Sunday on ISIS militants in the Hamrin mountains, killing four.",
])
def test_the_group_whose_hideout_is_struck_is_not_the_striker(text):
    assert drafted(text)[0]["actor1"] == IRAQ


# --- the text says who did it is not known -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Shabak farmer was found dead with gunshot wounds in his field east of Bashiqa on Sunday. The perpetrators are "
    "unknown.",
    "Partners report an armed attack on the village of Kesar, west of Tal Afar, on Sunday, in which civilians were "
    "killed. The identity of the attackers could not be confirmed.",
])
def test_perpetrators_told_unknown_are_an_unidentified_armed_group(text):
    assert who(drafted(text)[0]) == (UNIDENTIFIED, "unknown")


@pytest.mark.parametrize("text", [
    "عُثر مساء الأحد على جثة مجهولة الهوية مقتولة بالرصاص في بساتين قرية قرب برطلة.",
    "عُثر مساء الأحد على جثة شاب مقتولاً بالرصاص في بساتين قرية قرب برطلة، ولم تُعرف الجهة التي تقف وراء الحادث.",
])
def test_a_body_found_with_no_one_named_names_no_perpetrator(text):
    assert only(text).get("actor1") is None


# --- riots, force against protesters, an airborne landing, a cache found -------------------------------------

@pytest.mark.parametrize("text, event_type", [
    ("A brawl between young men from two communities in the market of Bartella turned into a riot on Sunday; four "
     "people were injured.", "Riots"),
    ("أصيب أربعة أشخاص بشجار بالعصي والحجارة اندلع بين مزارعين في قرية قرب ناحية سركران عصر الأربعاء.", "Riots"),
    ("خرجت تظاهرة أمام مبنى القائمقامية في خانقين يوم الأحد للمطالبة بتحسين الكهرباء، تخللها رشق بالحجارة وإصابة "
     "عنصرين من الشرطة.", "Riots"),
    ("Police fired on protesters near the provincial council building in Kirkuk on Sunday; one protester was "
     "killed.", "Protests"),
    ("أعلنت قيادة العمليات المشتركة مقتل خمسة إرهابيين بعملية إنزال جوي نفذتها قوة من جهاز مكافحة الإرهاب وطيران "
     "الجيش مساء السبت في جبال حمرين.", "Battles"),
    ("Iraqi Army units found a weapons cache in an abandoned house near Baiji on Monday.", "Strategic developments"),
])
def test_event_types_of_crowds_landings_and_caches(text, event_type):
    assert drafted(text)[0]["event_type"] == event_type


def test_force_against_protesters_names_no_perpetrator_and_a_cache_is_the_finders():
    assert drafted("Police fired on protesters near the provincial council building in Kirkuk on Sunday; one "
                   "protester was killed.")[0].get("actor1") is None
    assert drafted("Iraqi Army units found a weapons cache in an abandoned house near Baiji on Monday."
                   )[0]["actor1"] == IRAQ


# --- statements of 'neutralised' militants, and who states them ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkish National Defence Ministry: 3 PKK terrorists were neutralized in an air-supported operation in the Gara "
    "region on Monday.",
    "Turkey's defence ministry said on Monday it had 'neutralized' four PKK terrorists in the Metina region.",
    "وزارة الدفاع التركية: تحييد ٥ إرهابيين من حزب العمال الكردستاني في منطقة زاب، يوم الاثنين.",
])
def test_militants_neutralised_by_the_turkish_army_are_its_battle(text):
    draft = only(text)
    assert (draft["event_type"], draft["actor1"]) == ("Battles", TURKEY)


def test_a_group_name_and_a_generic_word_after_it_are_one_mention():
    draft = only("PKK militants attacked a Peshmerga post near Sidakan on Monday, wounding two fighters.")
    assert who(draft) == ("PKK: Kurdistan Workers' Party", None)


# --- a striker by its nationality: duals, a hedge between, 'army aircraft' -----------------------------------

@pytest.mark.parametrize("text, actor, attribution", [
    ("غارتان تركيتان على قريتي كشان وبيبادي في قضاء العمادية مساء الأحد، دون وقوع إصابات.", TURKEY, None),
    ("قصفت طائرة مسيرة يُشتبه بأنها تركية، عصر الأحد، موقعاً قرب ناحية سنوني، ما أسفر عن مقتل ثلاثة أشخاص.",
     TURKEY, "suspected"),
    ("Army aircraft killed two militants in the Makhoul mountains on Sunday, the Joint Operations Command said.",
     IRAQ, None),
])
def test_more_strikers_by_their_nationality(text, actor, attribution):
    draft = only(text)
    assert (draft["actor1"], draft.get("attribution")) == (actor, attribution)
    assert draft["event_type"] == "Explosions/Remote violence"


# --- arrests told in a headline's present tense, or of a man wanted under a law ------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Bashiqa – PMF arrest 3 suspected ISIS members in a raid on Sunday.", "Popular Mobilization Forces"),
    ("Our forces in Kirkuk Police Command arrested a terrorist wanted under Article 4 of the anti-terrorism law in "
     "Hawija on Monday, after an ambush.", "Police Forces of Iraq"),
])
def test_arrests_are_the_arresting_force_s(text, actor):
    draft = only(text)
    assert (draft["event_type"], draft["actor1"]) == ("Strategic developments", actor)


def test_a_raid_on_militants_that_arrests_no_one_stays_a_battle():
    assert only("PMF fighters raided an ISIS hideout near Bashiqa on Sunday, killing two militants."
                )["event_type"] == "Battles"


# --- the PKK as Anadolu writes it, gunmen of it, its militants counted, 'the organisation' ------------------

def test_the_pkk_transliterated_and_gunmen_of_it():
    draft = only('هاجم مسلحون من تنظيم "بي كي كي" الإرهابي، الجمعة، نقطة للجيش العراقي في ناحية سنوني، ما أسفر عن '
                 'مقتل جندي.')
    assert who(draft) == ("PKK: Kurdistan Workers' Party", None)


def test_militants_neutralised_in_quotes_are_the_target_of_turkish_strikes():
    draft = only('أعلنت وزارة الدفاع التركية، الثلاثاء، "تحييد" ٧ إرهابيين من منظمة "بي كي كي" في غارات جوية على '
                 'منطقة متينا يوم الاثنين.')
    assert draft["actor1"] == TURKEY


def test_the_organisation_named_before_is_the_perpetrator():
    first, second = drafted('أعلنت وزارة الدفاع التركية، الثلاثاء، "تحييد" ٧ إرهابيين من منظمة "بي كي كي" في غارات '
                            'جوية على منطقة متينا يوم الاثنين.\nكما أعلنت الوزارة مقتل أحد جنودها خلال اشتباك مع '
                            'إرهابيي المنظمة في منطقة متينا، الأحد.')
    assert second["actor1"] == "PKK: Kurdistan Workers' Party"


# --- suspicion: 'fingers of accusation point to' --------------------------------------------------------------

def test_fingers_of_accusation_point_to_a_group():
    draft = only("قُتل ضابط بانفجار عبوة ناسفة بعجلة عسكرية في ناحية العظيم مساء الأحد، وأصابع الاتهام تتجه نحو خلايا "
                 "تنظيم الدولة.")
    assert who(draft) == (ISIS, "suspected")


# --- a police force that clashed and killed (subject before the verb) ----------------------------------------

def test_a_police_force_that_clashed_and_killed_militants_of_the_organisation():
    draft = only("اشتبكت قوة من الشرطة الاتحادية مع عناصر من تنظيم داعش في وادي الشاي فجر اليوم، ما أسفر عن مقتل "
                 "عنصرين من التنظيم.")
    assert draft["actor1"] == "Police Forces of Iraq"


# --- an event denied is none; an operation told after the event follows it up --------------------------------

def test_a_hideout_found_and_destroyed_without_a_clash_is_a_cache_found():
    draft = only("إعلام الحشد: قوة من اللواء 30 تعثر على مضافة لداعش تحوي أسلحة وأعتدة في وادي حوران، وتدمرها دون "
                 "اشتباك.")
    assert (draft["event_type"], draft["actor1"]) == ("Strategic developments", "Popular Mobilization Forces")


@pytest.mark.parametrize("text", [
    "مصدر أمني: يُعتقد أن خلية لداعش تقف وراء الهجوم على مفرزة الشرطة في طوزخورماتو أمس، الذي أسفر عن استشهاد "
    "ضابط، والقوات الأمنية تطلق عملية تفتيش في القرى المجاورة.",
    "Gunmen believed to be ISIS militants attacked a police post in Tuz Khurmatu on Monday, killing an officer, and "
    "security forces launched a search operation in nearby villages.",
])
def test_a_search_operation_after_an_attack_leaves_the_attack_its_attacker(text):
    draft = only(text)
    assert who(draft) == (ISIS, "suspected")


def test_an_operation_told_first_is_the_event():
    draft = only("Security forces launched a search operation against ISIS militants near Tuz Khurmatu on Monday, "
                 "and killed two of them.")
    assert (draft["event_type"], draft["actor1"]) == ("Battles", IRAQ)


# --- abduction in a headline's present tense; the unidentified gunmen with the article -----------------------

@pytest.mark.parametrize("text, event_type", [
    ("عاجل | مصدر أمني: مسلحون مجهولون يختطفون ثلاثة من جامعي الكمأ في صحراء الحضر جنوب الموصل",
     "Violence against civilians"),
    ("الشرطة: الاشتباك مع المسلحين المجهولين فجر أمس قرب قرة تبة اقتصر على إصابة عنصر واحد بجروح", "Battles"),
])
def test_unidentified_gunmen_in_headlines_and_with_the_article(text, event_type):
    draft = drafted(text)[0]
    assert (draft["event_type"], draft["actor1"], draft["attribution"]) == (event_type, UNIDENTIFIED, "unknown")


# --- the state force that is the subject of a strike's verb; an air force 'striking' -------------------------

@pytest.mark.parametrize("text", [
    "Iraqi forces killed four suspected Islamic State jihadists in an air strike in the Hamrin mountains on Monday.",
    "On 30 October, the Iraqi Air Force reported striking an IS position in the Qarachogh mountains, killing three "
    "militants.",
])
def test_the_iraqi_force_that_struck(text):
    draft = drafted(text)[0]
    assert (draft["event_type"], draft["actor1"]) == ("Explosions/Remote violence", IRAQ)


def test_soldiers_hit_in_a_strike_are_no_striker():
    draft = only("Iraqi soldiers were wounded in a drone strike on their post near Sinjar on Monday.")
    assert draft.get("actor1") != IRAQ


# --- an offensive launched; clashes between protesters; an agreement; clashes denied -------------------------

def test_an_offensive_launched_against_militants_is_a_battle_of_who_launched_it():
    draft = drafted("Turkey has launched a new ground and air offensive against Kurdish militants in the Metina "
                    "region of northern Iraq, Turkey's defence minister said on Monday.")[0]
    assert (draft["event_type"], draft["actor1"]) == ("Battles", TURKEY)


@pytest.mark.parametrize("text, event_type", [
    ("لقي شخصان حتفهما خلال صدامات شهدها قضاء طوزخورماتو، السبت، بين متظاهرين من مكونات مختلفة.", "Riots"),
    ("Two people were killed on Saturday in clashes between rival protesters in Tuz Khurmatu.", "Riots"),
    ("عاد الهدوء إلى قضاء مخمور، الأحد، إثر اتفاق على إعادة انتشار القطعات في محيط ناحية الكوير.",
     "Strategic developments"),
])
def test_crowds_that_clash_and_an_agreement(text, event_type):
    assert drafted(text)[0]["event_type"] == event_type


def test_clashes_told_as_not_having_happened_are_no_battle():
    assert not any(d.get("event_type") == "Battles" for d in drafted(
        "عاد الهدوء الحذر إلى قضاء مخمور يوم الأحد، ولم تسجل أي اشتباكات، بحسب مصادر محلية."))


# --- a search operation whose outcome is arrests; arrests after killings are the aftermath -------------------

def test_a_search_operation_that_arrests_suspects_is_an_arrest():
    draft = only("Iraqi Army and ISF carried out search operations in the Mutaibija area on Monday; two ISIS suspects "
                 "were arrested.")
    assert (draft["event_type"], draft["actor1"]) == ("Strategic developments", IRAQ)


def test_an_operation_that_kills_and_arrests_is_a_battle():
    draft = only("Iraqi forces carried out a security operation in the Mutaibija area on Monday, killing three ISIS "
                 "militants and arresting two ISIS suspects.")
    assert draft["event_type"] == "Battles"


def test_militants_spotted_somewhere_and_neutralised_are_the_target():
    draft = only("Within the scope of the operation, 4 PKK terrorists detected in the Metina region of northern Iraq "
                 "were neutralized by our commandos yesterday.", date(2025, 4, 15))
    assert draft.get("actor1") != "PKK: Kurdistan Workers' Party"
    draft = only("PKK militants based in the Metina region attacked a Turkish outpost on Monday, killing a soldier.")
    assert draft["actor1"] == "PKK: Kurdistan Workers' Party"


# --- the command that announces carrying out strikes, and the second strike told after the first ------------

def test_the_command_that_announces_carrying_out_strikes_and_the_second_strike():
    first, second = drafted(
        "أعلنت قيادة العمليات المشتركة، اليوم الاثنين، تنفيذ ضربتين جويتين ناجحتين يوم أمس الأحد ضد بقايا عصابات داعش "
        "في محافظتي صلاح الدين وكركوك.\nوقال المتحدث باسم القيادة إن الضربة الأولى استهدفت كهفاً في منطقة مطيبيجة "
        "وأسفرت عن مقتل أربعة إرهابيين، فيما استهدفت الثانية نفقاً في وادي زغيتون وأسفرت عن مقتل إرهابيين اثنين.")
    assert first["actor1"] == second["actor1"] == IRAQ
    assert second["event_type"] == "Explosions/Remote violence"


def test_a_command_that_announces_losses_is_no_striker():
    draft = only("أعلنت قيادة العمليات المشتركة، اليوم الاثنين، مقتل جنديين بقصف بقذائف الهاون استهدف نقطة للجيش في "
                 "قضاء الطارمية.")
    assert draft.get("actor1") != IRAQ


def test_a_group_an_attack_is_blamed_on_is_no_target_of_it():
    draft = only("A rocket attack blamed on ISIS hit the K1 base near Kirkuk on Monday, wounding two soldiers.")
    assert who(draft) == (ISIS, "suspected")


def test_a_search_operation_told_in_a_later_clause_leaves_the_killing_its_killers():
    draft = only("ISIS militants killed two shepherds near Hawija on Sunday, police said, adding that security forces "
                 "launched a search operation.")
    assert (draft["event_type"], draft["actor1"]) == ("Violence against civilians", ISIS)


def test_forces_and_the_pmf_that_clashed_and_killed_are_led_by_the_first_named():
    draft = only("Iraqi forces and the PMF clashed with ISIS militants near Tarmiyah on Monday, killing three of them.")
    assert draft["actor1"] == IRAQ


@pytest.mark.parametrize("text", [
    "أعلنت هيئة الحشد الشعبي مقتل اثنين من مقاتليها بهجوم لداعش على موقع في قضاء الطارمية.",
    "Two PMF fighters were killed in an attack by ISIS militants on a post in Tarmiyah on Sunday, the PMF said.",
])
def test_an_attack_of_a_group_is_the_groups_whoever_announces_the_losses(text):
    assert only(text)["actor1"] == ISIS


def test_a_cache_seized_by_a_force_told_between_verb_and_object():
    draft = only("ضبطت قوة من الجيش كدساً للعتاد في وادي الشاي، الأحد.")
    assert (draft["event_type"], draft["actor1"]) == ("Strategic developments", IRAQ)


def test_blame_laid_on_someone_else_is_no_suspicion_of_the_attackers():
    draft = only("ISIS militants attacked an army post near Tarmiyah on Sunday, killing two soldiers; residents blame "
                 "the government for lax security.")
    assert who(draft) == (ISIS, None)
    draft = only("مقتل راعيين برصاص مسلحين مجهولين في صحراء الحضر مساء الأحد، والأهالي يتهمون خلايا داعش.")
    assert who(draft) == (ISIS, "suspected")
