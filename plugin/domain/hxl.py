"""HXL hashtags for the ACLED-format CSV export (for HDX), and telling a hashtag row when importing.

HXL (Humanitarian Exchange Language) adds, under a CSV file's header, one row of hashtags saying what
each column holds, which HDX and the HXL tools read. Sources of the tags:

- the HXL Standard 1.1 hashtag and attribute dictionary (hxlstandard.org, "HXL hashtag dictionary":
  ``#date``, ``#event``, ``#group``, ``#adm1``–``#adm3``, ``#loc``, ``#geo``, ``#affected``,
  ``#country``, ``#region``, ``#meta``, ``#description``; attributes ``+name``, ``+code``, ``+type``,
  ``+lat``, ``+lon``, ``+killed``, ``+injured``, ``+source``…);
- for ACLED's columns, the tags HDX itself gives ACLED data (OCHA's ACLED scrapers for HDX:
  ``event_id_cnty`` ``#event+code``, ``event_date`` ``#date+occurred``, ``actor1``
  ``#group+name+first``, ``notes`` ``#description``, ``fatalities`` ``#affected+killed``…).

ACLED's actors are ``#group`` (as HDX tags them; the dictionary has no ``#actor``). Columns neither
source tags get a dictionary hashtag with attributes of our own (``+precision``, ``+disorder``…), as
the standard allows. The HXL export adds the store's P-codes, wounded and abducted after ACLED's columns.
"""

import re

# ACLED's columns, in the export's order (exports.ACLED_COLUMNS), and their hashtags.
ACLED_HASHTAGS = {
    "event_id_cnty": "#event+code",
    "event_date": "#date+occurred",
    "year": "#date+year",
    "time_precision": "#date+precision",
    "disorder_type": "#event+type+disorder",
    "event_type": "#event+type",
    "sub_event_type": "#event+type+sub",
    "actor1": "#group+name+first",
    "assoc_actor_1": "#group+name+first+assoc",
    "inter1": "#group+type+first+code",
    "actor2": "#group+name+second",
    "assoc_actor_2": "#group+name+second+assoc",
    "inter2": "#group+type+second+code",
    "interaction": "#event+interaction+code",
    "civilian_targeting": "#event+civilian_targeting",
    "iso": "#country+code+num",
    "region": "#region+name",
    "country": "#country+name",
    "admin1": "#adm1+name",
    "admin2": "#adm2+name",
    "admin3": "#adm3+name",
    "location": "#loc+name",
    "latitude": "#geo+lat",
    "longitude": "#geo+lon",
    "geo_precision": "#geo+precision",
    "source": "#meta+source",
    "source_scale": "#meta+source+scale",
    "notes": "#description",
    "fatalities": "#affected+killed",
    "tags": "#meta+tags",
    "timestamp": "#date+updated+unix",
}
# What the HXL export adds after ACLED's columns: the store's fields of the same names.
EXTRA_HASHTAGS = {
    "admin1_pcode": "#adm1+code",
    "admin2_pcode": "#adm2+code",
    "admin3_pcode": "#adm3+code",
    "wounded": "#affected+injured",
    "abducted": "#affected+abducted",
}
EXTRA_COLUMNS = tuple(EXTRA_HASHTAGS)
COLUMNS = tuple(ACLED_HASHTAGS) + EXTRA_COLUMNS
HASHTAGS = tuple({**ACLED_HASHTAGS, **EXTRA_HASHTAGS}[column] for column in COLUMNS)

# A hashtag with its attributes ("#adm1 +name"), case-insensitive (HXL Standard 1.1, "Hashtags").
_HASHTAG = re.compile(r"\s*#[a-z][a-z0-9_]*(\s*\+\s*[a-z][a-z0-9_]*)*\s*", re.IGNORECASE)


def is_hashtag_row(values):
    """Whether a CSV row (list of text) is an HXL hashtag row: every non-empty cell a hashtag, at least two."""
    filled = [value.strip() for value in values if value and value.strip()]
    return len(filled) >= 2 and all(_HASHTAG.fullmatch(value) for value in filled)
