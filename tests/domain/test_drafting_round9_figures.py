"""Figures rules of round 9 (issue 15): classes of construction, each with paraphrases the way different outlets
word them and near-misses where the rule must not trigger."""

import pytest
from test_drafting_round4_arfig import figures, only  # one draft of a text, its three counts

# --- a wounded person who died later, told in a sentence of his own: one dead, one wounded fewer -------------------


@pytest.mark.parametrize("text, expected", [
    ("A roadside bomb went off near an army patrol south of Kirkuk on Monday, wounding an officer and two soldiers. "
     "The source said the wounded officer later died in hospital.", (1, 2, None)),
    ("A soldier who was wounded in an attack on an army post near Khanaqin last week died of his injuries on "
     "Thursday. The attack had already killed one soldier and wounded two others, bringing the toll to two dead.",
     (2, 1, None)),
    ("A Yazidi man wounded in a roadside bomb blast north of Sinjar last Thursday has died of his wounds in "
     "hospital. Two other passengers in the car were also hurt in the blast.", (1, 2, None)),
    ("A Peshmerga fighter who was wounded in an attack on a post near Gwer on Thursday died of his injuries on "
     "Monday, raising the toll of the attack to three dead.", (3, None, None)),
    ("A policeman injured when gunmen attacked a checkpoint in Hawija on Saturday night succumbed on Monday. "
     "Three other policemen were wounded in the attack.", (1, 3, None)),
])
def test_a_wounded_person_who_died_later_is_counted_dead(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near-misses: the wounded counted after the death are those still in hospital; a death in a relative clause
    ("The toll from Monday's shelling of villages in Sidakan has risen to three, after a woman wounded in the "
     "attack died of her injuries in hospital. Four others remain under treatment.", (3, 4, None)),
    ("A shepherd was wounded in the blast near Daquq in which two others died.", (2, 1, None)),
])
def test_the_wounded_told_after_the_death_or_in_a_relative_clause_stay(text, expected):
    assert figures(only(text)) == expected


# --- 'one of our heroes was martyred': the army's own dead ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The force clashed with a terrorist group in the Wadi Zghaytun valley south of Hawija on Sunday, "
     "neutralising three of its members, while one of our heroes was martyred and two others were wounded.",
     (1, 2, None)),
    ("A force of the 8th Division clashed with a terrorist cell near Hawija yesterday. "
     "One of our heroes was martyred and another wounded.", (1, 1, None)),
    ("Two of our heroes were martyred in the clash with a terrorist cell near Tuz Khurmatu on Monday.",
     (2, None, None)),
    ("Three heroes of the Federal Police were wounded when an explosive device went off near Daquq on Monday.",
     (None, 3, None)),
])
def test_heroes_martyred_or_wounded_are_counted(text, expected):
    assert figures(only(text)) == expected


def test_heroes_told_without_a_cue_are_no_count():
    # near-miss: heroes praised, no one killed or hurt
    assert figures(only("Our heroes of the 8th Division clashed with a terrorist cell near Hawija on Sunday and "
                        "destroyed two hideouts.")) == (None, None, None)


# --- 'without incident', 'دون حوادث', 'no injuries': killed 0, wounded 0 (the corpus' convention) -----------------


@pytest.mark.parametrize("text, expected", [
    ("Protesters blocked the main road in Tuz Khurmatu on Saturday morning demanding the release of a detained man. "
     "Police reopened the road by noon without incident.", (0, 0, None)),
    ("Hundreds of contract teachers protested in front of the Kirkuk governorate building on Monday; the protest "
     "ended without any incident.", (0, 0, None)),
    ("Unknown persons threw a grenade at a liquor shop in central Kirkuk on Sunday, causing damage but no injuries.",
     (0, 0, None)),
    ("شهد قضاء طوزخورماتو، أمس الإثنين، وقفة احتجاجية لعشرات المواطنين للمطالبة بتحسين الخدمات، وانتهت الوقفة "
     "دون تسجيل أي حوادث.", (0, 0, None)),
    ("تظاهر نحو مئتي شخص في ناحية السعدية يوم الأحد للمطالبة بإعادة إعمار منازلهم، وانتهت التظاهرة دون حوادث.",
     (0, 0, None)),
])
def test_without_incident_or_injuries_is_no_one_killed_or_hurt(text, expected):
    assert figures(only(text)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: a protest said only to be peaceful, and no word on casualties, give no figure
    "Dozens of residents protested in front of the district building in Khanaqin on Monday; the protest was peaceful.",
    "نظم العشرات من أهالي بعشيقة يوم الأحد وقفة احتجاجية سلمية للمطالبة بإعادة الإعمار.",
    "Turkish warplanes bombed positions on Mount Sinjar on Saturday; there was no word on casualties.",
])
def test_peaceful_or_no_word_gives_no_figure(text):
    assert figures(only(text)) == (None, None, None)
