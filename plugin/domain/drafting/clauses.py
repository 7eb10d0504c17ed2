"""Incidents told apart inside one sentence or in the lines of a list.

A sentence may list several events, each with its own place and figures: 'حصيلة أمنية ...: مقتل راعٍ بانفجار
عبوة في قرية X، وإصابة جنديين بهجوم على ربيئة في Y، واختطاف سائق على طريق Z', 'One struck a hillside near A,
causing no casualties; the other killed a shepherd near B', '..., while a separate strike on Sunday hit a car near
B'. Such a sentence is cut into clauses at the joint ('، و' or '؛' before an event word, ';', ', while', ', and
another'); a clause after the first one is a Clause, which starts an incident of its own. A joint is cut only when
the clause after it tells an event of its own (an event word, or 'the other' with its casualties) at a place the
clause before it did not name, or says it is another event ('a separate strike', 'another bomb'); a clause that
tells no event of its own (a figure, a place, an actor of the same event: 'killing two soldiers and wounding three',
'in the village of X near Y') stays with its event.

A clause that tells an event, its casualties (or a place of its own) and a day of its own, another than the clause
before it ('..., and on Monday they abducted two farmers'), is cut off too; a death or a body found on a later day,
or an arrest, goes on with the event.

The incident of a clause that tells no day of its own has the day of the clause before it (the sentence's); one
told with a pronoun ('they abducted', 'واختطفوا') its doers; the items of an undated list the day of its heading
('Nineveh security roundup for Sunday:'). (The items themselves are told apart in grouping._list_item.)
"""

import re
from dataclasses import dataclass

from .arabic import fold
from .dates import DAY, find_dates
from .events import sentence_events
from .figures import none_stated_in, sentence_mentions
from .places import find_villages
from .text import Sentence, Suggestion, tokenize


@dataclass
class Clause(Sentence):
    """A clause or a list item that tells another incident than the one before it; ``anaphoric``: it names that
    incident's kind by reference ('the other', 'the second', 'الثانية'): the same kind of event, by the same side."""

    anaphoric: bool = False


_ARABIC_EVENT_WORDS = (r"(?:مقتل|قتل|اصابه|جرح|اختطاف|خطف|انفجار|تفجير|استشهاد|سقوط|هجوم|استهداف|قصف|اغتيال|"
                       r"العثور|اصيب|اصيبت|قتلت|انفجرت|انفجر|سقطت|تعرض|تعرضت|استشهد|هاجم|هاجمت|قصفت|اغتيل|"
                       r"اختطف|خطف|عثر)(?!\w)")
# the joints: the clause after one starts at the match's end
_ARABIC_JOINT = re.compile(r"[،,]\s*و(?=" + _ARABIC_EVENT_WORDS + r")|؛\s*(?:و(?=" + _ARABIC_EVENT_WORDS + r"))?"
                           r"|[،,]\s*(?=[وف]?كما\s)"  # '...، كما قتل راعٍ بهجوم قرب ناحية العظيم'
                           r"|[،,]\s*(?=و(?:ال)?(?:اخري|ثانيه|ثالثه)(?!\w))")  # '...، والأخرى قرب قرية ...'

_ANOTHER = r"(?:(?:a|an|the)\s+)?(?:separate|second|third|other|another|further)\b"
# ... and ', and in Tuz Khurmatu, gunmen shot dead ...'
_ENGLISH_JOINT = re.compile(r";\s+|,\s+while\s+|,\s+and\s+(?=" + _ANOTHER + r")|,\s+(?=the\s+(?:other|second)\s+)"
                            r"|,\s+and\s+(?=(?:in|near|at)\s+(?:the\s+)?(?-i:[A-Z]))"
                            # ', and gunmen wounded two policemen in Daquq': a subject of its own, not the event told
                            # ('and the blast wounded'), nor the same subject's next verb ('and wounded twelve others')
                            r"|(?P<subject>,\s+and\s+(?!(?:the|its|their|his|her|this|that|it|they|he|she)\b|"
                            r"\w+(?:ed|ing)\b))", re.I)

# the clause says it tells another event: 'a separate strike', 'another bomb'
_SAYS_ANOTHER = re.compile(r"\s*(?:(?:an?|the)\s+)?(?:separate|another)\s+(?!\w+\s+(?:of|from)\b)", re.I)
# 'One struck a hillside near A; the other killed a shepherd near B': the first of a pair, by reference
_ONE = re.compile(r"\s*(?:one|the first)\b|\s*(?:[وف]?(?:الاولي|الاول|احداهما|احدهما))(?!\w)", re.I)
# the clause names the event before it by reference: 'the other', 'the second', 'الثانية'
_ANAPHORA = re.compile(r"\s*(?:the\s+(?:other|second|third|latter)|(?:and\s+)?another\s+(?=killed|wounded|hit|"
                       r"struck|injured)|[وف]?(?:الثانيه|الاخري|الثالثه)(?!\w))", re.I)


def split_clauses(text, sentences, place_names, published):
    """``sentences`` with each one that tells several incidents cut into its clauses (see the module's doc).
    ``place_names(sentence)``: the set of places a sentence names (with the villages and valleys it names)."""
    result = []
    def named(part):  # 'قرية البو صالح' by its whole name, not by its first word ('البو')
        villages = {fold(name) for _, _, name in find_villages(part)}
        heads = {name.split()[0] for name in villages if " " in name}
        return {name for name in place_names(part) if fold(name) not in heads} | villages
    for sentence in sentences:
        for part in _cut_by_day(text, sentence, published, named):
            result += _cut(text, part, named)
    # a clause cut before (arabic_clauses: '...، وإصابة جنديين بهجوم ... في وادي الشاي') with an event at a place of
    # its own, apart from the clause before it
    for index in range(1, len(result)):
        clause, before = result[index], result[index - 1]
        anaphoric = bool(_ANAPHORA.match(fold(clause.text))) and bool(sentence_mentions(clause)
                                                                        or none_stated_in(text, [clause]))
        if type(clause) is not Clause and _cut_after_joint(text, clause) and (anaphoric or _tells_event(text, clause)):
            named_before, named_clause = named(before), named(clause)
            if named_before and named_clause and not named_before & named_clause:
                result[index] = Clause(clause.text, clause.start, clause.end, clause.tokens, anaphoric)
    return result


def _cut_after_joint(text, sentence):
    """Whether ``sentence`` starts after a comma or a semicolon: a clause cut from a sentence."""
    return text[:sentence.start].rstrip().endswith((",", "،", ";", "؛"))


# A list item's mark, the one reader of bullets: a bullet or a dash ('-', '–', '—', '•', '*', '·', '▪', '●', '◦', '◆',
# '►') or a number with its stop ('2.', '3)', '١-', '٢ -', Latin or Arabic-Indic digits; not '2-3 rockets', '12.5 km')
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·▪●◦◆►]|\d{1,2}[.)](?!\d)|\d{1,2}[ \t]*[-–](?![ \t]*\d))[ \t]*")


def bullet_end(chars, at=0):
    """Where the words after the list item's mark opening ``chars`` at ``at`` start (spaces before it allowed), or
    None when no mark opens it there."""
    found = _BULLET.match(chars, at)
    return found.end() if found else None


def item_start(text, sentence):
    """Where the words of a bulleted or numbered line start ('- 13 Feb, ...', '2. Army Aviation ...', '١- نفذت ...')
    when ``sentence`` opens one (its mark in the sentence, or told apart before it), else None."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    end = bullet_end(text, line_start)
    if end is None or text[end:sentence.start].strip():
        return None
    return max(end, sentence.start)


def _list_item(text, sentence):
    """Whether ``sentence`` opens a line of a bulleted or numbered list (not the report's first line)."""
    return text.rfind("\n", 0, sentence.start) >= 0 and item_start(text, sentence) is not None


def _cut(text, sentence, place_names):
    joint = _ARABIC_JOINT if re.search(r"[\u0600-\u06FF]", sentence.text) else _ENGLISH_JOINT
    for match in joint.finditer(fold(sentence.text)):
        before = _span(text, sentence.start, sentence.start + match.start())
        after = _span(text, sentence.start + match.end(), sentence.end)
        if before is None or after is None:
            continue
        opening = fold(after.text)
        says_another = bool(_SAYS_ANOTHER.match(opening))
        anaphoric = bool(_ANAPHORA.match(opening))
        # (an arrest before it too: 'Police in Hamdaniya reported the arrest of two men, while a demonstration in
        # Bartella ... passed off peacefully': the clause after it tells its own event)
        if not (_tells_event(text, before, arrests=True) or (anaphoric and _ONE.match(fold(before.text)))):
            continue
        if "subject" in joint.groupindex and match.group("subject") and not sentence_mentions(after):
            continue  # a new subject: with casualties of its own only
        if not (_tells_event(text, after) or ((anaphoric or says_another)
                                               and (sentence_mentions(after) or none_stated_in(text, [after])))):
            continue
        named_before, named_after = place_names(before), place_names(after)
        if says_another or (named_before and named_after and not named_before & named_after):
            first = sentence if type(sentence) is Clause else None
            head = Clause(before.text, before.start, before.end, before.tokens, first.anaphoric) if first else before
            tail = Clause(after.text, after.start, after.end, after.tokens, anaphoric or says_another)
            return [head] + _cut(text, tail, place_names)
    return [sentence]


# '..., and on Monday they abducted two farmers', '...، وأصيب شرطي يوم الاثنين بانفجار عبوة ثانية',
# '...; a week later a federal army unit lost two soldiers', '...، فيما أحرق مجهولون في أواخر الشهر حقلاً'
# ... and 'Residents protested on Monday ... after gunmen killed a farmer on Friday night in the village of X': an
# event told in passing as the cause of another, on a day of its own
_DAY_JOINT = re.compile(r",\s+and\s+|;\s+|[،,]\s*(?=و[\u0621-\u064A])|[،,؛]\s*(?=[وف]?(?:فيما|بينما)\s)|؛\s*"
                        r"|,?\s+(?i:after|following)\s+(?=[a-zA-Z])"
                        # 'Islamic State is suspected, he added, as the group abducted four hunters there last March':
                        # the reason given for a suspicion, an earlier event of its own
                        r"|(?P<reason>,\s+(?i:as|since|because)\s+(?=(?i:the|it|they)\s))"
                        # '...، مشيرة إلى أنه شارك في خطف طفل ... في آذار الماضي': the crime an arrested man is held
                        # for, an earlier event of its own (in English, 'one of them wanted for the killing of two
                        # policemen last April' is not cut: its doers, the arrested, would be lost to it)
                        r"|(?P<held_for>[،,]\s*(?:مشير(?:ا|ه)\s+الي\s+|موضح(?:ا|ه)\s+|مبين(?:ا|ه)\s+)?(?:ان(?:ه|هم|هما)\s+)?"
                        r"(?:شارك|شاركوا|تورط|تورطوا|متورط\w*|المتورط\w*|متهم\w*|المتهم\w*|مطلوب\w*|المطلوب\w*)"
                        r"\s+(?:في|ب)\s*)"
                        # 'demonstrated in Qaraqosh on Monday to protest against the burning of two homes on Saturday'
                        r"|,?\s+(?i:to\s+protest(?:\s+against|\s+at|\s+over)?|in\s+protest\s+(?:at|against|over)|"
                        r"protesting(?:\s+against)?)\s+(?=(?i:the|an?)\s)"
                        # 'يتظاهرون ... احتجاجاً على مقتل شاب برصاص مجهولين أمس الجمعة'
                        r"|[،,]?\s*(?:احتجاجا|تنديدا)\s+(?:علي\s+|ب)(?=\S)|[،,]?\s*(?:علي\s+خلفيه|اثر|عقب)\s+(?=[\u0621-\u064A])")


_BODY = re.compile(r"(?<!\w)[وفب]?(?:ال)?(?:جثه|جثث|جثتي|جثته|جثتها|رفات)(?!\w)")
_ABDUCTED_HIM = re.compile(r"(?<!\w)[وف]?(?:اختطفوه|اختطفوها|اختطفوهما|خطفوه|خطفوها|اختطافه|اختطافها)(?!\w)"
                           r"|(?<!\w)قد\s+(?:اختطف|خطف)(?:ت|ا)?(?!\w)")


def _cut_by_day(text, sentence, published, place_names):
    """``sentence`` cut where a clause tells an event, its casualties (or a place of its own) and a day of its own,
    another than the day of the clause before it (the death of a wounded man on a later day, or 'the clashes lasted
    until Monday', tell no event and casualties of their own). A day is another when the two do not overlap, or when
    the clause opens with a day ('...; on May 9, a strike wounded a shepherd', '...; a week later ...') and the clause
    before it tells none (only a month or a part of one: 'It was the third strike this month')."""
    days = [d for d in find_dates(text, published, sentence.start, sentence.end) if not d.reported]
    for match in _DAY_JOINT.finditer(fold(sentence.text)):
        cut = sentence.start + match.start()
        before = _span(text, sentence.start, cut)
        after = _span(text, sentence.start + match.end(), sentence.end)
        if before is None or after is None:
            continue
        day_before = [d for d in days if d.end <= cut]
        day_after = [d for d in days if d.start >= after.start]
        if not day_after:
            continue
        opening = day_after[0].time_precision == DAY and len(
            fold(text[after.start:day_after[0].start]).lstrip(" وف").split()) <= 1
        # an event of its own ('a strike ... wounded a shepherd': its casualties, when it opens with its day)
        if not (_tells_event(text, after) or (opening and sentence_mentions(after))):
            continue
        if match.group("reason"):  # (the reason for what is told before, not the event told before)
            if _tells_event(text, before) or not sentence_mentions(after):
                continue
        elif match.group("held_for"):  # (an arrest before it; a month or a period wholly before its day, not a day
            # of an event the report may tell for itself)
            if not _arrest(text, before) or not sentence_mentions(after) or day_after[0].time_precision == DAY \
                    or (day_before and (day_after[0].date_end or day_after[0].event_date)
                        >= (day_before[-1].date_start or day_before[-1].event_date)) \
                    or (day_after[0].date_end or day_after[0].event_date) >= published:
                continue
        elif not (_tells_event(text, before) or (opening and not match.group().startswith(","))):
            continue
        if day_before and _overlap(day_before[-1], day_after[0]) and not (
                opening and all(d.time_precision != DAY for d in day_before)):
            continue
        if not day_before and not opening and not match.group("reason") and not match.group("held_for"):
            continue
        if _DIED.search(fold(after.text)) or (_BODY.search(fold(before.text))
                                              and _ABDUCTED_HIM.search(fold(after.text))):
            continue  # ('بالعثور على جثة مواطن ...، وكان مسلحون قد اختطفوه مساء الأحد': the abduction of the one found)
        if not (sentence_mentions(after) or none_stated_in(text, [after]) or opening):
            named_before, named_after = place_names(before), place_names(after)
            if not (named_before and named_after and not named_before & named_after):
                continue
        head = Clause(before.text, before.start, before.end, before.tokens) if type(sentence) is Clause else before
        tail = Clause(after.text, after.start, after.end, after.tokens)
        return [head] + _cut_by_day(text, tail, published, place_names)
    return [sentence]


def _overlap(one, other):
    """Whether two date mentions may tell the same day (a day within a period, or the same day)."""
    low, high = one.date_start or one.event_date, one.date_end or one.event_date
    other_low, other_high = other.date_start or other.event_date, other.date_end or other.event_date
    if one.time_precision == DAY and other.time_precision == DAY:
        return one.event_date == other.event_date
    return not (high < other_low or other_high < low)


# ... nor the body of a victim found, told of one of them: 'وعثر على جثة أحدهم صباح الاثنين'
_DIED = re.compile(r"\b(?:died|succumbed|passed away|body|bodies|remains|of them)\b|توفي|فارق\w*\s+الحياه|متاثرا|"
                   r"جثه|جثث|جثتي|رفات|احدهم|احدهما|منهم", re.I)


def _tells_event(text, sentence, arrests=False):
    """An event word, other than an arrest (of the suspects of the event told before: a follow-up) unless
    ``arrests``."""
    return any(arrests or e.sub_event_type != "Arrests" for e in sentence_events(text, sentence.start, sentence.end))


def _arrest(text, sentence):
    """Whether ``sentence`` tells an arrest."""
    return any(e.sub_event_type == "Arrests" for e in sentence_events(text, sentence.start, sentence.end))


def starts_incident(sentence):
    """Whether ``sentence`` is a clause or a list item cut off as another incident."""
    return type(sentence) is Clause


_SHARED_DAY = ("event_date", "time_precision", "date_start", "date_end")
_SHARED_KIND = ("event_type", "sub_event_type", "disorder_type", "civilian_targeting")
_SHARED_SIDE = ("actor1", "attribution")


def share_told(text, draft, group, drafts, published):
    """The incident of a clause cut from a sentence (after a comma or a semicolon), or of an item of a list, has the
    day of the clause or item before it when it tells none of its own (the sentence's; an item, the day of the list's
    heading: 'Nineveh security roundup for Sunday:'); one named by reference ('the other killed a shepherd') the kind
    of event and the side of the one before it. ``drafts``: the drafts before it. Whether a field was shared."""
    if not group:
        return False
    before = drafts[-1] if drafts else None
    item = _list_item(text, group[0])
    if "event_date" not in draft.fields and item:
        day = _heading_day(text, group[0], published)
        if day is not None:
            _suggest_day(text, draft, day)
            return True
    if before is None or not (starts_incident(group[0]) or _cut_after_joint(text, group[0]) or item):
        return False
    # 'while three insurgents were killed in a separate operation': told apart, on a day the text does not give
    separate = re.search(r"\bseparate\b|منفصل", fold(text[group[0].start:group[-1].end]), re.I)
    names = [n for n in _SHARED_DAY if "event_date" not in draft.fields and not separate]
    if starts_incident(group[0]) and group[0].anaphoric:
        names += _SHARED_KIND if _ANAPHORA.match(fold(group[0].text)) or "event_type" not in draft.fields else []
    if starts_incident(group[0]) and (group[0].anaphoric or _THEY.match(fold(group[0].text))):
        names += [n for n in _SHARED_SIDE if "actor1" not in draft.fields]
    shared = False
    opening = group[0].tokens[0] if group[0].tokens else group[0]
    for name in names:
        if name in before.fields:
            draft.fields[name] = Suggestion(before.fields[name].value, text[opening.start:opening.end],
                                            opening.start, opening.end)
            shared = True
        elif name in _SHARED_KIND:
            draft.fields.pop(name, None)
    return shared


# '..., and on Monday they abducted two farmers', '...، واختطفوا يوم الاثنين مزارعين': the same doers, by a pronoun
_THEY = re.compile(r"(?:\s*\S+){0,4}?\s*\b(?:they|the same (?:gunmen|attackers|militants))\b"
                   r"|\s*[وف]?[^\s،,.]{2,}وا(?!\w)", re.I)


def _heading_day(text, item, published):
    """The day told in the line just before the list ``item`` belongs to ('Kirkuk roundup for Tuesday:'), if any."""
    start = text.rfind("\n", 0, item.start)
    while start > 0:
        line_start = text.rfind("\n", 0, start) + 1
        if bullet_end(text, line_start) is None:
            found = [d for d in find_dates(text, published, line_start, start) if not d.reported]
            return found[0] if found and found[0].time_precision == DAY else None
        start = line_start - 1
    return None


def _suggest_day(text, draft, day):
    for name, value in (("event_date", day.event_date), ("time_precision", day.time_precision),
                        ("date_start", day.date_start), ("date_end", day.date_end)):
        if value is not None:
            value = value if isinstance(value, int) else value.isoformat()
            draft.fields[name] = Suggestion(value, text[day.start:day.end], day.start, day.end)


def _span(text, start, end):
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(text[start:end].rstrip(" \t,،;؛"))
    if end <= start:
        return None
    return Sentence(text[start:end], start, end, tokenize(text[start:end], start))
