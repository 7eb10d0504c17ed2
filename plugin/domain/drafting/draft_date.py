"""A draft's date: the first date of an incident's event in its sentences, and the day within a period."""

import re

from .arabic import fold
from .dates import DAY, WEEK, find_dates, states_occurrence


def _first_date(text, sentences, published, anchor=None):
    """The date of the event (see _first_told); a toll that rose, or a death of wounds, on the day told first
    ('The death toll ... rose to three on Wednesday ... The militants stormed the post late on Monday', 'ارتفعت
    حصيلة … اليوم الثلاثاء. وكان مسلحون قد أطلقوا النار … مساء الأحد'): the earlier day of the attack told after."""
    date = _first_told(text, sentences, published, anchor)
    if date is None or date.time_precision != DAY:
        return date
    own = next((s for s in sentences if s.start <= date.start < s.end), None)
    if own is None or not _TOLL_OR_DEATH.search(fold(text[own.start:own.end])):
        return date
    attack = [m for s in sentences if s.start > own.start
              for m in find_dates(text, published, s.start, s.end, anchor)
              if not m.reported and m.shift is None and m.time_precision == DAY and m.event_date < date.event_date]
    return attack[0] if attack else date


_TOLL_OR_DEATH = re.compile(r"\btoll\b[^.]{0,120}?\b(?:rose|risen|climbed|rises|increased)\b"
                            r"|\b(?:died|succumbed)\b[^.]{0,60}?\b(?:wounds|injuries|hospital)\b"
                            r"|(?<!\w)(?:ارتفاع|ارتفعت|ارتفع)\s+(?:\S+\s+)?حصيله|متاثرا\s+بجراح", re.I)


def _first_told(text, sentences, published, anchor=None):
    """The first date of the event in ``sentences``; the day a statement was made only if none. A date
    counted back from the one before it in the sentence is the event's when the sentence tells a later
    death ('died on Sunday of wounds he suffered two days before') or the event follows it ('died on
    Sunday, a day after gunmen threw a grenade at his shop')."""
    said = None
    # 'police said on Friday, without saying when he had been killed': the event's day is unknown; a day told in a
    # sentence other than the event's own is another matter's ('partners distributed kits on 30 June')
    untold = any(_DATE_UNTOLD.search(fold(sentence.text)) for sentence in sentences)
    # 'وكان الانفجار قد وقع مساء الثلاثاء', 'the clash took place on Saturday evening': the day the text says the event
    # happened, before the day of the news
    occurred = [m for sentence in sentences for m in find_dates(text, published, sentence.start, sentence.end, anchor)
                if m.shift is None and states_occurrence(text, m)]
    if occurred and not untold:
        return occurred[0]
    if untold and _found_dead_not_abducted(sentences):
        return None  # 'found the bodies of two men on Wednesday ... It was not clear when they had been killed'
    for index, sentence in enumerate(sentences):
        if untold and index:
            break
        mentions = [m for m in find_dates(text, published, sentence.start, sentence.end, anchor) if not m.reported]
        earlier = [m for m in mentions[1:] if m.shift is not None and m.shift < 0 and mentions[0].shift is None
                   and (_DIED_LATER.search(text[sentence.start:m.start])
                        or (re.search(r"\bafter$", text[m.start:m.end], re.I)
                            and not _GONE_MISSING.match(text, m.end))
                        or (_AFTER_THE_EVENT_ARABIC.match(fold(text[m.start:m.end + 30]))
                            # ('بعد يومين من اختطافه … مساء السبت': the event's own day told after, that day)
                            and not any(n.shift is None and n.start > m.start for n in mentions)))]
        # 'died on Wednesday of wounds he sustained in an attack on Sunday': the day of the attack
        earlier += [m for m in mentions[1:] if m.shift is None and m.event_date < mentions[0].event_date
                    and _died_later(text[sentence.start:mentions[0].end])
                    and _OF_WOUNDS.search(fold(text[mentions[0].end:m.start]))]
        earlier += _the_event_told_after(text, sentence, mentions)
        if earlier:
            return earlier[0]
        # 'revised on Tuesday the toll of Sunday's ISIS attack': the day the event is named by
        named_by = [m for m in mentions if _DAYS_EVENT.match(text, m.end)]
        if named_by and named_by[0] is not mentions[0]:
            return named_by[0]
        abducted = _abducted_before_release(text, mentions) if len(mentions) > 1 else None
        if abducted is not None:
            return abducted
        abducted = _ABDUCTED_BEFORE_FOUND.search(fold(text), sentence.start, sentence.end)
        told_abducted = [m for m in mentions if abducted and m.start >= abducted.start("abducted") and m.shift is None
                         and m.event_date < mentions[0].event_date]  # (a named day, not 'قبل ثلاثة أيام')
        if told_abducted:
            return told_abducted[0]  # 'عُثر اليوم على جثة شاب، كان قد اختُطف مساء الأحد': the abduction's day
        found = _BODY_FOUND.search(text, sentence.start, sentence.end)
        after_found = [m for m in mentions if found and m.shift is None and found.end() <= m.start]
        abduction = _abduction_day(text, sentences, published, anchor, sentence, found, mentions, after_found)
        if abduction is not None:
            return abduction
        if after_found and mentions[0].start < found.end():
            return after_found[0]  # 'the body of a cleric, abducted two weeks ago, was found on Tuesday'
        if mentions:
            return mentions[0]
        said = said or next(iter(find_dates(text, published, sentence.start, sentence.end, anchor)), None)
    return None if untold else said


def _found_dead_not_abducted(sentences):
    """A body found, of no one the text says was abducted: the day it was found is not the day of the killing."""
    return _found_dead_not_abducted_text(fold(" ".join(sentence.text for sentence in sentences)))


def _found_dead_not_abducted_text(told):
    return bool(FOUND_DEAD.search(told)) and not _ABDUCTED_EN.search(told) and not _ABDUCTION_ARABIC.search(told)


def found_dead_apart(told):
    """'وفي حادث منفصل، عُثر على جثة رجل … قرب الحويجة', 'In a separate incident, a body was found in the river': a
    body found in an incident told apart (not 'hours later', not of someone abducted): the day told before is not
    its day."""
    folded = fold(told)
    return _found_dead_not_abducted_text(folded) and not _HOURS_LATER.match(folded)


_HOURS_LATER = re.compile(r"\s*(?:[وف]?بعد\s+(?:ساعات|ساعتين|ساعه|دقائق)|(?:\w+\s+)?(?:hours?|minutes?)\s+later)(?!\w)",
                          re.I)
_ABDUCTION_ARABIC = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:اختطاف|خطف|اختطف|مختطف)\w*")


def _died_later(told):
    return _DIED_LATER.search(told) or _DIED_LATER_ARABIC.search(fold(told))


def _the_event_told_after(text, sentence, mentions):
    """'Police on Monday identified the gunmen who killed a farmer in Yengija in early December', 'Investigators on
    Monday exhumed the body of a shepherd killed near Daquq in mid-December': a day told of what followed the event
    (an inquiry, a trial, a burial), then the event with its own earlier date: that date ([] or [it])."""
    if len(mentions) < 2 or mentions[0].shift is not None:
        return []
    first = mentions[0]
    lead = fold(text[sentence.start:first.start])
    if not re.search(r"\w", lead) or _VIOLENCE.search(lead):
        return []  # 'On Monday, a bomb killed ... where an attack killed three in mid-December'; 'Gunmen on Monday ...'
    return [m for m in mentions[1:] if m.shift is None and (m.date_end or m.event_date) < first.event_date
            and not re.search(r"(?:\bsince|(?<!\w)منذ)\s+(?:\w+\s+)?$", fold(text[first.end:m.start]), re.I)
            and _THE_EVENT.search(fold(text[first.end:m.start]))
            and not _PROTESTED.search(fold(text[sentence.start:m.start]))][:1]


# what tells violence: a day told after it is the event's own ('Gunmen on Monday ...')
_VIOLENCE = re.compile(r"\b(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|attack\w*|bomb\w*|blast\w*|explo\w*|gunm[ae]n|"
                       r"militants?|strikes?|struck|drones?|shell\w*|abduct\w*|kidnap\w*|clash\w*|ambush\w*|IEDs?|"
                       r"rockets?|mortars?|fire[ds]?|assassin\w*|murder\w*)\b"
                       r"|(?<!\w)[وفب]?(?:قتل|مقتل|اغتيال|هجوم|اختطاف|خطف|انفجار|اصاب|اصيب|استهدف|قصف|مسلح|اشتباك)",
                       re.I)
# a protest over the event is an event of its own ('Protesters on Monday blocked the road to denounce the killing')
_PROTESTED = re.compile(r"\b(?:protest\w*|denounc\w*|condemn\w*|rall(?:y|ied)|demonstrat\w*|march\w*|sit-in)\b"
                        r"|(?<!\w)[وفل]?(?:احتج|تظاهر|تنديد|استنكار|اعتصام)", re.I)
# the event itself, told after the day of what followed it
_THE_EVENT = re.compile(r"\b(?:killed|killing|killings|murder\w*|shot|shooting|attack|attacks|bombing|abducted|"
                        r"kidnapped|abduction|kidnapping|assassinat\w*)\b"
                        r"|(?<!\w)[وفب]?(?:قتل|مقتل|اغتيال|الهجوم|هجوم|اختطاف|خطف)", re.I)


_DAYS_EVENT = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}(?:attack|attacks|bombing|blast|explosion|strike|strikes|ambush|"
                         r"shelling|clashes|killing|killings|abduction|kidnapping|raid|assault|incident)\b", re.I)


# the report says it does not know when the event was
_DATE_UNTOLD = re.compile(r"\b(?:without\s+(?:saying|specifying|giving)\s+when|did\s+not\s+(?:say|specify)\s+when|"
                          r"(?:not|un)\s*clear\s+when|when\s+(?:exactly\s+)?(?:it|the\s+\w+)\s+(?:happened|took\s+place)\s+"
                          r"(?:is|was|remains)\s+(?:not\s+known|unknown|unclear)|the\s+date\s+of\s+the\s+\w+[^.]{0,80}?"
                          r"(?:could\s+not\s+be\s+(?:confirmed|verified|established)|(?:is|was|remains)\s+(?:not\s+known|"
                          r"unknown|unclear)))"
                          # 'it is not known when he was killed', 'the time of death has not been established'
                          r"|\b(?:not|never)\s+(?:(?:yet|immediately)\s+)?(?:known|clear|established|determined)\s+when\b"
                          r"|\b(?:time|date|timing)\s+of\s+(?:(?:his|her|their|the)\s+)?(?:death|deaths|killing|killings|"
                          r"murder|murders)\s+(?:(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?known|unknown|unclear|"
                          r"undetermined)|(?:has|had|have)\s+not\s+(?:yet\s+)?been\s+(?:established|determined|confirmed))"
                          r"|(?<!\w)(?:دون|بدون|لم)\s+(?:ان\s+)?(?:يحدد|تحدد|يذكر|تذكر|يوضح|توضح)\s+(?:موعد|تاريخ|متي|وقت|توقيت)"
                          # 'لم يُعرف بعد توقيت مقتله', 'لم تتعرف بعد على هوية الضحية أو موعد مقتله'
                          r"|(?<!\w)[وف]?(?:لم|لا)\s+(?:يعرف|يعلم|يتضح|تعرف|تتضح|تتعرف|يتعرف|تعرف|يتبين|تتبين)\s+(?:بعد\s+)?"
                          r"(?:علي\s+)?(?:\S+\s+){0,4}?(?:موعد|تاريخ|متي|وقت|توقيت)(?!\w)"
                          # 'مبيناً أن توقيت مقتل صاحبها لم يُعرف بعد', 'وموعد وفاته لا يزال مجهولاً'
                          r"|(?<!\w)[وف]?(?:موعد|تاريخ|وقت|توقيت)\s+(?:ال)?(?:مقتل|وفا|حادث|جريم|هجوم|حدوث|وقوع)\S*"
                          r"(?:\s+\S+){0,2}?\s+(?:لم\s+(?:يعرف|يعلم|يتضح|يحدد|يتبين|تعرف|تتضح|تحدد)|(?:لا\s+)?(?:يزال|زال)\s+"
                          r"مجهول|غير\s+معروف|مجهول)\S{0,2}(?!\w)"
                          r"|(?<!\w)(?:لا\s+)?(?:يزال|زال)\s+(?:موعد|تاريخ|وقت|توقيت)\s+\S+\s+(?:مجهول|غير\s+معروف)",
                          re.I)


def _day_within(text, group, published, anchor, date):
    """'In December, the Office received reports of six abductions. In the most serious case, on 18 December, ...',
    'aid workers abducted last week ... were seized on 20 February': a whole week or month that frames the incident,
    then a day within it told later: the day."""
    if date is None or date.time_precision == DAY or date.date_start is None or date.shift is not None:
        return date
    whole = date.time_precision == WEEK or (date.date_end - date.date_start).days >= 27 or date.date_end == published
    if not whole:
        return date  # 'abducted in early May; his body was found on 8 May': the abduction's period stays
    days = [m for s in group for m in find_dates(text, published, s.start, s.end, anchor)
            if not m.reported and m.time_precision == DAY and m.shift is None and m.start > date.start
            and date.date_start <= m.event_date <= date.date_end]
    return days[0] if days else date


def _abduction_day(text, sentences, published, anchor, sentence, found, mentions, after_found):
    """A body found of someone abducted is the abduction's incident, dated by the abduction's day when the text tells
    it: 'the bodies of two brothers, abducted on 24 November, were found on 1 December'; 'the body of a man who was
    abducted last week was found on Sunday ... he had disappeared on Wednesday' (a day told after, before the body
    was found). None when the abduction has no day of its own ('kidnapped last week, was found on Monday')."""
    # 'The body of a young man was found on Sunday ... He had been abducted by gunmen on Thursday evening': the day of
    # the abduction told after, before the finding
    if mentions and mentions[0].time_precision == DAY and FOUND_DEAD.search(fold(sentence.text)) and any(
            ABDUCTION_TOLD_AFTER.match(fold(s.text)) for s in sentences if s.start >= sentence.end):
        found_on = mentions[0]
    elif found is None or not _ABDUCTED_EN.search(text, sentence.start, found.end()):
        return None
    else:
        found_on = None
    # 'the body of a man abducted on 2 September was found', '8 September: body of a man abducted from Dibis on 2
    # September found on the outskirts of Dibis': the day told after the abduction, before the finding
    told = [m for m in mentions if found is not None and m.start < found.end() and m.shift is None
            and m.time_precision == DAY and _ABDUCTED_EN.search(text, sentence.start, m.start)]
    if told:
        return told[0]
    found_on = found_on or (after_found[0] if after_found else None)
    if found_on is None or found_on.time_precision != DAY:
        return None
    later = [m for s in sentences if s.start >= sentence.end
             for m in find_dates(text, published, s.start, s.end, anchor)
             if not m.reported and m.shift is None and m.time_precision == DAY
             and m.event_date < found_on.event_date]
    return later[0] if later else None


# 'بعد يومين من الهجوم', 'بعد ثلاثة أيام من استهدافه': counted back from the day told before it, the event's day; so
# is a body found 'بعد يومين من اختطافه' (the abduction's incident, dated the abduction)
_AFTER_THE_EVENT_ARABIC = re.compile(r"[وف]?بعد\s.*?من\s+(?:الهجوم|هجوم|استهداف|اصابت|تعرض|اختطاف|خطف)")
# 'found dead two days after he went missing': a disappearance is no event of its own, the day told is the finding's
_GONE_MISSING = re.compile(r"\s+(?:(?:he|she|they|the\s+\w+)\s+)?(?:(?:had\s+)?(?:went|gone)\s+missing|disappeared|"
                           r"(?:was|were)\s+last\s+seen)\b|\s+(?:his|her|their)\s+disappearance\b", re.I)
# 'The body of a young man was found on Sunday ...' then 'He had been abducted by gunmen on Thursday', 'وكان مسلحون قد
# اختطفوه مساء الخميس': the abduction of the one found dead, told after in the pluperfect
ABDUCTION_TOLD_AFTER = re.compile(
    r"\s*(?:(?:he|she|they|the\s+(?:\w+\s+){0,2}?(?:man|men|woman|women|boy|girl|youth|victims?|brothers?|driver|"
    r"shepherds?|farmers?|teacher|student|trader|shopkeeper|deceased))\s+)(?:\w+\s+){0,2}?had\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?:abducted|kidnapped|seized|snatched)\b"
    r"|\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,3}?قد\s+(?:اختطف\w*|خطف\w*)"
    r"|\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,3}?(?:مختطفا|مختطفه|مخطوفا)(?!\w)", re.I)
# a body found, or someone found dead
FOUND_DEAD = re.compile(r"\b(?:found|discovered)\s+(?:shot\s+)?dead\b"
                        r"|\b(?:body|bodies|corpses?|remains)\b[^.;]{0,120}?\b(?:found|discovered|recovered|"
                        r"retrieved|pulled)\b|\b(?:found|discovered|recovered|retrieved)\b[^.;]{0,60}?\b(?:body|bodies|"
                        r"corpses?|remains)\b|(?<!\w)[وفب]?(?:ال)?(?:جثه|جثث|جثتي|جثته|جثتها|رفات)(?!\w)", re.I)
_ABDUCTED_EN = re.compile(r"\b(?:abducted|kidnapped|seized\s+by\s+gunmen)\b", re.I)
# Arabic only: in English the release is told as the event more often; a body found of someone abducted
# ('عثر على جثتي شقيقين كانا قد اختطفا في ٢٤ تشرين الثاني') is the abduction's incident
# (a rescue too: 'تحرير طفل اختطفته عصابة مساء السبت', 'حررت القوات مزارعاً خطفه مسلحون')
_RELEASED = re.compile(r"سراح|افرج|جثه|جثتي|جثث|جثمان|تحرير|حرر")
_ABDUCTED = re.compile(r"(?:كانوا|كان|قد)\s+(?:قد\s+)?(?:اختطف|خطف)|(?<!\w)(?:اختطاف|خطف)(?:ه|هم|هما|ها)(?!\w)"
                       r"|(?<!\w)(?:اختطف|خطف)(?:ت|وا|و)?(?:ه|هم|هما|ها)(?!\w)")


def _abducted_before_release(text, mentions):
    """'أطلق مسلحون، أمس الاثنين، سراح مزارع كانوا قد اختطفوه … في ١٦ آذار', 'عثر … على جثتي شقيقين كانا قد اختطفا في
    ٢٤ تشرين الثاني', 'بعد يومين من اختطافه … مساء السبت': the abduction's date, not the release's nor the day the
    bodies were found; None when the abduction has no day of its own ('كانا قد اختطفا قبل ثلاثة أيام')."""
    first, second = mentions[0], mentions[1]
    told = _RELEASED.search(fold(text[max(0, first.start - 40):second.start]))
    if told and told.group().startswith("جث"):
        second = next((m for m in mentions[1:] if m.shift is None), None)
        if second is None:
            return None
    between = fold(text[first.end:second.start])
    return second if told and _ABDUCTED.search(between) else None


_DIED_LATER = re.compile(r"\b(?:died|succumbed|passed away)\b", re.I)
# 'توفي، اليوم الثلاثاء، شاب متأثراً بجروحه التي أصيب بها … مساء الجمعة': a later death of wounds, in Arabic (on the
# folded text)
_DIED_LATER_ARABIC = re.compile(r"(?<!\w)[وف]?(?:توف[يى]|توفيت|فارق\s+الحياه|فارقت\s+الحياه|لفظ\s+انفاسه|لقي\s+حتفه)"
                                r"(?!\w)")
_ABDUCTED_BEFORE_FOUND = re.compile(r"(?<!\w)[وفب]?(?:جثه|جثث|جثتي|جثته|جثتها|رفات)(?!\w)[^.]{0,160}?"
                                    r"(?P<abducted>(?<!\w)قد\s+(?:اختطف|خطف)\w*|(?<!\w)[وف]?(?:اختطفوه|اختطفوها|خطفوه|"
                                    r"خطفوها|اختطافه|اختطافها)(?!\w))")
_BODY_FOUND = re.compile(r"\b(?:body|bodies|corpse|remains)\b[^.;]{0,120}?\b(?:(?:was|were)\s+(?:later\s+)?)?found\b",
                         re.I)
_OF_WOUNDS = re.compile(r"\b(?:wounds|injuries)\b|(?<!\w)[بل]?(?:جروح|جراح|اصاب|اصيب)", re.I)
