import codecs

import pytest
from conftest import TEST_DATA

from incident_tracker.plugin.domain.csv_reading import CsvFile, read_rows
from incident_tracker.plugin.domain.import_cells import RowError
from incident_tracker.plugin.domain.import_columns import TableFormatError

ACLED = TEST_DATA / "import" / "acled_iraq_sample.csv"
SINJAR_ACTOR = "تنظيم الدولة الإسلامية"


def write(tmp_path, data, name="f.csv"):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def rows_of(path):
    return list(read_rows(path))


def test_the_acled_sample_is_read_with_header_and_line_numbers():
    with CsvFile(ACLED) as f:
        assert f.encoding == "utf-8" and f.delimiter == ","
        assert f.header[:3] == ["event_id_cnty", "event_date", "year"]
        rows = list(f)
        assert f.fraction_read() == 1.0
    assert [line for line, _ in rows] == list(range(2, 19))
    assert rows[0][1]["event_id_cnty"] == "IRQ90001"
    assert rows[2][1]["actor1"] == SINJAR_ACTOR


@pytest.mark.parametrize("encoding, bom, expected", [
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("cp1256", b"", "cp1256"),
    ("utf-16-le", b"", "utf-16-le"),
])
def test_encodings_are_detected_and_arabic_survives(tmp_path, encoding, bom, expected):
    text = ACLED.read_text(encoding="utf-8")
    path = write(tmp_path, bom + text.encode(encoding))
    with CsvFile(path) as f:
        assert f.encoding == expected
        assert f.header[0] == "event_id_cnty"
        rows = list(f)
    assert len(rows) == 17
    assert rows[2] == (4, rows_of(ACLED)[2][1])
    assert rows[2][1]["location"] == "سنجار"


def test_crlf_line_ends_and_a_multi_line_field_give_the_starting_line(tmp_path):
    path = write(tmp_path, 'id,notes,n\r\n1,"first line\r\nsecond line",5\r\n2,plain,6\r\n')
    rows = rows_of(path)
    assert rows == [(2, {"id": "1", "notes": "first line\r\nsecond line", "n": "5"}),
                    (4, {"id": "2", "notes": "plain", "n": "6"})]


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_delimiters(tmp_path, delimiter):
    path = write(tmp_path, delimiter.join(["id", "notes", "n"]) + "\n" + delimiter.join(["1", "a, b", "3"]) + "\n")
    with CsvFile(path) as f:
        assert f.delimiter == delimiter
        assert list(f) == [(2, {"id": "1", "notes": "a, b", "n": "3"})]


@pytest.mark.parametrize("content", ["", "\n\n  \n", "just one column\nvalue\n", "1,2,3\n4,5,6\n",
                                     "2020-06-14,34.3,45.1\n"])
def test_an_empty_file_or_one_without_header_is_refused_clearly(tmp_path, content):
    with pytest.raises(TableFormatError, match="empty|header"):
        CsvFile(write(tmp_path, content))


def test_a_stray_quote_spoils_only_its_row(tmp_path):
    path = write(tmp_path, 'id,notes,n\n1,ok,1\n2,"bad"x,2\n3,ok,3\n')
    rows = rows_of(path)
    assert [line for line, _ in rows] == [2, 3, 4]
    assert isinstance(rows[1][1], RowError) and "quot" in str(rows[1][1])
    assert rows[2][1] == {"id": "3", "notes": "ok", "n": "3"}


def test_an_unclosed_quote_spoils_only_its_row(tmp_path):
    body = "".join(f"{i},row {i},{i}\n" for i in range(3, 400))
    path = write(tmp_path, 'id,notes,n\n1,ok,1\n2,"never closed,2\n' + body)
    rows = rows_of(path)
    assert isinstance(rows[1][1], RowError) and rows[1][0] == 3
    good = [(line, row["id"]) for line, row in rows if isinstance(row, dict)]
    assert good == [(2, "1")] + [(i + 1, str(i)) for i in range(3, 400)]


def test_an_unclosed_quote_near_the_end_spoils_only_its_row(tmp_path):
    rows = rows_of(write(tmp_path, 'id,notes,n\n1,"never closed,1\n2,ok,2\n3,ok,3\n'))
    assert rows[0][0] == 2 and isinstance(rows[0][1], RowError) and "not closed" in str(rows[0][1])
    assert rows[1:] == [(3, {"id": "2", "notes": "ok", "n": "2"}), (4, {"id": "3", "notes": "ok", "n": "3"})]


def test_a_row_with_too_few_fields_is_reported_and_trailing_empty_fields_are_fine(tmp_path):
    path = write(tmp_path, "id,notes,n\n1,two fields\n2,ok,2,,\n")
    rows = rows_of(path)
    assert isinstance(rows[0][1], RowError) and "2 fields" in str(rows[0][1])
    assert rows[1] == (3, {"id": "2", "notes": "ok", "n": "2"})


def test_a_ten_megabyte_field_is_read_not_a_crash(tmp_path):
    huge = "x" * (10 * 1024 * 1024)
    path = write(tmp_path, f'id,notes,n\n1,"{huge}",1\n2,ok,2\n')
    rows = rows_of(path)
    assert len(rows[0][1]["notes"]) == len(huge)
    assert rows[1] == (3, {"id": "2", "notes": "ok", "n": "2"})
