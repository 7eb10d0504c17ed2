"""Whether an imported file's admin names (ACLED admin1-3, UCDP adm_1/adm_2) name the same units as the
COD-AB names the plugin finds at the point.

Names of one unit are written many ways in English: 'Al-Sulaymaniyah', 'Sulaimaniya' and
'Sulaymaniyah'; 'Tooz Khurmato' and 'Tuz Khurmatu'; 'Thi Qar' and 'Dhi-Qar'; 'Kirkuk governorate'.
:func:`name_key` reduces a name to what such spellings share: case, accents, the article ('Al-',
'El-', 'ad-' ...), unit words ('governorate', 'district', 'Markaz' ...), vowels and doubled letters go, and
letters English transliterations of one Arabic or Kurdish letter use in turn are folded together
(k/q, g/j/ch, dh/th/d, v/w). Two names agree when their keys are equal or one name is the first
words of the other ('Tooz' for 'Tooz Khurmato'); a name in Latin letters and one in another script
are not compared. What is left is a real disagreement ('Tooz' and
'Al-Daur': different districts) for the analyst to look at. The foldings are this plugin's own
rules for English spellings of Iraqi place names, not a published standard.
"""

import functools
import re
import unicodedata

ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "ed", "es", "ul"})
UNIT_WORDS = frozenset({"governorate", "province", "muhafaza", "district", "qadha", "qada", "qadaa", "sub",
                        "subdistrict", "nahiya", "nahia", "nahiyah", "markaz", "center", "centre"})
_FOLDS = (("kh", "x"), ("gh", "g"), ("sh", "$"), ("ch", "j"), ("dh", "d"), ("th", "d"), ("ph", "f"),
          ("ck", "k"), ("q", "k"), ("c", "k"), ("g", "j"), ("v", "w"))
_VOWELS = re.compile(r"[aeiouy]+")
_REPEATS = re.compile(r"(.)\1+")
LEVELS = ("admin1", "admin2", "admin3")


def _word_key(word):
    if len(word) > 2 and word.endswith(("ah", "eh")):
        word = word[:-1]  # Sulaymaniyah / Sulaymaniya
    for written, folded in _FOLDS:
        word = word.replace(written, folded)
    skeleton = _REPEATS.sub(r"\1", _VOWELS.sub("", word))
    return skeleton or word


def name_words(name):
    """The words of ``name`` that tell the unit (no article, no unit word), casefolded, without
    accents; None for an empty name."""
    if name is None:
        return None
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("'", "").replace("\u2019", "").replace("`", "")
    words = re.findall(r"[a-z]+", text)
    if not words:  # not written in Latin letters: compared as written
        stripped = " ".join(text.split())
        return (stripped,) if stripped else None
    return tuple(w for w in words if w not in ARTICLES and w not in UNIT_WORDS) or tuple(words)


def name_key(name):
    """The name reduced as the module says (one text, the words run together); None for an empty name."""
    words = name_words(name)
    return _word_key("".join(words)) if words else None


def _latin(words):
    return words[0].isascii()


def same_unit(source_name, cod_name):
    """Whether two names are spellings of one unit (see the module); True when either is empty."""
    try:
        return _same_unit(source_name, cod_name)
    except TypeError:  # a value that cannot be a cache key: compared as it is
        return _same_unit.__wrapped__(source_name, cod_name)


@functools.lru_cache(maxsize=8192, typed=True)
def _same_unit(source_name, cod_name):
    """:func:`same_unit`, remembered: an import compares the same few hundred pairs of names for every row
    (the reduction of the names was a quarter of a 100k import's time, bench/notes.md)."""
    a, b = name_words(source_name), name_words(cod_name)
    if not a or not b or _latin(a) != _latin(b):
        return True
    if _word_key("".join(a)) == _word_key("".join(b)):
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return [_word_key(w) for w in longer[:len(shorter)]] == [_word_key(w) for w in shorter]


def disagreeing_levels(source_names, cod_names):
    """The levels ('admin1', 'admin2', 'admin3') whose file name and COD-AB name are different units.

    ``source_names`` and ``cod_names`` map a level to its name; a level either side does not name is
    not compared.
    """
    return [level for level in LEVELS if not same_unit(source_names.get(level), cod_names.get(level))]
