"""The ACLED and UCDP samples of tests/data/import written as analysts have them, for the domain and
QGIS tests: Excel-saved CSV (CRLF, Windows-1252), pandas-saved (index column), headers spelled
otherwise, ACLED Codebook 2016 (upper-case, ally_actor_1) and 2019 (data_id, iso3...) columns, the
ACLED API answer and the UCDP API answer (JSON). XLSX is written with OGR in tests/qgis."""

import csv
import json

from support import TEST_DATA

ACLED = TEST_DATA / "import" / "acled_iraq_sample.csv"
UCDP = TEST_DATA / "import" / "ucdp_ged_iraq_sample.csv"
# Western text for the Windows-1252 variant (the sample's Arabic cannot be written in it).
LATIN = "Médecins Sans Frontières – déplacés près de Qaraqosh (São)"
# UCDP GED columns that the API gives as numbers or booleans rather than text.
UCDP_NUMBERS = ("id", "year", "type_of_violence", "where_prec", "date_prec", "deaths_a", "deaths_b",
                "deaths_civilians", "deaths_unknown", "best", "high", "low", "number_of_sources", "country_id",
                "priogrid_gid", "event_clarity", "conflict_new_id", "dyad_new_id", "side_a_new_id", "side_b_new_id")


def sample(path=ACLED):
    """``(columns, rows)`` of a sample file: rows are dicts of column to text."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames), list(reader)


def write_csv(path, columns, rows, encoding="utf-8", line_end="\n"):
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, lineterminator=line_end)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row)
    return path


def latin_rows(rows):
    """The rows with every cell Windows-1252 cannot hold replaced by :data:`LATIN`."""
    def cell(value):
        try:
            value.encode("cp1252")
            return value
        except UnicodeEncodeError:
            return LATIN
    return [{k: cell(v) for k, v in row.items()} for row in rows]


def acled_excel(path):
    """As Excel saves 'CSV (Comma delimited)' on Western Windows: CRLF, Windows-1252, no BOM."""
    columns, rows = sample()
    return write_csv(path, columns, [[r[c] for c in columns] for r in latin_rows(rows)], "cp1252", "\r\n")


def acled_pandas(path, index_name=""):
    """As pandas ``to_csv`` writes it: a leading index column, its header empty (or 'Unnamed: 0')."""
    columns, rows = sample()
    return write_csv(path, [index_name] + columns, [[str(n)] + [r[c] for c in columns] for n, r in enumerate(rows)])


def acled_spelled(path, spell):
    """The header spelled by ``spell(name)`` (e.g. upper-case, spaces for underscores)."""
    columns, rows = sample()
    return write_csv(path, [spell(c) for c in columns], [[r[c] for c in columns] for r in rows])


def acled_2016(path):
    """The ACLED Codebook 2016 columns (upper-case, ALLY_ACTOR_1, GWNO, EVENT_ID_NO_CNTY, no sub-event
    type); the rows whose event types existed then."""
    columns = ["GWNO", "EVENT_ID_CNTY", "EVENT_ID_NO_CNTY", "EVENT_DATE", "YEAR", "TIME_PRECISION", "EVENT_TYPE",
               "ACTOR1", "ALLY_ACTOR_1", "INTER1", "ACTOR2", "ALLY_ACTOR_2", "INTER2", "INTERACTION", "COUNTRY",
               "ADMIN1", "ADMIN2", "ADMIN3", "LOCATION", "LATITUDE", "LONGITUDE", "GEO_PRECISION", "SOURCE", "NOTES",
               "FATALITIES"]
    _, rows = sample()
    kept = [r for r in rows if r["event_type"] in ("Violence against civilians", "Battles")]
    renamed = {"ALLY_ACTOR_1": "assoc_actor_1", "ALLY_ACTOR_2": "assoc_actor_2", "GWNO": None,
               "EVENT_ID_NO_CNTY": None}
    cells = [["645" if c == "GWNO" else r["event_id_cnty"][3:] if c == "EVENT_ID_NO_CNTY"
              else r[renamed.get(c) or c.lower()] for c in columns] for r in kept]
    write_csv(path, columns, cells)
    return path, kept


def acled_2019(path):
    """The ACLED Codebook 2019 columns (data_id, iso, event_id_no_cnty, ..., iso3), numeric inter1/inter2."""
    columns = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
               "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
               "inter2", "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
               "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"]
    _, rows = sample()
    extra = {"data_id": "7000001", "iso3": "IRQ"}
    cells = [[extra.get(c) or (r["event_id_cnty"][3:] if c == "event_id_no_cnty" else r[c]) for c in columns]
             for r in rows]
    return write_csv(path, columns, cells)


def acled_api_json(path, rows=None):
    """ACLED's API answer (``/acled/read``): every value a string, records in ``data``."""
    if rows is None:
        _, rows = sample()
    answer = {"status": 200, "success": True, "last_update": 48, "count": len(rows), "messages": [],
              "data": rows, "filename": "acled_export"}
    path.write_text(json.dumps(answer, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def ucdp_api_json(path, next_page=None):
    """UCDP's API answer (``/api/gedevents``): numbers as numbers, active_year a boolean, dates with 'T'."""
    _, rows = sample(UCDP)
    records = []
    for row in rows:
        record = {}
        for name, value in row.items():
            if name in UCDP_NUMBERS and value:
                value = int(value)
            elif name in ("latitude", "longitude") and value:
                value = float(value)
            elif name == "active_year":
                value = value.upper() == "TRUE"
            elif name in ("date_start", "date_end") and value:
                value = value[:10] + "T00:00:00"
            elif not value:
                value = None
            record[name] = value
        records.append(record)
    answer = {"TotalCount": len(records) * (2 if next_page else 1), "TotalPages": 2 if next_page else 1,
              "PreviousPageUrl": "", "NextPageUrl": next_page or "", "Result": records}
    path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    return path
