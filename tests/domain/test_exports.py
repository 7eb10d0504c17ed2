import csv
import io
import json

from incident_tracker.plugin.domain import exports
from incident_tracker.plugin.domain.acled import KNOWN_COLUMNS, map_row

INCIDENT = {"uuid": "u1", "event_date": "2020-06-14", "time_precision": 1, "disorder_type": "Political violence",
            "event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "Islamic State (Iraq)",
            "inter1": "Rebel groups", "actor2": "Civilians (Iraq)", "inter2": "Civilians",
            "civilian_targeting": True, "location": "Dara", "admin1": "Diyala", "admin2": "Khanaqin",
            "disputed_zone": "Khanaqin", "zone_group": "Khanaqin–Mandali", "geo_precision": 2, "fatalities": 7,
            "notes": "=HYPERLINK(\"http://x\")", "verification": "verified", "created_by": "analyst7",
            "updated_at": "2020-06-15T10:00:00.000Z", "longitude": 45.391234, "latitude": 34.348765}
SOURCES = [{"uuid": "s1", "incident_uuid": "u1", "outlet": "Kurdistan 24", "excerpt": "secret"},
           {"uuid": "s2", "incident_uuid": "u1", "outlet": "KirkukNow", "excerpt": "quote"},
           {"uuid": "s3", "incident_uuid": "u2", "outlet": "Rudaw"}]
OTHER = {"uuid": "u2", "event_date": "2021-01-05", "event_type": "Battles", "admin1": "Kirkuk",
         "verification": "unverified", "longitude": 44.39, "latitude": 35.47}


def test_acled_columns_follow_the_codebook_order():
    assert exports.ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert exports.ACLED_COLUMNS[-3:] == ("fatalities", "tags", "timestamp") and len(exports.ACLED_COLUMNS) == 31


def test_select_by_dates_zones_and_verification():
    incidents = [INCIDENT, OTHER]
    assert [i["uuid"] for i in exports.select(incidents, SOURCES, start="2020-06-14", end="2020-12-31")[0]] == ["u1"]
    kept, sources = exports.select(incidents, SOURCES, zones=["Kirkuk"])
    assert [i["uuid"] for i in kept] == ["u2"] and [s["uuid"] for s in sources] == ["s3"]
    assert [i["uuid"] for i in exports.select(incidents, SOURCES, zones=["Khanaqin–Mandali"])[0]] == ["u1"]
    assert [i["uuid"] for i in exports.select(incidents, SOURCES, verification=["verified"])[0]] == ["u1"]
    assert len(exports.select(incidents, SOURCES)[0]) == 2
    assert exports.period(incidents) == ("2020-06-14", "2021-01-05")


def test_public_mode_drops_internal_fields_and_rounds_coordinates():
    incidents, sources = exports.public_rows([INCIDENT], SOURCES, decimals=2)
    assert "created_by" not in incidents[0] and all("excerpt" not in s for s in sources)
    assert (incidents[0]["longitude"], incidents[0]["latitude"]) == (45.39, 34.35)
    assert INCIDENT["created_by"] == "analyst7"  # the input is not changed
    assert exports.INTERNAL_INCIDENT_FIELDS == ("created_by",) and exports.INTERNAL_SOURCE_FIELDS == ("excerpt",)


def test_spreadsheet_formulas_are_written_as_text():
    for formula in ("=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1"):
        assert exports.spreadsheet_safe(formula) == "'" + formula
    assert exports.spreadsheet_safe(-3) == -3 and exports.spreadsheet_safe("Kirkuk") == "Kirkuk"
    assert exports.spreadsheet_safe(None) == ""


def test_acled_row_codes_actors_and_joins_sources():
    row = exports.acled_row(INCIDENT, SOURCES[:2])
    assert (row["event_id_cnty"], row["year"], row["inter1"], row["inter2"], row["interaction"]) == ("u1", 2020, 2, 7, 27)
    assert row["source"] == "Kurdistan 24; KirkukNow" and row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["country"]) == (368, "Iraq")
    assert row["timestamp"] == 1592215200
    assert exports.interaction_code("State forces", None) == 10


def test_acled_csv_reads_back_through_the_acled_import_mapping():
    stream = io.StringIO(newline="")
    assert exports.write_acled_csv(stream, [INCIDENT, OTHER], SOURCES) == 2
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert tuple(rows[0]) == KNOWN_COLUMNS
    assert rows[0]["notes"].startswith("'=")
    incident, sources = map_row(rows[0])
    for name in ("event_date", "event_type", "sub_event_type", "actor1", "inter1", "inter2", "location",
                 "geo_precision", "fatalities", "civilian_targeting", "admin2"):
        assert incident[name] == INCIDENT[name], name
    assert [s["outlet"] for s in sources] == ["Kurdistan 24", "KirkukNow"]


def test_geojson_features_follow_rfc_7946():
    stream = io.StringIO()
    incidents, sources = exports.public_rows([INCIDENT], SOURCES)
    exports.write_geojson(stream, incidents, sources)
    collection = json.loads(stream.getvalue())
    feature = collection["features"][0]
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    assert feature["geometry"] == {"type": "Point", "coordinates": [45.39, 34.35]}
    assert feature["id"] == "u1" and feature["properties"]["location"] == "Dara"
    assert [s["outlet"] for s in feature["properties"]["sources"]] == ["Kurdistan 24", "KirkukNow"]
    assert "excerpt" not in feature["properties"]["sources"][0] and "created_by" not in feature["properties"]


def test_acled_admin_columns_give_the_sources_own_names_back():
    imported = dict(INCIDENT, admin1="Salah Al-Din", admin2="Al-Daur", admin3="Hamreen", source_admin1="Salah al-Din",
                    source_admin2="Tooz", source_admin3=None, admin_disagreement="admin2")
    row = exports.acled_row(imported)
    assert (row["admin1"], row["admin2"], row["admin3"]) == ("Salah al-Din", "Tooz", "Hamreen")
    incident, _ = map_row({k: str(v) for k, v in row.items()})
    assert (incident["source_admin1"], incident["source_admin2"]) == ("Salah al-Din", "Tooz")
    assert exports.acled_row(INCIDENT)["admin2"] == "Khanaqin"  # typed in: the COD-AB district
