"""The column names of an imported table (CSV, JSON records, spreadsheet), as the mappers read them.

Names are matched case- and space-insensitively (``Event_Date``, `` event date `` and ``EVENT_DATE``
are ``event_date``); a leading index column without a name (pandas' ``to_csv``: an empty header cell,
or ``Unnamed: 0`` once read and written again) is dropped; a name given twice refuses the file, since
one of the two columns would be lost. ACLED's older names are read as today's.

The column lists followed, by edition:

- ACLED Codebook 2016 (ACLED version 6/7 files, upper-case): GWNO, EVENT_ID_CNTY, EVENT_ID_NO_CNTY,
  EVENT_DATE, YEAR, TIME_PRECISION, EVENT_TYPE, ACTOR1, ALLY_ACTOR_1, INTER1, ACTOR2, ALLY_ACTOR_2,
  INTER2, INTERACTION, COUNTRY, ADMIN1, ADMIN2, ADMIN3, LOCATION, LATITUDE, LONGITUDE, GEO_PRECISION,
  SOURCE, NOTES, FATALITIES. ``ally_actor_1/2`` were renamed ``assoc_actor_1/2`` in 2017.
- ACLED Codebook 2019 (API and export tool 2019-2022): data_id, iso, event_id_cnty, event_id_no_cnty,
  event_date, year, time_precision, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2,
  assoc_actor_2, inter2, interaction, region, country, admin1, admin2, admin3, location, latitude,
  longitude, geo_precision, source, source_scale, notes, fatalities, timestamp, iso3.
- ACLED Codebook 2023: :data:`acled.KNOWN_COLUMNS` (adds disorder_type, civilian_targeting, tags;
  drops data_id, event_id_no_cnty, iso3).
- UCDP GED Codebook 23.1 to 25.1 (CSV and the API's ``gedevents`` records): see :mod:`ucdp`.

``gwno``, ``data_id``, ``iso``/``iso3`` and ``event_id_no_cnty`` are recognised (they make a file an
ACLED one) but not stored: the country codes are Iraq's, ``event_id_no_cnty`` is the number inside
``event_id_cnty`` and ``data_id`` is a row number of ACLED's own database.
"""

import os
import re

from .acled import KNOWN_COLUMNS as ACLED_2023
from .hxl import is_hashtag_row  # noqa: F401 - one rule for CSV, sheets and JSON
from .i18n import message_template

ACLED_2016 = ("gwno", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
              "actor1", "ally_actor_1", "inter1", "actor2", "ally_actor_2", "inter2", "interaction", "country",
              "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
              "notes", "fatalities")
ACLED_2019 = ("data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
              "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
              "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
              "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3")
UCDP_GED = ("id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
            "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
            "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
            "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
            "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
            "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start",
            "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
            "gwnoa", "gwnob")
# Older ACLED names and the name the mapper reads (ACLED Codebook 2017 renamed them).
RENAMED = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}
# What pandas writes for its index: an empty header cell, or "Unnamed: 0" when read and written again.
_INDEX_NAMES = ("", "unnamed: 0", "unnamed:0")
_SEPARATORS = re.compile(r"[\s_]+")


def _t(text):
    return message_template("import", text)


class TableFormatError(ValueError):
    """The file as a whole cannot be read as a table: empty, no header, a column twice, unreadable."""


class Table:
    """What every reader of an imported file has: ``header``, ``(line, row)`` pairs, ``fraction_read()``,
    ``cleaned_lines`` and ``close()``, used in a ``with`` block."""

    header = ()
    cleaned_lines = 0
    notices = ()

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def _key(name):
    return _SEPARATORS.sub("", name.casefold())


_KNOWN = {_key(name): name for names in (ACLED_2016, ACLED_2019, ACLED_2023, UCDP_GED) for name in names}


def column_name(name):
    """The mapper's name for a header cell: 'Event Date' -> 'event_date', 'ALLY_ACTOR_1' -> 'ally_actor_1'."""
    name = name.strip().lstrip("\ufeff").strip()
    return _KNOWN.get(_key(name)) or _SEPARATORS.sub("_", name.casefold())


def is_index_column(name):
    return name.strip().lstrip("\ufeff").strip().casefold() in _INDEX_NAMES


def hashtag_notice(path, line):
    return _t("{file}, line {line}: HXL hashtags (#...), as in HDX downloads, skipped.").format(
        file=os.path.basename(path), line=line)


def looks_like_a_value(name):
    """A header cell that is a number or a date is data: the file has no header line."""
    return name.replace(".", "").replace("-", "").replace("/", "").replace(" ", "").isdigit()


def table_header(names, path):
    """``(header, skip_first, width)`` for the first line's cells ``names`` of the file at ``path``.

    ``skip_first``: the first column is an unnamed index (pandas) to drop from every row; ``width``: the
    number of cells a row has (empty trailing header cells left out). Raises :class:`TableFormatError`
    for a line that is not a header, or a name given twice (naming it and both columns).
    """
    names = list(names)
    while names and not names[-1].strip():
        names.pop()
    skip_first = len(names) > 1 and is_index_column(names[0])
    header = [column_name(n) for n in (names[1:] if skip_first else names)]
    if len(header) < 2 or not all(header) or any(looks_like_a_value(n) for n in names):
        raise TableFormatError(_t("{path}: the first line is not a header of column names: {line}").format(
            path=path, line=", ".join(names)[:200]))
    seen = {}
    for position, name in enumerate(header, start=2 if skip_first else 1):
        if name in seen:
            raise TableFormatError(_t(
                "{path}: the column {name} appears twice (columns {first} and {second}); one of them would be "
                "lost. Rename or delete one and import again.").format(
                path=path, name=name, first=seen[name], second=position))
        seen[name] = position
    for old, new in RENAMED.items():
        if old in seen and new not in seen:
            header[header.index(old)] = new
    return header, skip_first, len(names)
