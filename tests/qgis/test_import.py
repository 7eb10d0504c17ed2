import csv
import random
import time
from datetime import date, timedelta

import pytest
from conftest import TEST_DATA
from qgis.core import QgsApplication
from test_bad_files import zoned_store, zoned_template  # noqa: F401 - fixtures

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.store import ImportCanceled
from incident_tracker.plugin.domain.acled import KNOWN_COLUMNS

ACLED = TEST_DATA / "import" / "acled_iraq_sample.csv"
UCDP = TEST_DATA / "import" / "ucdp_ged_iraq_sample.csv"
ACLED_ROWS, ACLED_BAD_LINES = 17, [8, 9, 10]


@pytest.fixture
def store(tmp_path):
    store = GeoPackageStore.create(str(tmp_path / "s.gpkg"))
    yield store
    store.close()


def by_acled_id(store):
    return {i["event_id_cnty"]: i for i in store.query()}


def snapshot(store):
    incidents = sorted(store.query(), key=lambda i: i["uuid"])
    return incidents, [store.sources_of(i["uuid"]) for i in incidents]


def generated_acled(path, count, seed=1):
    """A synthetic ACLED export of ``count`` rows spread over Iraq and ten years (ids IRQ9xxxxxxx)."""
    kinds = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
             ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]
    places = [("Kirkuk", 35.4681, 44.3922), ("Khanaqin", 34.3476, 45.3916), ("Sinjar", 36.3209, 41.8754),
              ("Tuz Khurmatu", 34.8847, 44.6331), ("Makhmour", 35.7755, 43.5797)]
    rng = random.Random(seed)
    start = date(2014, 1, 1)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, KNOWN_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for n in range(count):
            event_type, sub_event_type = kinds[n % len(kinds)]
            name, lat, lon = places[rng.randrange(len(places))]
            writer.writerow({
                "event_id_cnty": f"IRQ9{n:07d}", "event_date": (start + timedelta(rng.randrange(3650))).isoformat(),
                "time_precision": 1, "event_type": event_type, "sub_event_type": sub_event_type,
                "actor1": "Unidentified Armed Group (Iraq)", "inter1": rng.choice(["3", "Political militias"]),
                "actor2": "مدنيون (العراق)", "inter2": 7, "civilian_targeting": "", "country": "Iraq",
                "admin1": "Kirkuk", "location": name, "latitude": round(lat + rng.uniform(-0.3, 0.3), 4),
                "longitude": round(lon + rng.uniform(-0.3, 0.3), 4), "geo_precision": 1,
                "source": "Kurdistan 24; KirkukNow", "source_scale": "National",
                "notes": f"Synthetic event {n} near {name}, هجوم", "fatalities": rng.randrange(5)})
    return path


def test_acled_sample_imports_good_rows_and_reports_bad_ones(store):
    report = import_file(store, ACLED)
    assert report.format == "acled"
    assert report.imported == ACLED_ROWS - 3 == store.count()
    assert [(file, line) for file, line, _ in report.skipped] == [(str(ACLED), n) for n in ACLED_BAD_LINES]
    reasons = [reason for _, _, reason in report.skipped]
    assert "latitude" in reasons[0] and "Massacre" in reasons[1] and "negative" in reasons[2]
    assert report.summary().startswith("Imported 14; skipped 3 (line 8: latitude")

    incidents = by_acled_id(store)
    sinjar = incidents["IRQ90003"]
    assert sinjar["actor1"] == "تنظيم الدولة الإسلامية"
    assert sinjar["location"] == "سنجار"
    assert sinjar["notes"] == "هجوم مسلح على قرية قرب سنجار وقتل شخصين."
    assert incidents["IRQ90012"]["assoc_actor_1"] == "خلايا نائمة"
    khanaqin = incidents["IRQ90001"]
    assert (khanaqin["inter1"], khanaqin["inter2"], khanaqin["civilian_targeting"]) == (
        "Political militias", "Civilians", True)
    assert khanaqin["fatalities"] == 2 and khanaqin["fatalities_manual"] is True
    assert khanaqin["longitude"] == pytest.approx(45.3916) and khanaqin["latitude"] == pytest.approx(34.3476)
    assert [s["outlet"] for s in store.sources_of(khanaqin["uuid"])] == ["Kurdistan 24", "KirkukNow"]
    assert incidents["IRQ90002"]["event_date"] == "2020-06-15"  # written "15 June 2020"


def test_a_likely_duplicate_is_flagged_not_merged(store):
    report = import_file(store, ACLED)
    incidents = by_acled_id(store)
    assert report.likely_duplicates == 1
    assert incidents["IRQ90010"]["likely_duplicate_of"] == incidents["IRQ90001"]["uuid"]
    assert incidents["IRQ90001"]["likely_duplicate_of"] is None


def test_importing_the_same_file_again_adds_nothing(store):
    first = import_file(store, ACLED)
    before = snapshot(store)
    again = import_file(store, ACLED)
    assert again.imported == 0 and again.already_present == first.imported
    assert snapshot(store) == before


@pytest.mark.parametrize("encoding, bom", [("cp1256", b""), ("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")])
def test_arabic_windows_and_utf16_files_import_the_same(store, tmp_path, encoding, bom):
    path = tmp_path / f"acled_{encoding}.csv"
    path.write_bytes(bom + ACLED.read_text(encoding="utf-8").encode(encoding))
    report = import_file(store, path)
    assert report.imported == 14 and [line for _, line, _ in report.skipped] == ACLED_BAD_LINES
    assert by_acled_id(store)["IRQ90003"]["actor1"] == "تنظيم الدولة الإسلامية"


def test_ucdp_sample_imports(store):
    report = import_file(store, UCDP, "ucdp")
    assert (report.format, report.imported, store.count()) == ("ucdp", 4, 4)
    assert [line for _, line, _ in report.skipped] == [6, 7]  # Aleppo is outside Iraq; violence type 4
    assert "outside Iraq" in report.skipped[0][2] and "type_of_violence" in report.skipped[1][2]
    kirkuk = next(i for i in store.query() if i["ucdp_id"] == "900002")
    assert (kirkuk["event_type"], kirkuk["date_start"], kirkuk["date_end"]) == ("Battles", "2017-10-10", "2017-10-16")
    assert (kirkuk["fatalities"], kirkuk["fatalities_low"], kirkuk["fatalities_high"]) == (15, 12, 20)
    assert (kirkuk["admin1"], kirkuk["time_precision"], kirkuk["geo_precision"]) == ("Kirkuk", 2, 2)
    assert [(s["outlet"], s["published"]) for s in store.sources_of(kirkuk["uuid"])] == [
        ("Reuters News", "2017-10-17"), ("BBC Monitoring Middle East", "2017-10-17")]
    assert import_file(store, UCDP).already_present == 4


def test_a_ten_megabyte_cell_skips_its_row_only(store, tmp_path):
    lines = ACLED.read_text(encoding="utf-8").splitlines(keepends=True)
    huge = lines[1].replace("On 14 June 2020", "x" * (10 * 1024 * 1024))
    path = tmp_path / "huge.csv"
    path.write_text(lines[0] + huge + "".join(lines[2:]), encoding="utf-8")
    report = import_file(store, path)
    assert report.imported == 13 and [line for _, line, _ in report.skipped] == [2] + ACLED_BAD_LINES
    assert "notes" in report.skipped[0][2] and len(report.skipped[0][2]) < 200


def test_a_file_of_the_wrong_format_is_refused_before_writing(store):
    with pytest.raises(ValueError, match="UCDP"):
        import_file(store, ACLED, "ucdp")
    assert store.count() == 0


def test_cancel_half_way_leaves_the_store_as_it_was(store, tmp_path):
    import_file(store, ACLED)
    before = snapshot(store)
    path = generated_acled(tmp_path / "big.csv", 6000)
    percents = []
    with pytest.raises(ImportCanceled):
        import_file(store, path, progress=percents.append, is_canceled=lambda: bool(percents) and percents[-1] > 50)
    assert 50 < percents[-1] < 100
    assert snapshot(store) == before
    # and the store still takes the import afterwards
    assert import_file(store, path).imported == 6000


def test_a_hundred_thousand_rows_import_in_one_go(store, tmp_path):
    path = generated_acled(tmp_path / "100k.csv", 100_000)
    percents = []
    started = time.perf_counter()
    report = import_file(store, path, progress=percents.append)
    seconds = time.perf_counter() - started
    print(f"\n100,000 ACLED rows imported in {seconds:.1f} s")
    assert report.imported == store.count() == 100_000 and not report.skipped
    assert percents == sorted(percents) and percents[-1] == 100.0 and len(percents) > 10
    assert len(store.sources_of(by_acled_id_one(store, "IRQ90099999")["uuid"])) == 2


def by_acled_id_one(store, event_id):
    return next(i for i in store.query(text=event_id))


@pytest.fixture
def provider(qgis_processing):
    from incident_tracker.plugin.processing.provider import IncidentTrackerProvider

    provider = IncidentTrackerProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def test_the_processing_algorithm_creates_then_fills_a_store(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803 - Qt's names
            self.errors.append((error, fatalError))

    target = tmp_path / "new.gpkg"
    feedback = Feedback()
    result = processing.run("incidenttracker:importincidents",
                            {"INPUT": str(ACLED), "FORMAT": 0, "STORE": str(target)}, feedback=feedback)
    assert (result["IMPORTED"], result["SKIPPED"], result["DUPLICATES"], result["ALREADY_PRESENT"]) == (14, 3, 1, 0)
    assert [error.split(":")[0] for error, fatal in feedback.errors if not fatal] == [
        f"acled_iraq_sample.csv, line {n}" for n in ACLED_BAD_LINES] + ["Rows skipped"]
    assert feedback.progress() == 100
    assert result["STORE"] == str(target)
    result = processing.run("incidenttracker:importincidents",
                            {"INPUT": str(UCDP), "FORMAT": 2, "STORE": str(target)})
    assert (result["IMPORTED"], result["SKIPPED"]) == (4, 2)
    again = processing.run("incidenttracker:importincidents",
                           {"INPUT": str(ACLED), "FORMAT": 1, "STORE": str(target)})
    assert (again["IMPORTED"], again["ALREADY_PRESENT"]) == (0, 14)
    with GeoPackageStore.open(str(target)) as store:
        assert store.count() == 18


def test_the_processing_algorithm_refuses_a_file_of_the_wrong_format(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        processing.run("incidenttracker:importincidents",
                       {"INPUT": str(ACLED), "FORMAT": 2, "STORE": str(tmp_path / "s.gpkg")})


# --- values and the report (issue 13) ---------------------------------------------------------------

ADMIN_COLUMNS = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,admin1,admin2,admin3,location,latitude,longitude,source,fatalities"


def test_the_files_admin_names_are_kept_and_disagreements_with_cod_ab_counted(zoned_store, tmp_path):  # noqa: F811
    path = tmp_path / "admin.csv"
    path.write_text("\n".join([
        ADMIN_COLUMNS,
        "IRQ1,2020-06-14,2020,Battles,Armed clash,PMF,Diyala,Khanaqin,Khanaqin,Khanaqin,34.3476,45.3916,Rudaw,1",
        # Hamreen sub-district of Al-Daur district in COD-AB: the file says Tooz, another district.
        "IRQ2,2020-06-14,2020,Battles,Armed clash,PMF,Salah al-Din,Tooz,Tooz,Hamreen,34.5205,44.3566,Rudaw,1",
        "IRQ3,2020-06-14,2020,Battles,Armed clash,PMF,Salah al-Din,Tooz,Tooz,Tuz,34.9319,44.7055,Rudaw,1",
    ]) + "\n", encoding="utf-8")
    report = import_file(zoned_store, path)
    assert report.imported == 3 and report.admin_disagreements == 1 and report.unchecked_border == 0
    assert "1 incidents name other governorates, districts or sub-districts" in report.summary()
    stored = by_acled_id(zoned_store)
    tooz = stored["IRQ2"]
    assert (tooz["source_admin1"], tooz["source_admin2"], tooz["source_admin3"]) == ("Salah al-Din", "Tooz", "Tooz")
    assert (tooz["admin1"], tooz["admin2"], tooz["admin3"]) == ("Salah Al-Din", "Al-Daur", "Hamreen")
    assert tooz["admin_disagreement"] == "admin2;admin3"
    assert stored["IRQ1"]["admin_disagreement"] is None and stored["IRQ1"]["admin3"] == "Markaz Khanaqin"
    assert stored["IRQ3"]["admin_disagreement"] is None and stored["IRQ3"]["admin2"] == "Tooz Khurmato"
    # Moving the incident into Tooz Khurmato district settles the disagreement.
    zoned_store.update_incident(tooz["uuid"], {"latitude": 34.9319, "longitude": 44.7055})
    assert zoned_store.get_incident(tooz["uuid"])["admin_disagreement"] is None


def test_without_zones_the_report_says_how_many_points_were_not_checked_against_the_border(store):
    report = import_file(store, ACLED)
    assert report.imported == 14 and report.unchecked_border == 14
    summary = report.summary()
    assert "14 points could only be checked against Iraq's bounding box" in summary and "Add disputed zones" in summary
    kept = by_acled_id(store)["IRQ90001"]  # no zones: the file's names stand in the admin fields too
    assert (kept["admin2"], kept["source_admin2"], kept["admin_disagreement"]) == ("Khanaqin", "Khanaqin", None)


def test_with_zones_every_point_is_checked_against_the_border(zoned_store):  # noqa: F811
    assert import_file(zoned_store, ACLED).unchecked_border == 0


def two_digit_rows(path, count, good=0):
    """``count`` rows whose dates have two-digit years and no year column, then ``good`` ISO rows."""
    lines = ["event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,source,fatalities"]
    lines += [f"IRQ5{n:04d},9-May-20,Battles,Armed clash,PMF,Kirkuk,35.4681,44.3922,Rudaw,1" for n in range(count)]
    lines += [f"IRQ6{n:04d},2020-05-09,Battles,Armed clash,PMF,Kirkuk,35.4681,44.3922,Rudaw,1" for n in range(good)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_that_skips_every_row_fails_with_the_reasons_counted(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    path = two_digit_rows(tmp_path / "all_bad.csv", 300)
    report = import_file(GeoPackageStore.create(str(tmp_path / "direct.gpkg")), path)
    assert report.failed and report.common_reasons()[0][1:] == (300, 2)
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("incidenttracker:importincidents", {"INPUT": str(path), "FORMAT": 0,
                                                           "STORE": str(tmp_path / "s.gpkg")})
    message = str(raised.value)
    assert "Nothing was imported from all_bad.csv: all 300 rows were skipped" in message
    assert "300 × event_date: '…' has a two-digit year" in message and "(first on line 2)" in message


def test_a_re_import_of_rows_already_present_is_not_a_failure(store):
    import_file(store, ACLED)
    assert not import_file(store, ACLED).failed


def test_skipped_rows_past_a_screenful_go_to_the_message_log(provider, tmp_path):
    import processing
    from test_log import LogTab
    from test_outputs import Feedback

    path = two_digit_rows(tmp_path / "some_bad.csv", 80, good=1)
    feedback, tab = Feedback(), LogTab()
    try:
        result = processing.run("incidenttracker:importincidents", {"INPUT": str(path), "FORMAT": 0,
                                                                    "STORE": str(tmp_path / "s.gpkg")}, feedback=feedback)
    finally:
        tab.close()
    assert (result["IMPORTED"], result["SKIPPED"]) == (1, 80)
    listed = [e for e in feedback.errors if e.startswith("some_bad.csv, line ")]
    assert [int(e.split("line ")[1].split(":")[0]) for e in listed] == list(range(2, 52))
    assert any("… and 30 more rows skipped" in e for e in feedback.errors)
    assert any(e.startswith("Rows skipped: 80. Most common reasons: 80 × event_date") for e in feedback.errors)
    logged = "\n".join(tab.messages).splitlines()
    assert [line for line in logged if line.startswith("some_bad.csv, line ")] == [
        f"some_bad.csv, line {n}: event_date: '9-May-20' has a two-digit year and the row has no year column to give "
        "its century. Re-save the file with four-digit years or ISO dates (YYYY-MM-DD)" for n in range(52, 82)]
