"""The import report (plugin/core/importer.py): reasons grouped and counted, failure said plainly."""

from incident_tracker.plugin.core.importer import ImportReport, _kind
from incident_tracker.plugin.domain.dates import TWO_DIGIT_YEAR


def test_reasons_are_grouped_without_their_values_most_common_first():
    report = ImportReport("/data/acled.csv")
    for line in range(2, 302):
        report.skip(line, f"event_date: '{line}-May-20' ...", _kind(TWO_DIGIT_YEAR, {"field": "event_date",
                                                                                    "value": f"{line}-May-20"}))
    for line in (400, 401):
        report.skip(line, "fatalities: -1 is negative", _kind("{reason}", {"reason": "fatalities: -1 is negative"}))
    report.skip(500, "fatalities: 'many' is not a number",
                _kind("{reason}", {"reason": "fatalities: 'many' is not a number"}))
    ranked = report.common_reasons()
    assert [(rows, line) for _, rows, line in ranked] == [(300, 2), (2, 400), (1, 500)]
    assert ranked[0][0].startswith("event_date: '…' has a two-digit year")
    assert ranked[1][0] == "fatalities: … is negative" and ranked[2][0] == "fatalities: '…' is not a number"
    assert report.reasons_text().startswith("300 × event_date: '…' has a two-digit year")


def test_skipping_every_row_is_a_failure_said_plainly():
    report = ImportReport("/data/acled.csv")
    assert not report.failed  # an empty file: nothing read, nothing to say it failed
    report.skip(2, "latitude is empty", "latitude is empty")
    assert report.failed
    assert report.summary().startswith("Nothing was imported from acled.csv: all 1 rows were skipped. "
                                       "Most common reasons: 1 × latitude is empty (first on line 2)")
    for counted in ("imported", "already_present", "repeated"):
        other = ImportReport("/data/acled.csv")
        other.skip(2, "latitude is empty")
        setattr(other, counted, 1)
        assert not other.failed


def test_the_summary_counts_repeats_disagreements_and_unchecked_points():
    report = ImportReport("/data/acled.csv", imported=10, repeated=2, admin_disagreements=3, unchecked_border=10)
    summary = report.summary()
    assert "2 rows repeated earlier rows of the file exactly" in summary
    assert "3 incidents name other governorates, districts or sub-districts" in summary
    assert "10 points could only be checked against Iraq's bounding box" in summary
