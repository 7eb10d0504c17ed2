"""Event dates in Arabic report text (Gregorian calendar only): اليوم، أمس، مساء الخميس، فجر السبت،
ليلة السبت على الأحد، يوم الأربعاء الماضي، ١٧ آب/أغسطس، أوائل أيار/مايو، منتصف تموز، الشهر الماضي،
قبل يومين.

Months by their Levantine/Iraqi names (كانون الثاني … كانون الأول) and their Egyptian/Gulf names
(يناير … ديسمبر), alone or paired ('أيار/مايو'). 'ليلة الجمعة' alone is Friday night, as Iraqi
outlets write it and as every blind writer of the corpus read it (parts Q and Z2: 13 reports, none
the eve; the classical reckoning, the night before Friday, was the rule up to round 12);
'ليلة السبت على الأحد' is the night from Saturday to Sunday. Matched on the folded text (arabic.fold) with ASCII digits.
"""

import re

from .arabic import fold
from .text import data, digits

LEVANTINE = {"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
             "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12}
EGYPTIAN = {"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
            "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12}
ARABIC_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
# Sorani Kurdish (resources/drafting/sorani.json): ئەمڕۆ، دوێنێ، ئێوارەی شەممە، شەوی شەممە لەسەر یەکشەممە، ١٠ی ئاب
SORANI_MONTHS = {fold(k): v for k, v in data("sorani.json")["months"].items()}
SORANI_WEEKDAYS = {fold(k): v for k, v in data("sorani.json")["weekdays"].items()}
MONTHS = {**LEVANTINE, **EGYPTIAN, **SORANI_MONTHS}
WEEKDAYS = {**ARABIC_WEEKDAYS, **SORANI_WEEKDAYS}
PARTS = {"اوائل": (1, 10), "مطلع": (1, 10), "بدايه": (1, 10), "اول": (1, 10), "اواسط": (11, 20),
         "منتصف": (11, 20), "اواخر": (21, 31), "نهايه": (21, 31), "اخر": (21, 31),
         "الاسبوع الاول": (1, 7), "الاسبوع الثاني": (8, 14), "الاسبوع الثالث": (15, 21), "الاسبوع الرابع": (22, 28),
         "الاسبوع الاخير": (22, 31), "النصف الاول": (1, 15), "النصف الثاني": (16, 31), "النصف الاخير": (16, 31)}
NIGHT = ("مساء", "ليله", "ليل", "منتصف ليله", "الليله", "ئيوارهي", "ئيواره", "شهوي", "شهو")
EVE = ("شهوي",)  # Sorani شەوی شەممە: the eve; Arabic ليلة الأحد alone: Sunday night (see the docstring)
_UNITS = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
# السابع من تشرين الأول، الحادي عشر من آب، الحادي والعشرين من أيار: the day of the month as an ordinal
ORDINAL_DAYS = {**{unit: n for n, unit in enumerate(_UNITS, 1)}, "العاشر": 10, "الحادي عشر": 11,
                **{unit + " عشر": n for n, unit in enumerate(_UNITS[1:], 12)}, "العشرين": 20, "الثلاثين": 30,
                **{("الحادي" if n == 1 else unit) + " والعشرين": 20 + n for n, unit in enumerate(_UNITS, 1)},
                "الحادي والثلاثين": 31}
_COUNTS = {"يوم": 1, "يومين": 2, "يومان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8,
           "تسعه": 9, "عشره": 10, "اسبوع": 7, "اسبوعين": 14}


def _alternatives(words):
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


_B, _E = r"(?<![\w])", r"(?![\w])"
_MONTH = r"(?P<month>" + _alternatives(MONTHS) + r")(?:\s*[/(-]\s*(?:" + _alternatives(MONTHS) + r")\)?)?"
MONTH = r"(?P<month>" + _alternatives(MONTHS) + r")"
_YEAR = r"(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<year>\d{4}))?"
_WEEKDAY = r"(?P<weekday>" + _alternatives(ARABIC_WEEKDAYS) + r")"
_TIME = r"(?P<time>" + _alternatives(("مساء", "صباح", "فجر", "ظهر", "عصر", "ظهيره", "ليله", "منتصف ليله", "ليل")) + r")"
_LAST = r"(?:\s+(?P<last>الماضي|المنصرم|الفائت))?"
# what follows a number, never a weekday: an adjective that agrees with it ('الآخرين'), 'منهم', 'عشر'
_NUMBER_AFTER = r"(?:(?!(?:الماضي|المنصرم|الفائت|المقبل|القادم|الموافق)" + _E + r")ال[\w]+|منهم|منهما|منهن|عشر)" + _E

PATTERNS = [
    # ليلة السبت على الأحد: the night from Saturday to Sunday
    # (also 'ليل السبت - الأحد', 'ليلة السبت/الأحد')
    # (after its midnight, 'بعد منتصف ليلة السبت على الأحد', the second day)
    ("weekday_night", re.compile(_B + r"(?P<after>بعد\s+منتصف\s+)?ليله?\s+(?:يوم\s+)?" + _WEEKDAY
                                 + r"(?:\s+(?:علي|الي|و)\s+|\s*[-–/]\s*)(?:يوم\s+)?(?:" + _alternatives(WEEKDAYS) + r")"
                                 + _E)),
    # a span of days across two months: '(٢٦ آب - ١ أيلول ٢٠٢٤)', 'من 30 كانون الأول إلى 5 كانون الثاني'
    ("month_range", re.compile(_B + r"(?:من\s+)?(?P<first>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?(?P<first_month>"
                               + _alternatives(MONTHS) + r")(?:\s*/\s*" + _alternatives(MONTHS) + r")?"
                               r"\s*(?:-|–|—|الي|حتي|ولغايه|لغايه)\s*(?P<day>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?" + _MONTH
                               + _YEAR + _E)),
    ("day_month", re.compile(_B + r"(?P<day>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?" + _MONTH + _YEAR + _E)),
    ("day_month", re.compile(_B + r"(?<!الاسبوع )(?<!النصف )(?<!الربع )(?<!العقد )(?:في\s+)?(?P<ordinal>"
                             + _alternatives(ORDINAL_DAYS) + r")\s+(?:من\s+)?(?:شهر\s+)?" + _MONTH + _YEAR + _E)),
    ("part_month", re.compile(_B + r"(?:في\s+)?(?P<part>" + _alternatives(PARTS) + r")\s+(?:شهر\s+)?" + _MONTH
                              + r"(?:\s+(?:الماضي|المنصرم))?" + _YEAR + _E)),
    ("month", re.compile(_B + r"[وف]?(?:في|خلال)\s+(?:شهر\s+)?" + _MONTH + r"(?:\s+(?:الماضي|المنصرم))?" + _YEAR + _E)),
    # في اليوم ذاته، في اليوم نفسه: the day told before
    ("same_day", re.compile(_B + r"(?:في\s+)?(?:اليوم|الليله|المساء)\s+(?:ذاته|ذاتها|نفسه|نفسها)" + _E)),
    # في اليوم التالي، صباح اليوم التالي: the day after the one told before
    ("next_day", re.compile(_B + r"(?:(?:في|صباح|مساء|فجر)\s+)?(?:اليوم|الليله|صباح)\s+"
                            r"(?:التالي|التاليه|الذي\s+تلاه)" + _E)),
    # مساء أمس، ليلة أمس، أمس الاثنين، أمس الأول
    ("yesterday", re.compile(_B + r"(?P<time>الليله)\s+(?:الماضيه|المنصرمه|الفائته)" + _E)),
    # أول أمس: the day before yesterday
    ("yesterday", re.compile(_B + r"(?:" + _TIME + r"\s+)?(?:يوم\s+)?(?P<before>اول)\s+(?:امس|البارحه)" + _E)),
    ("yesterday", re.compile(_B + r"(?:" + _TIME + r"\s+)?(?:يوم\s+)?(?:امس|البارحه)(?P<before>\s+الاول)?"
                             r"(?:\s+" + _alternatives(WEEKDAYS) + r")?" + _E)),
    # اليوم الأحد، فجر اليوم، مساء اليوم
    # (not the outlet Baghdad Today in a dateline, 'بغداد اليوم - ديالى:', nor quoted: 'لـ"بغداد اليوم"',
    # '(بغداد اليوم)')
    ("today", re.compile(_B + r"(?!(?<=بغداد )اليوم\s*[-–/:\"”»)'])(?:" + _TIME + r"\s+)?(?:يوم\s+)?اليوم(?:\s+"
                         + _alternatives(WEEKDAYS) + r")?" + _E)),
    # مساء الخميس، فجر السبت، يوم الأربعاء الماضي، الخميس
    # (not the numbers of the same spelling, told alone: 'عن الاثنين الآخرين' (the other two), 'الاثنين منهم',
    # 'الأحد عشر' (the eleven))
    ("weekday", re.compile(_B + r"(?:" + _TIME + r"\s+(?:يوم\s+)?|يوم\s+|(?!(?:الاثنين|الاحد)\s+"
                           + _NUMBER_AFTER + r"))" + _WEEKDAY + _LAST + _E)),
    # قبل يومين، قبل أسبوع: from the date told before, else from the publication date
    ("days_ago", re.compile(_B + r"[وف]?قبل\s+(?P<count>يومين|يوم|اسبوعين|اسبوع|(?:ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|"
                            r"تسعه|عشره|\d{1,2})\s+(?:ايام|اسابيع)|(?:ثلاثه|اربعه)\s+اسابيع)"
                            + _E)),
    # ويأتي ذلك بعد يومين من هجوم: an event the days told before the date told before (else the publication date)
    ("days_ago", re.compile(_B + r"بعد\s+(?P<count>يومين|يوم|اسبوعين|اسبوع|(?:ثلاثه|اربعه|خمسه|سته|سبعه)\s+ايام)"
                            r"\s+(?:من|علي)\s+(?=[وف]?(?:هجوم|الهجوم|تفجير|انفجار|قصف|اختطاف|خطف|اغتيال|مقتل|"
                            r"استهداف|اشتباك|اشتباكات|كمين|غاره|اصابه|اصابت|مصرع|سقوط)"
                            r"(?:ه|ها|هم|هما)?(?![\w]))")),  # 'من اختطافه', 'من إصابة مزارع'
    # ويأتي القصف بعد أيام من هجوم، قبل أيام: some days before, the month of the report (see dates._resolve_arabic)
    ("some_days_ago", re.compile(_B + r"(?:بعد\s+(?:بضعه\s+)?ايام(?:\s+قليله)?\s+(?:من|علي)\s+(?=[وف]?(?:هجوم|الهجوم|"
                                 r"تفجير|انفجار|قصف|اختطاف|خطف|اغتيال|مقتل|استهداف|اشتباك|اشتباكات|كمين|غاره|اصابه|"
                                 r"مصرع)(?![\w]))|[وف]?قبل\s+(?:بضعه\s+)?ايام(?:\s+قليله)?" + _E + r")")),
    # Sorani
    ("weekday_night", re.compile(_B + r"شهوي\s+(?:ڕوژي\s+)?(?P<weekday>" + _alternatives(SORANI_WEEKDAYS)
                                 + r")\s+(?:لهسهر|بو)\s+"
                                 + _alternatives(SORANI_WEEKDAYS) + _E)),
    ("day_month", re.compile(_B + r"(?P<day>\d{1,2})(?:ي|ى)?\s+(?:مانگي\s+)?(?P<month>" + _alternatives(SORANI_MONTHS)
                             + r")(?:ي)?(?:\s+(?P<year>\d{4}))?")),
    ("month", re.compile(_B + r"(?:له\s+)?مانگي\s+(?P<month>" + _alternatives(SORANI_MONTHS) + r")(?:دا|ي)?" + _E)),
    ("yesterday", re.compile(_B + r"(?:(?P<time>ئيوارهي|شهوي|بهياني)\s+)?دويني"
                             r"(?:\s+(?P<time2>ئيواره|شهو|بهياني))?" + _E)),
    ("today", re.compile(_B + r"(?:(?:ئيوارهي|بهياني)\s+)?ئهمڕو" + _E)),
    ("weekday", re.compile(_B + r"(?:(?P<time>ئيوارهي|شهوي|بهياني|ڕوژي)\s+)?(?P<weekday>"
                           + _alternatives(SORANI_WEEKDAYS)
                           + r")(?:\s+(?P<last>ڕابردوو|ڕابردوودا))?" + _E)),
    # في الثامن من الشهر الجاري، في العاشر من الشهر الماضي: a day of the report's month or of the one before
    ("this_month", re.compile(_B + r"(?:في\s+)?(?P<ordinal>" + _alternatives(ORDINAL_DAYS) + r")\s+من\s+(?:هذا\s+)?"
                              r"الشهر\s+(?:الجاري|الحالي)" + _E)),
    ("last_month", re.compile(_B + r"(?:في\s+)?(?P<ordinal>" + _alternatives(ORDINAL_DAYS) + r")\s+من\s+"
                              r"الشهر\s+(?:الماضي|المنصرم|الفائت)" + _E)),
    # يوم 9 من الشهر الجاري، في الـ9 من الشهر الماضي: the day told in digits
    ("this_month", re.compile(_B + r"(?:(?:في|يوم)\s+)?(?:ال\s*[-ـ]?\s*)?(?P<day>\d{1,2})\s+من\s+(?:هذا\s+)?"
                              r"الشهر\s+(?:الجاري|الحالي)" + _E)),
    ("last_month", re.compile(_B + r"(?:(?:في|يوم)\s+)?(?:ال\s*[-ـ]?\s*)?(?P<day>\d{1,2})\s+من\s+"
                              r"الشهر\s+(?:الماضي|المنصرم|الفائت)" + _E)),
    ("last_week", re.compile(_B + r"الاسبوع\s+(?:الماضي|المنصرم|الفائت)" + _E)),
    # مطلع الأسبوع الجاري، خلال الأسبوع الحالي، هذا الأسبوع: the report's week, up to its day
    ("this_week", re.compile(_B + r"(?:(?:في|خلال)\s+)?(?:(?:مطلع|بدايه|اوائل)\s+)?(?:هذا\s+الاسبوع|الاسبوع\s+"
                             r"(?:الجاري|الحالي))" + _E)),
    # الأسبوع الأول من آذار، النصف الثاني من أيار: a part of a month
    ("part_month", re.compile(_B + r"(?:(?:في|خلال)\s+)?(?P<part>(?:الاسبوع|النصف)\s+(?:الاول|الثاني|الثالث|الرابع|"
                              r"الاخير))\s+من\s+(?:شهر\s+)?" + _MONTH + r"(?:\s+(?:الماضي|المنصرم))?" + _YEAR + _E)),
    # الشهر الماضي، أواخر الشهر الماضي، منتصف الشهر المنصرم
    ("last_month", re.compile(_B + r"(?:(?:في|خلال)\s+)?(?:(?P<part>" + _alternatives(PARTS) + r")\s+)?"
                              r"الشهر\s+(?:الماضي|المنصرم|الفائت)" + _E)),
    # مطلع الشهر الجاري، خلال الشهر الحالي: the month of the report, up to its day
    ("this_month", re.compile(_B + r"(?:(?:في|خلال)\s+)?(?:(?P<part>" + _alternatives(PARTS) + r")\s+)?"
                              r"(?:هذا\s+)?الشهر\s+(?:الجاري|الحالي)" + _E)),
    # في الخامس من الشهر، في العشرين منه، في منتصف الشهر ذاته، أواخر الشهر: a day or a part of the month told before
    ("that_month", re.compile(_B + r"(?:[وف]?(?:في|خلال)\s+)?(?:(?P<ordinal>" + _alternatives(ORDINAL_DAYS) + r")|"
                              r"(?:ال\s*[-ـ]?\s*)?(?P<day>\d{1,2})|(?P<part>" + _alternatives(PARTS) + r"))\s+"
                              r"(?:من\s+)?(?:الشهر|منه)(?:\s+(?:ذاته|نفسه))?" + _E
                              + r"(?!\s+(?:الجاري|الحالي|الماضي|المنصرم|الفائت|المقبل|القادم)" + _E + r")")),
    ("that_month", re.compile(_B + r"(?:[وف]?(?:في|خلال)\s+)?(?:نفس\s+الشهر|(?:ذات\s+)?الشهر\s+(?:ذاته|نفسه))" + _E)),
]


def prepared(chunk):
    """The text the patterns read: folded letters and ASCII digits, offsets unchanged."""
    return digits(fold(chunk))


def english_groups(kind, match):
    """The groups of an Arabic match in the form dates._resolve reads ('month' as a number)."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    if "month" in groups:
        groups["month_number"] = MONTHS[re.sub(r"\s+", " ", groups["month"])]
    if "first_month" in groups:
        groups["first_month_number"] = MONTHS[re.sub(r"\s+", " ", groups["first_month"])]
    if "ordinal" in groups:
        groups["day"] = str(ORDINAL_DAYS[re.sub(r"\s+", " ", groups["ordinal"])])
    if "weekday" in groups:
        groups["weekday_number"] = WEEKDAYS[groups["weekday"]]
    if "part" in groups:
        groups["part_days"] = PARTS[re.sub(r"\s+", " ", groups["part"])]
    if kind == "days_ago":
        count = groups["count"].split()
        number = int(count[0]) if count[0].isdigit() else _COUNTS[count[0]]
        groups["days"] = number * (7 if count[-1] == "اسابيع" else 1)  # 'قبل ثلاثة أسابيع': 21 days
    if "time2" in groups:
        groups.setdefault("time", groups["time2"])
    if "time" in groups:
        groups["night"] = re.sub(r"\s+", " ", groups["time"]) in NIGHT
        groups["eve"] = groups["time"] in EVE
    return groups
