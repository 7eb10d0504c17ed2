"""The reading layer of the import: encodings decided per file, column names, control characters,
and the API answers (JSON) giving the same rows as the CSV exports."""

import json

import pytest

from incident_tracker.plugin.domain.acled import map_row as map_acled
from incident_tracker.plugin.domain.csv_reading import CsvFile
from incident_tracker.plugin.domain.import_cells import RowError
from incident_tracker.plugin.domain.import_columns import TableFormatError, table_header
from incident_tracker.plugin.domain.import_formats import ACLED as ACLED_FORMAT
from incident_tracker.plugin.domain.import_formats import UCDP as UCDP_FORMAT
from incident_tracker.plugin.domain.import_formats import detect_format
from incident_tracker.plugin.domain.json_reading import JsonFile
from incident_tracker.plugin.domain.sheet_rows import SheetRows
from incident_tracker.plugin.domain.text_encoding import code_page, detect_encoding

from import_variants import (
    ACLED,
    LATIN,
    UCDP,
    acled_2016,
    acled_2019,
    acled_api_json,
    acled_excel,
    acled_pandas,
    acled_spelled,
    latin_rows,
    sample,
    ucdp_api_json,
    write_csv,
)

STATE = "الدولة الإسلامية"
HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,latitude,longitude,fatalities\n"


def row(n, actor):
    return f"IRQ{n},2020-06-14,Battles,Armed clash,{actor},35.4681,44.3922,1\n"


def read(path, reader=CsvFile):
    with reader(path) as table:
        return table.header, list(table)


def good_rows(rows):
    return {line: r for line, r in rows if isinstance(r, dict)}


# --- encodings -------------------------------------------------------------------------------------

def test_one_bad_byte_in_a_utf8_file_skips_its_line_and_leaves_the_arabic_of_the_others(tmp_path):
    lines = [HEADER.encode()] + [row(n, STATE).encode() for n in range(1, 6)]
    lines[3] = lines[3].replace(b"Battles", b"Batt\xffles")  # line 4: one byte no UTF-8 can hold
    path = tmp_path / "damaged.csv"
    path.write_bytes(b"".join(lines))
    assert detect_encoding(path) == "utf-8"
    _, rows = read(path)
    assert [line for line, r in rows if isinstance(r, RowError)] == [4]
    assert "line 4 is not UTF-8 text" in str(dict(rows)[4])
    assert {r["actor1"] for r in good_rows(rows).values()} == {STATE}


def test_a_western_excel_file_is_read_as_windows_1252(tmp_path):
    path = acled_excel(tmp_path / "excel.csv")
    assert detect_encoding(path) == "cp1252"
    _, rows = read(path)
    assert good_rows(rows)[4]["actor1"] == LATIN
    assert good_rows(rows)[2]["notes"].startswith("On 14 June 2020")
    assert all(isinstance(r, dict) for _, r in rows)


@pytest.mark.parametrize("text, expected", [
    (STATE + " / Kirkuk", "cp1256"),
    ("کەرکووک گەرمیان", "cp1256"),  # Sorani letters Windows-1256 holds (ک گ)
    ("Médecins Sans Frontières", "cp1252"),
    ("São Paulo, Bogotá", "cp1252"),
    ("Straße; Ölfeld; Æbleskiver", "cp1252"),
])
def test_windows_1252_and_1256_are_told_apart_by_what_they_decode_to(text, expected):
    data = text.encode(expected, "ignore")
    assert code_page(data) == expected


def test_a_utf8_line_pasted_into_an_arabic_windows_file_is_reported_not_turned_to_mojibake(tmp_path):
    data = (HEADER + row(1, STATE) + row(2, STATE)).encode("cp1256") + row(3, STATE).encode("utf-8") \
        + (row(4, STATE) + row(5, "خلايا نائمة")).encode("cp1256")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    with CsvFile(path) as table:
        assert table.encoding == "cp1256"
        rows = list(table)
    assert [line for line, r in rows if isinstance(r, RowError)] == [4]
    assert "Windows-1256" in str(dict(rows)[4])
    assert [r["actor1"] for r in good_rows(rows).values()] == [STATE, STATE, STATE, "خلايا نائمة"]


def test_a_byte_windows_1252_does_not_define_skips_its_line(tmp_path):
    data = (HEADER + row(1, "Médecins") + row(2, "Caf\x81e") + row(3, "Zoë")).encode("latin-1")
    path = tmp_path / "undefined.csv"
    path.write_bytes(data)
    with CsvFile(path) as table:
        assert table.encoding == "cp1252"
        rows = list(table)
    assert [(line, isinstance(r, RowError)) for line, r in rows] == [(2, False), (3, True), (4, False)]
    assert good_rows(rows)[4]["actor1"] == "Zoë"


# --- column names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("spell", [str.upper, lambda c: c.replace("_", " "), lambda c: f"  {c.title()} ",
                                   lambda c: c.replace("_", " ").upper()], ids=["upper", "spaces", "padded", "words"])
def test_column_names_are_matched_whatever_their_case_and_spaces(tmp_path, spell):
    path = acled_spelled(tmp_path / "spelled.csv", spell)
    header, rows = read(path)
    expected_header, _ = read(ACLED)
    assert header == expected_header
    assert rows == read(ACLED)[1]


@pytest.mark.parametrize("index_name", ["", "Unnamed: 0"])
def test_a_pandas_index_column_is_dropped(tmp_path, index_name):
    path = acled_pandas(tmp_path / "pandas.csv", index_name)
    assert read(path) == read(ACLED)


def test_a_column_given_twice_refuses_the_file_naming_it(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("event_id_cnty,Event Date,event_type,latitude,longitude,EVENT_DATE\nIRQ1,2020-06-14,Battles,"
                    "35.4,44.3,2020-06-15\n", encoding="utf-8")
    with pytest.raises(TableFormatError, match="the column event_date appears twice \\(columns 2 and 6\\)"):
        CsvFile(path)


def test_an_unnamed_column_that_is_not_the_first_is_still_refused():
    with pytest.raises(TableFormatError, match="not a header"):
        table_header(["event_date", "", "latitude"], "f.csv")


def test_acled_2016_columns_are_read_as_acled_with_ally_actors_as_associates(tmp_path):
    path, kept = acled_2016(tmp_path / "acled2016.csv")
    header, rows = read(path)
    assert detect_format(header) == ACLED_FORMAT
    assert "assoc_actor_1" in header and "ally_actor_1" not in header and "gwno" in header
    by_id = {r["event_id_cnty"]: r for r in good_rows(rows).values()}
    mapped = 0
    for original in kept:
        try:
            expected, _ = map_acled(original)
        except RowError:
            continue
        incident, _ = map_acled(by_id[original["event_id_cnty"]])
        assert incident["assoc_actor_1"] == expected["assoc_actor_1"]
        assert incident["inter1"] == expected["inter1"] and not incident["inter1"].isdigit()
        mapped += 1
    assert mapped >= 5 and any(r["assoc_actor_1"] for r in kept)


def test_acled_2019_columns_are_read_as_acled(tmp_path):
    header, rows = read(acled_2019(tmp_path / "acled2019.csv"))
    assert detect_format(header) == ACLED_FORMAT
    assert {"data_id", "iso3", "event_id_no_cnty"} <= set(header)
    old, = [map_acled(r)[0] for r in good_rows(rows).values() if r["event_id_cnty"] == "IRQ90001"]
    new, = [map_acled(r)[0] for _, r in read(ACLED)[1] if r["event_id_cnty"] == "IRQ90001"]
    # 2019 files have no disorder_type, civilian_targeting or tags: not known, everything else the same
    assert old["civilian_targeting"] is None and old["disorder_type"] is None
    assert {k: v for k, v in old.items() if k not in ("civilian_targeting", "disorder_type", "tags")} == \
        {k: v for k, v in new.items() if k not in ("civilian_targeting", "disorder_type", "tags")}


# --- control characters ----------------------------------------------------------------------------

@pytest.mark.parametrize("dirty, clean", [
    ("o\x00k", "ok"), ("\ufeffKirkuk", "Kirkuk"), ("Kir\ufeffkuk", "Kirkuk"),
    ("\u202egnp.exe", "gnp.exe"), ("\u202b" + STATE + "\u202c", STATE), ("a\u2066b\u2069c", "abc"),
    ("\x1b[31mred", "[31mred"), ("tab\tkept", "tab\tkept"), ("\u200f" + STATE, "\u200f" + STATE),
])
def test_control_characters_are_removed_from_every_cell(tmp_path, dirty, clean):
    path = tmp_path / "controls.csv"
    path.write_text(HEADER + row(1, dirty) + row(2, "plain"), encoding="utf-8")
    with CsvFile(path) as table:
        rows = list(table)
        assert table.cleaned_lines == (0 if dirty == clean else 1)
    assert [r["actor1"] for _, r in rows] == [clean, "plain"]


# --- API answers (JSON) ----------------------------------------------------------------------------

def test_an_acled_api_answer_gives_the_rows_of_the_csv_export(tmp_path):
    path = acled_api_json(tmp_path / "acled.json")
    header, rows = read(path, JsonFile)
    csv_header, csv_rows = read(ACLED)
    assert header == csv_header and detect_format(header) == ACLED_FORMAT
    assert [r for _, r in rows] == [r for _, r in csv_rows]
    text = path.read_text(encoding="utf-8").splitlines()
    assert all(text[line - 1].strip() == "{" for line, _ in rows)  # the line where each record starts
    assert text[rows[2][0]].strip() == '"event_id_cnty": "IRQ90003",'


def test_a_ucdp_api_answer_gives_the_rows_of_the_csv_file(tmp_path):
    from incident_tracker.plugin.domain.ucdp import map_row

    header, rows = read(ucdp_api_json(tmp_path / "ucdp.json"), JsonFile)
    csv_header, csv_rows = read(UCDP)
    assert set(header) == set(csv_header) and detect_format(header) == UCDP_FORMAT
    assert rows[0][1]["id"] == "900001" and rows[0][1]["latitude"] == "34.3476"
    for (_, json_row), (_, csv_row) in zip(rows, csv_rows):
        try:
            assert map_row(json_row) == map_row(csv_row)
        except RowError as error:  # the same row is refused the same way
            with pytest.raises(RowError, match=str(error)):
                map_row(csv_row)


def test_one_page_of_a_longer_ucdp_answer_says_so(tmp_path):
    path = ucdp_api_json(tmp_path / "page.json", next_page="https://ucdpapi.pcr.uu.se/api/gedevents/24.1?page=1")
    with JsonFile(path) as table:
        assert len(list(table)) == 6
        assert "one page of a longer UCDP answer (6 of 12 records)" in table.notices[0]


@pytest.mark.parametrize("content, message", [
    ('{"status": 403, "success": false, "error": {"status": 403, "message": "Access denied: key expired"}}',
     "error answer of the ACLED API, not data: Access denied: key expired"),
    ('{"status": 200, "success": true, "count": 0, "data": []}', "holds no records"),
    ('{"TotalCount": 0, "Result": []}', "holds no records"),
    ('{"type": "FeatureCollection", "features": []}', "neither an ACLED API answer"),
    ('{"data": [{"event_date": "2020-06-14",\n "latitude": 35.4,\n}]}', "not valid JSON (broken at line"),  # 3 on Python 3.11, 2 on 3.13
    ('{"data": [{"event_date": "2020-06-14"}', "not valid JSON"),
    ('[1, 2', "not valid JSON"),
])
def test_a_json_file_that_is_not_an_answer_with_records_is_refused_clearly(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TableFormatError, match=None) as raised:
        JsonFile(path)
    assert message in str(raised.value)


def test_a_bad_record_skips_only_itself(tmp_path):
    _, rows = sample()
    records = [dict(r) for r in rows[:4]]
    records[1]["notes"] = ["a", "list"]
    records[3]["fatalities"] = "@BIG@"
    text = json.dumps({"success": True, "data": records}, ensure_ascii=False)
    text = text.replace('"IRQ90003"', '"IRQ90003", "Event_ID_Cnty": "IRQ9"', 1)  # a key twice
    text = text.replace('"@BIG@"', "9" * 5000)  # a 5000-digit number, beyond Python's int-to-text limit
    path = tmp_path / "records.json"
    path.write_text(text, encoding="utf-8")
    _, read_rows = read(path, JsonFile)
    errors = {n: str(r) for n, (_, r) in enumerate(read_rows) if isinstance(r, RowError)}
    assert errors == {1: "notes: a list or an object where one value is expected",
                      2: "the key event_id_cnty is given twice in the record"}
    assert read_rows[3][1]["fatalities"] == "9" * 5000


# --- spreadsheets (the OGR side is in tests/qgis/test_import_formats.py) ----------------------------

def test_sheet_rows_read_dates_index_columns_and_refuse_stray_cells():
    cells = [(1, [None, "event_date", "Actor1", None]),
             (2, ["0", "2020/06/14", "A\u202e", None]),
             (3, ["1", "2020/06/15 10:30:00", "B", "stray"]),
             (4, [None, None, None, None]),
             (5, ["3", "15 June 2020", None, None])]
    sheet = SheetRows("s.xlsx", cells, total=5)
    assert sheet.header == ["event_date", "actor1"]
    rows = list(sheet)
    assert rows[0] == (2, {"event_date": "2020-06-14", "actor1": "A"})
    assert rows[1][0] == 3 and "column 4" in str(rows[1][1])
    assert rows[2] == (5, {"event_date": "15 June 2020", "actor1": ""})
    assert sheet.cleaned_lines == 1 and sheet.fraction_read() == 1.0


def test_variants_kept_aside_read_the_same(tmp_path):
    """Written after the rules: CRLF + pandas index + upper-case + UTF-8 BOM in one file."""
    columns, rows = sample()
    path = tmp_path / "aside.csv"
    write_csv(path, ["Unnamed: 0"] + [c.upper().replace("_", " ") for c in columns],
              [[str(n)] + [r[c] for c in columns] for n, r in enumerate(rows)], "utf-8-sig", "\r\n")
    assert read(path) == read(ACLED)


@pytest.mark.parametrize("variant", ["semicolons_cp1252_index", "utf16_tabs_upper", "quoted_cp1256_trailing_column"])
def test_more_variants_kept_aside_read_the_same(tmp_path, variant):
    """Checked only once the rules were written: the rows are the plain CSV's (Latin text for 1252)."""
    import csv as csv_module

    columns, rows = sample()
    path = tmp_path / f"{variant}.csv"
    encoding, delimiter, first, expected = {
        "semicolons_cp1252_index": ("cp1252", ";", [""], latin_rows(rows)),
        "utf16_tabs_upper": ("utf-16", "\t", [], rows),
        "quoted_cp1256_trailing_column": ("cp1256", ",", [], rows),
    }[variant]
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv_module.writer(f, delimiter=delimiter, lineterminator="\r\n", quoting=csv_module.QUOTE_ALL
                                   if "quoted" in variant else csv_module.QUOTE_MINIMAL)
        trailing = [""] if "trailing" in variant else []
        writer.writerow(first + [c.upper() if "upper" in variant else c for c in columns] + trailing)
        for n, r in enumerate(expected):
            writer.writerow([str(n)] * len(first) + [r[c] for c in columns] + trailing)
    header, read_rows = read(path)
    assert header == columns
    assert [r for _, r in read_rows] == expected


def test_an_api_answer_with_a_bom_and_numbers_as_numbers_reads_the_same(tmp_path):
    columns, rows = sample()
    records = [dict(r, year=int(r["year"])) for r in rows]
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"success": True, "data": records}).encode())
    assert [r for _, r in read(path, JsonFile)[1]] == rows


def test_a_broken_utf16_line_is_reported_and_the_others_read(tmp_path):
    good = [(HEADER + row(1, STATE)).encode("utf-16-le"), row(2, STATE).encode("utf-16-le"),
            (row(3, STATE)).encode("utf-16-le")]
    good[1] = good[1].replace("Battles".encode("utf-16-le"), b"\x00\xdcB\x00")  # a lone low surrogate
    path = tmp_path / "utf16.csv"
    path.write_bytes(b"\xff\xfe" + b"".join(good))
    _, rows = read(path)
    assert [(line, isinstance(r, RowError)) for line, r in rows] == [(2, False), (3, True), (4, False)]
    assert "line 3 is not UTF-16 text" in str(rows[1][1])
    assert rows[2][1]["actor1"] == STATE


def test_the_hxl_hashtag_row_of_hdx_downloads_is_skipped_with_a_notice(tmp_path):
    columns, rows = sample()
    hashtags = ["#event+code", "#date+occurred"] + [f"#x+{c}" for c in columns[2:]]
    hashtags[columns.index("notes")] = ""  # HDX leaves some columns untagged
    path = write_csv(tmp_path / "conflict_data_irq.csv", columns, [hashtags] + [[r[c] for c in columns] for r in rows])
    with CsvFile(path) as table:
        read_rows = list(table)
        assert table.notices == ["conflict_data_irq.csv, line 2: HXL hashtags (#...), as in HDX downloads, skipped."]
    assert [line for line, _ in read_rows] == list(range(3, 20))
    assert [r for _, r in read_rows] == rows
    sheet = SheetRows("s.xlsx", [(1, columns), (2, hashtags), (3, [rows[0][c] for c in columns])])
    assert [line for line, _ in sheet] == [3] and sheet.notices


def test_a_hash_in_an_ordinary_first_row_is_data(tmp_path):
    path = tmp_path / "hash.csv"
    path.write_text(HEADER + row(1, "#Kirkuk") + row(2, "PMF"), encoding="utf-8")
    assert [r["actor1"] for _, r in read(path)[1]] == ["#Kirkuk", "PMF"]


def test_excels_separator_hint_line_gives_the_delimiter(tmp_path):
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\r\n" + HEADER.replace(",", ";") + row(1, "Zoë").replace(",", ";") + "IRQ2;\"a, b\"\r\n",
                    encoding="cp1252")
    with CsvFile(path) as table:
        assert table.delimiter == ";" and table.header_line == 2
        rows = list(table)
    assert rows[0] == (3, dict(zip(HEADER.strip().split(","), row(1, "Zoë").strip().split(","))))
    assert isinstance(rows[1][1], RowError)  # 2 fields where the header has 8
