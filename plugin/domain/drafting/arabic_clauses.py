"""Arabic sentences that tell two incidents: '..., فيما أصيب مدنيان بانفجار عبوة في ناحية الرياض فجر الاثنين'
(or 'بينما انفجرت عبوة ثالثة قرب ناحية الرياض').

'فيما' (while, whereas) often goes on with the same incident ('قتل جندي فيما أصيب اثنان آخران'); it starts
another one when the clause after it tells an event of its own at a place the clause before it did not name.
Such a sentence is cut in two at 'فيما', so that each incident keeps its own figures, place and date.
"""

import re

from .arabic import fold
from .events import sentence_events
from .text import Sentence, tokenize

_WHEREAS = re.compile(r"(?:[،,]\s*|\s)(?=[وف]?(?:فيما|بينما|في\s+حين)\s)")  # 'بينما', 'في حين' the same way


def split_at_whereas(text, sentences, place_names):
    """``sentences`` with each one telling two incidents joined by 'فيما' cut in two; ``place_names(sentence)``:
    the set of places a sentence names."""
    result = []
    for sentence in sentences:
        result += _cut(text, sentence, place_names)
    return result


def _cut(text, sentence, place_names):
    for match in _WHEREAS.finditer(fold(sentence.text)):
        cut = sentence.start + match.start()
        after_start = sentence.start + match.end()
        before, after = _part(text, sentence.start, cut), _part(text, after_start, sentence.end)
        if before is None or after is None:
            continue
        if not sentence_events(text, before.start, before.end) or not sentence_events(text, after.start, after.end):
            continue
        named_before, named_after = place_names(before), place_names(after)
        if named_before and named_after and not named_before & named_after:
            return [before] + _cut(text, after, place_names)
    return [sentence]


def _part(text, start, end):
    chunk = text[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(text[start:end].rstrip())
    if end <= start:
        return None
    return Sentence(text[start:end], start, end, tokenize(text[start:end], start))
