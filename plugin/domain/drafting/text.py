"""Text plumbing for drafting: suggestions, sentences, tokens and the data files."""

import re
from dataclasses import dataclass, field

from ..resources import load_json


@dataclass(frozen=True)
class Suggestion:
    """A proposed field value and the words of the report it came from.

    ``start``/``end`` are character offsets into the report's text (``text[start:end] == snippet``);
    ``note`` explains a convention that was applied (e.g. "'dozens' = 12, ACLED Codebook"), or is empty.
    """

    value: object
    snippet: str
    start: int
    end: int
    note: str = ""

    def to_json(self):
        result = {"value": self.value, "snippet": self.snippet, "start": self.start, "end": self.end}
        if self.note:
            result["note"] = self.note
        return result


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self):
        return self.text.casefold()

    @property
    def is_capitalised(self):
        return self.text[:1].isupper()

    @property
    def is_arabic(self):
        return "\u0600" <= self.text[:1] <= "\u06FF"


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    tokens: list = field(default_factory=list)

    def slice(self, first, last):
        """Character span (start, end) covering tokens ``first``..``last`` inclusive."""
        return self.tokens[first].start, self.tokens[last].end


def data(name):
    """A data file of ``resources/drafting/``."""
    return load_json("drafting/" + name)


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN = re.compile(
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:][0-9]+)*"  # numbers, also 1,200 and 1:30
    r"|[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*"  # words, with inner apostrophes and hyphens
    r"|[^\s\w]", re.UNICODE)


def digits(text):
    """Arabic-Indic and Persian digits as ASCII digits."""
    return text.translate(_ARABIC_DIGITS)


def tokenize(text, offset=0):
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


_ABBREVIATIONS = {"a.m", "p.m", "u.s", "u.n", "lt", "col", "gen", "brig", "maj", "capt", "sgt", "dr", "mr", "mrs",
                  "ms", "no", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                  "dec", "i.e", "e.g", "vs", "approx"}
# A semicolon ends a sentence where the next clause tells another incident: '...; in the second, a bomb ...'
_BOUNDARY = re.compile(r"[.!?؟]+[\"'”’)\]]*(?=\s)|\n\s*"
                       r"|[;؛](?=\s+(?i:in the (?:second|third|other|latter)|in another|in a separate|meanwhile|"
                       r"elsewhere)\b)"
                       # '..., and the abduction of two brothers near Bashiqa on 11 October': a second incident told
                       r"|,(?=\s+and\s+the\s+(?:abduction|kidnapping|killing|killings|bombing|shelling|murder)\s+"
                       r"(?:[\w'’-]+\s+){0,4}?of\b)"  # ... 'and the abduction last week of a teacher'
                       # '..., while in Sinjar gunmen abducted a Yazidi woman': another place, another incident
                       r"|[,;](?=\s+while\s+(?:(?:in|near|at)\s+[A-Z]|[^.;]{0,100}?\b(?:in a separate|in another)\b"
                       r"|(?:a\s+(?:separate|second|third|further)|another)\s+(?:\w+\s+)?(?:strike|attack|raid|"
                       r"bombing|explosion|blast|shelling)\b))")  # '..., while a separate strike on Sunday hit a car'


def split_sentences(text):
    """Sentences with their offsets; a line break always ends a sentence (headlines, paragraphs)."""
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        mark = match.group()
        if mark.strip() and not mark.startswith(("\n", ";", "؛", ",")):
            before = re.search(r"([\w.]+)\.$", text[start:match.start() + 1])
            if before and before.group(1).casefold() in _ABBREVIATIONS:
                continue
            following = text[end:].lstrip()[:1]
            if following and following.islower():
                continue
        _add_sentence(sentences, text, start, end)
        start = end
    _add_sentence(sentences, text, start, len(text))
    return sentences


def _add_sentence(sentences, text, start, end):
    chunk = text[start:end]
    stripped_start = start + (len(chunk) - len(chunk.lstrip()))
    stripped_end = start + len(chunk.rstrip())
    if stripped_end > stripped_start:
        sentences.append(Sentence(text[stripped_start:stripped_end], stripped_start, stripped_end,
                                  tokenize(text[stripped_start:stripped_end], stripped_start)))


def phrase_at(tokens, index, phrase):
    """Whether the (lower-case, space-separated) ``phrase`` starts at token ``index``; its length in tokens."""
    words = tokenize(phrase)
    if index + len(words) > len(tokens):
        return 0
    for offset, word in enumerate(words):
        if tokens[index + offset].lower != word.text.casefold():
            return 0
    return len(words)


def find_phrase(text, phrase, flags=re.IGNORECASE):
    """Start offsets of ``phrase`` in ``text`` as whole words."""
    pattern = r"(?<![\w])" + re.escape(phrase) + r"(?![\w])"
    return [m.start() for m in re.finditer(pattern, text, flags)]


def _suggest(text, start, end, value, note=""):
    return Suggestion(value, text[start:end], start, end, note)
