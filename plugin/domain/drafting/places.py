"""Places in report text, matched against a PlaceIndex (zone names, incident locations, gazetteer)
or, without one, the small built-in list of resources/drafting/places.json.

Spellings are compared on a loose "skeleton" of the normalised name (see place_names.normalise) that
also folds common transliteration variants: e/i, o/u, ee/i, oo/ou/u, q/k, doubled letters; so
Mekhas/Mikhas and Khanaqin/Khanaqeen match, and Arabic script is matched through normalise.

Geo precision (taxonomy.json, ACLED Codebook): 1 a known village or town; 2 near a known place
(a village the gazetteer does not know, placed at the town it is near); 3 only a district or
governorate known, placed at its centre.
"""

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..place_names import Place, normalise
from .arabic import fold, forms
from .text import data

POINT_KINDS = ("incident", "gazetteer", "town", "village")
AREA_RANK = {"sub-district": 1, "district": 2, "governorate": 3}
_KIND_WORDS = {"district": "district", "qadha": "district", "qada": "district", "sub-district": "sub-district",
               "subdistrict": "sub-district", "nahiya": "sub-district", "governorate": "governorate",
               "province": "governorate", "town": "town", "city": "town", "village": "village"}
_NEAR_WORDS = ("near", "outskirts of", "close to", "vicinity of", "nearby", "around", "outside", "south of",
               "north of", "east of", "west of", "southwest of", "southeast of", "northwest of", "northeast of",
               "area of", "countryside of", "rural", "قرب", "بالقرب من", "اطراف", "ضواحي", "جنوب", "شمال", "شرق", "غرب",
               "جنوب غرب", "جنوب غربي", "شمال شرق", "شمال شرقي", "جنوب شرق", "جنوب شرقي", "شمال غرب", "شمال غربي",
               "محيط", "اطراف", "مخيم")
_ARABIC_KIND_WORDS = {"قضاء": "district", "ناحيه": "sub-district", "محافظه": "governorate", "مدينه": "town",
                      "بلده": "town", "قريه": "village",
                      # Sorani (folded): قەزای، ناحیەی، پارێزگای، شاری، گوندی
                      "قهزاي": "district", "ناحيهي": "sub-district", "پاريزگاي": "governorate", "شاري": "town",
                      "گوندي": "village"}


def skeleton(name):
    text = normalise(re.sub(r"(?<=[^\W\d_])['’ʿʾ`](?=[^\W\d_])", "", name))  # the 'ayn of "Ba'aj" is no space
    if not text or "\u0600" <= text[:1] <= "\u06FF":
        return text
    text = re.sub(r"^(?:al|el|ad|ar|as|at|az) ", "", text)
    # the final h of a ta marbuta: 'Qayyarah', 'Muqdadiyah'
    text = re.sub(r"(?<=\w[aeiou]{2}|\w\w[aeiou])h\b", "", text)
    for old, new in (("ee", "i"), ("oo", "u"), ("ou", "u"), ("aa", "a"), ("e", "i"), ("o", "u"), ("q", "k"),
                     ("-", " ")):
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@dataclass(frozen=True)
class Known:
    place: Place
    admin1: str = None
    admin2: str = None
    arabic: str = None  # its Arabic name, when known (built-in places)

    @property
    def is_point(self):
        return self.place.kind in POINT_KINDS


@dataclass(frozen=True)
class PlaceMatch:
    known: Known
    start: int
    end: int
    near: bool = False
    area_word: str = None  # "district"/"governorate" said of a place known only as a point (town)
    reference: bool = False  # "south of Kirkuk", "جنوب كركوك": a place the event is placed against

    @property
    def is_point(self):
        return self.known.is_point and self.known.place.longitude is not None and self.area_word is None

    @property
    def label(self):
        kind = self.area_word or self.known.place.kind
        return f"{self.known.place.name} {kind}" if kind in AREA_RANK else self.known.place.name


class Gazetteer:
    """Names to places, by skeleton."""

    def __init__(self):
        self._by_key = {}

    def add(self, known, *names):
        for name in (known.place.name,) + names:
            key = skeleton(name)
            if len(key) >= 3 and known not in self._by_key.setdefault(key, []):
                self._by_key[key].append(known)

    def lookup(self, name):
        return list(self._by_key.get(skeleton(name), ()))

    @classmethod
    def from_index(cls, index):
        """From a PlaceIndex (a place's ``detail`` may hold its higher levels, "district, governorate"),
        then the built-in places for names the index does not know."""
        gazetteer = cls()
        entries = index.entries()
        for key, place in entries:
            gazetteer.add(Known(place, *_admin_from_detail(place)), key)
        for key, known in _built_in()._by_key.items():
            if key not in gazetteer._by_key:
                gazetteer._by_key[key] = list(known)
        return gazetteer

    @classmethod
    def built_in(cls):
        return _built_in()


def _admin_from_detail(place):
    parts = [p.strip() for p in (place.detail or "").split(",") if p.strip()]
    if place.kind == "governorate":
        return place.name, None
    if place.kind == "district":
        return (parts[-1] if parts else None), place.name
    if len(parts) >= 2:
        return parts[-1], parts[-2]
    return None, None


@lru_cache(maxsize=None)
def _built_in():
    raw = data("places.json")
    gazetteer = Gazetteer()
    for entry in raw["places"]:
        place = Place(entry["name"], entry["longitude"], entry["latitude"], entry["kind"],
                      entry.get("source", "GeoNames"))
        gazetteer.add(Known(place, entry["admin1"], entry["admin2"], _arabic(entry["aliases"])), *entry["aliases"])
    for name, aliases in raw["governorates"].items():
        gazetteer.add(Known(Place(name, None, None, "governorate"), name, None), *aliases)
    for unit in data("admin_places.json")["units"]:
        place = Place(unit["name"], unit["longitude"], unit["latitude"], unit["kind"], "COD-AB")
        gazetteer.add(Known(place, unit["admin1"], unit["admin2"], _arabic(unit["aliases"])), *unit["aliases"])
    return gazetteer


def _arabic(names):
    return next((n for n in names if "\u0621" <= n[:1] <= "\u064A"), None)


_ARABIC_KINDS = {"district": "قضاء", "sub-district": "ناحية", "governorate": "محافظة"}


def arabic_label(match):
    """'قضاء خانقين', 'جلولاء': a place in Arabic, for a village named in Arabic; None if not known."""
    name = match.known.arabic
    if not name:
        return None
    kind = match.area_word or match.known.place.kind
    return f"{_ARABIC_KINDS[kind]} {name}" if kind in _ARABIC_KINDS else name


_RIVER_BEFORE = re.compile(r"(?<![\w])(?:[وبلف]?نهر|river)\s+(?:the\s+)?$")
_RIVER_AFTER = re.compile(r"\s+river\b", re.I)


def find_places(gazetteer, sentence):
    """Known places named in a sentence, longest names first, as PlaceMatch in reading order."""
    tokens = sentence.tokens
    text = sentence.text
    found = _hyphenated(gazetteer, sentence)
    taken = {i for i, t in enumerate(tokens) if any(m.start == t.start for m in found)}
    for size in (4, 3, 2, 1):
        for first in range(len(tokens) - size + 1):
            span = tokens[first:first + size]
            if any(i in taken for i in range(first, first + size)):
                continue
            if not all(t.text.isalpha() or "-" in t.text or "'" in t.text for t in span):
                continue
            if not (span[0].is_arabic or (_capitalised(span[0]) and _capitalised(span[-1]))):
                continue
            name = text[span[0].start - sentence.start:span[-1].end - sentence.start]
            possessive = len(name) if re.search(r"['’]s$", name) is None else len(name) - 2  # "Sinjar's countryside"
            candidates = gazetteer.lookup(name[:possessive])
            if not candidates and span[0].is_arabic:
                rest = name[len(span[0].text):]
                candidates = next((found for form in forms(span[0].text)[1:]
                                   for found in [gazetteer.lookup(form + rest)] if found), [])
            if not candidates:
                continue
            after = fold(text[span[-1].end - sentence.start:])
            if _is_outlet(tokens, first, size, after):
                continue
            if size == 1 and span[0].text.startswith("ال") and _ITSELF.match(after):
                continue  # 'الحي نفسه' (the same quarter), 'المنطقة ذاتها': a common noun, not the place of that name
            if _RIVER_BEFORE.search(fold(text[max(0, span[0].start - sentence.start - 12):
                                              span[0].start - sentence.start].casefold())) \
                    or _RIVER_AFTER.match(text[span[-1].end - sentence.start:]):
                continue  # 'في نهر دجلة', 'the Diyala river': the river, not the sub-district or governorate named so
            following = tokens[first + size].lower if first + size < len(tokens) else ""
            organisation = _names_an_organisation(tokens, first, size)
            kind_word = _KIND_WORDS.get(following)
            if span[0].is_arabic and first > 0:
                kind_word = next((_ARABIC_KIND_WORDS[f] for f in forms(tokens[first - 1].text)
                                  if f in _ARABIC_KIND_WORDS), None)
                following = ""
            chosen = _choose(candidates, kind_word)
            area_word = kind_word if kind_word in AREA_RANK and chosen.place.kind != kind_word else None
            end = tokens[first + size].end if following in _KIND_WORDS else span[0].start + possessive
            before = fold(text[max(0, span[0].start - sentence.start - 25):span[0].start - sentence.start].casefold())
            near = any(re.search(r"(?<!\w)" + re.escape(w) + r"\s+(?:the\s+)?$", before) for w in _NEAR_WORDS) \
                or bool(re.match(r"\s+(?:(?:refugee|idp)\s+)?camps?\b", text[end - sentence.start:],
                                 re.I))  # 'Makhmour (refugee) camp', 'مخيم مخمور'

            wider = fold(text[max(0, span[0].start - sentence.start - 70):span[0].start - sentence.start].casefold())
            reference = bool(_DIRECTION.search(before) or _OFFICE_OF.search(before) or _SOURCE_IN.search(before)
                             or _WENT_TOWARD.search(before) or _CARRIED_TO.search(wider)
                             or _SOURCE_IN_ARABIC.search(wider) or _HOSPITAL_BEFORE.search(before)
                             or _HOSPITAL_AFTER.match(text[end - sentence.start:])
                             or _SOURCE_AFTER.match(text[end - sentence.start:])
                             or _A_UNIT_OF.match(text[span[-1].end - sentence.start:])
                             and _names_a_governorate(gazetteer, name)
                             or _holds(gazetteer, text[max(0, span[0].start - sentence.start - 40):
                                                       span[0].start - sentence.start])
                             or _held_in_arabic(gazetteer, tokens, first)
                             or _GLOSS.search(before) and text[end - sentence.start:].lstrip().startswith(")")
                             or (_BETWEEN.search(wider) and not _ROAD_BETWEEN.search(wider))) \
                or organisation \
                or _dateline(text, span[0].start - sentence.start, end - sentence.start) \
                or _frame(text, span[0].start - sentence.start, end - sentence.start)
            found.append(PlaceMatch(chosen, span[0].start, end, near, area_word, reference))
            taken.update(range(first, first + size))
    return _a_force_by_its_town(text, sentence.start, sorted(found, key=lambda m: m.start))


def _a_force_by_its_town(text, offset, found):
    """'Kirkuk police on Wednesday freed a businessman kidnapped on Sunday in Tuz Khurmatu': the police named by
    their town act there; the place the sentence puts the event in is the event's, the town only the force's."""
    placed = [m for m in found if not m.reference
              and _PUT_IN.search(text[max(0, m.start - offset - 40):m.start - offset])]
    return [replace(m, reference=True) if placed and m not in placed and not m.reference
            and _FORCE_AFTER.match(text[m.end - offset:]) else m for m in found]


# the police of a town, lower case, acting ('Kirkuk police freed', 'Diyala police on Sunday arrested')
_FORCE_AFTER = re.compile(r"\s+(?:police|security\s+forces)\b(?!\s+(?:station|checkpoint|patrol|post)s?\b)")
# a place the sentence puts the event in: 'in Tuz Khurmatu', 'near the town of Daquq'
_PUT_IN = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+(?:village|town|city|area|(?:sub-)?district)\s+of\s+)?$")


# 'in the Hamrin mountains, between Kirkuk and Salahuddin', 'بين كركوك وصلاح الدين': places the event lies between
# (not the towns a road between them is named after: places.road_of)
_BETWEEN = re.compile(r"(?:\bbetween|(?<!\w)بين)\s+(?:\S+\s+(?:and\s+)?)?$")
_ROAD_BETWEEN = re.compile(r"(?:\b(?:road|highway|route)\w*|طريق|الطريق)(?:\s+\S+){0,3}\s+(?:between|بين)\s+"
                           r"(?:\S+\s+(?:and\s+)?)?$")


def _held_in_arabic(gazetteer, tokens, first):
    """'في قضاء الدبس بكركوك', 'ناحية العظيم بديالى': a place told with 'ب' right after another holds it."""
    token = tokens[first]
    if not token.is_arabic or not token.text.startswith("ب") or first == 0:
        return False
    for size in (1, 2):
        if first - size < 0 or not all(t.is_arabic for t in tokens[first - size:first]):
            continue
        head, rest = tokens[first - size].text, "".join(" " + t.text for t in tokens[first - size + 1:first])
        if any(gazetteer.lookup(form + rest) for form in forms(head)):
            return True
    return False


def _frame(text, start, end):
    """'In Kirkuk, troops killed two terrorists in an ambush in Wadi al-Shay', 'وفي كركوك، قُتل راعٍ في قرية ...': a
    province opening the sentence frames it, when the sentence names where in it the event was."""
    label = re.fullmatch(r"\W{0,3}", text[:start]) and re.match(r"\s*:", text[end:])  # 'Kirkuk: On 7 May, ...'
    if not label and (not _FRAME_BEFORE.match(fold(text[:start])) or not re.match(r"\s*[,،]", text[end:])):
        return False
    return bool(_WHERE_IN.search(fold(text[end:])))


_FRAME_BEFORE = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:[Ii]n|[Aa]t|و?في)\s+(?:محافظه\s+)?$")
_WHERE_IN = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:village|town|area)\s+of\s+)?[A-Z]"
                       # 'in the central market of Hawija', 'near the main gate of Tuz Khurmatu'
                       r"|\b(?:in|near|at|outside)\s+the\s+(?:[a-z]+\s+){1,2}of\s+[A-Z]"
                       r"|(?<!\w)(?:في|قرب)\s+(?:قريه|ناحيه|منطقه|قضاء|حي|وادي|جبال?|بلده|مجمع)\s")


# an outlet named after a place: 'told Baghdad Today', 'لـ"بغداد اليوم"', 'بغداد اليوم – كركوك:'
# (not 'in Baghdad today', 'في بغداد اليوم', 'شهدت بغداد اليوم')
_OUTLET_AFTER = re.compile(r"\s+(?:Today\b|اليوم(?!\w))")
_OUTLET_PLACES = {"baghdad", normalise("بغداد")}
_PLACE_PREPOSITIONS = {"في", "قرب", "من", "الي", "شهدت", "شهد"}


def _is_outlet(tokens, first, size, after):
    if size != 1 or normalise(tokens[first].text) not in _OUTLET_PLACES or not _OUTLET_AFTER.match(after):
        return False
    before = fold(tokens[first - 1].text) if first > 0 else ""
    return before not in _PLACE_PREPOSITIONS


_ITSELF = re.compile(r"\s+(?:نفسه|نفسها|ذاته|ذاتها)(?![\w])")


def _dateline(text, start, end):
    """'KIRKUK - On 9 March, ...', 'كركوك – ...': the place a report is filed from, at its start (in capitals in
    English), not the event's."""
    # also 'KIRKUK, Iraq (Kurdistan24) – ...'
    # Arabic has no capitals: 'كركوك – قتل مدنيان …'
    # and after the agency: 'واع - كركوك: أعلنت …', 'INA - KIRKUK: …'
    # ... and after an agency of two words: 'بغداد اليوم – كركوك: أفاد مصدر …'
    opening = not text[:start].strip() or bool(re.fullmatch(r"\s*(?:\w\S{0,11}\s+)?\S{1,12}\s*[-–—/]\s*", text[:start]))
    return opening and (text[start:end].isupper() or "\u0600" <= text[start:start + 1] <= "\u06FF") \
        and bool(re.match(r"(?:,\s*[A-Z][\w .]{1,30}){0,2}(?:\s*\([^)]{1,40}\))?\s*[-–—:/]", text[end:]))


# 'in Al-Rashad sub-district (Kirkuk)', 'في ناحية الرشاد (كركوك)': a gloss of the place named before, not the event's
_GLOSS = re.compile(r"[\w.]\s*\(\s*$")


# Where the source is, not the event: 'Police in Kirkuk said they found a body near the Daquq bridge'.
_SOURCE_IN = re.compile(r"\b(?:police|officials?|authorities|sources?|observatory|correspondent|office)\s+in\s+$")
# 'أفاد مصدر أمني في كركوك'، 'أعلن مرصد حقوقي محلي في كركوك': where the source is (not 'مصدر إن انفجاراً في …')
_SOURCE_IN_ARABIC = re.compile(r"(?<!\w)(?:مصدر|مصادر|مسؤول|مسؤولون|مرصد|ضابط|مراسل|مكتب|ناشط|ناشطون|الحكومه|حكومه|"
                               r"مجلس|اداره|مديريه|دائره|محكمه|قياده)"
                               r"(?:\s+(?!(?:ان|بان|لـ?)(?!\w))\S+){0,3}\s+في\s+$")
# the place of the source, not of the event: 'Anbar police told Kurdistan 24', 'Kirkuk officials said'
_SOURCE_AFTER = re.compile(r"\s+(?:police|(?:security\s+)?officials|authorities)\s+"
                           r"(?:told|said|say|reported|announced)\b"
                           # 'a Kirkuk health official told Kurdistan 24', 'a Diyala police source said'
                           r"|\s+(?:health|security|police|provincial|local|medical|municipal)\s+(?:official|officials|"
                           r"source|sources|spokesman|spokesperson|officer)\s+(?:told|said|says|say|reported)\b")
# where the wounded are treated: 'Kirkuk General Hospital', 'a hospital in Kirkuk', 'مستشفى كركوك العام'
_HOSPITAL_BEFORE = re.compile(r"(?:\bhospitals?\s+in\s+|(?<!\w)مستشفي\s+)$")
_HOSPITAL_AFTER = re.compile(r"\s+(?:(?:general|teaching|emergency|republican|children's)\s+)?hospital\b", re.I)
# Where the attackers went, not the event: 'the attackers fled toward the Hamrin mountains', 'withdrew to Hawija'.
_WENT_TOWARD = re.compile(r"\b(?:towards?|(?:fled|escaped|withdrew|retreated|headed)\s+(?:in)?to)\s+(?:the\s+)?$"
                          # where the victims came from: 'while driving back from Kirkuk', 'أثناء عودته من كركوك'
                          r"|\b(?:driving|travell?ing|returning|coming|heading|on\s+(?:his|her|their)\s+way)\s+"
                          r"(?:back\s+|home\s+)*from\s+(?:the\s+)?$"
                          r"|(?<!\w)(?:عائدا|عائدين|عائده|قادما|قادمين|قادمه|عودته|عودتهم|عودتها)\s+من\s+(?:مدينه\s+|قضاء\s+)?$")
# Where the wounded or the dead were taken, not the event: 'the wounded were taken to a hospital in Kirkuk',
# 'ونُقل الجرحى إلى مستشفى كركوك'.
_CARRIED_TO = re.compile(r"(?:\b(?:taken|rushed|transferred|evacuated|brought|transported|flown|moved)\s+"
                         r"(?:\w+\s+)?to\b[^.;]{0,35}"
                         r"|(?<!\w)[وف]?(?:نقل|نقلوا|نقلت|اسعف|اسعفوا|اسعفت)(?!\w)[^.،؛]{0,30}(?:الي|نحو)\s+[^.،؛]{0,25})$")
# The place of an office, not of the event: "the group's 'wali' of Kirkuk", 'the governor of Diyala'.
_OFFICE_OF = re.compile(r"\b(?:wali|emir|amir|governor|mayor|chief|commander|head|leader)['’\"]?\s+of\s+(?:the\s+)?$"
                        # «والي كركوك», 'قائممقام قضاء طوزخورماتو', 'محافظ كركوك'
                        r"|(?<!\w)(?:والي|امير|محافظ|قائممقام|قائمقام)\s+(?:قضاء\s+|ناحيه\s+|محافظه\s+)?$"
)
# 'the Snuny sub-district of Sinjar', 'the Aksu quarter of Tuz Khurmatu': the place that holds the one named before
_HOLDS = re.compile(r"(?P<unit>[A-Z][\w'’-]*)\s+(?:sub-district|district|village|town|area|neighbou?rhood|quarter|"
                    r"camp)\s+of\s+(?:the\s+)?$")


# 'the Kirkuk town of Daquq': the governorate, named before the unit it holds
_A_UNIT_OF = re.compile(r"\s+(?:sub-district|district|village|town|area)\s+of\s+[A-Z]")


def _names_a_governorate(gazetteer, name):
    return any(k.place.kind == "governorate" for suffix in ("", " province", " governorate")
               for k in gazetteer.lookup(name + suffix))


def _holds(gazetteer, before):
    """Whether the place named after ``before`` holds the unit named in it ('the Snuny sub-district of Sinjar'; not
    'the Diyala town of Saadiya', a governorate's town)."""
    match = _HOLDS.search(before)
    return bool(match) and not _names_a_governorate(gazetteer, match.group("unit"))


_DIRECTION = re.compile(r"(?<!\w)(?:(?:south|north|east|west|southwest|southeast|northwest|northeast|south-west|"
                        r"south-east|north-west|north-east)\s+of|(?:جنوب|شمال|شرق|غرب)(?:ي|\s+(?:غرب|شرق)(?:ي)?)?)"
                        r"\s+(?:the\s+)?(?:(?:city|town|district|province|governorate|مدينه|قضاء|محافظه)\s+)?$")


# "the Sinjar Resistance Units", "Kirkuk Operations Command", "قيادة عمليات كركوك": a name more than the place
# of the event (kept, as a place the event may be placed against)
_ORGANISATION_AFTER = {"resistance", "units", "operations", "command", "brigade", "brigades", "regiment", "council",
                       "directorate", "front", "protection", "university", "provincial", "media", "battalion", "police",
                       "government", "administration", "municipality", "court", "health"}
_ARABIC_ORGANISATION_AFTER = {"ناو", "نيوز"}
_ORGANISATION_BEFORE = {"عمليات", "شرطه", "مجلس", "مديريه", "جامعه", "قياده", "فوج", "لواء", "حمايه", "مقاومه",
                        # a matter named after the place: 'اتفاق سنجار', 'ملف كركوك', 'مجزرة سنجار'
                        "اتفاق", "اتفاقيه", "ملف", "ازمه", "قضيه", "مجزره", "ماساه"}
# 'in the Hamrin foothills near Jalawla': a range named like the unit (COD-AB's Hamreen sub-district), which the
# event is only placed against
_RANGE_AFTER = {"foothills", "mountains", "hills", "range", "heights"}
_NEAR_A_TOWN = {"near", "outside", "around", "close", "north", "south", "east", "west", "northeast", "northwest",
                "southeast", "southwest"}
_FORCE_OF_A_PLACE = {"police", "operations", "security"}
_BODY_OF_A_FORCE = {"command", "directorate", "chief", "headquarters", "spokesman", "spokesperson", "department",
                    "committee", "cell", "media"}
# a matter named after the place, not where the event was: 'the 2020 Sinjar agreement', 'the Kirkuk file'
_MATTER_AFTER = {"agreement", "accord", "deal", "file", "issue", "crisis", "dispute", "talks", "question", "massacre",
                 "genocide", "anniversary", "offensive", "campaign", "model", "case"}


def _names_an_organisation(tokens, first, size):
    after = tokens[first + size].lower if first + size < len(tokens) else ""
    if not tokens[first].is_arabic:
        # 'the Kirkuk police command said', 'the Diyala operations command': a body named by its place, lower case
        then = tokens[first + size + 1].lower if first + size + 1 < len(tokens) else ""
        return (after in _ORGANISATION_AFTER and tokens[first + size].is_capitalised) or after in _MATTER_AFTER \
            or (after in _FORCE_OF_A_PLACE and then in _BODY_OF_A_FORCE) \
            or (after in _RANGE_AFTER and then in _NEAR_A_TOWN)
    if after in _ARABIC_ORGANISATION_AFTER:  # 'كركوك ناو': the outlet KirkukNow
        return True
    return first > 0 and any(f in _ORGANISATION_BEFORE for f in forms(tokens[first - 1].text))


def _hyphenated(gazetteer, sentence):
    """'the Kirkuk-Tikrit road', 'Daquq-Tuz': the first known place of a hyphenated pair of names."""
    found = []
    for token in sentence.tokens:
        parts = token.text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
            continue
        offset = 0
        for part in parts:
            candidates = gazetteer.lookup(part)
            if candidates:
                start = token.start + offset
                found.append(PlaceMatch(_choose(candidates, None), start, start + len(part)))
                break
            offset += len(part) + 1
    return found


def _capitalised(token):
    """'Kirkuk', and 'al-Rashad' as well."""
    return token.is_capitalised or bool(re.match(r"(?:al|el|ad|ar|as|at|az|an)-[A-Z]", token.text))


def _choose(candidates, kind_word):
    if kind_word in AREA_RANK:
        wanted = [c for c in candidates if c.place.kind == kind_word]
        if wanted:
            return wanted[0]
    points = [c for c in candidates if c.is_point and c.place.longitude is not None]
    if points:
        return points[0]
    # a governorate and a sub-district of one name ("Salah al-Din"): the larger, unless the text says which
    return sorted(candidates, key=lambda c: -AREA_RANK.get(c.place.kind, 0))[0]


_NAME = r"[A-Z][\w'’-]+(?:\s+(?:[ae]l-)?[A-Z][\w'’-]*){0,2}"
_TWO_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:[ae]l-)?[A-Z][\w'’-]+)?"  # 'Gulajo', 'Tal al-Ward'
_VILLAGE_PATTERNS = (
    re.compile(r"\b(?:village|hamlet|town|settlement|complex|compound|camp)s?\s+of\s+(?P<name>" + _NAME + ")"),
    re.compile(r"\b(?P<name>" + _TWO_WORDS + r")\s+village\b"),
    re.compile(r"\b(?:village|hamlet|settlement)s?\s+of\s+(?P<name>[ae]l-[A-Z][\w'’-]+)"),  # 'the village of al-Khan'
    # 'at the foot of Qarachogh mountain', 'on the slopes of Kortek mountain'
    re.compile(r"\b(?:foot|slopes?|top)\s+of\s+(?P<name>" + _TWO_WORDS + r")\s+mountains?\b"),
    re.compile(r"\bnearby\s+(?P<name>" + _NAME + ")"),
    re.compile(r"\b(?P<name>" + _TWO_WORDS + r"),\s+an?\s+(?:[\w-]+\s+){0,3}village\b"),
    # a quarter of a town: 'the Wahid Huzairan neighbourhood of Kirkuk', 'in Kirkuk's Domiz quarter'
    re.compile(r"(?:\bthe|['’]s)\s+(?P<name>" + _NAME + r")\s+(?:neighbou?rhood|quarter)\b"),
    re.compile(r"\b(?:neighbou?rhood|quarter)\s+of\s+(?P<name>" + _NAME + ")"),
    re.compile(r"\bthe\s+(?P<name>" + _NAME + r")\s+(?:(?:border|mountain|desert|rural|farming|agricultural|resort|"
               r"tourist|residential|industrial|market|oil)\s+)?"
               r"(?:area|valley|basin|desert|plains?|hills|mountains?|region|"
               r"countryside|orchards?)\b"),
    re.compile(r"\b(?:areas?|outskirts|vicinity|countryside|orchards|farmlands?)\s+of\s+(?P<name>" + _NAME + ")"),
    re.compile(r"\b(?P<name>(?:Mount|Mt\.?|Jabal|Jebel)\s+[A-Z][\w'’-]+)"),  # 'on Mount Gara', 'Jabal Makhoul'
    re.compile(r"\b(?P<name>" + _TWO_WORDS + r"\s+(?:International\s+)?Airport)\b"),  # 'Baghdad International Airport'
    # a facility named after its place: 'the Khor Mor gas field', 'the Ain al-Asad air base', 'the Mosul Dam'
    re.compile(r"\bthe\s+(?P<name>" + _NAME + r")\s+(?:gas\s+field|oil\s+field|gas\s+plant|air\s*base|airbase|"
               r"airport|refinery|dam|power\s+plant|military\s+base)\b", re.I),
    # the first of several areas: 'in the Metina, Zap and Avashin-Basyan regions'
    re.compile(r"\bthe\s+(?P<name>" + _TWO_WORDS + r")(?:,\s+" + _TWO_WORDS + r")*,?\s+and\s+" + _TWO_WORDS
               + r"\s+(?:areas|regions|districts|villages|mountains)\b"),
    re.compile(r"\bin\s+(?P<name>" + _NAME + r"),\s+(?:(?:about|some)\s+\d+\s*km\s+)?(?:(?:north|south|east|west|"
               r"northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|"
               r"an?\s+(?:town|village|district|sub-district|area))\b"),
)
# Arabic, on the folded text: قرية الحواشة، منطقة وادي الشاي، ناحية سنوني
_ARABIC_WORD = r"[\u0621-\u064A\u067E\u0686\u0698\u06A4\u06AF\u0695\u06B5]+"  # with the Sorani letters
_ARABIC_VILLAGE = re.compile(r"(?<![\w])(?:[وبلف]?(?:ال)?)"
                             r"(?:قريه|منطقه|ناحيه|جبل|جبال|بلده|حي|قضاء|مجمع|مخيم|محور|گوندي|ناوچهي|"
                             r"منطقتي|قريتي|بلدتي|"  # 'منطقتي متينا وغارا': the first of two
                             r"قريته|قريتها|قريتهم|قريتهما|بلدته|بلدتها|بلدتهم)"  # 'على قريتهم تل علي': theirs
                             r"\s+(?=(?P<name>"  # a lookahead: 'قرية في ناحية سيدكان' reads 'ناحية سيدكان' too
                             + _ARABIC_WORD + r"(?:\s+" + _ARABIC_WORD + r")?))"
                             r"|(?<![\w])(?:(?:في|قرب|من|ب)\s+|ب)(?=(?P<wadi>(?:وادي|جزيره|صحراء|حوض)\s+"
                             # not 'صحراء قضاء الرطبة' (the district's desert: the district names it), nor 'حوض نهر
                             # ديالى' (a river's basin)
                             r"(?!(?:قضاء|ناحيه|محافظه|مدينه|بلده|قريه|نهر)\s)"
                             + _ARABIC_WORD + r"))")
# a place named by a head word, without 'قرية' or 'منطقة' before it: 'في تل الورد', 'قرب عين ليلة', 'في كاني ماسي'
_ARABIC_HEADED = re.compile(r"(?<![\w])(?:في|قرب|بالقرب\s+من)\s+(?P<name>(?:تل|عين|بئر|بير|كاني|قره|البو|ابو|ام)\s+"
                            r"(?!(?:من|في|علي|الي|عن)(?![\w]))" + _ARABIC_WORD + r")")
# a name in no list right after 'قرب' that ends the clause: 'قرب خانصور.' (not 'قرب المنزل.')
_ARABIC_NEAR_NAME = re.compile(r"(?<![\w])(?:قرب|بالقرب\s+من)\s+(?P<name>(?!ال)" + _ARABIC_WORD
                               + r")(?=\s*[.،,؛]|\s*$)")
# a facility named after its place: 'حقل كورمور الغازي', 'قاعدة حرير الجوية' (not 'حقل زراعي', 'قاعدة عسكرية', 'الحقل')
_ARABIC_FACILITY = re.compile(r"(?<![\w])[وبلف]?(?:حقل|حقلي|مصفي|مصفاه|قاعده)\s+(?P<name>(?!ال|لل)" + _ARABIC_WORD
                              + r")(?![\w])(?P<second>\s+" + _ARABIC_WORD + r")?")
_FACILITY_KIND = re.compile(r"\s+ال(?:نفطي|غازي|جويه|عسكريه|نفطيه|غازيه)(?![\w])")
_ARABIC_AIRPORT = re.compile(r"(?<![\w])[وبلف]?(?P<name>مطار\s+(?!ال)" + _ARABIC_WORD + r"(?:\s+الدولي)?)(?![\w])")
_NOT_A_NEAR_NAME = re.compile(r"(?:منزل|مدخل|منطقه|مقر|موقع|سوق|مسجد|مدرسه|جسر|نقطه|سيطره|بيت|محطه|مستشفي|مخيم|"
                              r"قريه|مبني|حدود|طريق|مزرع|بستان|محل|دكان)")  # ('قرب مزرعته': near his farm, no name)
_ARABIC_NAME_HEADS = {"واحد", "ابو", "ام", "تل", "عين", "بئر", "بير", "وادي", "البو", "كاني", "قره", "كرد", "سيد",
                      "شيخ", "جبل", "ال", "دير", "سد", "طوز", "تازه", "بني"}
_ARABIC_NOT_NAMES = {"في", "قرب", "تابعه", "التابعه", "مجاوره", "المجاوره", "نائيه", "اخري", "واحده", "قريبه", "من",
                     "علي",
                     "الي", "عند", "جنوب", "شمال", "شرق", "غرب", "سكني", "سكنيه", "زراعيه", "حدوديه", "الحدوديه",
                     "مجاور", "محاذيه", "ذات", "تقع", "يسكنها", "اخري", "نفسها", "نفسه", "ذاتها", "ذاته", "دون",
                     "بدون",
                     # a kind of area, not its name: 'في منطقة مفتوحة', 'منطقة صحراوية', 'منطقة جبلية وعرة'
                     "مفتوحه", "مكشوفه", "صحراويه", "جبليه", "ريفيه", "خاليه", "مهجوره", "وعره", "نفطيه", "صناعيه",
                     "عسكريه", "تجاريه"}


_ARABIC_ADJECTIVES = {"التابعه", "الواقعه", "المجاوره", "القريبه", "النائيه", "المحاذيه", "المذكوره", "الكبيره",
                      "الصغيره", "الجديده", "القديمه", "الحدوديه", "الزراعيه", "السكنيه", "الشرقيه", "الغربيه",
                      "الشماليه", "الجنوبيه", "المتنازع", "الكرديه", "العربيه", "التركمانيه", "الايزيديه", "الكاكائيه",
                      "المسيحيه", "الشبكيه", "ذاتها", "نفسها", "المحرره", "الامنيه", "العسكريه", "الاخيره", "المنكوبه",
                      # masculine, after a masculine head word: 'جبل متين التابع لقضاء العمادية'
                      "التابع", "الواقع", "المجاور", "القريب", "النائي", "المحاذي", "المذكور"}


# 'قرية كوكجلي الصغيرة', 'قرية الشيخان العليا': Little, Great, Upper, Lower X is another village than X, named with it
_NAME_QUALIFIERS = {"الصغيره", "الكبيره", "الصغري", "الكبري", "العليا", "السفلي"}


# 'القرية', 'المنطقة', 'المخيم' (with the article): the place told before, then an adjective ('المنطقة الصناعية') or
# the rest of the clause ('إدارة المخيم لشبكة رووداو', 'إن المخيم يؤوي'), not a name
_DEFINITE_KIND = re.compile(r"(?:[وبلف]?ال|[وف]?لل)(?:قريه|منطقه|ناحيه|جبل|جبال|بلده|حي|قضاء|مجمع|مخيم|محور)\s")
_NOT_AFTER_ALA = {"بعد", "طريق", "مقربه", "مسافه", "اطراف", "حدود", "يد", "ايدي", "خلفيه", "ضفاف"}


def find_villages(sentence, excluded=()):
    """Villages and areas named in a sentence ('the village of Dara', 'Dara village', 'قرية دارا'),
    known or not: (start, end, name)."""
    results = []
    skip = {normalise(word) for word in excluded}
    for pattern in _VILLAGE_PATTERNS:
        for match in pattern.finditer(sentence.text):
            if match.group("name").casefold() in _COUNTRIES:
                continue  # 'near Sidakan in the Kurdistan region': a country or region frames the place, is none
            _add_village(results, sentence, match.start("name"), match.group("name"), skip)
    for match in _ARABIC_NEAR_NAME.finditer(fold(sentence.text)):
        if match.group("name") not in _ARABIC_NOT_NAMES and not _NOT_A_NEAR_NAME.match(match.group("name")):
            start = match.start("name")
            _add_village(results, sentence, start, sentence.text[start:start + len(match.group("name"))], skip)
    for match in _ARABIC_AIRPORT.finditer(fold(sentence.text)):  # 'مطار بغداد الدولي': the airport, by its name
        _add_village(results, sentence, match.start("name"), sentence.text[match.start("name"):match.end()], skip)
    for match in _ARABIC_FACILITY.finditer(fold(sentence.text)):
        name = match.group("name")
        # 'حقل باي حسن النفطي': the words before the facility's kind are its name, whatever their ending
        kind_after = match.group("second") and _FACILITY_KIND.match(fold(sentence.text), match.end())
        if name not in _ARABIC_NOT_NAMES and name not in {"قد", "كان", "كانت"} and (
                kind_after or not name.endswith(("ي", "يه"))):
            start = match.start("name")
            if match.group("second") and (name in _ARABIC_NAME_HEADS or kind_after):  # 'قاعدة عين الأسد'
                name += match.group("second")
            if kind_after and match.group("name") not in _ARABIC_NAME_HEADS:
                # named with its head word, 'قاعدة كي وان' (a base, not a village 'كي وان'); 'عين الأسد' names itself
                head = match.start() + (match.group(0)[0] in "وبلف")
                name, start = sentence.text[head:start] + name, head
            _add_village(results, sentence, start, sentence.text[start:start + len(name)], skip)
    for match in _ARABIC_HEADED.finditer(fold(sentence.text)):  # 'في تل الورد جنوب داقوق'
        start = match.start("name")
        _add_village(results, sentence, start, sentence.text[start:start + len(match.group("name"))], skip)
    for match in _ARABIC_VILLAGE.finditer(fold(sentence.text)):
        if match.group("wadi"):  # 'في وادي زغيتون', 'في جزيرة سامراء': the valley's or area's name with its head word
            start = match.start("wadi")
            _add_village(results, sentence, start, sentence.text[start:start + len(match.group("wadi"))], skip)
            continue
        words = match.group("name").split()
        if _DEFINITE_KIND.match(fold(sentence.text), match.start()) and words[0] not in _ARABIC_NAME_HEADS:
            continue  # 'وكان راعٍ من أبناء القرية قد قُتل': the village told before, no name
        second = words[1] if len(words) > 1 else ""
        named_ali = words[0] == "علي" and second and not second.startswith("ال") and second not in _ARABIC_NOT_NAMES \
            and second not in _NOT_AFTER_ALA  # 'قرية علي سراي' (a name), not 'قرية على طريق' (on the road)
        if (words[0] in _ARABIC_NOT_NAMES and not named_ali) or normalise(words[0]) in skip:
            continue
        start = match.start("name")
        if second == "علي" and (words[0] in _ARABIC_NAME_HEADS | {"الحاج", "حاج"}
                                or _name_ends_clause(sentence.text, start, match.group("name"))):
            at = start + match.group("name").index(second, len(words[0]))
            # 'قرية الحاج علي', 'قرية خرابة علي التابعة لقضاء داقوق' (the name, with ي), not 'على' (on)
            if sentence.text[at:at + 3] == "علي":
                _add_village(results, sentence, start, sentence.text[start:at + 3], skip)
                continue
        if second == "عبد":  # 'ناحية الملا عبد الله', 'قرية حسن عبد الرحمن': 'عبد' is one name with the word after it
            third = re.match(r"\s+" + _ARABIC_WORD, fold(sentence.text[start + len(match.group("name")):]))
            if third:
                _add_village(results, sentence, start,
                             sentence.text[start:start + len(match.group("name")) + third.end()], skip)
                continue
        keep = 2 if second and second not in _ARABIC_NOT_NAMES and normalise(second) not in skip and (
            words[0] in _ARABIC_NAME_HEADS or named_ali
            or (second.startswith("ال") and second not in _ARABIC_ADJECTIVES) or second in _NAME_QUALIFIERS
            or _name_ends_clause(sentence.text, match.start("name"), match.group("name"))) else 1
        length = len(" ".join(words[:keep])) if keep == 2 else len(words[0])
        start = match.start("name")
        if keep == 1 and second and second not in _ARABIC_NOT_NAMES and not second.startswith("ال"):
            qualified = re.match(r"\s+(\S+)", fold(sentence.text[start + len(match.group("name")):]))
            if qualified and qualified.group(1) in _NAME_QUALIFIERS:  # 'قرية خانة سور العليا'
                length = len(match.group("name")) + qualified.end()
        length += _kurdish_fragments(fold(sentence.text[start:]), length)
        _add_village(results, sentence, start, sentence.text[start:start + length], skip)
    return sorted(results)


def _kurdish_fragments(text, length):
    """'قرية كوردة ره ش': a Kurdish name typed with 'ە' as 'ه' and a space after it ('ڕەش' as 'ره ش'); the short
    pieces after a word that ends so are the name's (not 'قرية دارة في ناحية'): the length they add."""
    added = 0
    while text[:length + added].endswith(("ه", "ة")):
        piece = re.match(r"\s+(" + _ARABIC_WORD + r")(?![\w])", text[length + added:])
        if piece is None or len(piece.group(1)) > 2 or piece.group(1) in _SHORT_WORDS:
            break
        added += piece.end()
    return added


# two-letter Arabic words, never a piece of a name
_SHORT_WORDS = {"في", "من", "عن", "قد", "ما", "لا", "او", "ان", "مع", "لم", "لن", "هو", "هي", "ثم", "كل", "به", "له",
                "اي", "ذا", "بل", "يا", "اذ", "الى", "علي"}


_NOT_SECOND_NAMES = {"مساء", "صباح", "فجر", "ظهر", "عصر", "ليلا", "ليله", "امس", "اليوم", "مؤخرا", "ايضا", "سابقا",
                     "جنوبا", "شمالا", "شرقا", "غربا", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "كذلك", "حاليا",
                     "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"}


def _name_ends_clause(text, start, name):
    """'في قرية باوه شاسوار.': two words after 'قرية' that end the clause (a comma or a stop right after) are
    the village's name, unless the second one is a time, a direction or the like ('قرية دارا مساء،') or opens
    with 'و' ('مختار قرية الدواليب وابنه،'); so are two words that the place they lie in follows ('قرية يني جه
    التابعة لقضاء طوزخورماتو', 'قرب قرية بانه خيلان في قضاء خانقين'), unless the second tells the event
    ('قرية دارا بهجوم في')."""
    words = name.split()
    if len(words) != 2 or words[1].startswith(("ال", "لل")):
        return False
    after = fold(text[start + len(name):])
    community = _OF_A_COMMUNITY.match(after)  # 'قرية ملا صالح الكاكائية التابعة لقضاء داقوق': the people's adjective
    after = after[community.end():] if community else after
    if words[1] in _NOT_SECOND_NAMES:
        # 'بقرية ملا صباح التابعة لقضاء داقوق': a word that is also a time is the name's when the unit it belongs to
        # follows (not 'قرية دارا صباح اليوم', 'قرية دارا مساء، في ناحية')
        return bool(_BELONGS_TO.match(after))
    if words[1].startswith("و"):
        # 'قرية إمام ويس التابعة لناحية السعدية', 'منطقة إمام ويس شمال شرقي ديالى', not 'مختار قرية دارا وابنه في
        # ناحية'
        return bool(_BELONGS_TO.match(after) or _BY_A_DIRECTION.match(after))
    if re.match(r"\s*(?:[.،,؛:]|$)", after):
        return True
    return bool(_LIES_IN.match(after)) and not _MEANS.match(fold(words[1]))


_OF_A_COMMUNITY = re.compile(r"\s+(?:الكاكائيه|الايزيديه|الازيديه|المسيحيه|الشبكيه|التركمانيه|الكرديه|العربيه|"
                             r"الشيعيه|السنيه|الكلدانيه|الاشوريه|السريانيه)(?![\w])")
# where a name lies, by a direction from a place: 'شمال شرقي ديالى', 'جنوب كركوك'
_BY_A_DIRECTION = re.compile(r"\s+(?:جنوب|شمال|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?\s+\S")
# a name's place told as the unit it belongs to ('التابعة لقضاء', 'الواقعة ضمن'): no clause joined by 'و' reads so
_BELONGS_TO = re.compile(r"\s+(?:التابعه|التابع|الواقعه|الواقع|ضمن)(?![\w])")
# the means of the event after a preposition, never a name's second word: 'بهجوم', 'بانفجار', 'برصاص'
_MEANS = re.compile(r"[بل](?:هجوم|هجمات|انفجار|تفجير|قصف|اشتباك|عبوه|نيران|رصاص|غاره|ضربه|كمين|اطلاق|قذيفه|قذائف|صاروخ|"
                    r"طائره|مسيره|لغم|سياره|عمليه|حادث|سلاح)")
# what follows a place's name to tell where it lies: 'التابعة لقضاء', 'في ناحية', 'شمال كركوك', 'بقضاء'
_LIES_IN = re.compile(r"\s+(?:التابعه|التابع|الواقعه|الواقع|ضمن|في|قرب|بالقرب|(?:جنوب|شمال|شرق|غرب)ي?|"
                      r"ب(?:ناحيه|قضاء|محافظه|منطقه))(?![\w])")


_NAMED_AFTER = re.compile(r"(?:\b(?:in|near|at|outside|around|(?:areas?|parts|outskirts|villages)\s+of)(?:\s+the)?"
                          r"|\w['’]s)\s+"
                          r"(?P<name>[A-Z][\w’-]+(?:\s+(?:[ae]l-)?[A-Z][\w’-]+)?)(?:(?![\w'’])"  # 'Wadi al-Shay'
                          # 'in Zinana's fields': the place, by a part of it
                          r"|(?=['’]s\s+(?:fields|farms|orchards|outskirts|market|streets|edge|centre|center)\b))")


# the place people were taken from: 'abducted two farmers from Kani Rash', 'kidnapped from their fields near X'
_TAKEN_FROM = re.compile(r"\b(?:abduct|kidnapp?|seiz|snatch|taken|took|grabb?)\w*\b[^.;:]{0,60}?\bfrom\s+(?:the\s+)?"
                         r"(?P<name>[A-Z][\w’-]+(?:\s+(?:[ae]l-)?[A-Z][\w’-]+)?)(?![\w'’])")


def find_named_places(gazetteer, sentence, excluded=()):
    """Names in no list that the sentence puts its event in or near ('in Khanasor', 'near Tarmiyah',
    'in Tel Banat', 'Tuz Khurmatu's Amerli sub-district'): (start, end, name). Not a known place, a month, a
    weekday, an acronym or an excluded
    word (actors, communities); a name with a known place in it is left to the known place."""
    skip = {normalise(word) for word in excluded}
    results = []
    matches = sorted(list(_NAMED_AFTER.finditer(sentence.text)) + list(_TAKEN_FROM.finditer(sentence.text)),
                     key=lambda m: m.start("name"))
    for match in matches:
        words = match.group("name").split()
        if words[-1].casefold() in _PLACE_KIND_WORDS:
            words = words[:-1]
        if not words or any(w.isupper() or normalise(w) in skip or w.casefold() in _NOT_PLACE_WORDS
                            or re.search(r"[A-Z]\w*-[a-z]", w) for w in words):  # 'Iran-aligned', 'ISIS-linked'
            continue
        name = " ".join(words)
        if gazetteer.lookup(name) or any(gazetteer.lookup(w) for w in words):
            continue
        if re.match(r"\s+(?:road|highway)\b", sentence.text[match.start("name") + len(name):]):
            continue  # 'near the Kirkuk-Baghdad road': a road between places
        start = sentence.start + match.start("name")
        results.append((start, start + len(name), name))
    return results


# 'at Tal al-Ward, Daquq', 'in Khanasor sub-district, Sinjar': a name in no list, then the known place it lies in
_NAME_THEN_KNOWN = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?P<name>" + _TWO_WORDS + r")(?:\s+(?:sub-?district|"
                              r"district|town|village|area|camp|complex|nahiya|neighbou?rhood))?\s*,\s+(?P<known>"
                              + _TWO_WORDS + r")(?![\w'’-])(?!\s*(?:and|or)\b)"
                              r"(?!,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|and\b|or\b))")  # no list of towns


def find_named_places_in_known(gazetteer, sentence, excluded=()):
    """Names in no list followed by the known place they lie in ('at Tal al-Ward, Daquq'): (start, end, name)."""
    skip = {normalise(word) for word in excluded}
    results = []
    for match in _NAME_THEN_KNOWN.finditer(sentence.text):
        words = match.group("name").split()
        if any(w.isupper() or normalise(w) in skip or w.casefold() in _NOT_PLACE_WORDS for w in words):
            continue
        if gazetteer.lookup(match.group("name")) or any(gazetteer.lookup(w) for w in words) \
                or not gazetteer.lookup(match.group("known")):
            continue
        start = sentence.start + match.start("name")
        results.append((start, start + len(match.group("name")), match.group("name")))
    return results


_COUNTRIES = {"kurdistan", "iraq", "syria", "turkey", "iran", "iraqi kurdistan"}
_PLACE_KIND_WORDS = {"district", "sub-district", "subdistrict", "governorate", "province", "town", "village", "city",
                     "area",
               "camp", "region"}
_NOT_PLACE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                    "sunday", "iraq", "kurdistan", "syria", "turkey", "iran", "the", "a", "an", "his", "her", "their",
                    "its", "this", "that", "early", "late", "mid", "total", "addition", "response", "retaliation",
                    "statement", "hospital", "mosul", "baghdad", "erbil", "duhok", "sulaimani", "sulaymaniyah",
                    "syrian", "turkish", "iranian", "sunni", "shia", "shiite", "christian", "muslim", "islamic",
                    "ramadan", "eid", "un", "unami", "ocha", "inso", "ngo"}


def _add_village(results, sentence, offset, name, skip):
    if normalise(name) in skip or any(normalise(part) in skip for part in name.split()[0].split("-")):
        return  # 'Arab-Kurdish village' names no village
    start = sentence.start + offset
    if any(start < e and s < start + len(name) for s, e, _ in results):
        return
    results.append((start, start + len(name), name))


@dataclass(frozen=True)
class Road:
    """A road named after the towns it links: 'the Kirkuk-Baghdad road', 'طريق داقوق – طوزخورماتو'."""
    start: int
    end: int
    first: str
    second: str

    @property
    def label(self):
        if is_arabic_name(self.first):
            return f"طريق {self.first} – {self.second}"
        return f"{self.first}–{self.second} road"


def is_arabic_name(name):
    return "\u0600" <= name[:1] <= "\u06FF"


_ROAD_TOWN = r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?"
_ROAD_WORD = r"[\u0621-\u064A]+"
_ROAD_ADJECTIVES = r"(?:العام|الرئيسي|الدولي|السريع|الخارجي|الرابط|الذي\s+يربط|يربط|الواصل)"
_A_UNIT = r"(?:قضاء|ناحيه|مدينه|بلده|قريه)"  # 'الطريق الرابط بين كركوك وقضاء الدبس': the town, not its unit word
_TWO_KINDS = r"(?:ناحيتي|قضائي|قضايي|مدينتي|بلدتي|قريتي)"  # 'بين ناحيتي العباسي والرياض'
_ROADS = (
    # the Kirkuk-Baghdad road, the Kirkuk - Tikrit highway
    re.compile(r"(?P<a>" + _ROAD_TOWN + r")\s?[-–]\s?(?P<b>" + _ROAD_TOWN + r")\s+(?:road|highway|motorway)\b"),
    # the road between Kirkuk and Laylan, the highway linking Kirkuk to Tikrit
    re.compile(r"\b(?:road|highway)\s+(?:between|linking|connecting|from)\s+(?P<a>" + _ROAD_TOWN + r")\s+"
               r"(?:and|to|with)\s+(?P<b>" + _ROAD_TOWN + r")(?![\w'’])"),
    # طريق كركوك – بغداد، الطريق العام بين قره قوش وبرطلة، الطريق الرابط بين كركوك وتكريت (on the folded text)
    re.compile(r"(?<![\w])[وبل]?(?:ال)?طريق(?:\s+" + _ROAD_ADJECTIVES + r")*\s+(?:بين\s+(?:" + _TWO_KINDS
               + r"\s+|" + _A_UNIT + r"\s+)?(?P<a>" + _ROAD_WORD + r"(?:\s+" + _ROAD_WORD + r"){0,2}?)\s+و(?:" + _A_UNIT
               + r"\s+)?(?P<b>" + _ROAD_WORD
               + r")|(?P<a2>" + _ROAD_WORD + r"(?:\s+" + _ROAD_WORD + r")?)\s*[-–]\s*(?P<b2>" + _ROAD_WORD
               + r"))(?![\w])"),
)


def roads_in(text, start, end):
    """The roads named after towns in ``text[start:end]``, known towns or not: Road."""
    window = fold(text[start:end])
    found = []
    for pattern in _ROADS:
        for match in pattern.finditer(window):
            a, b = ("a2", "b2") if "a2" in pattern.groupindex and match.group("a") is None else ("a", "b")
            found.append(Road(start + match.start(), start + match.end(),
                              text[start + match.start(a):start + match.end(a)],
                              text[start + match.start(b):start + match.end(b)]))
    return sorted(found, key=lambda r: r.start)


def road_of(text, start):
    """The road whose name holds the place named at ``start`` ('the Kirkuk-Tikrit road', 'the road between Kirkuk
    and Tuz', 'طريق كركوك – بغداد'), or None: a town that names a road, not the place of the event."""
    low = max(0, start - 60)
    window = fold(text[low:start + 60])
    for pattern in _ROADS:
        for match in pattern.finditer(window):
            a, b = ("a2", "b2") if "a2" in pattern.groupindex and match.group("a") is None else ("a", "b")
            spans = (match.span(a), (match.start(b) - 1, match.end(b)))  # 'وبرطلة': the town with its 'و'
            if any(x + low <= start < y + low for x, y in spans):
                return Road(low + match.start(), low + match.end(), text[low + match.start(a):low + match.end(a)],
                            text[low + match.start(b):low + match.end(b)])
    return None
