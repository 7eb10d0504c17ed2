"""The disputed boundary zones, as defined in ``resources/disputed_zones.json`` (pure Python).

The definition lists each disputed area by OCHA COD-AB P-code (district, or sub-district where only
part of a district is disputed), with its names, group, status (UNAMI 2009 list, or claimed outside
it) and who held it in three periods, each claim with its sources. This module loads and checks the
file, classifies an administrative unit by its P-codes, and matches areas by name when a boundary
layer has no P-codes.
"""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .i18n import QT_TRANSLATE_NOOP
from .resources import resource_path

DEFINITION_FILE = "disputed_zones.json"
UNKNOWN = "unknown"
PERIODS = ("before_2014", "2014_2017", "after_2017")
# The first day of each period when a zone's claim gives no date of its own ("periods" in the file:
# "June 2014 to 16-17 October 2017", "after 16-17 October 2017"); the first period has no start.
PERIOD_STARTS = {"before_2014": None, "2014_2017": "2014-06-01", "after_2017": "2017-10-17"}
DISTRICT, SUBDISTRICT = "district", "subdistrict"
UNAMI_2009, CLAIMED = "unami_2009", "claimed"

# What a point's or unit's status is, as shown to users (``status`` of a lookup).
STATUS_DISPUTED = QT_TRANSLATE_NOOP("zones", "disputed (UNAMI 2009)")
STATUS_CLAIMED = QT_TRANSLATE_NOOP("zones", "claimed, outside the UNAMI list")
STATUS_KURDISTAN = QT_TRANSLATE_NOOP("zones", "Kurdistan Region")
STATUS_FEDERAL = QT_TRANSLATE_NOOP("zones", "federal Iraq")
STATUS_OUTSIDE = QT_TRANSLATE_NOOP("zones", "outside Iraq")
OUTSIDE_ZONES = QT_TRANSLATE_NOOP("zones", "outside the disputed territories")

# Short codes stored in the zones layers (``region`` field), used by the styles.
REGION_DISPUTED, REGION_CLAIMED, REGION_KURDISTAN, REGION_FEDERAL = "disputed", "claimed", "kurdistan_region", "federal"
STATUS_OF_REGION = {REGION_DISPUTED: STATUS_DISPUTED, REGION_CLAIMED: STATUS_CLAIMED,
                    REGION_KURDISTAN: STATUS_KURDISTAN, REGION_FEDERAL: STATUS_FEDERAL}


class DefinitionError(ValueError):
    """The definition file is malformed; the message says where."""


@dataclass(frozen=True)
class ControlClaim:
    period: str
    holder: str
    sources: tuple
    note: str = ""
    start: str = None  # ISO date this zone's period began, when its sources date it (else PERIOD_STARTS)
    phases: tuple = ()  # ControlClaim of shorter spells inside the period (``start``/``end`` given)
    end: str = None  # for phases only

    def source_text(self, definition):
        """Sources as one line ("UNAMI ... (2009-04-22) <url>; ..."), or "unknown"."""
        if not self.sources:
            return UNKNOWN
        return "; ".join(definition.cite(s) for s in self.sources)


@dataclass(frozen=True)
class Group:
    id: str
    name_en: str
    name_ar: str
    name_ckb: str

    def name(self, language="en"):
        return _pick_name(self, language)


@dataclass(frozen=True)
class Area:
    id: str
    level: str
    admin1_pcode: str
    admin2_pcode: str
    admin3_pcode: str
    governorate: str
    name_en: str
    name_ar: str
    name_ckb: str
    group: str
    status: str
    status_source: str
    control: tuple  # of ControlClaim, in PERIODS order
    aliases: tuple = ()
    district_en: str = None
    note: str = ""

    @property
    def pcode(self):
        return self.admin3_pcode if self.level == SUBDISTRICT else self.admin2_pcode

    @property
    def region(self):
        return REGION_DISPUTED if self.status == UNAMI_2009 else REGION_CLAIMED

    @property
    def status_label(self):
        return STATUS_OF_REGION[self.region]

    def name(self, language="en"):
        return _pick_name(self, language)

    def claim(self, period):
        return next(c for c in self.control if c.period == period)


@dataclass(frozen=True)
class KurdistanRegion:
    name_en: str
    name_ar: str
    name_ckb: str
    admin1_pcodes: tuple
    admin1_names_en: tuple
    source: str
    note: str = ""

    def name(self, language="en"):
        return _pick_name(self, language)


@dataclass
class Definition:
    areas: list
    groups: dict
    kurdistan_region: KurdistanRegion
    sources: dict
    periods: dict = field(default_factory=dict)

    def __post_init__(self):
        self._by_district = {a.admin2_pcode: a for a in self.areas if a.level == DISTRICT}
        self._by_subdistrict = {a.admin3_pcode: a for a in self.areas if a.level == SUBDISTRICT}

    def cite(self, source_id):
        if not source_id or source_id == UNKNOWN:
            return UNKNOWN
        s = self.sources[source_id]
        return f"{s['publisher']}, \"{s['title']}\" ({s['date']}) {s['url']}"

    def area_for(self, admin2_pcode=None, admin3_pcode=None):
        """The disputed area containing a unit with these P-codes, or None."""
        if admin3_pcode and admin3_pcode in self._by_subdistrict:
            return self._by_subdistrict[admin3_pcode]
        if admin2_pcode and admin2_pcode in self._by_district:
            return self._by_district[admin2_pcode]
        return None

    def is_kurdistan_region(self, admin1_pcode=None, admin1_name=None):
        if admin1_pcode:
            return admin1_pcode in self.kurdistan_region.admin1_pcodes
        if admin1_name:
            names = {normalise_name(n) for n in self.kurdistan_region.admin1_names_en}
            return normalise_name(admin1_name) in names
        return False

    def region_of(self, admin1_pcode=None, admin2_pcode=None, admin3_pcode=None, admin1_name=None):
        """(region code, area or None) of an administrative unit."""
        area = self.area_for(admin2_pcode, admin3_pcode)
        if area is not None:
            return area.region, area
        if self.is_kurdistan_region(admin1_pcode, admin1_name):
            return REGION_KURDISTAN, None
        return REGION_FEDERAL, None

    def group_of(self, area):
        return self.groups[area.group] if area is not None else None


@lru_cache(maxsize=4)
def display_names(language):
    """The shipped definition's area and group names (English, as the store holds them) -> their names
    in ``language`` ("ar", "ckb"), English where the definition has none."""
    definition = load_definition()
    return {item.name_en: item.name(language) for item in list(definition.areas) + list(definition.groups.values())}


def _pick_name(item, language):
    value = getattr(item, "name_" + (language or "en"), None)
    return value if value and value != UNKNOWN else item.name_en


def load_definition(path=None):
    """Read and check the definition (the shipped resource unless ``path`` is given)."""
    path = path or resource_path(DEFINITION_FILE)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return parse_definition(data)


def parse_definition(data):
    sources = data.get("sources") or {}
    groups = {}
    for g in data.get("groups", ()):
        groups[g["id"]] = Group(g["id"], g["name_en"], g.get("name_ar") or UNKNOWN, g.get("name_ckb") or UNKNOWN)
    areas, seen = [], set()
    for raw in data.get("areas", ()):
        where = f"area {raw.get('id')!r}"
        for key in ("id", "level", "admin1_pcode", "admin2_pcode", "name_en", "group", "status", "control"):
            if not raw.get(key):
                raise DefinitionError(f"{where}: missing {key!r}")
        if raw["level"] not in (DISTRICT, SUBDISTRICT):
            raise DefinitionError(f"{where}: level must be district or subdistrict")
        if raw["level"] == SUBDISTRICT and not raw.get("admin3_pcode"):
            raise DefinitionError(f"{where}: a sub-district needs admin3_pcode")
        if raw["status"] not in (UNAMI_2009, CLAIMED):
            raise DefinitionError(f"{where}: unknown status {raw['status']!r}")
        if raw["group"] not in groups:
            raise DefinitionError(f"{where}: unknown group {raw['group']!r}")
        if raw["id"] in seen:
            raise DefinitionError(f"{where}: duplicate id")
        seen.add(raw["id"])
        _check_source(raw.get("status_source"), sources, where)
        claims = []
        for period in PERIODS:
            c = raw["control"].get(period)
            if c is None or not c.get("holder"):
                raise DefinitionError(f"{where}: no holder for {period} (write \"unknown\")")
            for s in c.get("sources", ()):
                _check_source(s, sources, where)
            if c["holder"] != UNKNOWN and not c.get("sources"):
                raise DefinitionError(f"{where}: the {period} holder {c['holder']!r} has no source")
            claims.append(_claim(period, c, sources, f"{where}, {period}"))
        areas.append(Area(
            id=raw["id"], level=raw["level"], admin1_pcode=raw["admin1_pcode"], admin2_pcode=raw["admin2_pcode"],
            admin3_pcode=raw.get("admin3_pcode"), governorate=raw.get("governorate", UNKNOWN),
            name_en=raw["name_en"], name_ar=raw.get("name_ar") or UNKNOWN, name_ckb=raw.get("name_ckb") or UNKNOWN,
            group=raw["group"], status=raw["status"], status_source=raw.get("status_source") or UNKNOWN,
            control=tuple(claims), aliases=tuple(raw.get("aliases", ())), district_en=raw.get("district_en"),
            note=raw.get("note", "")))
    kr = data.get("kurdistan_region") or {}
    if not kr.get("admin1_pcodes"):
        raise DefinitionError("kurdistan_region: missing admin1_pcodes")
    _check_source(kr.get("source"), sources, "kurdistan_region")
    region = KurdistanRegion(kr["name_en"], kr.get("name_ar") or UNKNOWN, kr.get("name_ckb") or UNKNOWN,
                             tuple(kr["admin1_pcodes"]), tuple(kr.get("admin1_names_en", ())), kr["source"],
                             kr.get("note", ""))
    return Definition(areas, groups, region, sources, data.get("periods", {}))


def _iso_day(value, where):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise DefinitionError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _claim(period, raw, sources, where):
    """A period's claim, with its own start date and its phases (checked: dated, sourced, in order)."""
    phases = []
    for phase in raw.get("phases", ()):
        start, end = _iso_day(phase.get("start"), where), _iso_day(phase.get("end"), where)
        if not (start and end and start <= end):
            raise DefinitionError(f"{where}: a phase needs a start and an end, in that order")
        if not phase.get("holder") or (phase["holder"] != UNKNOWN and not phase.get("sources")):
            raise DefinitionError(f"{where}: the phase from {start} needs a holder and its sources")
        for s in phase.get("sources", ()):
            _check_source(s, sources, where)
        if phases and start <= phases[-1].end:
            raise DefinitionError(f"{where}: phases overlap")
        phases.append(ControlClaim(period, phase["holder"], tuple(phase.get("sources", ())), phase.get("note", ""),
                                   start=start, end=end))
    return ControlClaim(period, raw["holder"], tuple(raw.get("sources", ())), raw.get("note", ""),
                        start=_iso_day(raw.get("start"), where), phases=tuple(phases))


def _check_source(source_id, sources, where):
    if source_id and source_id != UNKNOWN and source_id not in sources:
        raise DefinitionError(f"{where}: unknown source {source_id!r}")


# --- matching by name (for boundary layers without P-codes) ---------------------------------------

_ARTICLE = re.compile(r"^(al|el|ad|an|ar|as|ash|at|az)\s+")


def normalise_name(name):
    """Lower case, no accents, no punctuation, no leading Arabic article: 'Al-Hawiga' -> 'hawiga'."""
    if name is None:
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = _ARTICLE.sub("", text)
    return re.sub(r"\s+", " ", text)


def _names_of(area):
    return {normalise_name(n) for n in (area.name_en,) + tuple(area.aliases) if n}


@dataclass
class NameMatch:
    """Result of :func:`match_by_name`: {area id: unit key}, and what could not be matched."""

    matched: dict = field(default_factory=dict)
    unmatched: list = field(default_factory=list)   # area ids
    ambiguous: dict = field(default_factory=dict)   # area id: [unit keys]


def match_by_name(definition, districts, subdistricts=()):
    """Match the definition's areas to units by name.

    ``districts`` and ``subdistricts`` are iterables of ``(key, name, parent_name)`` (parent_name is
    the district of a sub-district, or None). A sub-district area whose name matches several units
    is disambiguated by its district name.
    """
    districts, subdistricts = list(districts), list(subdistricts)
    result = NameMatch()
    for area in definition.areas:
        names = _names_of(area)
        units = districts if area.level == DISTRICT else subdistricts
        found = [key for key, name, _parent in units if normalise_name(name) in names]
        if len(found) > 1 and area.level == SUBDISTRICT and area.district_en:
            parent = normalise_name(area.district_en)
            found = [key for key, name, p in units if normalise_name(name) in names and normalise_name(p) == parent]
        if len(found) == 1:
            result.matched[area.id] = found[0]
        elif not found:
            result.unmatched.append(area.id)
        else:
            result.ambiguous[area.id] = found
    return result
