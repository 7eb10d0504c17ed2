"""Event and sub-event type from cue phrases (resources/drafting/events.json, ACLED taxonomy)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import taxonomy
from ..i18n import message_template
from .arabic import fold
from .text import data


@dataclass(frozen=True)
class EventMatch:
    event_type: str
    sub_event_type: str
    priority: int
    start: int
    end: int
    civilian_targeting: bool = False


@lru_cache(maxsize=None)
def _rules():
    rules = []
    for rule in data("events.json")["rules"]:
        if taxonomy.event_type_of(rule["sub_event_type"]) != rule["event_type"]:  # the taxonomy's own spelling
            raise ValueError(message_template("drafting", "resources/drafting/events.json: {rule} does not follow "
                                                          "the taxonomy").format(rule=rule))
        needs = re.compile(rule["needs"], re.I) if rule.get("needs") else None
        rules.append((re.compile(rule["pattern"], re.I), needs, rule))
    return rules


def earlier_markers():
    return data("events.json")["earlier_markers"]


# Who told the news: 'a police source said', 'police said', 'an army officer told Rudaw'.
_TOLD_BY = re.compile(r"\b(?:an?\s+|the\s+)?(?:local\s+)?(?:police|security|army|military|Peshmerga|PMF)\s+"
                      r"(?:(?:source|sources|spokesman|spokesperson|official|officials|officer|commander|statement)\s+)?"
                      r"(?:said|says|told|stated|reported|added)\b"
                      # 'بحسب مصدر في الشرطة', 'وفق مصدر في شرطة كركوك', 'قال مصدر في قيادة الشرطة'
                      r"|(?<!\w)(?:مصدر|مصادر)\s+(?:امني\S*\s+)?(?:في|ب|من)\s*(?:مديريه\s+|قياده\s+)?"
                      r"(?:ال)?(?:شرطه|جيش|حشد|بيشمركه)(?:\s+(?!(?:نقطه|دوريه|مفرزه|قوه)(?!\S))[^\s،,.]+)?", re.I)


# The force that follows an event up is not its target: 'police have opened an investigation', 'والشرطة فتحت تحقيقاً',
# 'وفتحت الشرطة تحقيقاً في الحادث', 'security forces launched an inquiry'.
_INQUIRY = re.compile(r"\b(?:the\s+)?(?:local\s+)?(?:police|security\s+forces|authorities|army)\s+"
                      r"(?:have\s+|has\s+|had\s+)?(?:opened|launched|began|started|are\s+conducting|is\s+conducting)\s+(?:an?\s+)?"
                      r"(?:investigation|inquiry|probe)\b"
                      r"|(?<!\w)[وف]?(?:ال)?(?:شرطه|قوات\s+الامنيه|الاجهزه\s+الامنيه|السلطات)\s+(?:\S+\s+)?"
                      r"(?:فتحت|باشرت|بدات|شرعت|تجري|فتح)\s+(?:ب)?(?:ال)?تحقيق\S*"
                      r"|(?<!\w)[وف]?(?:فتحت|باشرت|بدات|شرعت|تجري)\s+(?:ال)?(?:شرطه|قوات\s+الامنيه|الاجهزه\s+الامنيه|السلطات)"
                      r"(?:\s+\S+)?\s+(?:ب)?(?:ال)?تحقيق\S*", re.I)
# A home is a civilian target, whoever lives in it: 'attacked the home of a police officer', 'استهدفت منزل منتسب في
# الشرطة' (the officer's rank is not the target's)
_HOME_OF = re.compile(r"(\b(?:homes?|house|residence)\s+of\s+(?:an?\s+|the\s+|one\s+)?)"
                      r"((?:[\w-]+\s+)?(?:police(?:man|men)?|officers?|soldiers?|army|Peshmerga|PMF|Hashd)\b[^.,;]{0,30})"
                      r"|((?<!\w)(?:منزل|بيت|دار)\s+(?:احد\s+)?)((?:منتسب|ضابط|شرطي|جندي|مقاتل|عنصر)\S*(?:\s+(?:في|ب)\s*\S+){0,2})",
                      re.I)


def _the_home_only(found):
    home, dweller = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    return home + " " * len(dweller)


# A command's name is no operation: 'Joint Operations Command', 'Nineveh Operations Command said'.
_COMMAND_NAME = re.compile(r"\b(?:Joint|Combined|[A-Z][\w-]+)\s+Operations\s+(?:Command|Cell|Cent(?:er|re)|Room)\b")


# Aircraft that back a ground force do not make its fight a strike: 'army forces backed by Iraqi aircraft killed four
# militants', 'قوة من البيشمركة بإسناد من طيران التحالف'.
_AIR_SUPPORT = re.compile(r"\bair[- ]supported\b"
                          r"|(?:[,،]\s*)?\b(?:(?:backed|supported|assisted|covered|aided)\s+by|with\s+(?:the\s+)?"
                          r"(?:support|backing|cover)\s+(?:of|from))\s+(?:\w+\s+){0,3}?(?:aircraft|warplanes|jets|helicopters|drones|"
                          r"air\s*(?:support|power|cover)|aviation)\b(?:\s*,)?"
                          r"|(?<!\w)[وب]*(?:اسناد|دعم|مسانده|غطاء)\s+(?:جوي\s+)?(?:من\s+)?(?:ال)?(?:طيران|طائرات|"
                          r"مروحيات)(?:\s+\S+){0,2}?(?=\s|$)", re.I)


def sentence_events(text, start, end):
    """Event cues in text[start:end], best first (lowest priority, then earliest)."""
    chunk = fold(text[start:end])  # Arabic letter variants folded, offsets kept
    chunk = _COMMAND_NAME.sub(lambda m: " " * len(m.group()), chunk)
    chunk = _AIR_SUPPORT.sub(lambda m: " " * len(m.group()), chunk)
    told_by = _TOLD_BY.sub(lambda m: " " * len(m.group()), chunk)  # 'a police source said' is no target
    told_by = _INQUIRY.sub(lambda m: " " * len(m.group()), told_by)  # nor 'police opened an investigation'
    told_by = _HOME_OF.sub(_the_home_only, told_by)  # 'the home of a police officer'
    found = []
    for pattern, needs, rule in _rules():
        if needs is not None and not needs.search(told_by):
            continue
        match = pattern.search(chunk)
        if match:
            found.append(EventMatch(rule["event_type"], rule["sub_event_type"], rule["priority"],
                                    start + match.start(), start + match.end(),
                                    bool(rule.get("civilian_targeting"))))
    # 'قُتل شخص بنزاع عشائري، فيما اعتقلت القوات الأمنية ثلاثة متهمين': arrests told after the event, in a clause
    # of their own, follow it up; the event is the one told first
    found = [m for m in found if not (m.sub_event_type == "Arrests" and _FOLLOW_UP.search(chunk[:m.start - start])
                                      and any(o.start < m.start and o.sub_event_type != "Arrests" for o in found))]
    # 'an operation killed three militants and arrested two suspects': the arrests are the operation's aftermath
    if _KILLING.search(chunk):
        found = [m for m in found if m.sub_event_type != "Arrests"
                 or not any(o.sub_event_type != "Arrests" for o in found)]
    # 'وتدمرها دون اشتباك', 'without a clash': an event denied is none
    found = [m for m in found if not _DENIED.search(chunk[:m.start - start])]
    # 'نفت الخلية ما تداولته مواقع التواصل عن اختطاف أربعة جنود', 'denied reports that four soldiers had been
    # kidnapped': an event told only as the news denied is none (not 'denied responsibility for the attack')
    found = [m for m in found if not _NEWS_DENIED.search(chunk[:m.start - start])]
    # 'اعتقال ثلاثة إرهابيين في عملية نوعية', 'arrested two suspects in an intelligence operation': with no killing, an
    # operation whose outcome told is arrests is the arrests
    # ... and so are a raid or a search whose outcome told is arrests or arms seized: 'forces raided a hideout,
    # arrested two militants and seized weapons, without incident', 'عملية تفتيش أسفرت عن العثور على كدس للعتاد'
    if any(m.sub_event_type in _STATE_OUTCOMES for m in found) and not _KILLING.search(chunk):
        found = [m for m in found if m.sub_event_type in _STATE_OUTCOMES or m.event_type != "Battles"
                 or not (_OPERATION_WORD.search(chunk[m.start - start:m.end - start])
                         or _RAID_WORD.search(chunk[m.start - start:m.end - start]))]
    # 'قُتل ضابط بهجوم ...، والقوات الأمنية تطلق عملية تفتيش', '..., adding that security forces launched a search
    # operation': an operation told after the event, in a clause of its own, follows it up
    found = [m for m in found if not (_OPERATION_WORD.search(chunk[m.start - start:m.end - start])
                                      and any(o.start < m.start and not _OPERATION_WORD.search(
                                          chunk[o.start - start:o.end - start])
                                              and _LATER_CLAUSE.search(chunk[o.end - start:m.start - start])
                                              for o in found))]
    # 'تظاهر العشرات للمطالبة بوقف الضربات الجوية التركية', 'protested against the killing of a farmer': what a
    # protest is about is not the event the sentence tells
    protests = [m for m in found if m.event_type == "Protests" and m.sub_event_type == "Peaceful protest"]
    found = [m for m in found if not any(p.end <= m.start and _ABOUT.search(chunk[p.end - start:m.start - start])
                                         for p in protests)]
    return sorted(found, key=lambda m: (m.priority, m.start))


_DENIED = re.compile(r"(?:\b(?:without|no)\s+(?:an?\s+|any\s+)?"
                     r"|(?<!\w)(?:من\s+)?(?:دون|بدون)\s+(?:تسجيل\s+|وقوع\s+|حدوث\s+)?(?:اي\s+)?"
                     r"|(?<!\w)[وف]?لم\s+(?:تسجل|يسجل|تقع|يقع|تحدث|يحدث|تشهد|يشهد)\s+(?:اي\s+)?)$", re.I)
_NEWS_DENIED = re.compile(r"\b(?:denied|denies|dismissed|refuted|rejected)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:reports?|rumou?rs?|news|allegations?|claims?)\s+(?:(?!but\b)[^.;,])*$"
                          r"|(?<!\w)[وف]?(?:نفت|نفي|تنفي|ينفي|نافيا|نافيه)\s+[^.؟!؛]{0,80}?(?<!\w)(?:ما\s+(?:تداولته|تناقلته|نشرته|"
                          r"اشيع|ورد|تم\s+تداوله)|(?:ال)?(?:انباء|اخبار|شائعات))(?!\w)[^.؟!؛،]{0,60}?"
                          r"(?<!\w)(?:عن|بشان|حول|من)\s+(?:\S+\s+){0,1}$", re.I)
_KILLING = re.compile(r"\b(?:killed|killing|kill)\b|(?<!\w)[وف]?(?:قتل|مقتل|تقتل|يقتل)(?!\w)", re.I)
_OPERATION_WORD = re.compile(r"operation|عمليه|حمله", re.I)
_RAID_WORD = re.compile(r"\b(?:raid(?:ed|s)?|stormed)\b|داهم|دهم|مداهمه|اقتحم", re.I)
_STATE_OUTCOMES = ("Arrests", "Disrupted weapons use")
_LATER_CLAUSE = re.compile(r"[،,;]", re.I)
_ABOUT = re.compile(r"\b(?:against|over|demanding|to demand|condemning|to condemn|denouncing|to denounce)\b|"
                    r"(?<!\w)(?:علي|ضد|للمطالبه|مطالبين|تنديدا|للتنديد|احتجاجا)(?!\w)", re.I)


_FOLLOW_UP = re.compile(r"(?:[،,]\s*|\s)[وف]?(?:فيما|بينما|وقد|كما|و)\s*(?:\S+\s+){0,1}$")


def turned_violent(text, group, event):
    """A peaceful protest told first that a later sentence of the same incident tells turning violent ('Protesters
    later set fire to tyres', 'The demonstrators later clashed with counter-protesters', 'وأضرم محتجون النار في
    إطارات', 'المتظاهرين رشقوا القوات بالحجارة') is a violent demonstration: the event that later sentence tells;
    any other event as it is."""
    if event is None or event.sub_event_type != "Peaceful protest":
        return event
    return next((m for s in group if s.end > event.start for m in sentence_events(text, s.start, s.end)
                 if m.sub_event_type == "Violent demonstration"
                 and not _ACCUSING.search(fold(text[max(s.start, m.start - 20):m.end]))), event)


# 'واتهم المحتجون عناصر من الحشد بالاعتداء', 'the protesters accused the guards of an assault': what the protesters
# blame on others is no violence of theirs
_ACCUSING = re.compile(r"\b(?:accus|blam)\w*|(?<!\w)[وف]?(?:اتهم|يتهم|تتهم)\w*(?!\w)", re.I)
