"""Every variant of an ACLED or UCDP file imports the incidents its plain CSV imports, on both store
backends: Excel-saved CSV (CRLF, Windows-1252), pandas-saved (index column), headers spelled
otherwise, the ACLED and UCDP API answers (JSON) and ACLED's XLSX export (written here with OGR)."""

import csv
from datetime import date

import pytest

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.domain.import_columns import TableFormatError
from incident_tracker.plugin.domain.values import parse_date

from import_variants import (
    ACLED,
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

# Fields the store sets itself at each import: not the file's.
_OWN = ("uuid", "created_at", "updated_at", "row_version", "created_by", "likely_duplicate_of")


@pytest.fixture(params=["gpkg", "postgis"])
def any_store(request):
    return request.getfixturevalue("store" if request.param == "gpkg" else "pg_store")


def incidents(store):
    """{event id: the incident's fields from the file}."""
    return {i["event_id_cnty"] or i["ucdp_id"]: {k: v for k, v in i.items() if k not in _OWN}
            for i in store.query()}


def reference(tmp_path, path, fmt="auto"):
    """What the plain CSV at ``path`` imports, in a GeoPackage store of its own."""
    store = GeoPackageStore.create(str(tmp_path / f"reference_{path.stem}.gpkg"))
    try:
        report = import_file(store, path, fmt)
        return report, incidents(store)
    finally:
        store.close()


def write_xlsx(path, columns, rows, index=False, notes_sheet=False):
    """An XLSX workbook as a spreadsheet export holds one: dates as date cells, numbers as numbers;
    ``notes_sheet``: a sheet of notes before the data."""
    from osgeo import ogr

    kinds = {"event_date": ogr.OFTDate, "latitude": ogr.OFTReal, "longitude": ogr.OFTReal,
             "fatalities": ogr.OFTInteger, "year": ogr.OFTInteger}
    dataset = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    if notes_sheet:
        notes = dataset.CreateLayer("Read me", geom_type=ogr.wkbNone)
        notes.CreateField(ogr.FieldDefn("About", ogr.OFTString))
        notes.CreateField(ogr.FieldDefn("Text", ogr.OFTString))
        feature = ogr.Feature(notes.GetLayerDefn())
        feature.SetField(0, "Licence")
        feature.SetField(1, "ACLED terms of use")
        notes.CreateFeature(feature)
    layer = dataset.CreateLayer("ACLED export", geom_type=ogr.wkbNone)
    names = ([""] if index else []) + columns
    for name in names:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if not name else kinds.get(name, ogr.OFTString)))
    for n, row in enumerate(rows):
        feature = ogr.Feature(layer.GetLayerDefn())
        if index:
            feature.SetField(0, n)
        for i, name in enumerate(columns, start=1 if index else 0):
            value = row[name]
            if not value:
                continue
            if name == "event_date":
                day = parse_date(value)
                feature.SetField(i, day.year, day.month, day.day, 0, 0, 0, 0)
            elif name in ("latitude", "longitude"):
                feature.SetField(i, float(value))
            elif name in kinds:
                feature.SetField(i, int(value))
            else:
                feature.SetField(i, value)
        layer.CreateFeature(feature)
    dataset = None
    return path


def typed_rows(rows):
    """The rows whose cells a spreadsheet can hold as dates and numbers (the sample has a broken latitude)."""
    def typed(row):
        try:
            float(row["latitude"]), float(row["longitude"]), int(row["fatalities"] or 0), parse_date(row["event_date"])
            return True
        except ValueError:
            return False
    return [r for r in rows if typed(r)]


@pytest.mark.parametrize("variant", ["excel_cp1252_crlf", "pandas_index", "pandas_unnamed", "header_spelled",
                                     "acled_api_json", "xlsx", "xlsx_with_index", "xlsx_after_a_notes_sheet"])
def test_each_acled_variant_imports_what_the_plain_csv_imports(any_store, tmp_path, variant):
    columns, rows = sample()
    plain = ACLED
    if variant == "excel_cp1252_crlf":
        path = acled_excel(tmp_path / "excel.csv")
        plain = write_csv(tmp_path / "latin.csv", columns, [[r[c] for c in columns] for r in latin_rows(rows)])
    elif variant.startswith("pandas"):
        path = acled_pandas(tmp_path / "pandas.csv", "" if variant == "pandas_index" else "Unnamed: 0")
    elif variant == "header_spelled":
        path = acled_spelled(tmp_path / "spelled.csv", lambda c: f" {c.replace('_', ' ').title()}")
    elif variant == "acled_api_json":
        path = acled_api_json(tmp_path / "acled.json")
    else:
        kept = typed_rows(rows)
        path = write_xlsx(tmp_path / "acled.xlsx", columns, kept, index=variant == "xlsx_with_index",
                          notes_sheet=variant == "xlsx_after_a_notes_sheet")
        plain = write_csv(tmp_path / "typed.csv", columns, [[r[c] for c in columns] for r in kept])
    expected_report, expected = reference(tmp_path, plain)
    report = import_file(any_store, path)
    assert report.format == "acled"
    assert incidents(any_store) == expected and len(expected) >= 10
    assert [reason for _, _, reason in report.skipped] == [reason for _, _, reason in expected_report.skipped]
    if variant != "acled_api_json":  # JSON: the line where the record starts
        assert [line for _, line, _ in report.skipped] == [line for _, line, _ in expected_report.skipped]


def test_the_ucdp_api_answer_imports_what_the_ucdp_csv_imports(any_store, tmp_path):
    expected_report, expected = reference(tmp_path, UCDP)
    report = import_file(any_store, ucdp_api_json(tmp_path / "ucdp.json"))
    assert report.format == "ucdp"
    assert incidents(any_store) == expected and len(expected) == 4
    assert [reason for _, _, reason in report.skipped] == [reason for _, _, reason in expected_report.skipped]


def test_one_page_of_a_ucdp_answer_is_imported_and_said_to_be_one_page(store, tmp_path):
    report = import_file(store, ucdp_api_json(tmp_path / "p.json", next_page="https://ucdpapi.pcr.uu.se/api/x?page=1"))
    assert report.imported == 4
    assert any("one page of a longer UCDP answer" in notice for notice in report.notices)


def test_older_acled_columns_import(store, tmp_path):
    path, kept = acled_2016(tmp_path / "acled2016.csv")
    report = import_file(store, path, today=date(2024, 1, 1))
    assert report.format == "acled" and report.imported >= 5
    stored = incidents(store)
    assert any(i["assoc_actor_1"] for i in stored.values())  # ALLY_ACTOR_1
    report = import_file(store, acled_2019(tmp_path / "acled2019.csv"))
    assert report.format == "acled" and report.already_present == len(stored)


def test_a_column_twice_in_a_spreadsheet_refuses_it_and_writes_nothing(store, tmp_path):
    columns, rows = sample()
    path = write_xlsx(tmp_path / "twice.xlsx", columns + ["Event Date"], [dict(r, **{"Event Date": "2020-01-01"})
                                                                         for r in typed_rows(rows)])
    with pytest.raises(TableFormatError, match="the column event_date appears twice"):
        import_file(store, path)
    assert store.count() == 0


def test_a_zip_that_is_not_a_spreadsheet_is_refused_clearly(store, tmp_path):
    import zipfile

    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("acled.csv", ACLED.read_text(encoding="utf-8"))
    with pytest.raises(TableFormatError, match="not an XLSX spreadsheet"):
        import_file(store, path)


def test_control_characters_are_removed_before_storing_and_counted(any_store, tmp_path):
    columns, rows = sample()
    rows[0]["actor1"] = "\u202eUnidentified\x00 Armed Group (Iraq)\ufeff"
    path = tmp_path / "controls.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns)
        writer.writeheader()
        writer.writerows(rows)
    report = import_file(any_store, path)
    assert incidents(any_store)["IRQ90001"]["actor1"] == "Unidentified Armed Group (Iraq)"
    assert any("removed from 1 lines or cells" in notice for notice in report.notices)


def test_the_processing_algorithm_imports_xlsx_and_json_and_shows_the_notices(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        infos = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.infos.append(info)

    columns, rows = sample()
    xlsx = write_xlsx(tmp_path / "acled.xlsx", columns, typed_rows(rows), index=True)
    target = str(tmp_path / "store.gpkg")
    result = processing.run("incidenttracker:importincidents", {"INPUT": str(xlsx), "FORMAT": 0, "STORE": target})
    assert result["IMPORTED"] >= 10
    feedback = Feedback()
    page = ucdp_api_json(tmp_path / "ucdp.json", next_page="https://ucdpapi.pcr.uu.se/api/gedevents/24.1?page=1")
    result = processing.run("incidenttracker:importincidents", {"INPUT": str(page), "FORMAT": 2, "STORE": target},
                            feedback=feedback)
    assert result["IMPORTED"] == 4
    assert any("one page of a longer UCDP answer" in info for info in feedback.infos)
