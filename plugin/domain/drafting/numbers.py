"""Numbers in report text: digits, number words ('seven', 'twenty-five', 'a dozen') and ACLED's
conventions for vague quantities ('several' = 3, 'dozens' = 12; see resources/drafting/numbers.json)."""

from dataclasses import dataclass
from functools import lru_cache

from .text import data, digits, phrase_at


@dataclass(frozen=True)
class Number:
    value: int
    first: int  # token index
    last: int  # token index, inclusive
    note: str = ""  # the convention applied to a vague word, if any
    article: bool = False  # 'a'/'an' read as one


@lru_cache(maxsize=None)
def _words():
    return data("numbers.json")


def _simple_word(word):
    words = _words()
    if word in words["units"]:
        return words["units"][word]
    if word in words["tens"]:
        return words["tens"][word]
    if "-" in word:
        tens, _, unit = word.partition("-")
        if tens in words["tens"] and unit in words["units"] and 0 < words["units"][unit] < 10:
            return words["tens"][tens] + words["units"][unit]
    return None


def number_at(tokens, index, articles=False):
    """The number starting at token ``index``, or None.

    ``articles``: also read 'a'/'an' as one (only sensible inside a list such as 'four villagers and an
    officer').
    """
    words = _words()
    token = tokens[index]
    word = token.lower
    for phrase, value in words["exact_phrases"].items():
        length = phrase_at(tokens, index, phrase)
        if length:
            return Number(value, index, index + length - 1)
    text = digits(token.text)
    if text.isdigit():  # "1:30", "2.5" and "1,200" are single tokens and not digits only
        # '2x IA soldiers killed', '1x WIA': the count notation of security bulletins
        times = index + 1 < len(tokens) and tokens[index + 1].lower in ("x", "×") and not _digit_at(tokens, index + 2)
        return Number(int(text), index, index + 1 if times else index)
    if word in words["vague"]:
        entry = words["vague"][word]
        last = index
        if index + 1 < len(tokens) and tokens[index + 1].lower == "of":
            last = index + 1
        return Number(entry["value"], index, last, note=f"'{word}' = {entry['value']} ({entry['source']})")
    value = _simple_word(word)
    if value is not None:
        last = index
        # "twenty five"
        if word in words["tens"] and index + 1 < len(tokens):
            unit = words["units"].get(tokens[index + 1].lower)
            if unit is not None and 0 < unit < 10:
                value, last = value + unit, index + 1
        # "two hundred"
        if last + 1 < len(tokens) and tokens[last + 1].lower == "hundred":
            value, last = value * 100, last + 1
        return Number(value, index, last)
    if articles and word in words["articles"]:
        return Number(words["articles"][word], index, index, article=True)
    return None


def _digit_at(tokens, index):
    return index < len(tokens) and digits(tokens[index].text).isdigit()


def more_marker_at(tokens, index):
    """Length in tokens of 'another'/'a further' at ``index`` (0 if none)."""
    for phrase in _words()["another_markers"]:
        length = phrase_at(tokens, index, phrase)
        if length:
            return length
    return 0


def is_more_word(word):
    return word in _words()["more_markers"]


def at_least_length(tokens, index):
    for phrase in _words()["at_least"]:
        length = phrase_at(tokens, index, phrase)
        if length:
            return length
    return 0
