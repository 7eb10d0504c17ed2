"""Arabic script in report text: marks taken out, letter variants folded, prefixes and suffixes of a word.

Drafting reads a copy of the report without diacritics and tatweel (``without_marks``), so that
'قُتل' and 'قتل' are one word; offsets found in the copy are mapped back to the report's own text
(``OffsetMap``). Matching folds the letter variants one for one (``fold``: أ إ آ ٱ -> ا, ة -> ه,
ى ی -> ي, ک -> ك; Sorani ە ھ -> ه, ێ -> ي, ۆ -> و), so a folded text keeps every offset. A word
may carry the conjunctions و/ف, the
prepositions ب/ل/ك and the article ال ('وبمقتل', 'للجيش'): ``forms`` lists the word without them.
"""

import re

_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")  # harakat, shadda, sukun, superscript alef, tatweel
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۆ": "و",
                       "ێ": "ي", "ە": "ه", "ھ": "ه"})
_SORANI_LETTERS = set("ەێۆڕڵھژڤ")  # letters Arabic does not write
_PERSIAN_LETTERS = set("گچپیک")  # Sorani's, and now and then in Arabic names
_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال", "وب", "ول", "فب", "فل", "وك",
             "و", "ف", "ب", "ل", "ك")
SUFFIXES = {"ه": 1, "ها": 1, "هما": 2, "هم": None, "هن": None}


def is_arabic(text):
    return any("\u0600" <= c <= "\u06FF" for c in text[:3])


def is_sorani(text):
    """Sorani Kurdish rather than Arabic: a letter Arabic does not write (ە ێ ۆ ڕ ڵ ژ), or two of گ چ پ ی ک, in
    many of its words (not an Arabic sentence that spells a Kurdish name in Kurdish: 'جبال قرەچوغ قرب مخمور')."""
    words = re.findall(r"[\u0600-\u06FF]+", text)
    marked = [w for w in words if any(c in _SORANI_LETTERS for c in w) or len(_PERSIAN_LETTERS & set(w)) >= 1]
    if not (any(c in _SORANI_LETTERS for c in text) or len(_PERSIAN_LETTERS & set(text)) >= 2):
        return False
    return len(marked) >= _SORANI_SHARE * len(words)


_SORANI_SHARE = 0.25  # of a sentence's words: Sorani writes its letters (ە ی) in most words, Arabic in names only


def fold(text):
    """Letter variants folded one for one: offsets are kept."""
    return text.translate(_FOLD)


# The dual told by its marks: 'منتسبَين', 'إرهابيَّين' (a fatha before the ending ين; the plural has a kasra):
# read as the nominative dual 'منتسبان', which counts two, offsets kept. A stem of 3 letters at least ('بَين').
_DUAL_MARKED = re.compile(r"(?<![\u0621-\u064A\u064B-\u065F\u0670])(?:[\u0621-\u064A][\u064B-\u065F\u0670]*){3,}?"
                          r"\u0651?\u064E\u0651?(?P<ya>ي)\u0652?ن(?![\u0621-\u064A\u064B-\u065F])")


class OffsetMap:
    """The report without Arabic marks, and the way back to the report's offsets."""

    def __init__(self, text):
        self.original = text
        kept = [i for i, c in enumerate(text) if not _MARKS.match(c)]
        letters = [text[i] for i in kept]
        position = {i: n for n, i in enumerate(kept)}
        for dual in _DUAL_MARKED.finditer(text):  # 'منتسبَين' (a fatha before ين): two, not a plural
            letters[position[dual.start("ya")]] = "ا"
        self.text = "".join(letters)
        self._positions = kept + [len(text)]

    @property
    def changed(self):
        return len(self.text) != len(self.original)

    def span(self, start, end):
        """(start, end) in the original text of text[start:end]."""
        if end <= start:
            position = self._positions[start]
            return position, position
        return self._positions[start], self._positions[end]  # the marks of the last letter included


def forms(word, article=True):
    """The folded word, then without each prefix it may carry (longest first), at least 2 letters left;
    ``article=False``: not without the article ('الاثنين' is Monday, not 'اثنين')."""
    folded = fold(word)
    result = [folded]
    for prefix in _PREFIXES:
        if not article and ("ال" in prefix or "لل" in prefix):
            continue
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
            rest = folded[len(prefix):]
            if prefix.endswith("لل"):
                rest = "ال" + rest  # للجيش: ل + الجيش
            if rest not in result:
                result.append(rest)
    return result


def without_article(word):
    folded = fold(word)
    return folded[2:] if folded.startswith("ال") and len(folded) > 4 else folded


def match_word(word, vocabulary):
    """The form of ``word`` found in ``vocabulary`` (a set of folded words), or None."""
    for form in forms(word):
        if form in vocabulary:
            return form
    return None
