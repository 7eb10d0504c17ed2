"""One row of a UCDP GED CSV as an incident and its sources for the store.

Columns and codes from the UCDP Georeferenced Event Dataset Codebook (version 23.1): id, relid, year,
active_year, code_status, type_of_violence, conflict_*, dyad_*, side_a*, side_b*, number_of_sources,
source_article, source_office, source_date, source_headline, source_original, where_prec,
where_coordinates, where_description, adm_1, adm_2, latitude, longitude, geom_wkt, priogrid_gid,
country, country_id, region, event_clarity, date_prec, date_start, date_end, deaths_a, deaths_b,
deaths_civilians, deaths_unknown, best, high, low, gwnoa, gwnob.
"""

from .i18n import message_template
from .import_cells import RowError, code, coordinate, iso_date, split_list, text, whole_number
from .values import parse_date

REQUIRED_COLUMNS = ("id", "type_of_violence", "date_start", "latitude", "longitude", "best")

# type_of_violence: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence (UCDP GED codebook).
_VIOLENCE = {
    1: ("Battles", "Armed clash", None),
    2: ("Battles", "Armed clash", None),
    3: ("Violence against civilians", "Attack", True),
}
# date_prec 1 exact day; 2 two to six days; 3 a week; 4 a month; 5 longer -> store time_precision 1..3.
_TIME_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
# where_prec 1 exact place; 2 within 25 km; 3 district; 4 governorate; 5 linear feature; 6 country;
# 7 waters -> store geo_precision 1..3.
_GEO_PRECISION = {1: 1, 2: 2, 3: 3, 4: 3, 5: 3, 6: 3, 7: 3}
_ADMIN_SUFFIXES = (" governorate", " province", " district")


def _t(text_):
    return message_template("import", text_)


def admin_name(value):
    """'Kirkuk governorate' -> 'Kirkuk'; 'Daquq district' -> 'Daquq'."""
    if not value:
        return None
    lowered = value.casefold()
    for suffix in _ADMIN_SUFFIXES:
        if lowered.endswith(suffix):
            return value[:-len(suffix)].strip() or None
    return value


def _date_or_none(value):
    try:
        day = parse_date(value)
    except ValueError:
        return None
    return day.isoformat() if day else None


def sources_of(row):
    """One source per ';'-separated item of source_article.

    An item written "Outlet,date,headline" gives the three parts; otherwise the item is the outlet, the
    published date comes from source_date at the same position (or its only date), and the title from
    source_headline when it lists one headline per article.
    """
    articles = split_list(text(row, "source_article"))
    dates = [d.strip() for d in (text(row, "source_date") or "").split(";")]
    headlines = [h.strip() for h in (text(row, "source_headline") or "").split(";")]
    sources = []
    for index, article in enumerate(articles):
        parts = [p.strip() for p in article.split(",", 2)]
        published = _date_or_none(parts[1]) if len(parts) > 1 else None
        if published and parts[0]:
            source = {"outlet": parts[0], "published": published,
                      "title": parts[2] if len(parts) > 2 and parts[2] else None}
        else:
            source = {"outlet": article,
                      "published": _date_or_none(_at(dates, index, len(articles))),
                      "title": (headlines[index] or None) if len(headlines) == len(articles) else None}
        sources.append(source)
    return sources


def _at(values, index, count):
    """The value for item ``index``: positional when the lists match, the single value when one is given."""
    if len(values) == count:
        return values[index]
    if len(values) == 1:
        return values[0]
    return None


def map_row(row, serial_dates=False):
    """``(incident, sources)`` for one UCDP GED row (a dict of column to text); raises :class:`RowError`.

    ``serial_dates``: the file's date columns are all numbers, Excel serial days. adm_1/adm_2 are kept
    as written in source_admin1/2 (and, without ' governorate'/' district', in admin1/2 until the
    store's zones replace them with the COD-AB units at the point).
    """
    violence = code(row, "type_of_violence", _VIOLENCE)
    if violence is None:
        raise RowError(_t("{field} is empty"), field="type_of_violence")
    event_type, sub_event_type, civilians_targeted = _VIOLENCE[violence]
    date_prec = code(row, "date_prec", _TIME_PRECISION)
    where_prec = code(row, "where_prec", _GEO_PRECISION)
    ucdp_id = text(row, "id")
    if ucdp_id is None:
        raise RowError(_t("{field} is empty"), field="id")
    if ucdp_id.endswith(".0"):
        ucdp_id = ucdp_id[:-2]
    date_start = iso_date(row, "date_start", required=True, serials=serial_dates)
    incident = {
        "ucdp_id": ucdp_id,
        "event_date": date_start,
        "date_start": date_start,
        "date_end": iso_date(row, "date_end", serials=serial_dates),
        "time_precision": _TIME_PRECISION.get(date_prec, 1),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "civilian_targeting": civilians_targeted,
        "actor1": text(row, "side_a"),
        "actor2": text(row, "side_b"),
        "location": text(row, "where_coordinates"),
        "admin1": admin_name(text(row, "adm_1")),
        "admin2": admin_name(text(row, "adm_2")),
        "source_admin1": text(row, "adm_1"),
        "source_admin2": text(row, "adm_2"),
        "latitude": coordinate(row, "latitude"),
        "longitude": coordinate(row, "longitude"),
        "geo_precision": _GEO_PRECISION[where_prec] if where_prec is not None else None,
        "fatalities": whole_number(row, "best"),
        "fatalities_low": whole_number(row, "low"),
        "fatalities_high": whole_number(row, "high"),
        "killed_civilians": whole_number(row, "deaths_civilians"),
        "notes": text(row, "source_headline") or text(row, "where_description"),
    }
    # UCDP's figures are its own estimate; no source figure backs them.
    incident["fatalities_manual"] = incident["fatalities"] is not None
    return incident, sources_of(row)
