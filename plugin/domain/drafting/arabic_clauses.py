"""Arabic sentences that tell two incidents: '..., فيما أصيب مدنيان بانفجار عبوة في ناحية الرياض فجر الاثنين'
(or 'بينما انفجرت عبوة ثالثة قرب ناحية الرياض', or 'الضربة الأولى ...، فيما استهدفت الثانية ...').

'فيما' (while, whereas) often goes on with the same incident ('قتل جندي فيما أصيب اثنان آخران'); it starts
another one when the clause after it tells an event of its own at a place the clause before it did not name.
Such a sentence is cut in two at 'فيما', so that each incident keeps its own figures, place and date.
"""

import re

from .arabic import fold
from .events import sentence_events
from .figures import none_stated_in, sentence_mentions
from .text import Sentence, tokenize

# 'بينما', 'في حين' the same way; and a comma and 'و' ('...، وأصيب شرطيان بهجوم في قضاء الحويجة'), or 'besides' ('...،
# فضلاً عن إحراق ثلاث حاصدات في أطراف قضاء الدبس'), a clause of its own
# (not a relative clause: '...، والذي أودى بحياة مزارع' tells the event named before it)
_WHEREAS = re.compile(r"(?:[،,]\s*|\s)(?=[وف]?(?:فيما|بينما|في\s+حين)\s)"
                      r"|[،,]\s*(?=و(?!(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|اللواتي|اللاتي)(?!\w))[\u0621-\u064A])"
                      r"|[،,]\s*(?=(?:فضلا\s+عن|علاوه\s+علي|اضافه\s+الي|بالاضافه\s+الي)\s)")


# 'إن الضربة الأولى استهدفت كهفاً ...، فيما استهدفت الثانية نفقاً ...': the first and the second of a series told
# in one sentence, each an incident of its own
_FIRST = re.compile(r"(?<!\w)(?:ال)?(?:اولي|اول)(?!\w)")
SECOND = re.compile(r"[وف]?(?:فيما|بينما|في\s+حين)\s+(?:\S+\s+){0,2}?(?:ال)?(?:ثانيه|ثاني|اخري)(?!\w)")


_WHEREAS_WORD = re.compile(r"[وف]?(?:فيما|بينما|في\s+حين)\s")  # ('بينما انفجرت عبوة ثالثة': a third device)
MORE_OF_THEM = re.compile(r"^\S+\s+(?:\S+\s+){0,2}?(?:اخر|اخرين|اخرون|اخران|اخرا|ثالث|ثالثا|ثالثه|رابع|رابعا)(?!\w)")


def split_at_whereas(text, sentences, place_names):
    """``sentences`` with each one telling two incidents joined by 'فيما' cut in two, and a protest cut from the attack
    it protests against; ``place_names(sentence)``: the set of places a sentence names."""
    result = []
    for sentence in sentences:
        for part in _protest_and_its_cause(text, sentence):
            result += _cut(text, part, place_names)
    return result


# 'احتج مئات المسيحيين في بغديدا، اليوم الثلاثاء، على اعتداء تعرض له شابان مساء الأحد': the protest, and the attack it
# protests against (an incident of its own, on its own day)
_PROTEST = re.compile(r"\s*[وف]?(?:تظاهر|احتج|تجمهر|تجمع|خرج|نظم|اعتصم)")
_AGAINST = re.compile(r"(?<!\w)(?P<protesting>احتجاجا\s+|تنديدا\s+)?(?:علي|ب)\s*"
                      r"(?=[وف]?(?:اعتداء|هجوم|مقتل|اغتيال|اختطاف|خطف|قصف|"
                      r"استهداف|تفجير|قتل)(?!\w))")


def _protest_and_its_cause(text, sentence):
    folded = fold(sentence.text)
    against = _AGAINST.search(folded)
    if against is not None and not against.group("protesting") and not _PROTEST.match(folded):
        against = None  # ('أهالي القرية يتظاهرون ...، احتجاجاً على مقتل شاب': 'in protest against', wherever it stands)
    if against is None:
        return [sentence]
    before = _part(text, sentence.start, sentence.start + against.start())
    after = _part(text, sentence.start + against.end(), sentence.end)
    if before is None or after is None or not sentence_events(text, after.start, after.end):
        return [sentence]
    return [before, after]


def _cut(text, sentence, place_names):
    for match in _WHEREAS.finditer(fold(sentence.text)):
        cut = sentence.start + match.start()
        after_start = sentence.start + match.end()
        before, after = _part(text, sentence.start, cut), _part(text, after_start, sentence.end)
        if before is None or after is None:
            continue
        if _FIRST.search(fold(before.text)) and SECOND.match(fold(after.text)):
            return [before] + _cut(text, after, place_names)  # 'الضربة الأولى ...، فيما استهدفت الثانية ...'
        own_day = day_of_its_own(before.text, after.text)
        if own_day and _tells_something(text, before) and not _tells_something(text, after) \
                and none_stated_in(text, [after]):
            return [before, after]  # '...، فيما أحرق مجهولون في أواخر الشهر حقلاً دون إصابات': another day's incident
        if not _tells_something(text, before) or not _tells_something(text, after):
            continue
        if MORE_OF_THEM.search(fold(after.text)) and not _WHEREAS_WORD.match(fold(after.text)):
            continue  # '...، وأصيب اثنان آخران نقلا إلى مستشفى الحويجة': more of the same incident's people
        named_before, named_after = place_names(before), place_names(after)
        if (named_before and named_after and not named_before & named_after) or own_day:
            return [before] + _cut(text, after, place_names)
    return [sentence]


# 'ففي الثالث منه عُثر على جثة راعٍ ...، وفي العشرين منه اختطف مسلحون سائق شاحنة ...، فيما أحرق مجهولون في أواخر
# الشهر حقلاً': a summary telling its incidents in passing, each on its own day of the month
_DAY_IN_MONTH = re.compile(r"(?<!\w)(?:في\s+)?(?:(?:ال\S+|\d+)\s+(?:منه|من\s+الشهر(?:\s+(?:ذاته|نفسه|الجاري|الماضي))?)"
                           r"|(?:اوائل|اواخر|منتصف|مطلع|اواسط|بدايه|نهايه|اخر)\s+(?:الشهر|الاسبوع))(?!\w)")


def day_of_its_own(before, after):
    """Whether the clause ``after`` 'فيما' or '، و' opens on a day of the month of its own, the text ``before`` it
    on another one."""
    own = _DAY_IN_MONTH.search(" ".join(fold(after).split()[:8]))
    told_before = _DAY_IN_MONTH.search(fold(before))
    return bool(own and told_before and own.group(0).strip() != told_before.group(0).strip())


def _tells_something(text, part):
    """An event word or casualties of its own ('وأصيب شرطيان بهجوم مسلح في قضاء الحويجة')."""
    return bool(sentence_events(text, part.start, part.end)) or bool(sentence_mentions(part))


def _part(text, start, end):
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(text[start:end].rstrip())
    if end <= start:
        return None
    return Sentence(text[start:end], start, end, tokenize(text[start:end], start))
