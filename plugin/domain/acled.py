"""One row of an ACLED export as an incident and its sources for the store.

Columns as in the ACLED Codebook (2023/2024) and the ACLED API/Data Export Tool CSV: event_id_cnty,
event_date, year, time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1,
inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1,
admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities,
tags, timestamp. Older exports add data_id, iso3 and event_id_no_cnty (ignored); optional columns may
be missing. ``wounded`` and ``abducted``, which ACLED does not have, are read when present (the
plugin's HXL export writes them: :mod:`.hxl`).
"""

import re
from functools import lru_cache

from . import taxonomy
from .i18n import QT_TRANSLATE_NOOP, message_template
from .import_cells import RowError, code, coordinate, iso_date, split_list, text, whole_number
from .resources import load_json
from .values import parse_boolean

REQUIRED_COLUMNS = ("event_date", "event_type", "latitude", "longitude")
KNOWN_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")

# Actor type codes of inter1/inter2 (ACLED Codebook, "Actor types"); 0 means no such actor.
ACTOR_TYPES = {
    1: QT_TRANSLATE_NOOP("acled", "State forces"),
    2: QT_TRANSLATE_NOOP("acled", "Rebel groups"),
    3: QT_TRANSLATE_NOOP("acled", "Political militias"),
    4: QT_TRANSLATE_NOOP("acled", "Identity militias"),
    5: QT_TRANSLATE_NOOP("acled", "Rioters"),
    6: QT_TRANSLATE_NOOP("acled", "Protesters"),
    7: QT_TRANSLATE_NOOP("acled", "Civilians"),
    8: QT_TRANSLATE_NOOP("acled", "External/Other forces"),
}
_ACTOR_TYPE_NAMES = {name.casefold(): name for name in ACTOR_TYPES.values()}
# ACLED's exports since 2024 name the types in the singular ("Rebel group").
_ACTOR_TYPE_NAMES.update({name.casefold()[:-1]: name for name in ACTOR_TYPES.values() if name.endswith("s")})
_PRECISIONS = (1, 2, 3)
_TEXT_FIELDS = ("event_id_cnty", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1",
                "admin2", "admin3", "notes", "tags", "source_scale")


def _t(text_):
    return message_template("import", text_)


@lru_cache(maxsize=None)
def _spellings():
    """{casefolded name: the taxonomy's spelling} for event types, sub-event types and disorder types."""
    event_types = {e.casefold(): e for e in taxonomy.event_types()}
    sub_event_types = {s.casefold(): s for s in taxonomy.all_sub_event_types()}
    disorder_types = {d.casefold(): d for d in taxonomy.disorder_types()}
    return event_types, sub_event_types, disorder_types


@lru_cache(maxsize=None)
def _old_event_types():
    """{normalised old event type: its entry} of resources/acled_event_types_2019.json."""
    return {_old_key(name): (name, entry)
            for name, entry in load_json("acled_event_types_2019.json")["old_event_types"].items()}


def _old_key(value):
    """'Battle - No change of territory' and 'battle-no change of territory' alike."""
    return re.sub(r"\s*([-/])\s*", r"\1", " ".join(value.split())).casefold()


def event_types_of(row):
    """``(event_type, sub_event_type, source_event_type)`` of a row: ACLED's pre-2019 event types
    (resources/acled_event_types_2019.json) become today's, the old one kept in ``source_event_type``."""
    event_types, sub_event_types, _ = _spellings()
    event_type = text(row, "event_type")
    if event_type is None:
        raise RowError(_t("{field} is empty"), field="event_type")
    sub_event_type = _spelled(text(row, "sub_event_type"), sub_event_types)
    current = event_types.get(event_type.casefold())
    old = None if current else _old_event_types().get(_old_key(event_type))
    if old is None:
        return current or event_type, sub_event_type, None
    name, entry = old
    new_type = entry.get("event_type")
    if new_type is None:  # Riots/Protests: riots when rioters take part, else protests when protesters do
        actor_types = {(actor_type(row, column) or "").casefold() for column in ("inter1", "inter2")}
        by_type = entry["by_actor_type"]
        new_type = next((by_type[code] for code in sorted(by_type)
                         if ACTOR_TYPES[int(code)].casefold() in actor_types), None)
        if new_type is None:
            raise RowError(_t("event_type: '{value}' (ACLED before 2019) is Riots or Protests by its actors' "
                              "types, and neither inter1 nor inter2 is 5 (Rioters) or 6 (Protesters)"),
                           value=name)
    return new_type, sub_event_type or entry.get("sub_event_type"), name


def _spelled(value, spellings):
    """The taxonomy's spelling of ``value``; an unknown value is kept for validation to report."""
    return spellings.get(value.casefold(), value) if value else None


def actor_type(row, name):
    """inter1/inter2 as the actor type's name: from ACLED's code (0: no such actor), its name in any case
    (the singular of ACLED's 2024 exports too), or other words kept as given; a number that is no code,
    or a cell without letters, is refused."""
    value = text(row, name)
    if value is None:
        return None
    named = _ACTOR_TYPE_NAMES.get(value.casefold())
    if named:
        return named
    if value.replace(".0", "", 1).isdecimal():
        number = whole_number(row, name)
        if number == 0:
            return None
        if number in ACTOR_TYPES:
            return ACTOR_TYPES[number]
    elif not _is_number(value) and any(c.isalpha() for c in value):
        return value
    raise RowError(_t("{field}: {value} is not an ACLED actor type code (1 to 8)"), field=name,
                   value=value[:40])


def _is_number(value):
    try:
        float(value)
    except ValueError:
        return False
    return True


def civilian_targeting(row):
    if "civilian_targeting" not in row:
        return None  # exports before 2022 have no such column: not known
    value = text(row, "civilian_targeting")
    if value is None:
        return False
    try:
        return parse_boolean(value, "civilian_targeting")
    except ValueError as error:
        raise RowError(_t("{reason}"), reason=str(error)) from None


def sources_of(row):
    """One source per outlet of the ';'-separated ``source`` cell (ACLED gives no per-source figures)."""
    return [{"outlet": outlet} for outlet in split_list(text(row, "source"))]


def map_row(row, serial_dates=False):
    """``(incident, sources)`` for one ACLED row (a dict of column to text); raises :class:`RowError`.

    ``serial_dates``: the file's event_date column is all numbers, Excel serial days. The file's
    admin1-admin3 are kept in source_admin1-3 (and in admin1-3 until the store's zones replace them
    with the COD-AB units at the point).
    """
    _, _, disorder_types = _spellings()
    incident = {name: text(row, name) for name in _TEXT_FIELDS}
    for level in ("admin1", "admin2", "admin3"):
        incident["source_" + level] = incident[level]
    event_type, sub_event_type, source_event_type = event_types_of(row)
    incident.update({
        "event_date": iso_date(row, "event_date", required=True, serials=serial_dates),
        "time_precision": code(row, "time_precision", _PRECISIONS),
        "disorder_type": _spelled(text(row, "disorder_type"), disorder_types),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "source_event_type": source_event_type,
        "inter1": actor_type(row, "inter1"),
        "inter2": actor_type(row, "inter2"),
        "civilian_targeting": civilian_targeting(row),
        "latitude": coordinate(row, "latitude"),
        "longitude": coordinate(row, "longitude"),
        "geo_precision": code(row, "geo_precision", _PRECISIONS),
        "fatalities": whole_number(row, "fatalities"),
        "wounded": whole_number(row, "wounded"),
        "abducted": whole_number(row, "abducted"),
    })
    # The figure is ACLED's own; no source figure backs it, so it is the analyst-set best figure.
    incident["fatalities_manual"] = incident["fatalities"] is not None
    return incident, sources_of(row)
