"""The bad-input corpus (tests/data/bad/) through import_file into a store with zones: bad rows are
skipped with their message and line, good rows in the same file still import, nothing raises."""

import shutil

import pytest

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.zone_lookup import ZoneLookup

from bad_inputs import TODAY, case_row, file_cases, row_cases, write_case_file, write_rows_file
from support import SHARED_DATA

ROWS = row_cases()
FILES = file_cases()


@pytest.fixture(scope="module")
def zoned_template(tmp_path_factory):
    from incident_tracker.plugin.core.zones_builder import build_zones

    adm2, adm3 = sorted(SHARED_DATA.glob("*adm2*")), sorted(SHARED_DATA.glob("*adm3*"))
    if not adm2 or not adm3:
        pytest.skip(f"no COD-AB boundaries in {SHARED_DATA}")
    path = str(tmp_path_factory.mktemp("zones") / "template.gpkg")
    GeoPackageStore.create(path).close()
    build_zones(str(adm2[0]), str(adm3[0]), path)
    return path


@pytest.fixture
def zoned_store(zoned_template, tmp_path):
    path = str(tmp_path / "store.gpkg")
    shutil.copyfile(zoned_template, path)
    store = GeoPackageStore.open(path, ZoneLookup.from_gpkg(path, distances=False))
    yield store
    store.close()


def _today():
    from datetime import date

    return date.fromisoformat(TODAY)


def test_every_bad_row_is_skipped_with_its_message_and_the_good_rows_import(zoned_store, tmp_path):
    path = tmp_path / "rows.csv"
    lines, good = write_rows_file(path, ROWS)
    report = import_file(zoned_store, path, today=_today())
    skipped = {line: reason for _, line, reason in report.skipped}
    stored = {i["event_id_cnty"]: i for i in zoned_store.query()}
    for n, case in enumerate(ROWS):
        line = lines[case["id"]]
        if case["expect"] is None:
            assert line not in skipped, (case["id"], case["what"], skipped.get(line))
        else:
            assert case["expect"] in skipped.get(line, ""), (case["id"], case["what"], skipped.get(line))
            assert len(skipped[line]) < 300
    assert set(good) <= set(stored)
    imported_cases = [c for c in ROWS if c["expect"] is None]
    assert report.imported == len(good) + len(imported_cases) == zoned_store.count()
    assert len(report.skipped) == len(ROWS) - len(imported_cases)
    # formula-like text is data: stored as given (the CSV export is what neutralises it)
    for n, case in enumerate(ROWS):
        if case["expect"] is None and case["what"].startswith("formula in ") and "event_id_cnty" not in case["row"]:
            (name, value), = case["row"].items()
            if name in ("notes", "actor1", "actor2", "location", "tags", "assoc_actor_1"):  # admin1: from zones
                assert stored[f"IRQCASE{n:04d}"][name] == value.strip()


def test_points_in_iran_or_the_gulf_inside_the_bounding_box_are_outside_iraq(zoned_store, tmp_path):
    cases = [c for c in ROWS if c.get("needs_zones")]
    assert len(cases) >= 10
    lines, good = write_rows_file(tmp_path / "near.csv", cases)
    report = import_file(zoned_store, tmp_path / "near.csv", today=_today())
    assert sorted(line for _, line, _ in report.skipped) == sorted(lines.values())
    assert all("outside Iraq" in reason for _, _, reason in report.skipped)
    assert report.imported == len(good)


@pytest.mark.parametrize("case", FILES, ids=[c["id"] for c in FILES])
def test_a_bad_file_imports_its_good_rows_or_says_why_not(case, store, tmp_path):
    path = write_case_file(case, tmp_path)
    if "error" in case:
        with pytest.raises(ValueError, match=None) as raised:
            import_file(store, path, today=_today())
        assert case["error"] in str(raised.value)
        assert store.count() == 0
        return
    report = import_file(store, path, today=_today())
    assert [(line, expected in reason) for (_, line, reason), (_, expected) in zip(report.skipped, case["skipped"])] \
        == [(line, True) for line, _ in case["skipped"]]
    assert len(report.skipped) == len(case["skipped"])
    assert report.imported == case["imported"] == store.count()
    assert report.already_present == case.get("already_present", 0)
    assert report.repeated == case.get("repeated", 0)
    assert report.failed == (case["imported"] == 0 and bool(case["skipped"]))
    stored = {i["event_id_cnty"] or i["ucdp_id"]: i for i in store.query()}
    for name in ("actor1", "event_type", "event_date"):
        for event_id, value in case.get(name, {}).items():
            assert stored[event_id][name] == value


def test_a_row_case_and_its_file_give_the_same_verdict_alone(zoned_store, tmp_path):
    """One bad row alone in a file: nothing imported, nothing raised, the store still opens."""
    case = next(c for c in ROWS if c["what"].startswith("notes: 10 MB"))
    write_rows_file(tmp_path / "one.csv", [case], good_rows=False)
    report = import_file(zoned_store, tmp_path / "one.csv", today=_today())
    assert report.imported == 0 and len(report.skipped) == 1 and zoned_store.count() == 0
    assert case_row(case)["notes"][:5] not in report.skipped[0][2]
