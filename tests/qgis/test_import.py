import csv
import random
import time
from datetime import date, timedelta

import pytest
from qgis.core import QgsApplication

from conftest import TEST_DATA
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
        f"acled_iraq_sample.csv, line {n}" for n in ACLED_BAD_LINES]
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
