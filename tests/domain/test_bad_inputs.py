"""The bad-input corpus (tests/data/bad/): every case gives its message, none raises.

Rows go through the ACLED mapping and validation as the importer does; files through the CSV reader
and the importer's row loop (no store: that is tests/qgis/test_bad_files.py).
"""

from datetime import date

import pytest

from incident_tracker.plugin.core.importer import ImportReport, _valid_records, _with_serial_dates
from incident_tracker.plugin.domain import acled, validation
from incident_tracker.plugin.domain.import_cells import RowError
from incident_tracker.plugin.domain.import_columns import TableFormatError
from incident_tracker.plugin.domain.import_formats import AUTO, resolve_format
from incident_tracker.plugin.domain.text_tables import open_text_table

from bad_inputs import TODAY, case_row, file_cases, row_cases, write_case_file

ROWS = row_cases()
# Python's own words, which must never reach a user.
PYTHON_WORDS = ("invalid literal", "could not convert", "Exceeds the limit", "Traceback", "object has no attribute")
FILES = file_cases()


def test_the_corpus_has_at_least_200_cases():
    assert len(ROWS) + len(FILES) >= 200
    assert len({c["id"] for c in ROWS + FILES}) == len(ROWS) + len(FILES)


def message_of(row):
    """What the importer says about ``row`` ('' when it imports)."""
    try:
        incident, sources = acled.map_row(row)
    except RowError as error:
        return str(error)
    problems = validation.validate(incident, sources, today=date.fromisoformat(TODAY), require_source=False)
    return "; ".join(str(p) for p in problems)


@pytest.mark.parametrize("case", ROWS, ids=[c["id"] for c in ROWS])
def test_a_bad_row_gives_its_message(case):
    message = message_of(case_row(case))
    assert not any(python in message for python in PYTHON_WORDS)
    if case.get("needs_zones"):  # only real borders can tell: the bounding box lets it through
        assert message == "" or case["expect"] in message
    elif case["expect"] is None:
        assert message == ""
    else:
        assert case["expect"] in message
        assert len(message) < 300  # a 10 MB cell is not echoed back


@pytest.mark.parametrize("case", FILES, ids=[c["id"] for c in FILES])
def test_a_bad_file_gives_its_message_and_its_good_rows(case, tmp_path):
    path = write_case_file(case, tmp_path)
    if "error" in case:
        with pytest.raises(ValueError) as raised:
            with open_text_table(path) as csv_file:
                resolve_format(csv_file.header, AUTO)
        assert case["error"] in str(raised.value)
        assert isinstance(raised.value, TableFormatError) or "latitude" in case["error"]
        return
    report = ImportReport(str(path))
    with open_text_table(path) as csv_file:
        fmt = resolve_format(csv_file.header, AUTO)
        map_row = _with_serial_dates(fmt, lambda: open_text_table(path))
        records = list(_valid_records(csv_file, map_row, report, None, None, date.fromisoformat(TODAY)))
    assert [line for _, line, _ in report.skipped] == [line for line, _ in case["skipped"]]
    for (_, _, reason), (_, expected) in zip(report.skipped, case["skipped"]):
        assert expected in reason and len(reason) < 300
    assert len(records) == case["imported"] + case.get("already_present", 0)
    assert report.repeated == case.get("repeated", 0)
    for name in ("actor1", "event_type", "event_date"):
        for event_id, value in case.get(name, {}).items():
            assert next(i for i, _ in records if i["event_id_cnty"] == event_id)[name] == value
