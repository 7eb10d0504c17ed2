"""The ACLED-format CSV export reads back exactly through the import's own reader: formula-guarded text,
cells with semicolons, and the HXL-tagged variant (issue 13, "back unchanged"; issue 18, HXL)."""

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_tracker.plugin.domain import exports, hxl
from incident_tracker.plugin.domain.acled import map_row
from incident_tracker.plugin.domain.csv_reading import CsvFile
from incident_tracker.plugin.domain.spreadsheet_cells import FORMULA_PREFIXES, guarded, unguarded, unguarded_cells

FORMULAS = ("=1+1", "+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "'=1+1", "''-x", "'", "it's", "'quoted'",
            "-", "=", "'@")
BASE = {"uuid": "u1", "event_date": "2020-06-14", "time_precision": 1, "disorder_type": "Political violence",
        "event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "Islamic State (Iraq)",
        "inter1": "Rebel groups", "actor2": "Civilians (Iraq)", "inter2": "Civilians", "civilian_targeting": True,
        "location": "Dara", "admin1": "Diyala", "admin1_pcode": "IQG10", "admin2": "Khanaqin",
        "admin2_pcode": "IQG10Q03", "admin3": "Khanaqin", "admin3_pcode": "IQG10Q03N01", "geo_precision": 2,
        "fatalities": 7, "wounded": 5, "abducted": 0, "notes": "Gunmen attacked farmers; 7 killed.",
        "longitude": 45.391234, "latitude": 34.348765, "updated_at": "2020-06-15T10:00:00.000Z"}
SOURCES = [{"outlet": "Kurdistan 24"}, {"outlet": "KirkukNow"}]
TEXT_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1", "admin2", "admin3",
               "notes", "tags", "source_scale", "event_id_cnty")


@given(st.text())
def test_a_guarded_cell_never_starts_a_formula_and_reads_back_exactly(text):
    cell = guarded(text)
    assert not cell.startswith(FORMULA_PREFIXES)
    assert unguarded(cell) == text


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_like_text_and_apostrophes(text):
    assert unguarded(guarded(text)) == text
    assert unguarded_cells(["a", guarded(text)]) == ["a", text]


def _written(incidents, hashtags=False, tmp_path=None):
    stream = io.StringIO(newline="")
    sources = [dict(s, incident_uuid=i["uuid"]) for i in incidents for s in SOURCES]
    exports.write_acled_csv(stream, incidents, sources, hashtags=hashtags)
    path = tmp_path / "export.csv"
    path.write_text(stream.getvalue(), encoding="utf-8", newline="")
    return path, stream.getvalue()


def _read(path):
    with CsvFile(path) as f:
        return list(f)


@pytest.mark.parametrize("text", FORMULAS)
def test_the_export_reads_back_unchanged_formulas_included(text, tmp_path):
    incidents = [dict(BASE, uuid=f"u{n}", **{name: text if n == i else f"{name} {n}" for i, name in
                                             enumerate(TEXT_FIELDS)}) for n in range(len(TEXT_FIELDS))]
    path, raw = _written(incidents, tmp_path=tmp_path)
    rows = _read(path)
    assert len(rows) == len(incidents)
    for n, (incident, (_, row)) in enumerate(zip(incidents, rows)):
        mapped, sources = map_row(row)
        name = TEXT_FIELDS[n]
        assert (mapped[name] or "") == text.strip(), name  # the import strips surrounding spaces
        assert [s["outlet"] for s in sources] == ["Kurdistan 24", "KirkukNow"]
    # and what a spreadsheet reads: no cell starts a formula
    for record in csv.reader(io.StringIO(raw)):
        assert not any(cell.startswith(FORMULA_PREFIXES) for cell in record)


def test_a_cell_with_a_semicolon_stays_quoted(tmp_path):
    _, raw = _written([BASE], tmp_path=tmp_path)
    assert '"Kurdistan 24; KirkukNow"' in raw and '"Gunmen attacked farmers; 7 killed."' in raw
    assert raw.splitlines()[0] == ",".join(exports.ACLED_COLUMNS)  # the header as ACLED writes it


def test_hxl_hashtags_follow_the_header_and_the_file_reads_back(tmp_path):
    path, raw = _written([BASE], hashtags=True, tmp_path=tmp_path)
    header, hashtags = raw.splitlines()[:2]
    assert header.split(",") == list(hxl.COLUMNS) and hashtags.split(",") == list(hxl.HASHTAGS)
    tags = dict(zip(hxl.COLUMNS, hxl.HASHTAGS))
    assert (tags["event_date"], tags["admin1"], tags["admin1_pcode"], tags["admin2"], tags["admin2_pcode"],
            tags["fatalities"], tags["wounded"], tags["event_type"], tags["actor1"], tags["latitude"],
            tags["longitude"], tags["source"]) == (
        "#date+occurred", "#adm1+name", "#adm1+code", "#adm2+name", "#adm2+code", "#affected+killed",
        "#affected+injured", "#event+type", "#group+name+first", "#geo+lat", "#geo+lon", "#meta+source")
    rows = _read(path)
    assert [line for line, _ in rows] == [3]  # the hashtag row is skipped, lines keep their numbers
    row = rows[0][1]
    assert (row["admin2_pcode"], row["wounded"], row["abducted"]) == ("IQG10Q03", "5", "0")
    mapped, _ = map_row(row)
    assert (mapped["event_date"], mapped["fatalities"], mapped["wounded"], mapped["abducted"]) == \
        ("2020-06-14", 7, 5, 0)


def test_the_hashtags_are_hxl_hashtags_for_every_acled_column():
    assert tuple(hxl.ACLED_HASHTAGS) == exports.ACLED_COLUMNS
    assert len(set(hxl.HASHTAGS)) == len(hxl.HASHTAGS)
    for tag in hxl.HASHTAGS:  # HXL 1.1: '#' name, then '+' attributes; lower-case letters, digits, '_'
        assert re.fullmatch(r"#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*", tag), tag


@pytest.mark.parametrize("values, expected", [
    (["#date", "#adm1 +name", "", "#Affected+Killed"], True),
    (["#date", ""], False),  # one hashtag alone is not enough to drop a row
    (["2020-06-14", "#adm1+name"], False),
    (["#1abc", "#date"], False),
    (["#date", "#adm1+"], False),
    (["IRQ1", "2020-06-14", "#hashtag in notes"], False),
])
def test_what_a_hashtag_row_is(values, expected):
    assert hxl.is_hashtag_row(values) is expected
