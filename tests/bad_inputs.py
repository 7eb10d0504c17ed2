"""The bad-input corpus of tests/data/bad/ (see its README.md), shared by the domain and QGIS tests."""

import json

from support import TEST_DATA

BAD = TEST_DATA / "bad"
TODAY = "2024-01-01"  # the corpus's "today": its future dates stay in the future

# A good ACLED row; each row case replaces some of its cells.
BASE_ROW = {
    "event_id_cnty": "IRQ1", "event_date": "2020-06-14", "year": "2020", "time_precision": "1",
    "disorder_type": "Political violence", "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Unidentified Armed Group (Iraq)", "assoc_actor_1": "", "inter1": "3", "actor2": "Civilians (Iraq)",
    "assoc_actor_2": "", "inter2": "7", "interaction": "37", "civilian_targeting": "Civilian targeting", "iso": "368",
    "region": "Middle East", "country": "Iraq", "admin1": "Diyala", "admin2": "Khanaqin", "admin3": "Khanaqin",
    "location": "Khanaqin", "latitude": "34.3476", "longitude": "45.3916", "geo_precision": "1",
    "source": "Kurdistan 24; KirkukNow", "source_scale": "National", "notes": "Gunmen attacked farmers.",
    "fatalities": "2", "tags": "", "timestamp": "1700000000",
}
TEN_MB = 10 * 1024 * 1024


def _value(value):
    return value["repeat"] * value["times"] if isinstance(value, dict) else value


def row_cases():
    with open(BAD / "rows.json", encoding="utf-8") as f:
        return json.load(f)["cases"]


def file_cases():
    cases = []
    for name in ("files.json", "files_values.json"):
        with open(BAD / name, encoding="utf-8") as f:
            cases += json.load(f)["cases"]
    return cases


def case_row(case, event_id=None):
    row = dict(BASE_ROW)
    row.update({name: _value(value) for name, value in case["row"].items()})
    if event_id and "event_id_cnty" not in case["row"]:
        row["event_id_cnty"] = event_id
    return row


def write_case_file(case, folder):
    """The case's file in ``folder`` (a copy of the real file, or its lines written as UTF-8)."""
    path = folder / f"{case['id']}.csv"
    if "file" in case:
        path.write_bytes((BAD / "files" / case["file"]).read_bytes())
        return path
    text = "\n".join(case["lines"]) + "\n"
    for marker, replacement in case.get("generated", {}).items():
        text = text.replace(marker, replacement)
    text = text.replace("@X10MB@", "x" * TEN_MB)
    path.write_text(text, encoding="utf-8")
    return path


def write_rows_file(path, cases, good_rows=True):
    """All row ``cases`` in one ACLED file, each after a good row (unless not ``good_rows``):
    ({case id: line}, [good ids])."""
    import csv

    from incident_tracker.plugin.domain.acled import KNOWN_COLUMNS

    lines, good = {}, []
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, KNOWN_COLUMNS, lineterminator="\n")
        writer.writeheader()
        line = 2
        for n, case in enumerate(cases):
            if good_rows:
                good_id = f"IRQGOOD{n:04d}"
                writer.writerow(dict(BASE_ROW, event_id_cnty=good_id, event_date=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}"))
                good.append(good_id)
                line += 1
            row = case_row(case, event_id=f"IRQCASE{n:04d}")
            lines[case["id"]] = line
            writer.writerow(row)
            f.flush()
            line += 1 + sum(str(v).count("\n") for v in row.values())
    return lines, good
