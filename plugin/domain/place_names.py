"""Matching place names across spellings: Latin transliterations and Arabic script.

``normalise`` folds case, accents, Arabic letter variants (alef forms, taa marbuta, alef maqsura,
diacritics, tatweel) and punctuation, so "Khanaqin", "KHANAQIN" and "Khanaqīn" match, and so do
"خانقين" and "خانقین" (Persian yeh).
"""

import re
import unicodedata
from dataclasses import dataclass

_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك",
                               "ـ": None, "ۆ": "و", "ێ": "ي", "ە": "ه"})
_ARABIC_MARKS = re.compile("[\u064B-\u065F\u0670]")
_SEPARATORS = re.compile(r"[\s\-_'`’.,()]+")


def normalise(name):
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c) or "\u0600" <= c <= "\u06FF")
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLDS).casefold()
    return _SEPARATORS.sub(" ", text).strip()


@dataclass(frozen=True)
class Place:
    name: str
    longitude: float
    latitude: float
    kind: str  # "district", "sub-district", "governorate", "incident", "gazetteer"
    detail: str = ""


class PlaceIndex:
    """Places searchable by any part of their (normalised) names."""

    def __init__(self, places=()):
        self._entries = []
        self._names = set()
        for place in places:
            self.add(place)

    def add(self, place, *other_names):
        self._names.add(place.name)
        for name in (place.name,) + other_names:
            key = normalise(name)
            if key:
                self._entries.append((key, place))

    def search(self, text, limit=20):
        """Places whose name starts with ``text`` first, then those containing it; each place once."""
        wanted = normalise(text)
        if not wanted:
            return []
        starts, contains, seen = [], [], set()
        for key, place in self._entries:
            if place in seen:
                continue
            if key.startswith(wanted) or any(word.startswith(wanted) for word in key.split()):
                starts.append(place)
                seen.add(place)
            elif wanted in key:
                contains.append(place)
                seen.add(place)
        return (starts + contains)[:limit]

    def has_name(self, name):
        """Whether a place of exactly this name is in the index."""
        return name in self._names

    def entries(self):
        """(normalised name, place) pairs, every spelling of every place."""
        return list(self._entries)

    def __len__(self):
        return len(self._entries)
