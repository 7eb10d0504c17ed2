"""Telling incidents apart: the report's sentences grouped into incidents, the way a reader tells them apart
(the main one, and any earlier or separate incident the report mentions in passing).
"""

import re

from .actors import find_actors
from .arabic import fold, is_arabic
from .arabic_clauses import MORE_OF_THEM, SECOND, day_of_its_own
from .arabic_figures import counts_over_a_period, tells_replaced_toll
from .clauses import _DIED, bullet_end, item_start, starts_incident
from .dates import DAY, find_dates
from .draft_date import _DIED_LATER, ABDUCTION_TOLD_AFTER, FOUND_DEAD, _first_date
from .events import earlier_markers, sentence_events
from .figures import PLAIN, TOTAL, none_stated_in, sentence_mentions
from .places import find_places

_SEPARATE_MARKERS = ("in a separate", "separately", "in another", "a separate incident", "in an unrelated",
                     "in the second", "in the third", "in a second", "in a third",
                     "حادث منفصل", "حادثه منفصله", "هجوم منفصل", "سياق اخر", "سياق منفصل", "حادث اخر", "حادثه اخري",
                     "هجوم اخر", "in response", "in retaliation", "retaliated", "ردا علي", "ردا على",
                     "later the same day", "later that day", "later that night", "later that evening",
                     "earlier on the same day", "earlier the same day", "earlier that day", "in another development",
                     "in a related development", "في تطور اخر", "في تطور منفصل", "من جهه اخري", "في سياق متصل")
_SEPARATE_OPENINGS = ("meanwhile", "elsewhere", "while in ", "while near ", "while at ", "while a separate ",
                      "while another ", "while a second ", "while a third ",
                      "وفي الاثناء", "في الاثناء", "الي ذلك", "والي ذلك", "in the meantime", "وفي غضون ذلك",
                      "في غضون ذلك", "وفي هذه الاثناء", "في هذه الاثناء")
_EARLIER_WITHOUT_DATE = ("last month", "ago", "days earlier", "weeks earlier", "months earlier", "days before",
                         "week earlier", "day earlier", "the day before", "the previous day", "the previous week",
                         "weeks before", "earlier this", "earlier in the week", "earlier in the month",
                         "الشهر الماضي", "في وقت سابق",
                         # 'وكان تنظيم داعش قد تبنّى، مطلع الشهر الجاري، هجوماً … أسفر عن مقتل جندي': the month's start
                         "مطلع الشهر", "اوائل الشهر", "بدايه الشهر", "مستهل الشهر")
_FOLLOW_ON = ("their ", "they ", "the bodies", "both ", "the two ", "the three ", "the victims", "the farmers",
              "the abducted", "the kidnapped", "his body", "her body")


# Statistics over a period ("UNAMI documented 12 civilian casualties in May") tell no incident.
_AGGREGATE = re.compile(r"\bmass graves?\b|مقبره جماعيه|مقابر جماعيه"  # the dead of a past massacre, exhumed
                        r"|\b(?:documented|recorded|verified|registered|tallied)\b.{0,80}\b(?:casualties|incidents|"
                        r"attacks|violations|killings|deaths|fatalities)\b|(?:وثقت|سجلت|احصت|رصدت).{0,60}(?:حالات|حاله|ضحايا|انتهاكات|حوادث)"
                        r"|(?:حوادث|هجمات|اعمال\s+عنف)\s+متفرقه"  # 'قتلوا … في حوادث متفرقة': a sum of several
                        # 'received reports of six incidents of enforced disappearance'
                        r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of)\s+(?:separate\s+)?"
                        r"(?:incidents|cases|attacks)\s+of\b",
                        re.I)


# A rescue years after the abduction tells no incident of the report's: 'a Yazidi girl abducted by ISIS in 2014 was
# rescued'.
_CAPTIVE_SINCE = re.compile(r"\b(?:abducted|kidnapped|captured|enslaved|held captive)\b[^.]{0,40}?\b(?:in|since)\s+"
                            r"(?P<year>(?:19|20)\d\d)\b", re.I)
_FREED = re.compile(r"\b(?:rescued|freed|released|returned|liberated|reunited)\b", re.I)


def _past_captivity(sentence, published):
    found = _CAPTIVE_SINCE.search(sentence)
    return bool(found and int(found.group("year")) < published.year and _FREED.search(sentence))


# '..., including an incident on 11 May in which a rocket hit a house in Bashiqa, injuring two children': one incident
# singled out of the sum, on a day of its own
_SINGLED_OUT = re.compile(r"\b(?:including|among\s+them|among\s+which|such\s+as|notably)\s+(?:an?|one|the)\s+"
                          r"(?:[\w-]+\s+)?(?:incident|attack|strike|case|bombing|shelling)\s+on\b", re.I)


def _singled_out(text, sentence, published):
    found = _SINGLED_OUT.search(sentence.text)
    return found is not None and any(d.time_precision == DAY and d.start >= sentence.start + found.end() - 3
                                     for d in _own_dates(text, sentence, published))


def _tells_no_incident(text, sentence, published):
    """A sum over a period, a past captivity: a sentence whose casualties are no incident's of the report (but for
    one incident it singles out on a day of its own)."""
    return (bool(_AGGREGATE.search(fold(sentence.text))) and not _singled_out(text, sentence, published)) \
        or _past_captivity(sentence.text, published) \
        or counts_over_a_period(sentence.text) or _summed_over_a_period(text, sentence, published)


# damage done: fire set, property destroyed or damaged
_DAMAGE = re.compile(r"\b(?:damage[ds]?|set\s+(?:fire|ablaze)|set\s+on\s+fire|torched|burn(?:ed|t|ing)|"
                     r"destroy(?:ed|ing)|vandali[sz]ed|smashed)\b"
                     r"|(?<!\w)[وفب]?(?:ال)?(?:اضرار|احراق|حرق|اضرام|احرق\w*|اضرم\w*|تخريب|تحطيم|حطم\w*|دمر\w*|تدمير)(?!\w)",
                     re.I)


# people robbed or threatened by armed men: 'robbed several drivers', 'threatened by armed men', 'سلبوا', 'هددوا'
_ROBBED_OR_THREATENED = re.compile(r"\b(?:robbed|robbing|looted|threatened|extorted)\b"
                                   r"|(?<!\w)[وف]?(?:سلب|سلبوا|نهب|نهبوا|هدد|هددوا|تهديد)(?!\w)", re.I)


def _damage_without_casualties(text, sentence):
    """'Unknown assailants set fire to a church hall ..., causing no casualties': damage done, nobody hurt."""
    return bool(_DAMAGE.search(fold(sentence.text))) and none_stated_in(text, [sentence])


def _opens_with_a_day_apart(text, sentence, other, published):
    """Whether ``sentence`` opens with a day of its own ('On Saturday, ...', 'وفي الخامس من شباط، ...') another than
    the first day ``other`` tells."""
    own, before = _own_dates(text, sentence, published), _own_dates(text, other, published)
    return bool(own) and bool(before) and own[0].time_precision == DAY and before[0].time_precision == DAY \
        and len(text[sentence.start:own[0].start].split()) <= 2 and own[0].event_date != before[0].event_date


# --- grouping sentences into incidents -------------------------------------------------------------

def _group_incidents(text, sentences, published, gazetteer=None):
    """Sentences grouped into incidents, the way a reader tells them apart: a sentence with an event
    cue starts its own incident when it says so ('in a separate incident', 'وفي حادث منفصل') or when
    its own date lies apart from the main incident's (two days or more, or any other day when the
    sentence opens with it, as bulletins do: 'On 10 February, ...'). A sentence that starts no
    incident goes on with the incident before it in the same paragraph; in a new paragraph, it goes
    back to the main incident (the story's own background: 'No group has claimed the attack.'). A
    sentence opening with 'also' ('كما تعرضت نقطة للجيش ... في قضاء الطوز') starts its own incident when
    it names a place the incident before it did not."""
    cues = [[] if _tells_no_incident(text, s, published)
             else sentence_events(text, s.start, s.end) or _item_with_figures(text, sentences, i, published, gazetteer)
             for i, s in enumerate(sentences)]
    cues = [[] if _introduces_items(sentences, i) else c for i, c in enumerate(cues)]
    # ... or an Arabic clause with casualties of its own, cut from a sentence telling two incidents
    first_cue = next((i for i, c in enumerate(cues) if c or (_clause_cut(text, sentences[i], before=True) and [
        m for m in sentence_mentions(sentences[i]) if m.kind != TOTAL])), None)
    if first_cue is None:  # no event word, but casualties told: 'The attack on Tuesday left four dead'
        cues = [[] if _AGGREGATE.search(fold(s.text)) or _past_captivity(s.text, published) else sentence_mentions(s)
                for s in sentences]
        first_cue = next((i for i, c in enumerate(cues) if c), None)
    if first_cue is None:  # ... or none, of damage done: 'Unknown assailants set fire to a church hall ..., causing no
        # casualties' (not 'no casualties were reported over the Eid holiday')
        first_cue = next((i for i, s in enumerate(sentences) if not _AGGREGATE.search(fold(s.text))
                          and _DAMAGE.search(fold(s.text)) and none_stated_in(text, [s])), None)
        if first_cue is not None:
            cues[first_cue] = [sentences[first_cue]]
    if first_cue is None:  # ... or of people robbed or threatened, nobody hurt in a sentence of the report ('gunmen
        # set up a fake checkpoint and robbed several drivers' then 'no one was reported hurt')
        nobody_hurt = any(none_stated_in(text, [s]) for s in sentences)
        first_cue = next((i for i, s in enumerate(sentences) if nobody_hurt
                          and not _tells_no_incident(text, s, published)
                          and _ROBBED_OR_THREATENED.search(fold(s.text))), None)
        if first_cue is not None:
            cues[first_cue] = [sentences[first_cue]]
    if first_cue is None:
        return []
    # 'A patrol came under fire ..., leaving three soldiers dead' then 'In a separate incident, a roadside bomb ...':
    # casualties told before the first event word, by a sentence the one told apart follows, are the main incident's
    # ... and so are those before one opening with 'also' at another place ('تمكنت قطعاتنا من قتل ثلاثة إرهابيين في وادي
    # الشاي' then 'كما نفذت طائرات القوة الجوية ضربة جوية ... في سلسلة جبال حمرين')
    # ... and so is damage done with nobody hurt before one opening with a day of its own ('أحرق مسلحون مجهولون، ليلة
    # أمس، ثلاثة منازل ...، دون وقوع إصابات' then 'وفي الخامس من شباط، أصيب شرطيان بانفجار عبوة')
    if first_cue > 0:
        lead = next((i for i in range(first_cue) if not _tells_no_incident(text, sentences[i], published)
                     and ([m for m in sentence_mentions(sentences[i]) if m.kind != TOTAL]
                          or _damage_without_casualties(text, sentences[i]))), None)
        if lead is not None and (_told_apart(sentences[first_cue])
                                 or _also_elsewhere(sentences[first_cue], [sentences[lead]], gazetteer)
                                 or _opens_with_period(text, sentences[lead], published)
                                 or _opens_with_period(text, sentences[first_cue], published)
                                 or _opens_with_a_day_apart(text, sentences[first_cue], sentences[lead], published)
                                 or _earlier_in_the_pluperfect(text, sentences[first_cue], sentences[lead], published)):
            cues[lead], first_cue = sentence_mentions(sentences[lead]) or [sentences[lead]], lead
    # the main incident's date: from its first two sentences with an event cue (headline and lead)
    # ... and the sentences between them ('The cell said the strike was carried out on Monday.'), not a later one
    # ... not one telling, in the pluperfect, an event of another kind ('وأضاف أن مسلحين كانوا قد اختطفوا، مساء
    # الثلاثاء، راعيين' after a blast today): an earlier incident, whose day is not the main one's
    cue_indexes = [i for i, c in enumerate(cues) if c and not (
        i > first_cue and _earlier_of_another_kind(sentences[i], c, cues[first_cue], sentences[first_cue]))][:2] \
        or [first_cue]
    leading = sentences[cue_indexes[0]:cue_indexes[-1] + 1]
    main_date = _first_date(text, leading, published) or _first_date(text, sentences[:first_cue + 1], published)
    # 'Date: 22 Nov 2025. Location: ... Incident: an ISIS cell ambushed ...': the date given before the event
    # is told, not that of a later paragraph ('Background: on 9 Nov ...')
    stated = [d for s in sentences[:first_cue] for d in find_dates(text, published, s.start, s.end) if not d.reported]
    if stated and not any(find_dates(text, published, s.start, s.end) for s in leading[:1]):
        main_date = stated[0]
    main, others = [], []
    current = main
    # a bulletin: its items are bulleted or numbered lines with their own dates or places ('- 13 Feb, BASHIQA: ...',
    # '2. In Diyala, ...'); a line after an item goes on with that item or with none, never back to the first item
    bulletin = sum(1 for s in sentences if _opens_line_with_date(text, s, published)
                   or _list_item(text, s, published, gazetteer)) >= 2
    recent = main_date is None or (published - main_date.event_date).days <= 365  # not a story of long ago
    for index, sentence in enumerate(sentences):
        if _past_captivity(sentence.text, published) or (index > first_cue and recent
                                                          and _background(text, sentence, published)):
            continue  # background of another time, no figure of the report's incidents
        # 'while two ISIS members were killed in a separate operation': told apart, with casualties but no event word
        # 'Last month, gunmen killed a YBS commander': a sentence opening with a period of its own, its casualties;
        # or told in the pluperfect with casualties ('وكان التنظيم قد هاجم … قبل ثلاثة أسابيع، ما أسفر عن مقتل مقاتل')
        # ... or opening with 'also' in Arabic ('وفي ناحية قره تبة، أصيب شرطيان'), its casualties
        cue = cues[index] or (((_told_apart(sentence) or _opens_with_period(text, sentence, published)
                                or (is_arabic(sentence.text) and (_ALSO.match(fold(sentence.text))
                                                                  or _clause_cut(text, sentence))))
                               and [m for m in sentence_mentions(sentence) if m.kind != TOTAL])
                              or (_HAD_DONE.match(fold(sentence.text)) and sentence_mentions(sentence)))
        # 'A second barrage struck near Penjwen on Wednesday; there were no casualties', 'The first hit a vehicle ...'
        # then 'The second targeted an empty building near Bamarni; there were no casualties': told apart, nobody hurt
        # ... or an Arabic clause cut on another day ('، فيما أحرق مجهولون في أواخر الشهر حقلاً دون إصابات')
        told_apart = index > first_cue and (_told_apart(sentence) or _next_of_those_told(sentence, current)
                                            or (bool(_SIMILAR_EVENT.search(fold(sentence.text.casefold())))
                                                and bool(_own_dates(text, sentence, published)))
                                            or (_clause_cut(text, sentence) and day_of_its_own(
                                                " ".join(s.text for s in current), sentence.text)))
        cue = cue or (told_apart and ([m for m in sentence_mentions(sentence) if m.kind != TOTAL]
                                      or ([sentence] if none_stated_in(text, [sentence]) else [])))
        # 'In Nineveh, a Counter-Terrorism Service force killed two IS members in a raid near Tal Afar on Monday':
        # an English sentence opening with another place, with casualties and an event word or a day of its own (not
        # 'In Kirkuk, hospital officials said four wounded soldiers were being treated')
        elsewhere = index > first_cue and _opens_with_place_elsewhere(sentence, current, main, gazetteer) \
            and bool(cues[index] or _own_dates(text, sentence, published))
        cue = cue or (elsewhere and [m for m in sentence_mentions(sentence) if m.kind != TOTAL])
        # 'The field was also hit by a rocket in early September, wounding one worker.': another month's casualties
        cue = cue or (index > first_cue and _other_period_with_figures(text, sentence, published, main_date))
        # 'وفي يوم السادس من الشهر نفسه، قتل إرهابيان في منطقة حوض الوقف': another day's casualties
        cue = cue or (index > first_cue and _other_day_with_figures(text, sentence, published, main_date))
        own_day = index > first_cue and (_named_by_its_own_day(text, sentence, published, main_date)
                                         or _aside_elsewhere(sentence, current, gazetteer))
        # (told apart with no cue of its own, only on a day of its own: 'وهذه ثالث حادثة حرق ...، إذ أحرقت يوم الخميس
        # الماضي حقول شعير'; not 'Meanwhile, the army sent reinforcements', after which the incident goes on)
        if index > first_cue and (cue or starts_incident(sentence)
                                  or (told_apart and _own_dates(text, sentence, published))) \
                and (not _told_before(text, sentence, cue) or own_day) \
                and not (_the_event_of_the_toll(sentence, sentences[first_cue])
                         and not _other_period_with_figures(text, sentence, published, main_date)) \
                and not _counts_the_one_told(sentence) \
                and not _body_of_the_abducted(sentence, current, gazetteer) and not _of_the_counted(sentence, current) \
                and not _abduction_of_the_one_found(sentence, current) \
                and not (index == first_cue + 1 and _event_of_an_english_toll(text, sentence, sentences[first_cue],
                                                                               published)) \
                and (own_day or starts_incident(sentence) or told_apart or elsewhere
                     or _starts_other_incident(text, sentence, published, main_date)
                     or _list_item(text, sentence, published, gazetteer)
                     or _also_elsewhere(sentence, current, gazetteer)
                     or (_clause_cut(text, sentence) and (_elsewhere(sentence, current, gazetteer) or day_of_its_own(
                         " ".join(s.text for s in current), sentence.text)))
                     or _also_another_day(text, sentence, current, published)
                     or _opens_with_another_day(text, sentence, current, published, main_date)
                     or _new_event_elsewhere(text, sentence, cues[index], current, main, gazetteer, published)
                     or _new_event_another_day(text, sentence, cues[index], current, published)
                     or _more_figures_elsewhere(text, sentence, cues[index], current, main, gazetteer, published)
                     or _another_kind_another_day(text, sentence, cues[index], cues[first_cue], published,
                                                  main_date)
                     or _earlier_elsewhere(text, sentence, current, gazetteer, published, main_date)
                     or _told_as_earlier_elsewhere(sentence, cues[index], current, main, gazetteer)
                     or _another_kind_next_day(text, sentence, cues[index], cues[first_cue], published, main_date)):
            current = [sentence]
            others.append(current)
            continue
        if bulletin and index < first_cue and _new_paragraph(text, sentence, sentences[first_cue]):
            continue  # 'NINEWA / KIRKUK - WEEKLY SUMMARY (12-18 FEB)': the heading, no item's place or date
        if bulletin and index > first_cue and _new_paragraph(text, sentences[index - 1], sentence) \
                and (not cue or item_start(text, sentence) is not None):
            continue  # 'Assessment: ISIS activity ... is likely to continue.': a bulletin's comment, no incident's
            # ... or an item of its own that tells none ('٣- ضبط كدس للعتاد'), not the item before it
        if current is not main and not bulletin and (_new_paragraph(text, sentences[index - 1], sentence)
                                                     and not _follows_on(text, sentence, cues[index], published)
                                                     and not _event_told_only_in(text, sentence, cues[index], current,
                                                                                 main)):
            current = main
        current.append(sentence)
    return [(main, False)] + [(group, True) for group in others]


def _earlier_in_the_pluperfect(text, sentence, other, published):
    """'أصيبت امرأة وطفلها بجروح، مساء الثلاثاء، ...' then 'وكانت القرية ذاتها قد شهدت في أوائل كانون الثاني اختطاف
    مزارعين': an Arabic sentence told in the pluperfect, on days of its own two or more apart from those ``other``
    tells first, tells an earlier event."""
    folded = fold(sentence.text)
    if not is_arabic(sentence.text) or not (_HAD_DONE.match(folded) or _HAD_DONE_IN.search(folded)):
        return False
    own, before = _own_dates(text, sentence, published), _own_dates(text, other, published)
    if not own or not before:
        return False
    high = own[0].date_end or own[0].event_date
    low = before[0].date_start or before[0].event_date
    return (low - high).days >= 2


def _earlier_of_another_kind(sentence, cues, main_cues, lead):
    """Whether an Arabic sentence tells, in the pluperfect, an event of another kind than the main incident's ('وكانت
    القرية ذاتها قد شهدت في أوائل كانون الثاني اختطاف مزارعين' after a shooting), not the event of a risen toll."""
    folded = fold(sentence.text)
    if not is_arabic(sentence.text) or not (_HAD_DONE.match(folded) or _HAD_DONE_IN.search(folded)) \
            or _the_event_of_the_toll(sentence, lead):
        return False
    kinds = {getattr(c, "sub_event_type", None) for c in cues}
    main_kind = getattr(main_cues[0], "sub_event_type", None) if main_cues else None
    return None not in kinds and main_kind is not None and main_kind not in kinds


def _own_dates(text, sentence, published):
    return [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]


# "Turkey's defence ministry said it had 'neutralized 7 terrorists' in northern Iraq over the past week"
_OVER_A_PERIOD = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|year|(?:\w+\s+)?(?:days|weeks|"
                            r"months|years))\b|\bsince\s+the\s+(?:start|beginning)\s+of\b|\bso\s+far\s+this\s+"
                            r"(?:year|month|week)\b", re.I)


def _summed_over_a_period(text, sentence, published):
    """An English sentence that counts over a past period and tells no day of its own sums several events."""
    return bool(_OVER_A_PERIOD.search(sentence.text)) and not any(
        d.time_precision == DAY for d in _own_dates(text, sentence, published))


def _opens_line_with_date(text, sentence, published):
    """'- 13 Feb, BASHIQA: ...', '• On 4 July, ...': a bulleted line opening with a date (a story's paragraph
    opening with 'On Tuesday' is no bulletin's item); or a line with no mark opening with a date and a heading of its
    own ('18 Nov, Khanaqin: ...', '22 January – Qara Tapa: ...')."""
    start = item_start(text, sentence)
    if start is None:
        return _opens_line_with_dated_heading(text, sentence, published)
    dates = _own_dates(text, sentence, published)
    return bool(dates) and len(text[start:dates[0].start].split()) <= 1


_HEADING_END = re.compile(r"[^:\n.;،]{0,40}:")


def _opens_line_with_dated_heading(text, sentence, published):
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if line_start == 0 or text[line_start:sentence.start].strip():
        return False
    dates = _own_dates(text, sentence, published)
    return bool(dates) and dates[0].time_precision == DAY and len(text[line_start:dates[0].start].split()) <= 1 \
        and bool(_HEADING_END.match(text, dates[0].end))


def _other_period_with_figures(text, sentence, published, main_date):
    """The plain counts of a sentence that tells a period of its own (a month, part of one, a week) wholly before
    the main incident's day, with or without an event word; [] if none."""
    own = _own_dates(text, sentence, published)
    if main_date is None or not own or own[0].time_precision == DAY:
        return []
    main_low = main_date.date_start or main_date.event_date
    if (own[0].date_end or own[0].event_date) >= main_low:
        return []
    return [m for m in sentence_mentions(sentence) if m.kind == PLAIN]


def _list_item(text, sentence, published, gazetteer):
    """'2. Army Aviation destroyed a hideout in the Al-Adhaim basin on Saturday evening, ...', '• In Nineveh, ...': a
    bulleted or numbered line with a place or a day of its own is an item of a list of incidents. An Arabic security
    statement's item counts its casualties ('٢- انفجار عبوة ... أدى إلى إصابة (٣) منتسبين'): one that counts none
    ('٣- ضبط كدس للعتاد في منطقة حمرين') tells the statement's tally of seizures, no incident."""
    start = item_start(text, sentence)
    if start is None:
        return False
    if is_arabic(text[start:sentence.end]) and not ([m for m in sentence_mentions(sentence) if m.kind != TOTAL]
                                                   or none_stated_in(text, [sentence])):
        return False
    return bool((gazetteer is not None and _place_names(sentence, gazetteer, references=False))
                or _own_dates(text, sentence, published))


def _item_with_figures(text, sentences, index, published, gazetteer):
    """'- On 4 July, a UAV strike hit a vehicle ..., killing 1x individual', '- 13 Feb, BASHIQA: three rockets
    impacted ... No casualties reported.', '3. In Nineveh, a police unit came under fire ... One policeman was
    wounded.': an item of a list that counts its casualties (or says there were none) tells an incident, with or
    without an event word. The line's counts, or its sentences for the statement that none were hurt."""
    sentence = sentences[index]
    if not (_opens_line_with_date(text, sentence, published) or _list_item(text, sentence, published, gazetteer)):
        return []
    line_end = text.find("\n", sentence.start)
    line = [s for s in sentences[index:] if line_end < 0 or s.start < line_end]
    counted = [m for s in line for m in sentence_mentions(s) if m.kind == PLAIN]
    return counted or (line if none_stated_in(text, line) else [])


# 'قال مصدر إن السائق فارق الحياة صباح اليوم متأثراً بجراحه جراء الانفجار': the event's noun with the article
_EVENT_NOUNS = (r"(?:انفجار|تفجير|هجوم|قصف|اشتباك|اشتباكات|حادث|حادثه|اعتداء|غاره|ضربه|كمين|استهداف|اختطاف|خطف|"
                r"عمليه|انفجارين|هجومين|عبوه|قذيفه)")
_TOLD_EVENT = re.compile(r"[وفبك]?(?:ال|لل)" + _EVENT_NOUNS)
_NEW_EVENT = re.compile(r"(?<!\w)[وفبك]?" + _EVENT_NOUNS + r"(?!\w)")  # 'بعد أيام من قصف مدفعي': one not told before


_TOLL_RISEN = re.compile(r"\s*[وف]?(?:ارتفعت|ارتفع|بلغت|وصلت)\s+(?:\S+\s+)?(?:ال)?(?:حصيله|عدد)(?!\w)")
_SIMILAR = re.compile(r"(?<!\w)(?:مماثل|مماثله|مشابه|مشابهه|اخر|اخري)(?!\w)")


# a sentence that says it tells another event than the people it counts a part of
_ANOTHER = re.compile(r"\b(?:another|second|separate|similar|unrelated|earlier|previous)\b", re.I)


# 'found one of the brothers shot dead', 'one of the two shepherds was released': a part of people counted before
_PART_OF = re.compile(r"\b(?:one|two|three|four|both|neither|none|each)\s+of\s+the\s+(?:two\s+|three\s+|four\s+)?"
                      r"(?P<noun>[a-z]+s|men|women|children)\b", re.I)


def _of_the_counted(sentence, current):
    """Whether an English sentence tells of a part of the people the incident before it counted ('two brothers'
    then 'Hours later, fighters found one of the brothers shot dead'): the same incident, unless told apart."""
    found = _part_of_people_counted(sentence)
    if found is None:
        return False
    noun = re.compile(r"\b" + re.escape(found.group("noun")) + r"\b", re.I)
    return any(noun.search(s.text) and sentence_mentions(s) for s in current)


def _part_of_people_counted(sentence):
    """The first 'one of the brothers' of an English sentence not told apart, its noun not named before it in the
    sentence ('two farmers ..., wounding one of the farmers' counts its own), or None."""
    if is_arabic(sentence.text) or _told_apart(sentence) or _ANOTHER.search(sentence.text):
        return None
    found = _PART_OF.search(sentence.text)
    if found is None or re.search(r"\b" + re.escape(found.group("noun")) + r"\b", sentence.text[:found.start()], re.I):
        return None
    return found


# 'It is the second attack on Kakai residents of the district this month', 'Farmers say it is the third such attack
# this season': the incident told, counted among others (not 'It was the third such attack this month: on 21
# November, ...', which goes on to tell another)
_COUNTED_AMONG = re.compile(r"\b(?:it|this|that)\s+(?:is|was|marks|marked|has\s+been|had\s+been|became)\s+the\s+"
                            r"(?:second|third|fourth|fifth|sixth|seventh|latest|\d+(?:st|nd|rd|th))\b", re.I)


def _counts_the_one_told(sentence):
    """Whether an English sentence counts the incident told among others of a period, with no casualties of its own."""
    return not is_arabic(sentence.text) and bool(_COUNTED_AMONG.search(sentence.text)) and ":" not in sentence.text \
        and not any(m.kind != TOTAL for m in sentence_mentions(sentence))


def _the_event_of_the_toll(sentence, lead):
    """'ارتفعت حصيلة ضحايا الهجوم … إلى سبعة قتلى' then 'وكان مسلحون مجهولون قد أطلقوا النار على المدعوين مساء
    الجمعة': in Arabic, the pluperfect after a lead telling a risen toll tells the event whose toll rose (not 'هجوم
    مماثل', 'مقر آخر': another one)."""
    folded = fold(sentence.text)
    return is_arabic(sentence.text) and bool(_TOLL_RISEN.match(fold(lead.text))) \
        and bool(_HAD_DONE_FAR.match(folded) or tells_replaced_toll(sentence.text)) and not _SIMILAR.search(folded)


# 'the body of one of the abducted shepherds', 'his body', 'عثرت على جثة أحد المختطفين', 'جثته': the victims of an
# abduction told before, found dead
_BODY_OF_THE_ABDUCTED = re.compile(
    r"\b(?:body|bodies|remains|corpses?)\s+of\s+(?:one\s+of\s+|two\s+of\s+|both\s+)?(?:the|his|her|their)\s+"
    r"(?:\w+\s+){0,2}?(?:abducted|kidnapped|hostages?|captives?|missing)\b|\b(?:his|her|their)\s+(?:body|bodies|remains)\b"
    r"|(?:جثه|جثث|جثتي|جثتا|رفات)\s+(?:\S+\s+){0,2}?(?:ال)?(?:مختطف|مختطفين|مختطفه|مخطوف|مخطوفين|مخطوفه|رهائن|رهينه)"
    r"(?!\w)"
    r"|(?:جثه|جثث)\s+(?:احدهم|احدهما)(?!\w)|(?<!\w)(?:جثته|جثتها|جثتيهما|جثثهم)(?!\w)", re.I)
_ABDUCTION = re.compile(r"\b(?:abduct|kidnap)|(?<!\w)[وف]?(?:اختطف|خطف|مختطف)", re.I)


def _body_of_the_abducted(sentence, current, gazetteer):
    """'وأضاف أن القوات الأمنية عثرت صباح اليوم على جثة أحد المختطفين في منطقة زراعية قريبة' two days after the
    abduction of three shepherds: the body of a victim of the abduction told before, found on a later day at no place
    of its own, is the abduction's incident (one found at another place it names is told apart: 'A day later, his body
    was found near Gogjali')."""
    if not _BODY_OF_THE_ABDUCTED.search(fold(sentence.text)) or not any(_ABDUCTION.search(fold(s.text))
                                                                        for s in current):
        return False
    # (a place it names: a known one, or a name after 'in', 'near' — not 'في منطقة زراعية قريبة', a field nearby)
    named = {m.known.place.name for m in find_places(gazetteer, sentence) if not m.reference} if gazetteer else set()
    named |= {name for found in _KIND_AND_NAME.findall(fold(sentence.text)) for name in found[1:] if name}
    return not named - set().union(*(_place_names(s, gazetteer) for s in current)) if gazetteer else True


def _abduction_of_the_one_found(sentence, current):
    """Whether ``sentence`` tells, in the pluperfect and of the one told before ('He had been abducted by gunmen at a
    fake checkpoint on Thursday evening'), the abduction of the victim whose body the incident before it found: the
    abduction's incident (not 'Last month, a teacher was kidnapped in Dibis': another victim, told apart)."""
    return bool(ABDUCTION_TOLD_AFTER.match(fold(sentence.text))) and not _told_apart(sentence) \
        and any(FOUND_DEAD.search(fold(s.text)) for s in current) \
        and not any(_ABDUCTION.search(fold(s.text)) for s in current)


# 'The death toll from an IS attack on an army post ... rose to three on Wednesday', 'The number of soldiers killed in
# the ambush has climbed to four'
_ENGLISH_TOLL_RISEN = re.compile(r"\b(?:toll|number\s+of\s+(?:\w+\s+){0,3}?(?:killed|dead|wounded|injured|"
                                 r"casualties))\b[^.;]{0,160}?\b(?:rose|risen|climbed|increased|jumped|reached)\b",
                                 re.I)
_ANOTHER_EVENT = re.compile(r"\b(?:another|separate|similar|second|third|earlier|previous|unrelated|"
                            r"last\s+(?:week|month|year))\b|\bsince\b", re.I)
_THE_NOUN = re.compile(r"\bthe\s+([a-z]{3,})\b", re.I)
_NO_REFERENCE = {"same", "other", "first", "second", "last", "next", "following", "previous", "area", "region", "city",
                 "town", "village", "district", "province", "country", "government", "ministry", "army", "police"}


def _event_of_an_english_toll(text, sentence, lead, published):
    """'The death toll from an Islamic State attack on an Iraqi army post in the village of Tall Hamid ... rose to three
    on Wednesday ...' then 'The militants stormed the post late on Monday, killing two soldiers ...': in English, a
    sentence after a lead telling a risen toll, on a day not after the toll's, naming with 'the' a thing the lead named
    ('the post'), and no other event ('another attack', 'a similar attack', 'last month'), tells the event whose toll
    rose."""
    if is_arabic(sentence.text) or not _ENGLISH_TOLL_RISEN.search(lead.text) or _ANOTHER_EVENT.search(sentence.text):
        return False
    lead_words = {w.casefold() for w in re.findall(r"[A-Za-z]+", lead.text)}
    named = {w.casefold() for w in _THE_NOUN.findall(sentence.text)} - _NO_REFERENCE
    if not named & lead_words:
        return False
    own, toll = _own_dates(text, sentence, published), _own_dates(text, lead, published)
    return not (own and toll and own[0].event_date > toll[-1].event_date)


_HAD_DONE_FAR = re.compile(r"\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,8}?قد\s")  # 'وكان مقر آخر للحشد في قضاء آمرلي قد'
_SUSPECTS = re.compile(r"(?<!\w)(?:ال)?(?:متهم|متهمين|متهمون|متورط|متورطين|المتورطين|جناه|جاني|مشتبه|منفذي|منفذ)(?!\w)")


_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


def _told_before(text, sentence, cues):
    """Whether every event word of an Arabic sentence names an event told before, with the article ('الانفجار',
    'للهجوم'), so that its later day (a death in hospital, a statement) starts no incident; one told apart in
    words ('وفي حادث منفصل') still does."""
    if not cues or _told_apart(sentence):
        return False
    if all(getattr(c, "sub_event_type", None) == "Arrests" for c in cues) and _SUSPECTS.search(fold(sentence.text)):
        return True  # 'وأعلنت الشرطة اليوم اعتقال خمسة متهمين بالنزاع': the suspects of the event told before
    if not is_arabic(sentence.text):  # 'On Sunday, the sit-in ended after the commissioner promised talks'
        events = [c for c in cues if getattr(c, "event_type", None)]
        return bool(events) and all(c.event_type in _DEMONSTRATIONS and _THE_BEFORE.search(
            text[max(0, c.start - 12):c.start]) for c in events)
    folded = fold(sentence.text)
    if is_arabic(sentence.text) and (_SAME_EVENT.search(folded)
                                     or (MORE_OF_THEM.search(folded) and not _HAD_DONE_FAR.match(folded))):
        return True  # 'كما أصيب ثلاثة آخرون في الهجوم ذاته فجر اليوم', 'فيما توفي جندي آخر متأثراً بجراحه اليوم'
    # (but 'وكان مختار آخر قد اغتيل أوائل كانون الثاني': another, told in the pluperfect, is an earlier incident)
    return all(_TOLD_EVENT.fullmatch(_word_at(text, c.start)) for c in cues) \
        and not _NEW_EVENT.search(fold(sentence.text))


# 'حصيلة الهجوم المسلح الذي استهدف مقر فوج الطوارئ في قضاء خانقين يوم الثلاثاء الماضي', 'التفجير الذي وقع في سوق':
# the event named with the article, then told by a relative clause of its own (what it struck, where)
_THE_EVENT_WHICH = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)" + _EVENT_NOUNS + r"(?:\s+\S+){0,2}?\s+(?:الذي|التي)\s")


def _named_by_its_own_day(text, sentence, published, main_date):
    """Whether an Arabic sentence names an event with the article ('الهجوم') but tells it apart by a relative clause
    with a day of its own, two days or more before the main incident's ('ارتفعت حصيلة الهجوم الذي استهدف مقر الفوج في
    خانقين يوم الثلاثاء الماضي إلى أربعة قتلى' in a report of a blast on Saturday): another, earlier incident. A main
    incident whose day is this very sentence's (its lead told none) is of the publication's day."""
    if main_date is not None and sentence.start <= main_date.start < sentence.end:
        main_date = None
    if not is_arabic(sentence.text):
        return False
    which = _THE_EVENT_WHICH.search(fold(sentence.text))
    if which is None:
        return False
    own = [d for d in _own_dates(text, sentence, published) if d.start >= sentence.start + which.start()]
    main_day = main_date.event_date if main_date is not None else published  # (no day told: the publication's)
    return bool(own) and own[0].time_precision == DAY and (main_day - own[0].event_date).days >= 2


def _event_told_only_in(text, sentence, cues, current, main):
    """'وأُصيب في الانفجار مزارع ثالث' after 'تظاهر الأهالي احتجاجاً على مقتل اثنين بانفجار عبوة': an Arabic sentence
    naming with the article ('الانفجار') an event the incident before it told ('بانفجار') and the main one did not
    goes on with the incident before it, in a new paragraph too."""
    if not cues or not is_arabic(sentence.text) or not _told_before(text, sentence, cues):
        return False
    nouns = {re.sub(r"^[وفبك]?(?:ال|لل)", "", _word_at(text, c.start)) for c in cues}

    def tells(group):
        return any(re.search(r"(?<!\w)[وفبلك]{0,2}(?:ال)?" + re.escape(noun) + r"(?!\w)", fold(s.text)) for s in group
                   for noun in nouns)
    return tells(current) and not tells(main)


def _word_at(text, at):
    """The folded word around offset ``at``, with its prefixes."""
    start, end = at, at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return fold(text[start:end])


_LONG_AGO = re.compile(r"\b(?:last year|(?:since|in)\s+(?:19|20)\d\d)\b", re.I)
# 'منذ عام 2014', 'منذ 2017', 'في عام 2014', 'العام الماضي': the same in Arabic
_LONG_AGO_ARABIC = re.compile(r"(?<!\w)(?:منذ|[وف]?في|خلال)\s+(?:عام\s+|العام\s+)?(?:19|20)\d\d(?!\d)"
                              r"|(?<!\w)العام\s+الماضي(?!\w)"
                              r"|(?<!\w)قبل\s+(?:عامين|سنتين|عام|سنه|اعوام|سنوات|\S+\s+(?:اعوام|سنوات))(?!\w)")


def _background(text, sentence, published):
    """'In August 2014, ISIS fighters killed thousands of Yazidis', 'Last year, landmines killed 12 people': a time
    a year or more before the report is its background, no incident of its own."""
    if _LONG_AGO.search(sentence.text) or _LONG_AGO_ARABIC.search(fold(sentence.text)):
        return True
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and (published - (dates[0].date_end or dates[0].event_date)).days > 365


# (فيما, في حين: see arabic_clauses)
_ALSO = re.compile(r"\s*(?:[وف]?كما|وكذلك|[وف]?فيما|[وف]?بينما|[وف]?في\s+حين|also,|in addition,)(?!\w)"
                   r"|\s*وفي\s+(?:قضاء|ناحيه|قريه|مدينه|منطقه|محافظه)\s"  # 'وفي ناحية العظيم، قتل راعٍ'
                   r"|\s*وفي\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,2}\s*[،,]"  # 'وفي ديالى،', 'وفي قاطع عمليات نينوى،'
                   r"|\s*[وف]?اما\s+(?:في|ب)\S*\s", re.I)  # 'أما في كركوك، فقد اختطف صاحب محل': as for another place


def _also_elsewhere(sentence, current, gazetteer):
    """'كما تعرضت نقطة للجيش لقصف في قضاء الطوز': 'also' and a place the incident before it did not name."""
    if gazetteer is None or not (_ALSO.match(fold(sentence.text)) or _ALSO_ON.match(sentence.text)):
        return False
    return _elsewhere(sentence, current, gazetteer)


# 'Also on Sunday, ...', 'At the same time, Turkish drones struck two vehicles near Batifa': with a place of its own
_ALSO_ON = re.compile(r"\s*(?:also\s+(?:on|in|at|near|late|early|earlier|later)\b|(?:at|around|about)\s+the\s+same\s+"
                      r"time\b|simultaneously\b|in\s+parallel\b)", re.I)


# 'ومن جانب آخر'، 'من جهة أخرى'، 'وعلى صعيد آخر'، 'في المقابل': 'on another side', opening a sentence
_ASIDE = re.compile(r"\s*[وف]?(?:من\s+(?:جانب\s+اخر|جهه\s+اخري)|علي\s+صعيد\s+اخر|في\s+المقابل)(?!\w)")


def _aside_elsewhere(sentence, current, gazetteer):
    """'ومن جانب آخر، أُصيب مدنيان بقصف مدفعي تركي طال أطراف ناحية باتيفا' after a shelling near Kani Masi: a sentence
    opening with 'on another side' and naming a place the incident before it did not tells another incident, though
    its event word ('بقصف') was told before; at no new place ('ومن جانب آخر، دانت قيادة الشرطة الهجوم') it goes on."""
    return gazetteer is not None and bool(_ASIDE.match(fold(sentence.text))) \
        and _elsewhere(sentence, current, gazetteer)


def _introduces_items(sentences, index):
    """'تمكنت قطعاتنا يوم أمس السبت من تحقيق ما يأتي:' before '١- نفذت طائرات القوة الجوية ضربة ...': an Arabic
    statement's line introducing its numbered items tells no incident of its own (its day is theirs)."""
    sentence = sentences[index]
    return is_arabic(sentence.text) and sentence.text.rstrip().endswith(":") and index + 1 < len(sentences) \
        and bullet_end(fold(sentences[index + 1].text)) is not None


def _clause_cut(text, sentence, before=False):
    """Whether ``sentence`` is a clause cut from an Arabic sentence after a comma (arabic_clauses: '...، وأصيب
    شرطيان بهجوم في قضاء الحويجة', with casualties of its own at a place the clause before did not name);
    ``before``: or the clause before such a cut ('أطلقوا النار على سائق ...، ما أدى إلى إصابته، فيما انفجرت')."""
    if not is_arabic(sentence.text):
        return False
    if text[:sentence.start].rstrip().endswith(("،", ",")):
        return True
    return before and not sentence.text.rstrip().endswith((".", "!", "؟", "?")) \
        and bool(_CUT_AFTER.match(fold(text[sentence.end:sentence.end + 20])))


_CUT_AFTER = re.compile(r"\s*(?:[،,]|[وف]?(?:فيما|بينما|في\s+حين)\s)")


_SAME_EVENT = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(?:انفجار|تفجير|هجوم|قصف|اشتباك|اشتباكات|حادث|حادثه|اعتداء|غاره|ضربه)"
                         r"\s+(?:ذاته|نفسه|ذاتها|نفسها)(?!\w)|متاثرا?\s+(?:ب|متاثرين\s+ب)?(?:جراحه|جروحه|اصابته|جراحهم|جراحها)")


def _also_another_day(text, sentence, current, published):
    """'في حين أصيب مدني بانفجار عبوة على طريق الرياض صباح اليوم' after an attack on Monday evening: an Arabic sentence
    opening with 'also' or 'whereas' and telling a day of its own, another than the incident's before it, tells
    another incident (even at the same place)."""
    folded = fold(sentence.text)
    if not is_arabic(sentence.text) or not _ALSO.match(folded) or MORE_OF_THEM.search(folded) \
            or _SAME_EVENT.search(folded):
        return False  # 'كما أصيب ثلاثة آخرون في الهجوم ذاته فجر اليوم', 'فيما توفي جندي آخر متأثراً بجراحه اليوم'
    own = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    before = _first_date(text, current, published)
    return bool(own) and before is not None and own[0].time_precision == DAY and before.time_precision == DAY \
        and own[0].event_date != before.event_date


def _opens_with_another_day(text, sentence, current, published, main_date):
    """'In March, ... On the 9th, gunmen attacked ... On the 18th, an army patrol clashed ...', 'ففي الخامس من
    الشهر ... وفي العشرين منه ...': in a summary of a period, a sentence opening with a day of its own, another than
    the day of the incident before it, tells another incident (not a death or a body found on a later day)."""
    own = _own_dates(text, sentence, published)
    if not own or own[0].time_precision != DAY or own[0].shift is not None \
            or len(text[sentence.start:own[0].start].split()) > 1 or _DIED_LATER.search(fold(sentence.text)):
        return False
    if not (own[0].that_month or (main_date is not None and main_date.time_precision != DAY)):
        return False
    days = [d.event_date for s in current for d in _own_dates(text, s, published) if d.time_precision == DAY]
    return bool(days) and own[0].event_date not in days


_DEMONSTRATIONS = {"Protests", "Riots"}


def _another_kind_another_day(text, sentence, cues, main_cues, published, main_date):
    """'وتزامنت التظاهرة مع سقوط قذيفتي هاون على أطراف الناحية مساء الأحد' in a story of a protest on Monday: an
    Arabic sentence telling violence in a story of a demonstration (or the other way round), not an event told
    before, on a day of its own another than the main incident's, is another incident."""
    if not cues or not main_cues or main_date is None or not is_arabic(sentence.text) \
            or _told_before(text, sentence, cues):
        return False
    kinds = {getattr(cues[0], "event_type", None), getattr(main_cues[0], "event_type", None)}  # (or a bulletin's line)
    if len(kinds) < 2 or None in kinds or not kinds & _DEMONSTRATIONS:
        return False  # (a body found the day after a clash is more often the clash's dead)
    # ('في اليوم التالي': the day after the main incident's)
    own = [d for d in find_dates(text, published, sentence.start, sentence.end, main_date.event_date)
           if not d.reported]
    return bool(own) and own[0].time_precision == DAY and main_date.time_precision == DAY \
        and own[0].event_date != main_date.event_date


_A_BODY = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:جثه|جثث|جثتي|جثته|جثتها|رفات)(?!\w)")


def _another_kind_next_day(text, sentence, cues, main_cues, published, main_date):
    """'وأضافت الخلية أن ٤ جنود أصيبوا بانفجار عبوة ناسفة في المنطقة ذاتها صباح اليوم' after an air strike last
    night: an Arabic sentence telling an event of another kind (not one told before with the article), with casualties
    of its own, on a day of its own another than the main incident's, is another incident, even at the same place."""
    if not cues or not main_cues or main_date is None or main_date.time_precision != DAY \
            or not is_arabic(sentence.text) or _told_before(text, sentence, cues) or MORE_OF_THEM.search(
                fold(sentence.text)) or _SAME_EVENT.search(fold(sentence.text)) or _A_BODY.search(fold(sentence.text)):
        return False  # (a body found the next day is more often the dead of the event told before)
    kinds = {getattr(c, "sub_event_type", None) for c in cues}
    if None in kinds or getattr(main_cues[0], "sub_event_type", None) in kinds:
        return False
    own = _own_dates(text, sentence, published)
    return bool(own) and own[0].time_precision == DAY and own[0].event_date != main_date.event_date \
        and any(m.kind == PLAIN for m in sentence_mentions(sentence))


def _new_event_elsewhere(text, sentence, cues, current, main, gazetteer, published):
    """'وأضاف أن عبوة ناسفة انفجرت ظهر اليوم قرب ناحية قره تبه، دون أن تسفر عن خسائر بشرية' after incidents in Jalawla
    and Khanaqin: an Arabic sentence that tells an event of its own (not 'الانفجار', told before), with its own day
    and its own figures (or none), at a place neither the incident before it nor the main one named, is another
    incident."""
    if gazetteer is None or not cues or not is_arabic(sentence.text) or _told_before(text, sentence, cues):
        return False
    if not [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]:
        return False
    if _first_date(text, current, published) is None:
        return False  # a headline with no day ('مقتل جنديين بهجوم في كركوك'), then its lead: one incident
    figures_told = [m for m in sentence_mentions(sentence) if m.kind != TOTAL] or none_stated_in(text, [sentence])
    return bool(figures_told) and _elsewhere(sentence, current, gazetteer) and _elsewhere(sentence, main, gazetteer)


def _new_event_another_day(text, sentence, cues, current, published):
    """'وأضافت الخلية أن ٤ جنود أصيبوا بجروح بانفجار عبوة ناسفة خلال عملية تفتيش في المنطقة ذاتها صباح اليوم' after an
    air strike there last night: an Arabic sentence telling an event of its own (not 'الانفجار', told before, nor a
    death of the wounded), with casualties of its own and a day of its own that no sentence of the incident before it
    told, later than theirs, is another incident, even at the same place."""
    if not cues or not is_arabic(sentence.text) or _told_before(text, sentence, cues) or _DIED.search(
            fold(sentence.text)) or not [m for m in sentence_mentions(sentence) if m.kind != TOTAL]:
        return False
    own = _own_dates(text, sentence, published)
    days = [d.event_date for s in current for d in _own_dates(text, s, published) if d.time_precision == DAY]
    # (a day before the incident's is more often its own day told in detail: 'كشف مصدر، اليوم، عن تفاصيل هجوم ...' then
    # 'هاجموا النقطة مساء أمس')
    return bool(own) and own[0].time_precision == DAY and own[0].shift is None and bool(days) \
        and own[0].event_date > max(days)


_OF_THOSE = re.compile(r"\b(?:of|among)\s+(?:the|them|those)\b|^\s*(?:it|they|he|she|this|these)\b"
                       r"|^\s*(?:in\s+)?the\s+first\b", re.I)
# 'Two people were killed in two separate attacks in Diyala': a lead that sums the incidents told after it
_SEVERAL = re.compile(r"\b(?:two|three|four|five|several|\d+)\s+(?:separate\s+)?(?:attacks|incidents|explosions|"
                      r"bombings|blasts|strikes|clashes|raids)\b", re.I)


def _more_figures_elsewhere(text, sentence, cues, current, main, gazetteer, published):
    """'Turkish artillery shelled the outskirts of Kani Masi ... There were no casualties.' then 'At the same time,
    Turkish drones struck two vehicles near Batifa, killing four people': an English sentence that tells an event
    of its own (not 'the strike', told before) with its own casualties, at a place neither the incident before it
    nor the main one named, after an incident that told its own casualties (or none), is another incident."""
    if gazetteer is None or not cues or is_arabic(sentence.text) or _TOLD_BEFORE.search(sentence.text) \
            or _OF_THOSE.search(sentence.text):
        return False
    if not [m for m in sentence_mentions(sentence) if m.kind != TOTAL]:
        return False
    if _first_date(text, current, published) is None or any(_SEVERAL.search(s.text) for s in current):
        return False  # a headline with no day ('Two shepherds killed in blast near Kirkuk'), then its lead
    told = [m for s in current for m in sentence_mentions(s) if m.kind != TOTAL] or none_stated_in(text, current)
    return bool(told) and _elsewhere(sentence, current, gazetteer) and _elsewhere(sentence, main, gazetteer)


# 'وكانت طائرات حربية تركية قد قصفت، أمس الأربعاء، قرى في ناحية سيدكان': the pluperfect tells an earlier event
_HAD_DONE = re.compile(r"\s*[وف]?كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,4}?قد\s")


# the incident told before, named again ('the attack', 'the blast'), or a later death of its wounded
_TOLD_BEFORE = re.compile(r"\b(?:the|this|that|same)\s+(?:attack|assault|ambush|blast|explosion|bombing|strike|"
                          r"shelling|incident|clashes?|raid)\b(?!\s+(?:on|against)\b)|\b(?:died|succumbed)\b", re.I)


def _earlier_elsewhere(text, sentence, current, gazetteer, published, main_date):
    """'وكانت طائرات تركية قد قصفت، أمس الأربعاء، قرى في ناحية سيدكان' after a shelling today in Penjwen, 'The PKK
    said Turkish troops killed one of its fighters near Haftanin on Saturday' after a strike on Sharanish on
    Sunday: an event told on another day at a place the incident before it did not name is another incident
    (on the same day, or at the same place, it is more often the same one told again). In Arabic, told in the
    pluperfect only."""
    if gazetteer is None or main_date is None:
        return False
    if is_arabic(sentence.text) and not _HAD_DONE.match(fold(sentence.text)):
        return False
    if not is_arabic(sentence.text) and _TOLD_BEFORE.search(sentence.text):
        return False  # 'A third fighter wounded in the attack died in hospital in Kalar on Tuesday': the same one
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and dates[0].event_date != main_date.event_date and _elsewhere(sentence, current, gazetteer)


# 'وأشار المسؤول إلى أن مسلحين كانوا قد قتلوا، في أوائل حزيران الماضي، مزارعاً في قرية توبزاوة المجاورة': the pluperfect
# inside the sentence, with a past month or year
_HAD_DONE_IN = re.compile(r"(?<!\w)كان(?:ت|وا|ا)?\s+(?:\S+\s+){0,4}?قد\s")
_PAST_PERIOD = re.compile(r"(?<!\w)(?:الماضي|الماضيه|المنصرم|المنصرمه)(?!\w)")


def _told_as_earlier_elsewhere(sentence, cues, current, main, gazetteer):
    """An Arabic event told in the pluperfect within the sentence, in a past month ('في أوائل حزيران الماضي'), at a
    place neither the incident before it nor the main one named: an earlier incident, though its day is not read."""
    folded = fold(sentence.text)
    return bool(cues) and gazetteer is not None and is_arabic(sentence.text) and bool(_HAD_DONE_IN.search(folded)) \
        and bool(_PAST_PERIOD.search(folded)) and _elsewhere(sentence, current, gazetteer) \
        and _elsewhere(sentence, main, gazetteer)


def _elsewhere(sentence, current, gazetteer):
    """Whether ``sentence`` names a place and the sentences of ``current`` others, none of them."""
    named = _place_names(sentence, gazetteer, references=False)
    before = set().union(*(_place_names(s, gazetteer) for s in current))
    return bool(named) and bool(before) and not named & before


# ('وأدى الهجوم إلى إصابة اثنين': the verb 'led to', folded as 'وادي', names no valley)
_KIND_AND_NAME = re.compile(r"(?<!\w)(?:[وفب]?(?:قضاء|ناحيه|قريه|منطقه|بلده|مدينه)"
                            r"|[وفب]?وادي(?!\s+(?:\S+\s+)?الي(?!\w)))\s+(\w+)"
                            r"|\b(?:(?:in|near|at)\s+(?:the\s+)?|on\s+the\s+(?=[A-Z][\w'’-]+\s+(?:region|area|mountains?|"
                            r"valley)\b))([A-Z][\w'’-]+)"
                            # 'In Hawija, an army officer was wounded ...', 'shelled the outskirts of Sidakan' (not 'In
                            # December, ...', a time)
                            r"|(?:^|(?<=[.,;:]\s))In\s+(?!(?:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December|Late|Early|Mid)\b)([A-Z][\w'’-]+)"
                            r"|\boutskirts\s+of\s+([A-Z][\w'’-]+)")


def _place_names(sentence, gazetteer, references=True):
    """Places a sentence names: known ones, and the name after 'قضاء', 'ناحية', 'in', 'near'... Not a place in an
    actor's name ('the Sinjar Resistance Units')."""
    actors = [(sentence.start + a.start, sentence.start + a.end)
              for a in find_actors(sentence.text, 0, len(sentence.text))]
    names = {m.known.place.name for m in find_places(gazetteer, sentence) if (references or not m.reference)
             and not any(start <= m.start < end for start, end in actors)}
    return names | {next(name for name in found if name) for found in _KIND_AND_NAME.findall(fold(sentence.text))}


def _new_paragraph(text, previous, sentence):
    return "\n" in text[previous.end:sentence.start]


def _follows_on(text, sentence, cues, published):
    """'Their bodies were found later.': a sentence that goes on about the incident before it."""
    return (not cues and sentence.text.casefold().startswith(_FOLLOW_ON)
            and not find_dates(text, published, sentence.start, sentence.end))


# 'Earlier on Monday, a drone targeted ...': another event of the same day, told apart
_EARLIER_ON_A_DAY = re.compile(r"\s*(?:earlier|later)\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                               r"sunday)\b", re.I)


# One reader of another event of a series, or of one told apart in words: 'A second air strike this morning ...',
# 'Another drone strike hit ...', 'a separate grenade attack', 'a second group of attackers fired on the response
# force', 'انفجرت عبوة ثانية في المكان ذاته', 'سقطت قذيفة ثالثة'; a device or a projectile ('a further policeman was
# wounded when a second device exploded') only with casualties of its own (not 'the second bomb', one of a pair told
# before, nor 'a second device was defused')
_ANOTHER_OF_A_SERIES = re.compile(
    r"\b(?:an?\s+(?:second|third|fourth|fifth|further|separate)|another(?:\s+separate)?)\s+"
    r"(?:(?!(?:the|in|on|at|of|and|was|were|had|has)\b)[\w-]+\s+){0,2}?"
    r"(?:(?P<device>device|bomb|ied|mine|landmine|shell|rocket|mortar\s+(?:round|shell))"
    r"|attacks?|incidents?|strikes?|airstrikes?|raids?|barrage|bombardment|salvo|volley|bombings?|blasts?|explosions?|"
    r"clash(?:es)?|ambush|shelling|assault|killing|abduction|kidnapping|rally|protest|demonstration|sit-in"
    r"|(?:group|cell|squad)\s+of\s+(?:attackers|gunmen|militants|assailants|fighters))\b"
    r"|(?<!\w)[وفب]?(?:عبوه|قذيفه|سياره\s+مفخخه|انفجار|غاره|ضربه|طائره\s+مسيره)\s+"
    r"(?:ناسفه\s+|جويه\s+)?(?:ثانيه|ثان|ثالثه|ثالث|رابعه|اخري)(?!\w)"
    # 'وهذه ثالث حادثة حرق خلال الشهر', 'ثاني هجوم من نوعه': the ordinal before the noun
    r"|(?<!\w)(?:ثاني|ثالث|رابع|خامس)\s+(?:حادثه|حادث|هجوم|اعتداء|تفجير|انفجار|ضربه|غاره|عمليه\s+اغتيال)(?!\w)")

# 'on 9 June a similar attack damaged a shop', 'ولم تسجل أي إصابات في هجوم مماثل ... يوم الثلاثاء الماضي': a similar
# event, another one when told on a day of its own (not 'residents fear a similar attack')
_SIMILAR_EVENT = re.compile(r"an?\s+similar\s+(?:attack|incident|bombing|blast|explosion|strike|raid|shelling|"
                            r"assault|killing|abduction|kidnapping)\b"
                            r"|(?<!\w)[وفب]?(?:هجوم|اعتداء|تفجير|حادث|حادثه)\s+(?:\S+\s+)?(?:مماثل|مماثله|مشابه|مشابهه)(?!\w)")


def one_more_of_a_series(told):
    """The words of ``told`` that tell one more event of a series ('He said a second group of attackers fired on the
    response force', 'Another drone strike hit a car'), not one told apart as 'separate' (more often of another day),
    nor a device; or None."""
    found = _ANOTHER_OF_A_SERIES.search(fold(told.lower()))
    return found if found and found.group("device") is None and "separate" not in found.group() else None


def _another_of_a_series(sentence, lowered):
    """Whether a sentence tells one more event of a series, or another told apart in words (the one reader)."""
    found = _ANOTHER_OF_A_SERIES.search(lowered)
    return found is not None and (found.group("device") is None
                                  or any(m.kind != TOTAL for m in sentence_mentions(sentence)))


# 'The first hit a vehicle near Sharanish ...' then 'The second targeted an empty building near Bamarni': numbered
# strikes (not 'the second soldier died in hospital', one of the counted)
_THE_FIRST = re.compile(r"\s*(?:in\s+)?the\s+first\b", re.I)
_THE_NEXT = re.compile(r"\s*(?:and\s+)?(?:in\s+)?the\s+(?:second|third|fourth|other|last|latter)"
                       r"(?:\s+(?:one|strike|attack|raid|drone|blast|explosion|bomb|device|shell|rocket|barrage))?"
                       r"\s+(?!(?:was|were|had|has|is|died|succumbed|of)\b)[a-z]+(?:ed|ck|uck|it|ot|ell|ew)\b", re.I)


def _next_of_those_told(sentence, current):
    """Whether an English sentence opening with 'The second' (and a verb) follows one of ``current`` opening with 'The
    first': the next of the events a sentence counted."""
    return not is_arabic(sentence.text) and bool(_THE_NEXT.match(sentence.text)) \
        and any(_THE_FIRST.match(s.text) for s in current) and not _FOLLOW_UP.search(sentence.text)


# 'In Nineveh, ...', 'Near Tal Afar, ...': an English sentence opening with a place of its own
_OPENS_WITH_PLACE = re.compile(r"\s*(?i:(?:and\s+)?(?:in|near|outside)\s+(?:the\s+)?)"
                               r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                               r"(?:\s+(?:province|governorate|district|sub-district|region))?\s*,")


def _opens_with_place_elsewhere(sentence, current, main, gazetteer):
    """'In Nineveh, a Counter-Terrorism Service force killed two IS members near Tal Afar' after an ambush near
    Kirkuk: an English sentence opening with a place, that names no place the incident before it or the main one
    named."""
    return gazetteer is not None and not is_arabic(sentence.text) and bool(_OPENS_WITH_PLACE.match(sentence.text)) \
        and _elsewhere(sentence, current, gazetteer) and _elsewhere(sentence, main, gazetteer)


def _casualty_item(sentence, lowered):
    """'٢- اشتبكت قوة من الشرطة مع إرهابي ... وتمكنت من قتله': an Arabic numbered item with casualties of its own (an
    item telling a seizure of arms is none)."""
    words = bullet_end(lowered)
    return words is not None and is_arabic(lowered[words:]) \
        and any(m.kind != TOTAL for m in sentence_mentions(sentence))


# 'ويأتي الهجوم بعد مقتل مختار قرية الخضراء … يوم الخميس الماضي', 'وتأتي هذه العملية بعد ثلاثة أيام من مقتل جندي':
# the event told comes after another, told in passing (not 'ويأتي ذلك بعد يوم من الهجوم', the one told before)
_COMES_AFTER = re.compile(r"\s*[وف]?(?:ياتي|تاتي)\s+(?:\S+\s+){0,3}?بعد\s+"
                          r"(?!(?:\S+\s+){0,4}?[وفبل]?(?:ال|لل)" + _EVENT_NOUNS + r"(?!\w))")


# 'وردت القوات التركية بقصف مدفعي طال القرى المجاورة': the other side's response by a strike of its own, another
# incident (not 'وردت أنباء', nor 'وردّت القوات على مصادر النيران', the fight told)
_RESPONDED = re.compile(r"\s*[وف]?(?:ردت|رد)\s+(?:ال)?(?:قوات|جيش|مدفعيه|طائرات|طيران|فصائل|قوه|مقاتلو|مسلحو)(?!\w)"
                        r"(?:\s+\S+){0,3}?\s+ب(?:ال)?(?:قصف|غاره|غارات|ضربه|ضربات|هجوم|استهداف)(?!\w)")


def _told_apart(sentence):
    """'In a separate incident', 'Meanwhile, ...': a sentence that says it tells another incident."""
    lowered = fold(sentence.text.casefold())
    return any(marker in lowered for marker in _SEPARATE_MARKERS) or lowered.startswith(_SEPARATE_OPENINGS) \
        or bool(_RESPONDED.match(lowered)) \
        or bool(_COMES_AFTER.match(lowered)) \
        or _another_of_a_series(sentence, lowered) or bool(_EARLIER_ON_A_DAY.match(lowered)) \
        or bool(SECOND.match(lowered)) or _casualty_item(sentence, lowered)


# 'Hours later, PMF fighters found one of the brothers shot dead', 'Later that day, the body of the abducted shepherd
# was recovered', 'The same day, one of the wounded died in hospital': the victims of the incident told before, found
# or dead the same day, no incident of their own
_FOLLOW_UP = re.compile(r"\b(?:found|discovered|recovered|retrieved)\b[^.;]{0,40}?\b(?:body|bodies|corpses?|remains|"
                        r"(?:one|two|three|both|all|each|another|the\s+other)\s+of\s+(?:the|them|those|his|her)\b)"
                        r"|\b(?:body|bodies|corpses?|remains)\b[^.;]{0,120}?\b(?:was|were)\s+(?:later\s+)?"
                        r"(?:found|discovered|recovered|retrieved)\b|\b(?:died|succumbed|passed\s+away)\b", re.I)
_SAME_DAY_OPENING = re.compile(r"\s*(?:(?:later|earlier|hours\s+later)\b|(?:on\s+)?(?:that|the)\s+same\s+day\b)",
                               re.I)
_APART_IN_WORDS = re.compile(r"\b(?:separate|unrelated|another|second|third)\b", re.I)


def _victims_found_the_same_day(sentence):
    """Whether an English sentence opening with 'Hours later', 'Later that day', 'The same day' tells the victims of
    the incident before it, found or dead (not 'in a separate incident')."""
    return bool(_SAME_DAY_OPENING.match(sentence.text) and _FOLLOW_UP.search(sentence.text)
                and not _APART_IN_WORDS.search(sentence.text))


def _starts_other_incident(text, sentence, published, main_date):
    lowered = fold(sentence.text.casefold())
    if _victims_found_the_same_day(sentence):
        return False
    if _told_apart(sentence):
        return True
    anchor = main_date.event_date if main_date is not None else None
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end, anchor) if not d.reported]
    own = dates[0] if dates else None
    if own is not None and main_date is not None:
        low = own.date_start or own.event_date
        high = own.date_end or own.event_date
        main_low = main_date.date_start or main_date.event_date
        main_high = main_date.date_end or main_date.event_date
        opening = len(sentence.text[:own.start - sentence.start].split()) <= 3
        if _AND_THE_NEXT.match(lowered) and own.event_date != main_date.event_date:
            return True  # '..., and the abduction of two brothers on 11 October'
        if opening and own.shift == 0 and re.search(r"same|hours|ذات|نفس", fold(text[own.start:own.end]), re.I):
            return True  # 'The same day, a mortar shell landed...', 'Hours later, ...', 'وفي اليوم ذاته': another event
        if high < main_low or low > main_high:
            return opening or abs((own.event_date - main_date.event_date).days) >= 2
        if opening and own.time_precision == DAY and main_date.time_precision == DAY \
                and own.event_date < main_date.event_date:
            return True  # 'On Sunday evening, ...' after Monday's strike: an earlier day, though its night runs on
        if opening and own.time_precision == DAY and main_date.time_precision == DAY and own.date_end is None \
                and main_date.date_end is not None and own.event_date > main_date.event_date \
                and not _TOLD_BEFORE.search(sentence.text) and not _OF_THOSE.search(sentence.text) \
                and any(m.kind != TOTAL for m in sentence_mentions(sentence)):
            return True  # 'On Wednesday morning, a helicopter struck ..., killing three' after an attack late Tuesday
        # 'Last week, a Peshmerga officer was wounded', 'In early May, ...': a period the story opens anew with,
        # or one told as earlier ('وكان ثلاثة مزارعين قد أصيبوا مطلع الشهر الجاري')
        earlier = any(marker in lowered for marker in earlier_markers())
        return (opening or earlier) and own.time_precision != DAY and own.date_start != main_date.date_start
    if any(marker in lowered for marker in earlier_markers()):
        return own is not None or main_date is None or any(w in lowered for w in _EARLIER_WITHOUT_DATE)
    return False


def _other_day_with_figures(text, sentence, published, main_date):
    """'وفي يوم السادس من الشهر نفسه، قتل إرهابيان في منطقة حوض الوقف' after air strikes on the 5th: an Arabic sentence
    opening with a day of its own, another than the main incident's, with casualties of its own (not a death of its
    wounded), tells them as another incident's, though it has no event word."""
    if not is_arabic(sentence.text):
        return []  # (an English sentence's day is more often the main incident's told again)
    own = _own_dates(text, sentence, published)
    if main_date is None or not own or own[0].time_precision != DAY or main_date.time_precision != DAY \
            or len(text[sentence.start:own[0].start].split()) > 2 or own[0].event_date == main_date.event_date \
            or _DIED_LATER.search(fold(sentence.text)) or _DIED.search(fold(sentence.text)) \
            or _FOLLOW_UP.search(sentence.text):
        return []
    return [m for m in sentence_mentions(sentence) if m.kind != TOTAL]


def _opens_with_period(text, sentence, published):
    """'Last month, ...', 'In January, ...': a week or a month (no day) in the sentence's first three words."""
    dates = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    return bool(dates) and dates[0].time_precision != DAY \
        and len(text[sentence.start:dates[0].start].split()) <= 2


_AND_THE_NEXT = re.compile(r"\s*and\s+the\s+(?:abduction|kidnapping|killing|killings|bombing|shelling|murder)\s+"
                           r"(?:[\w'’-]+\s+){0,4}?of\b")  # '... and the abduction last week of a teacher
