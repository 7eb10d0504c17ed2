"""Short reports written for the drafting tests, in the style of Iraqi and Kurdish English-language
outlets. They are invented for the tests (no real article is quoted); places and groups are real."""

from datetime import date

# Kurdistan 24 style: the Dara attack, with the earlier abduction in Mekhas mentioned in passing.
DARA = (
    "Suspected ISIS attack on Kakai village near Khanaqin leaves seven dead\n"
    "KHANAQIN, Kurdistan Region - Suspected Islamic State fighters attacked the home of a Kakai family in the "
    "village of Dara late Saturday, killing two members of the family, local officials said.\n"
    "The attack initially left two persons dead. In the ensuing armed engagement with villagers and Iraqi "
    "security forces, four more villagers and an Iraqi officer were killed, raising the total casualty count to "
    "seven dead and seven wounded.\n"
    "In early May, gunmen abducted two Kakai farmers from nearby Mekhas while they were harvesting their fields. "
    "Their bodies were found days later.\n"
    "No group has claimed responsibility for the attack."
)
DARA_PUBLISHED = date(2020, 6, 14)  # a Sunday

# KirkukNow style: the same night told with an exact hour, a running death toll and Mikhas spelled so.
DARA_KIRKUKNOW = (
    "Seven killed in ISIS attack on Kakai village in Khanaqin\n"
    "At 1:30 a.m. on Sunday, ISIS militants stormed the house of a Kaka'i family in Dara, a village in Khanaqin "
    "district, and opened fire on its residents. Clashes broke out when the villagers and Iraqi forces responded, "
    "and the death toll rose to 7, among them two members of the Iraqi forces. Five people were injured.\n"
    "On 10 May, two farmers from the neighbouring village of Mikhas were abducted by ISIS while harvesting wheat."
)

# Rudaw style, Sinjar (Shingal): abduction, a vague-free count, Yazidi victims.
SINJAR = (
    "Suspected ISIS militants kidnapped three Yazidi shepherds from the outskirts of Shingal on Monday, a local "
    "official told Rudaw English. The shepherds were grazing their sheep south of the town when the gunmen took "
    "them, the mayor said. Their fate remains unknown."
)
SINJAR_PUBLISHED = date(2021, 3, 17)  # a Wednesday

# Shafaq News style, Tuz Khurmatu: rockets on a Turkmen neighbourhood, no perpetrator named.
TUZ = (
    "Two Turkmen civilians were killed and three others wounded yesterday when Katyusha rockets landed on a "
    "residential neighbourhood in Tuz Khurmatu, a security source told Shafaq News Agency. No party has claimed "
    "responsibility for the attack so far."
)
TUZ_PUBLISHED = date(2022, 4, 6)

# KirkukNow style: an IED in Kirkuk with no casualty figures at all.
KIRKUK_IED = (
    "An improvised explosive device went off on Thursday evening near a market in southern Kirkuk, a police "
    "source said. There were no immediate reports of casualties. Security forces cordoned off the area and "
    "opened an investigation."
)
KIRKUK_PUBLISHED = date(2022, 9, 2)  # a Friday

# Arabic names: داعش and خانقين in an English report.
ARABIC = (
    "Militants of داعش attacked a Kakai family in a village near خانقين on 10 May, wounding two of its members, "
    "a security source told Shafaq News. Kakai leaders in Khanaqeen called on Baghdad and Erbil to protect their "
    "villages."
)
ARABIC_PUBLISHED = date(2021, 5, 11)

# Kurdistan 24 style: a battle between Peshmerga and ISIS near Makhmour.
MAKHMOUR = (
    "Peshmerga forces clashed with IS militants in the Qarachogh mountains near Makhmour late on Tuesday, the "
    "Peshmerga ministry said. Two Peshmerga fighters were killed and four others were injured in the fighting, "
    "which lasted two hours."
)
MAKHMOUR_PUBLISHED = date(2021, 9, 8)  # a Wednesday

# Vague numbers: ACLED's conventions ('several' = 3, 'dozens' = 12).
JALAWLA = (
    "Several people were killed and dozens wounded when a suicide bomber blew himself up at a crowded "
    "checkpoint in Jalawla on Friday, security officials said. Daesh claimed responsibility for the attack "
    "in a statement on its Amaq news agency."
)
JALAWLA_PUBLISHED = date(2019, 11, 17)  # a Sunday

# No incident at all: a political statement.
STATEMENT = (
    "The Kurdistan Region's interior ministry on Monday called for a joint security mechanism in the disputed "
    "territories, saying the security gaps between the Peshmerga and the Iraqi army must be closed."
)

# Kurdistan 24 style, the seed story's facts told in other words (issue 15): the Dara attack with a
# totals sentence and its civilian / security forces split, and the May Mekhas abduction in a
# paragraph of its own that shifts time ("Earlier this year, in early May").
DARA_RETOLD = (
    "Suspected ISIS attack on Kakai village in Khanaqin leaves seven dead\n"
    "KHANAQIN, Kurdistan Region - Gunmen believed to belong to the Islamic State attacked the home of a Kakai in "
    "Dara village, in the disputed Khanaqin district of Diyala province, late on Saturday, according to local "
    "sources.\n"
    "Two people died in the first moments of the attack. When villagers and Iraqi troops rushed to help, a "
    "firefight broke out in which four more villagers and one Iraqi officer lost their lives, bringing the death "
    "toll to seven dead and seven wounded.\n"
    "Earlier this year, in early May, two farmers from the nearby village of Mekhas were abducted by militants "
    "while working on their land; relatives say they have not been heard from since."
)

# The same night in Arabic (Kurdistan 24 Arabic style).
DARA_ARABIC = (
    "مقتل سبعة أشخاص بهجوم يُشتبه أن داعش نفذه على قرية كاكائية في خانقين\n"
    "هاجم مسلحون يُعتقد أنهم من تنظيم الدولة منزلاً لعائلة من الكاكائية في قرية دارا التابعة لقضاء خانقين "
    "بمحافظة ديالى، ليلة السبت على الأحد. وأسفر الهجوم والاشتباك الذي تلاه مع الأهالي والقوات الأمنية عن مقتل "
    "سبعة أشخاص وإصابة سبعة آخرين.\n"
    "وكان مسلحون قد اختطفوا مزارعَين اثنين من قرية ميخاس المجاورة في أوائل أيار/مايو الماضي."
)

# An INSO-style bulletin: one line per incident, each opening with its own date.
BULLETIN = (
    "Weekly overview, Kirkuk and Salah al-Din\n"
    "- 14 March, Daquq district: an IED targeted a PMF vehicle, killing one PMF member and injuring two.\n"
    "- 15 March, Hawija district: unidentified gunmen abducted two shepherds.\n"
    "- 16 March, Tuz Khurmatu: exchange of fire between ISF and suspected ISIS elements; no casualties were reported."
)
BULLETIN_PUBLISHED = date(2024, 3, 18)
