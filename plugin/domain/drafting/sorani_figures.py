"""Casualty figures in Sorani Kurdish sentences (word lists in resources/drafting/sorani.json).

Sorani puts the verb last: 'دوو جووتیار لە گوندێکی ... کوژران' (two farmers ... were killed). A cue of
killing, wounding or abduction takes the count before it in its clause, back to the previous cue or
comma: a number in words or digits, with or without its izafa ('حەوتی دیکە': seven others), or one
indefinite person ('هاووڵاتییەکی': a citizen).
"""

from functools import lru_cache

from .arabic import fold
from .text import data, digits

PLAIN = "plain"
_WINDOW = 16


@lru_cache(maxsize=None)
def _lists():
    raw = data("sorani.json")
    return {
        "cues": {category: {fold(w) for w in words} for category, words in raw["cues"].items()},
        "numbers": {fold(k): v for k, v in raw["numbers"].items()},
        "persons": {fold(w) for w in raw["persons"]},
        "none": [fold(p) for p in raw["none_phrases"]],
        "vague": {fold(k): v for k, v in raw["vague"].items()},
    }


def cue_category(word):
    folded = fold(word)
    for category, words in _lists()["cues"].items():
        if folded in words:
            return category
    return None


def _count(token):
    """The count a token gives: '٣', 'حەوت', 'حەوتی', 'هاووڵاتییەکی' (one), or None."""
    text = digits(token.text)
    if text.isdigit():
        return int(text) if int(text) < 1900 else None
    word = fold(token.text)
    numbers = _lists()["numbers"]
    for form in (word, word[:-1] if word.endswith("ي") else None):
        if form and form in numbers:
            return numbers[form]
    for ending in ("يهكي", "يهك", "يكي", "يك"):  # the indefinite: a citizen, a farmer
        if word.endswith(ending) and word[:-len(ending)] in _lists()["persons"]:
            return 1
    return None


def sentence_mentions(sentence, make):
    """Figures of a Sorani sentence; ``make(category, value, kind, first, last, note)`` builds a Mention."""
    tokens = sentence.tokens
    mentions, floor = [], 0
    for index, token in enumerate(tokens):
        if not token.text[:1].isalnum():
            floor = index + 1
            continue
        category = cue_category(token.text)
        if category is None:
            continue
        for back in range(index - 1, max(floor, index - _WINDOW) - 1, -1):
            value = _count(tokens[back])
            if value is not None:
                vague = _lists()["vague"].get(fold(tokens[back - 1].text)) if back > floor else None
                if vague:  # 'چەند کەسێک': several, ACLED's 3
                    mentions.append(make(category, vague["value"], PLAIN, back - 1, index,
                                         f"'{tokens[back - 1].text}' = {vague['value']} ({vague['source']})"))
                else:
                    mentions.append(make(category, value, PLAIN, back, index, ""))
                break
        floor = index + 1
    return mentions


def none_stated(text, start, end):
    chunk = fold(text[start:end])
    for phrase in _lists()["none"]:
        found = chunk.find(phrase)
        if found >= 0:
            return start + found, start + found + len(phrase)
    return None
