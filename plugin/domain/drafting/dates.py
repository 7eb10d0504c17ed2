"""Event dates in report text, resolved against the report's publication date.

Time precision codes as in taxonomy.json (ACLED Codebook): 1 the day is known, 2 the week is known,
3 only the month (or a part of it) is known. The event date of a span is its midpoint; date_start and
date_end bound it. A night ('late Saturday', 'Saturday night', 'last night') may run past midnight,
so its date_end is the next day. Dates after the publication date are ignored. Arabic dates: see
arabic_dates.py. A date given as the day a statement was made ('the ministry said on Monday',
'أفاد مصدر أمني، اليوم الأحد،') is marked ``reported``: the event's own date, when the text gives one,
goes first.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..dates import MONTHS as _MONTHS
from . import arabic_dates
from .arabic import fold, is_arabic
from .text import digits

DAY, WEEK, MONTH = 1, 2, 3
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NAMES = sorted(_MONTHS, key=len, reverse=True)
_MONTH = r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

_PATTERNS = [
    # a span of days: '12-18 Feb', 'from 3 to 9 March 2024', 'between 12 and 18 February' (a week or a month)
    ("day_range", re.compile(r"\b(?:(?:from|between)\s+)?(?:the\s+)?(?P<first>\d{1,2})(?:st|nd|rd|th)?"
                             r"\s*(?:-|–|—|to|until|till|and)\s*(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                             + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)),
    ("day_range", re.compile(r"\b(?:(?:from|between)\s+)?" + _MONTH + r"\s+(?P<first>\d{1,2})(?:st|nd|rd|th)?"
                             r"\s*(?:-|–|—|to|until|till|and)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                             r"(?:,?\s+(?P<year>\d{4}))?", re.I)),
    # a span of days across two months: '26 August - 1 September 2024', 'from 30 Dec to 5 Jan' (a week or a month)
    ("month_range", re.compile(r"\b(?:(?:from|between)\s+)?(?:the\s+)?(?P<first>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                               r"(?P<first_month>" + "|".join(_MONTH_NAMES) + r")\.?(?:,?\s+(?P<first_year>\d{4}))?"
                               r"\s*(?:-|–|—|to|until|till|and)\s*(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                               + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)),
    # 10 May 2020, on the 10th of May
    ("day_month", re.compile(r"\b(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                             + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)),
    # 16/05, 16/05/2023, 16.05.2023, 16-5-2023, 16 / 5 / 2023, 16/05/23 (day first, as in Iraq)
    ("numeric", re.compile(r"(?<![\d/.-])(?:(?P<day>[0-3]?\d)\s?([/.-])\s?(?P<month_number>[01]?\d)\s?\2\s?"
                           r"(?P<year>20\d\d|(?<=/)[12]\d(?!\d))"
                           r"|(?P<day2>[0-3]\d)/(?P<month2>[01]\d))(?![\d/]|[.-]\d)")),
    # 2023-05-16 (ISO, in UN/NGO tables), 2023/5/16 (year first, in Iraqi official statements)
    ("numeric", re.compile(r"(?<![\d/.-])(?P<year>20\d\d)\s?([/.-])\s?(?P<month_number>[01]?\d)\s?\2\s?"
                           r"(?P<day>[0-3]?\d)(?![\d/]|[.-]\d)")),
    # May 10, 2020
    ("month_day", re.compile(r"\b(?:on\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                             r"(?:,?\s+(?P<year>\d{4}))?", re.I)),
    # early May, mid-May, late May 2020, the beginning of May, the end of May
    ("part_month", re.compile(r"\b(?:in\s+)?(?:the\s+)?(?P<part>early|mid|late|beginning of|start of|end of|middle of)"
                              r"[\s-]+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)),
    # the first week of May, the second half of May 2020, the last week of May
    ("part_month", re.compile(r"\b(?:in\s+|during\s+)?(?:the\s+)?(?P<part>(?:first|second|third|fourth|last|final)\s+"
                              r"(?:week|half))\s+of\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)),
    # in May, during May 2020, last March (the latest March before the report)
    ("month", re.compile(r"\b(?:in|during|last)\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)),
    # late Saturday, Saturday night, on Sunday, last Tuesday, early on Monday
    ("weekday", re.compile(r"\b(?:(?P<late>late|overnight)\s+(?:on\s+)?|(?:early\s+)?(?:on\s+)?"
                           r"|(?P<last>last)\s+)?" + _WEEKDAY
                           + r"(?:\s+(?P<time>night|evening|morning|afternoon|dawn))?\b", re.I)),
    ("day_before_yesterday", re.compile(r"\b(?:on\s+)?the\s+day\s+before\s+yesterday\b", re.I)),
    ("yesterday", re.compile(r"\b(?P<late>late\s+)?yesterday(?:\s+(?P<time>night|evening|morning|afternoon))?\b"
                             r"|\blast\s+(?P<night>night)\b", re.I)),
    # 'overnight' alone: the night before the report
    ("yesterday", re.compile(r"\b(?P<night>overnight)\b(?!\s+(?:on\s+)?(?:" + "|".join(_WEEKDAYS) + r"|\d))", re.I)),
    ("today", re.compile(r"\b(?:early\s+)?(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<count>\d|one|two|three|four|five|six|seven|a)\s+(?P<unit>days?|weeks?)\s+ago\b",
                            re.I)),
    ("days_ago", re.compile(r"\b(?P<count>a)\s+(?P<unit>fortnight)\s+ago\b", re.I)),
    # relative to the incident told before: 'two days earlier', 'a week before', 'a day after', 'the following day'
    ("relative", re.compile(r"\b(?P<count>\d|one|two|three|four|five|six|seven|a)\s+(?P<unit>days?|weeks?)\s+"
                            r"(?P<direction>earlier|before|prior|later|after)\b", re.I)),
    ("relative", re.compile(r"\b(?:on\s+)?the\s+(?P<direction>previous|preceding|following|next)\s+"
                            r"(?P<unit>day|morning|evening|night|afternoon)\b"
                            r"|\b(?:on\s+)?the\s+(?P<unit2>day|night)\s+(?P<direction2>before|after)\b"
                            r"|\b(?P<same>(?:(?:later|earlier)\s+)?(?:on\s+)?(?:the|that)\s+same\s+"
                            r"(?:day|night|evening|morning|afternoon)"
                            r"|(?:later|earlier)\s+that\s+(?:day|night|evening)"
                            r"|hours\s+(?:later|earlier))\b", re.I)),
    # over the weekend (Friday to Sunday: the Iraqi weekend is Friday and Saturday, the outlets' may end on Sunday)
    ("weekend", re.compile(r"\b(?:(?:over|during|at)\s+the|last|this)\s+weekend\b", re.I)),
    ("last_week", re.compile(r"\blast\s+week\b(?!\s+of\b)", re.I)),
    ("this_week", re.compile(r"\b(?:(?:earlier|early)\s+)?this\s+week\b", re.I)),
    # last month, late last month, in the middle of last month
    ("last_month", re.compile(r"\b(?:(?:in\s+|at\s+)?(?:the\s+)?(?P<part>early|mid|late|beginning of|start of|end of|"
                              r"middle of)[\s-]+)?last\s+month\b", re.I)),
    # a day or a part of the month told before (an analyst's monthly summary: 'In March, ... On the 9th, ...
    # Mid-month, ... Late in the month, ...', 'the same month')
    ("that_month", re.compile(r"\b(?:on|was|came|until|till)\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                              r"(?![\s-]+(?:(?:of\b(?!\s+(?:the|that)\s+month\b)|day|"
                              r"anniversary|floor|century|brigade|division|regiment|battalion|army|corps|time|round|"
                              r"attack|strike|year|week|month|incident|victim|person|man|woman)\b"
                              r"|(?-i:[A-Z][a-z])))", re.I)),
    ("that_month", re.compile(r"\b(?:(?:in|at|by|around|towards?)\s+)?(?:the\s+)?(?P<part>mid|middle|early|earlier|"
                              r"late|later|end|start|beginning|(?:first|second|third|fourth|last|final)\s+(?:week|half))"
                              r"(?:\s+(?:in|of))?[\s-]+(?:the\s+|that\s+)?month\b"
                              r"|\b(?P<same>(?:later|earlier|in|during)\s+(?:that|the\s+same)|(?:that|the)\s+same)"
                              r"\s+month\b", re.I)),
    # earlier this month, early this month, at the start of this month: the month of the report, up to its day
    ("this_month", re.compile(r"\b(?:(?:at\s+)?(?:the\s+)?(?P<part>early|mid|late|beginning of|start of|end of|"
                              r"middle of|earlier)[\s-]+)?this\s+month\b", re.I)),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    event_date: date
    time_precision: int
    date_start: date = None
    date_end: date = None
    reported: bool = False  # the day something was said, not (necessarily) the day it happened
    shift: int = None  # days from the date told before ('two days earlier': -2); None: not relative
    that_month: bool = False  # a day or a part of the month told before ('on the 9th', 'mid-month')


# 'the ministry said on Monday': the day of the statement; 'the source added that in early May ...': after 'that',
# the date of what was said.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|stated|statement|added|claimed|revealed|disclosed|"
                          r"confirmed|denied|denies|condemned)"
                          r"(?:\s+(?!that\b)\w+){0,3}"
                          r"\s+$", re.I)
_SAID_AFTER = re.compile(r"^\s*,?\s*(?:said|says|told|announced|claimed|reported|stated|revealed|disclosed|"
                         r"confirmed|denied|condemned)\b", re.I)
_SAID_ARABIC = re.compile(r"(?<![\w])(?:[وف]?(?:افاد|افادت|اعلن|اعلنت|قال|قالت|ذكر|ذكرت|اكد|اكدت|صرح|صرحت|بيان|"
                          r"تبني|تبنت|يفيد|اوضح|اوضحت|ابلغ|ابلغت|نقل|نقلت|كشف|كشفت|يكشف|اشار|اشارت|اورد|اوردت|نعت|نعي|"
                          r"افصح|افصحت|اعترف|اعترفت|نفي|نفت|ادان|ادانت|استنكر|استنكرت))(?![\w])(?:[^.\n؟!]{0,60}[،,]|(?:\s+(?!(?:ان|بان)(?![\w]))\S+){1,3})\s*$")


# (not the outlet Baghdad Today: 'لـ"بغداد اليوم"')
_A_DAY_ARABIC = re.compile(r"(?<![\w])(?<!بغداد )(?:اليوم|امس|البارحه)(?![\w])(?!\s*[\"”»)'])")


def find_dates(text, published, start=0, end=None, anchor=None, _look_back=True):
    """Date mentions in ``text[start:end]``, in reading order, none after ``published``. ``anchor``: the
    date relative mentions ('two days earlier') count from when no date is told before them. A day or a part of
    'the month' ('on the 9th', 'mid-month', 'في الخامس من الشهر', 'في منتصف الشهر') is of the month told last
    before it in the text, else of the report's month."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    found = []
    taken = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(digits(chunk)):  # '١٠/٣/٢٠٢٤' as '10/3/2024'; offsets unchanged
            span = match.span()
            if span[0] == span[1] or any(span[0] < b and a < span[1] for a, b in taken):
                continue
            if kind == "that_month":
                mention = _of_month(_month_before(text, published, start + span[0], found, _look_back),
                                    {k: v for k, v in match.groupdict().items() if v}, published)
            else:
                mention = _resolve(kind, match, published)
            if mention is None:
                continue
            low, high = span
            while low < high and chunk[low].isspace():
                low += 1
            shift = _shift(match.groupdict()) if kind == "relative" else None
            found.append(DateMention(start + low, start + high, *mention, shift=shift, that_month=kind == "that_month"))
            taken.append(span)
    if is_arabic_text(chunk):
        folded = arabic_dates.prepared(chunk)
        for kind, pattern in arabic_dates.PATTERNS:
            for match in pattern.finditer(folded):
                span = match.span()
                if span[0] == span[1] or any(span[0] < b and a < span[1] for a, b in taken):
                    continue
                groups = arabic_dates.english_groups(kind, match)
                if kind == "that_month":
                    mention = _of_month(_month_before(text, published, start + span[0], found, _look_back), groups,
                                        published)
                else:
                    mention = _resolve_arabic(kind, groups, published)
                if mention is not None:
                    shift = {"days_ago": -groups.get("days", 0), "same_day": 0, "next_day": 1}.get(kind)
                    found.append(DateMention(start + span[0], start + span[1], *mention, shift=shift,
                                             that_month=kind == "that_month"))
                    taken.append(span)
    found = [_with_reported(text, m) for m in found if not _dates_the_report(text, m)]
    found.sort(key=lambda m: m.start)
    found = _refined(text, _named_with_its_date(text, _told_again(text, found)))
    return [m for m in _anchored(found, anchor) if (m.date_start or m.event_date) <= published]


# a month named alone: 'March was quiet', 'شهد شهر نيسان/أبريل', 'هجمات كانون الثاني/يناير'
_MONTH_NAMED = re.compile(r"\b(?-i:" + "|".join(n.capitalize() for n in _MONTH_NAMES if len(n) > 3)  # not 'may'
                          + r")\b(?:\s+(\d{4}))?")
_MONTH_NAMED_ARABIC = re.compile(r"(?<![\w])(?:(?<=شهر\s)|(?=" + arabic_dates.MONTH.replace("?P<month>", "?:")
                                 + r"\s*/))" + arabic_dates.MONTH + r"(?![\w])")


def _month_before(text, published, at, found, look_back):
    """(year, month) of the last date or month told before offset ``at`` (not itself of 'the month'), or None."""
    before = [m for m in sorted(found, key=lambda m: m.start) if m.start < at and not m.that_month
              and not _since(text, m.start)]
    if not before and look_back and at > 0:
        before = [m for m in find_dates(text, published, 0, at, _look_back=False) if not m.that_month
                  and not _since(text, m.start)]
    last = (before[-1].start, (before[-1].date_start or before[-1].event_date)) if before else None
    if look_back:
        for match in _MONTH_NAMED.finditer(text, 0, at):
            if (last is None or match.start() > last[0]) and not _since(text, match.start()):
                month = _MONTHS[match.group(0).split()[0].casefold()]
                last = match.start(), date(_year({"year": match.group(1)}, month, 1, published), month, 1)
        for match in _MONTH_NAMED_ARABIC.finditer(arabic_dates.prepared(text[:at])):
            if last is None or match.start() > last[0]:
                month = arabic_dates.MONTHS[re.sub(r"\s+", " ", match.group("month"))]
                last = match.start(), date(_year({}, month, 1, published), month, 1)
    return (last[1].year, last[1].month) if last else None


# 'the quietest month since January', 'منذ كانون الثاني': the start of a period compared against, not the month of
# the days told after
_SINCE = re.compile(r"(?:\bsince|(?<!\w)منذ)\s+(?:(?:early|mid|late|the\s+start\s+of|مطلع|بدايه|اوائل)\s+)?$", re.I)


def _since(text, start):
    return bool(_SINCE.search(fold(text[max(0, start - 25):start])))


def _of_month(month, groups, published):
    """A day or a part of ``month`` ((year, month); None: the report's month, or the one before it for a day after
    the report's)."""
    part = groups.get("part_days") or _PARTS.get({"middle": "mid", "start": "early", "beginning": "early",
                                                   "end": "late"}.get((groups.get("part") or "").casefold(),
                                                                      (groups.get("part") or "").casefold()), (1, 31))
    if month is None:
        first = int(groups["day"]) if "day" in groups else part[0]
        if first > published.day:
            month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        else:
            month = (published.year, published.month)
    year, number = month
    if "day" in groups:
        try:
            return date(year, number, int(groups["day"])), DAY, None, None
        except ValueError:
            return None
    return _month_span(year, number, *part)


def _refined(text, mentions):
    """A period followed in the same sentence by a day within it ('the second strike this month: on 5 November
    ...', 'خلال الشهر الجاري، إذ أدت غارة في الخامس من تشرين الثاني'): the day says when, the period only
    frames it. A day told right after the period ('Last week, on 6 October', 'الأسبوع الماضي، في ٦ تشرين الأول')
    says when even a few days off the period's bounds (the writer's 'last week' is the last seven days)."""
    kept = []
    for index, mention in enumerate(mentions):
        if mention.time_precision != DAY and mention.date_start is not None and mention.shift is None and any(
                later.time_precision == DAY and later.shift is None
                and (mention.date_start <= later.event_date <= mention.date_end
                     or (_PERIOD_RESTATED.fullmatch(text, mention.end, later.start)
                         and mention.date_start - _WEEK <= later.event_date <= mention.date_end + _WEEK))
                and not _SENTENCE_END.search(text, mention.end, later.start)
                for later in mentions[index + 1:]):
            continue
        kept.append(mention)
    return kept


_PERIOD_RESTATED = re.compile(r"\s*[,،(:\u2013\u2014-]?\s*(?:(?:on|the|on\s+the)\s+|(?:في|يوم)\s+)?")
_WEEK = timedelta(days=7)


# the event said to have happened on the day told right after: 'the attack took place on Monday', 'it happened late
# Sunday', 'وكان الانفجار قد وقع مساء الثلاثاء', 'الاشتباك وقع مساء السبت', 'الحادث الذي وقع فجر الأحد' (the event
# told before, named with the article or a pronoun; not another one, 'a similar attack took place last week',
# 'هجوم مماثل وقع الشهر الماضي')
_OCCURRED = re.compile(r"\b(?:(?:the|this|that)\s+(?:[\w'-]+\s+){0,2}?(?:attack|attacks|bombing|blast|explosion|"
                       r"clash|clashes|ambush|shelling|strike|incident|abduction|kidnapping|killing|shooting|"
                       r"assault|raid)|it)\s+(?:had\s+)?(?:took\s+place|happened|occurred)\s+$", re.I)
_OCCURRED_ARABIC = re.compile(r"(?:(?<![\w])ال[\w]+\s+(?:قد\s+)?|(?<![\w])[و]?(?:كان|كانت)\s+ال[\w]+\s+قد\s+)"
                              r"(?:وقع|وقعت|حصل|حصلت|جري|جرت|حدث|حدثت)\s+$"
                              r"|(?<![\w])[و]?(?:وقع|وقعت|حصل|حصلت|جري|جرت|حدث|حدثت)\s+(?:ال[\w]+|(?:ال)?حادث)\s+$")


def states_occurrence(text, mention):
    """Whether ``mention`` is told as the day the event told before happened ('the blast occurred on Tuesday')."""
    before = text[max(0, mention.start - 60):mention.start]
    if is_arabic(text[mention.start:mention.end]):
        return bool(_OCCURRED_ARABIC.search(fold(before)))
    return bool(_OCCURRED.search(before))


def _told_again(text, mentions):
    """'Hours earlier, on Monday night, ...', 'a day later (on 5 May)', 'في اليوم التالي، الأربعاء،': a relative
    date told again as a day right after it; the day says when."""
    return [m for m, after in zip(mentions, mentions[1:] + [None])
            if not (m.shift is not None and after is not None and after.shift is None and after.time_precision == DAY
                    and _RESTATED.fullmatch(text, m.end, after.start))]


def _named_with_its_date(text, mentions):
    """'ليلة الأحد ٣ كانون الأول', 'on Sunday night, 3 December', 'يوم الأحد الموافق ٣ كانون الأول': a weekday told
    with its date right after it; the date says when (the weekday, or its eve, only names it). The date may be of
    an earlier week than the weekday's last one before the report ('- الأحد ٨ كانون الأول:' in a weekly list
    published the next Sunday): it is the weekday's when it falls on it (or on the day after its eve)."""
    return [m for m, after in zip(mentions, mentions[1:] + [None])
            if not (m.shift is None and m.time_precision == DAY and after is not None and after.shift is None
                    and after.time_precision == DAY and not after.that_month
                    and (after.event_date - m.event_date).days % 7 in (0, 1, 6)
                    and _WITH_ITS_DATE.fullmatch(text, m.end, after.start))]


_WITH_ITS_DATE = re.compile(r"\s*[,،(]?\s*(?:(?:the|on)\s+|(?:ال)?موافق\s+)?")
_RESTATED = re.compile(r"\s*[,،(\u2013\u2014-]?\s*(?:i\.e\.\s*|that\s+is\s*,?\s*)?")


_SENTENCE_END = re.compile(r"[.!?؟]\s|\n")


# a breaking-news item: 'عاجل | …', '⚡️ عاجل |', 'BREAKING: …', 'Urgent -'
_BREAKING = re.compile(r"^\W{0,4}(?P<marker>عاجل|BREAKING|Breaking(?:\s+news)?|URGENT|Urgent)\s*[|:\-–—/]")


_TOLL_RISEN = re.compile(r"(?<!\w)(?:ارتفاع|ارتفعت|يرتفع)\s+(?:\S+\s+)?حصيله"
                         r"|\btoll\s+(?:rose|rises|climbed|has\s+risen)", re.I)


# news of the last moments: 'a short while ago', 'minutes ago', 'قبل قليل', 'منذ قليل', 'قبل ساعات'
_JUST_NOW = re.compile(r"\b(?:(?:a\s+)?(?:short\s+)?while\s+ago|(?:moments|minutes|an\s+hour|hours)\s+ago|just\s+now)\b"
                       r"|(?<!\w)(?:(?:قبل|منذ)\s+(?:قليل|لحظات|دقائق|ساعه|ساعتين|ساعات))(?!\w)", re.I)


def breaking_news(text, published):
    """A breaking-news item that tells no date happened on the day it was published ('عاجل | انفجار عبوة …', 'أفادت
    مصادر، قبل قليل، بسماع دوي انفجار'): that day, told by the marker; None for any other text."""
    if _TOLL_RISEN.search(fold(text)):
        return None  # (not the toll of an earlier event risen: 'عاجل | ارتفاع حصيلة هجوم … إلى قتيلين')
    found = _BREAKING.match(text)
    if found is not None:
        return DateMention(found.start("marker"), found.end("marker"), published, DAY)
    found = _JUST_NOW.search(fold(text))
    return DateMention(found.start(), found.end(), published, DAY) if found else None


def _anchored(mentions, anchor):
    """Relative mentions ('a week earlier', 'the following day') resolved against the date told just
    before them in the same text, else against ``anchor`` (the main incident's date), else left as
    resolved against the publication date."""
    resolved, base = [], anchor
    for mention in mentions:
        if mention.shift is None:
            base = mention.event_date
        elif base is not None:
            day = base + timedelta(days=mention.shift)
            mention = DateMention(mention.start, mention.end, day, DAY, None, None, mention.reported, mention.shift)
        resolved.append(mention)
    return resolved


def is_arabic_text(chunk):
    return any("\u0600" <= c <= "\u06FF" for c in chunk)


def _with_reported(text, mention):
    line_start = max(text.rfind("\n", 0, mention.start), text.rfind(". ", 0, mention.start), 0)
    before = text[max(line_start, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 30]
    if is_arabic(text[mention.start:mention.end]):
        said = _SAID_ARABIC.search(fold(before))
        # not when a day is told between the verb and this one ('استنكرت الوزارة، اليوم الأحد، القصف الذي طال، أمس
        # السبت، …'): that day is the statement's
        said = bool(said) and not _A_DAY_ARABIC.search(said.group()) \
            and after.lstrip()[:1] in ("،", ",", "ب", "ع", "ا", ".", "")
    else:
        said = bool(_SAID_BEFORE.search(before) or _SAID_AFTER.search(after))
    said = said or _arrested_over(text, mention, before)
    if not said:
        return mention
    return DateMention(mention.start, mention.end, mention.event_date, mention.time_precision, mention.date_start,
                       mention.date_end, True)


def _arrested_over(text, mention, before):
    """'arrested two suspects on Monday in the killing of a farmer ... late last month', 'اعتقلت قوات الأمن، الأحد،
    متهمين بقتل مزارع': the day of an arrest over an event, like the day of a statement, is not the event's."""
    after = text[mention.end:mention.end + 80]
    if is_arabic(text[mention.start:mention.end]):
        return bool(_ARRESTED_ARABIC.search(fold(before)) and _OVER_ARABIC.match(fold(after)))
    verb = _ARRESTED_AFTER.match(after)  # 'Security forces on Sunday detained a man over the abduction of ...'
    return bool((verb or _ARRESTED.search(before)) and _OVER.match(after, verb.end() if verb else 0))


_ARRESTED = re.compile(r"\b(?:arrested|detained|apprehended|captured|arrest\s+of|detention\s+of)\b(?:\s+\S+){0,5}\s+$",
                       re.I)
_ARRESTED_AFTER = re.compile(r"\s*,?\s*(?:arrested|detained|apprehended|captured)\b", re.I)
_OVER = re.compile(r"(?:\s+\S+){0,5}?\s+(?:in|over|for)\s+(?:connection\s+with\s+)?the\s+(?:\w+\s+)?"
                   r"(?:killing|murder|assassination|attack|bombing|abduction|kidnapping|shooting)\b", re.I)
_ARRESTED_ARABIC = re.compile(r"(?<!\w)[وف]?(?:اعتقل|اعتقلت|اعتقال|القت|القي|القاء|اوقفت|توقيف|قبضت)(?!\w)"
                              r"(?:\s+\S+){0,4}\s*[،,]?\s*$")
_OVER_ARABIC = re.compile(r"\s*[،,]?(?:\s+\S+){0,4}?\s+(?:بتهمه|متهم\w*\s+ب|بقتل|باغتيال|بخطف|باختطاف|بتفجير|"
                          r"بالهجوم|بتنفيذ|لتورط)")


# the day a report was issued: 'Flash Update (as of 16 April 2025)', 'حتى تاريخ 16 نيسان'
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|updated(?:\s+on)?|issued(?:\s+on)?)\s+$"
                    r"|(?<!\w)(?:حتي|لغايه)\s+(?:تاريخ\s+)?$", re.I)


def _dates_the_report(text, mention):
    """'Flash Update (as of 16 April 2025)', 'Iraq: Flash Update – Tal Afar district (1 July 2025)', 'Weekly update
    (4-10 September)': the day the report was issued, or a date in brackets that ends its first line (its title),
    dates the report, not an event."""
    if _AS_OF.search(fold(text[max(0, mention.start - 20):mention.start])):
        return True
    # the wire's dateline: 'BAGHDAD, Aug 22 (Reuters) - ...', 'ERBIL, Iraq, June 4 (Reuters) -',
    # 'بغداد ٢٢ آب (رويترز) -'
    # (not a bulletin's 'Kirkuk: 19 Oct - IED struck ...', 'INSO ALERT 16/05/2023 - Diyala: ...': no agency)
    if re.match(r"[^\n.!?؟:]{0,40}$", text[:mention.start]) \
            and re.match(r"\s*\([^)\n]{1,40}\)\s*[-–—]", text[mention.end:]):
        return True
    line_end = text.find("\n")
    return line_end > 0 and mention.end <= line_end and text[:mention.start].rstrip().endswith("(") \
        and text[mention.end:line_end].strip() == ")"


def _resolve_arabic(kind, groups, published):
    if kind == "some_days_ago":  # days before a report late enough in its month to hold them: that month; else none
        return _month_span(published.year, published.month, 1, published.day) if published.day > 7 else None
    if kind == "month_range":
        return _span_of_days(groups, groups["first_month_number"], groups["month_number"], published)
    if kind in ("day_month", "part_month", "month"):
        month = groups["month_number"]
        if kind == "day_month":
            day = int(groups["day"])
            try:
                return date(_year(groups, month, day, published), month, day), DAY, None, None
            except ValueError:
                return None
        year = _year(groups, month, 1, published)
        if kind == "part_month":
            span = _month_span(year, month, *groups["part_days"])
            return (span[0], WEEK, *span[2:]) if "الاسبوع" in groups["part"] else span
        if year == published.year and month == published.month:
            return _month_span(year, month, 1, published.day)
        return _month_span(year, month, 1, 31)
    if kind in ("weekday", "weekday_night"):
        back = (published.weekday() - groups["weekday_number"]) % 7
        if groups.get("last") and back == 0:
            back = 7
        day = published - timedelta(days=back)
        if kind == "weekday_night":
            if groups.get("after"):  # after its midnight: the second day
                return day + timedelta(days=1), DAY, None, None
            return day, DAY, day, day + timedelta(days=1)
        if groups.get("eve"):  # ليلة الجمعة: the night before Friday
            return day - timedelta(days=1), DAY, day - timedelta(days=1), day
        if groups.get("night") and day < published:
            return day, DAY, day, day + timedelta(days=1)
        return day, DAY, None, None
    if kind == "yesterday":
        day = published - timedelta(days=2 if groups.get("before") else 1)
        if groups.get("night"):
            return day, DAY, day, day + timedelta(days=1)
        return day, DAY, None, None
    if kind == "today":
        return published, DAY, None, None
    if kind == "days_ago":
        return published - timedelta(days=groups["days"]), DAY, None, None
    if kind in ("this_month", "last_month") and "day" in groups:  # 'في الثامن من الشهر الجاري'
        year, month = published.year, published.month
        if kind == "last_month":
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return date(year, month, int(groups["day"])), DAY, None, None
        except ValueError:
            return None
    if kind == "this_month":
        return _this_month(published, *groups.get("part_days", (1, 31)))
    if kind == "last_month" and "part_days" in groups:  # 'أواخر الشهر الماضي'
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return _month_span(year, month, *groups["part_days"])
    if kind in ("same_day", "next_day"):  # anchored to the date told before
        return published + timedelta(days=1 if kind == "next_day" else 0), DAY, None, None
    return _resolve(kind, None, published)


def _year(groups, month, day, published):
    if groups.get("year"):
        return int(groups["year"])
    year = published.year
    if (month, day) > (published.month, published.day):
        year -= 1  # "on 20 December" in a report of 3 January
    return year


def _month_span(year, month, first, last):
    last = min(last, calendar.monthrange(year, month)[1])
    start, end = date(year, month, first), date(year, month, last)
    return start + (end - start) // 2, MONTH, start, end


def _span_of_days(groups, first_month, month, published):
    """'12-18 Feb', '26 August - 1 September 2024': the span from the day 'first' of ``first_month`` to the day 'day'
    of ``month`` (the year of the first month, when not told, the one before it across a new year), a week or a
    month; None when it is no span of a month at most."""
    first, last = int(groups["first"]), int(groups["day"])
    try:
        year = _year(groups, month, last, published)
        end = date(year, month, last)
        start = date(int(groups.get("first_year") or year - (first_month > month)), first_month, first)
    except ValueError:
        return None
    if not 0 < (end - start).days <= 31:
        return None
    if (end - start).days == 1:  # 'the night of 15-16 February': the first day, running into the next
        return start, DAY, start, end
    return start + (end - start) // 2, WEEK if (end - start).days < 7 else MONTH, start, end


def _resolve(kind, match, published):
    groups = {k: v for k, v in match.groupdict().items() if v} if match is not None else {}
    if "month" in groups and not groups["month"][0].isupper():
        return None  # "may" the verb
    month = _MONTHS.get(groups.get("month", "").casefold().rstrip("."))
    if kind == "numeric":
        month = int(groups.get("month_number") or groups["month2"])
        day = int(groups.get("day") or groups["day2"])
        year = groups.get("year")
        groups = {"year": year if len(year) == 4 else "20" + year} if year else {}
        try:
            return date(_year(groups, month, day, published), month, day), DAY, None, None
        except ValueError:
            return None
    if kind == "day_range":
        return _span_of_days(groups, month, month, published)
    if kind == "month_range":
        return _span_of_days(groups, _MONTHS.get(groups["first_month"].casefold().rstrip(".")), month, published)
    if kind in ("day_month", "month_day"):
        day = int(groups["day"])
        try:
            return date(_year(groups, month, day, published), month, day), DAY, None, None
        except ValueError:
            return None
    if kind == "part_month":
        year = _year(groups, month, 1, published)
        part = re.sub(r"\s+", " ", groups["part"].casefold())
        first, last = _PARTS[part]
        span = _month_span(year, month, first, last)
        return (span[0], WEEK, *span[2:]) if "week" in part else span
    if kind == "month":
        year = _year(groups, month, 1, published)
        if year == published.year and month == published.month:
            return _month_span(year, month, 1, published.day)
        return _month_span(year, month, 1, 31)
    if kind == "weekday":
        weekday = _WEEKDAYS.index(groups["weekday"].casefold())
        back = (published.weekday() - weekday) % 7
        if groups.get("last") and back == 0:
            back = 7
        day = published - timedelta(days=back)
        night = groups.get("late") or (groups.get("time", "").casefold() in ("night", "evening"))
        if night and day < published:
            return day, DAY, day, day + timedelta(days=1)
        return day, DAY, None, None
    if kind == "yesterday":
        day = published - timedelta(days=1)
        if groups.get("late") or groups.get("night") or groups.get("time", "").casefold() in ("night", "evening"):
            return day, DAY, day, published
        return day, DAY, None, None
    if kind == "today":
        if _NAME_BEFORE.search(match.string, 0, match.start()) and match.group()[:1].isupper():
            return None  # a name: the outlet 'Baghdad Today', 'Iraq Today'
        return published, DAY, None, None
    if kind == "days_ago":
        count = groups["count"].casefold()
        days = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        days *= {"w": 7, "f": 14}.get(groups.get("unit", "day").casefold()[0], 1)
        return published - timedelta(days=days), DAY, None, None
    if kind == "relative":  # against the publication date until anchored
        return published + timedelta(days=_shift(groups)), DAY, None, None
    if kind == "weekend":  # the last Saturday up to the report, Friday to Sunday
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        return saturday, WEEK, saturday - timedelta(days=1), min(saturday + timedelta(days=1), published)
    if kind == "day_before_yesterday":
        return published - timedelta(days=2), DAY, None, None
    if kind == "this_week":  # the report's week, up to its day
        monday = published - timedelta(days=published.weekday())
        return monday + (published - monday) // 2, WEEK, monday, published
    if kind == "last_week":
        monday = published - timedelta(days=published.weekday() + 7)
        return monday + timedelta(days=3), WEEK, monday, monday + timedelta(days=6)
    if kind == "this_month":
        return _this_month(published, *_PARTS.get((groups.get("part") or "").casefold(), (1, 31)))
    if kind == "last_month":
        year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        return _month_span(year, month, *_PARTS.get(re.sub(r"\s+", " ", groups.get("part", "").casefold()), (1, 31)))
    return None


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _this_month(published, first, last):
    """Days first..last of the report's month, none after the report."""
    return _month_span(published.year, published.month, min(first, published.day), min(last, published.day))


_PARTS = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20), "middle of": (11, 20),
          "late": (21, 31), "end of": (21, 31), "first week": (1, 7), "second week": (8, 14), "third week": (15, 21),
          "fourth week": (22, 28), "last week": (22, 31), "final week": (22, 31), "first half": (1, 15),
          "second half": (16, 31), "last half": (16, 31)}


def _shift(groups):
    """Days a relative mention lies from the date told before it: 'two days earlier' -2, 'a week later' 7;
    'X, a day after <the event>' -1 (the event told after it came first); 'hours later' 0."""
    if groups.get("same"):
        return 0
    direction = (groups.get("direction") or groups.get("direction2")).casefold()
    unit = (groups.get("unit") or groups.get("unit2")).casefold()
    count = (groups.get("count") or "one").casefold()
    days = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    days *= 7 if unit.startswith("week") else 1
    if direction in ("later", "following", "next") or (direction == "after" and groups.get("unit2")):
        return days
    return -days
