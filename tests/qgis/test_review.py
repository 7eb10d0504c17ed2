"""Review on both backends: statuses, history of every change, restore, merge, "not a duplicate" (issue 17)."""

import sqlite3

import pytest

from incident_tracker.plugin.core import stores
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.store import ConflictError, StoreError
from incident_tracker.plugin.domain import review

from support import DARA, DARA_SOURCES


@pytest.fixture
def store(any_store):
    any_store.user = "analyst1"
    return any_store


def actions(store, uuid):
    return [(h["action"], h["changed_by"]) for h in store.history(uuid)]


def test_each_kind_of_change_leaves_its_history_row(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    version = store.update_incident(uuid, {"notes": "Kakai home attacked"})
    version = store.set_status(uuid, review.IN_REVIEW, reason="second source found")
    store.delete_incident(uuid)
    rows = store.history(uuid)
    kinds = [h["action"] for h in rows]
    # On PostGIS the database login stands beside the name the analyst chose.
    expected = "analyst1" if store.kind == "gpkg" else f"analyst1 ({store._connection().info.user})"
    assert kinds[0] == "add" and {h["changed_by"] for h in rows} == {expected}
    assert kinds.count("source add") == 2 and kinds.count("source delete") >= 2
    update = next(h for h in rows if h["action"] == "update")
    assert [(c.field, c.old, c.new) for c in review.changes(update["old_values"], update["new_values"])] == \
        [("notes", None, "Kakai home attacked")]
    status = next(h for h in rows if h["action"] == "status")
    assert (status["reason"], status["old_values"]["verification"], status["new_values"]["verification"]) == \
        ("second source found", "unverified", "in review")
    deleted = next(h for h in rows if h["action"] == "delete")
    assert deleted["old_values"]["location"] == "Dara" and deleted["old_values"]["row_version"] == version
    assert all(h["changed_at"].endswith("Z") for h in rows)


ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "inter1,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n")
DARA_ROW = ("{id},2020-06-14,2020,1,Political violence,Violence against civilians,Attack,Islamic State (Iraq),"
            "2,Iraq,Diyala,{place},34.348,45.391,2,{outlet},Attack on a Kakai home,7\n")


def test_an_import_records_one_small_row_per_incident(store, tmp_path):
    csv = tmp_path / "acled.csv"
    csv.write_text(ACLED_HEADER + DARA_ROW.format(id="IRQ1", place="Dara", outlet="Kurdistan 24"), encoding="utf-8")
    report = import_file(store, str(csv))
    assert report.imported == 1
    uuid = store.query()[0]["uuid"]
    assert [(h["action"], h["new_values"]) for h in store.history(uuid)] == [("import", None)]


def test_a_bulk_import_records_the_same_rows_as_the_trigger_would(store, tmp_path):
    csv = tmp_path / "acled.csv"
    rows = [DARA_ROW.format(id=f"IRQ{n}", place=f"Village {n}", outlet="Kurdistan 24") for n in range(150)]
    csv.write_text(ACLED_HEADER + "".join(rows), encoding="utf-8")
    assert import_file(store, str(csv)).imported == 150
    history = [row for row in store.all_history() if row["action"] == "import"]
    expected = "analyst1" if store.kind == "gpkg" else f"analyst1 ({store._connection().info.user})"
    assert len(history) == 150 and {row["changed_by"] for row in history} == {expected}
    assert len({row["change_id"] for row in history}) == 1 and all(row["changed_at"].endswith("Z") for row in history)
    assert {row["action"] for row in store.all_history()} == {"import"}  # an import's sources: no rows of their own
    uuid = store.query(text="Village 7")[0]["uuid"]
    store.update_incident(uuid, {"notes": "checked"})
    assert [row["action"] for row in store.history(uuid)] == ["import", "update"]
    # The history's triggers are all back after the bulk batches: a later save records its sources too.
    added = store.add_incident(DARA, DARA_SOURCES).uuid
    assert sorted(action for action, _ in actions(store, added)) == ["add", "source add", "source add"]


def test_restore_brings_back_an_earlier_version_with_its_sources(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.update_incident(uuid, {"location": "Dara village", "fatalities": 9, "fatalities_manual": True},
                          sources=[dict(DARA_SOURCES[0], fatalities_reported=9)])
    assert len(store.sources_of(uuid)) == 1
    version = store.restore_version(uuid, 1, reason="the second report was wrong")
    restored = store.get_incident(uuid)
    assert (restored["location"], restored["fatalities"], restored["row_version"]) == ("Dara", 7, version)
    assert sorted(s["outlet"] for s in store.sources_of(uuid)) == ["KirkukNow", "Kurdistan 24"]
    last = [h for h in store.history(uuid) if h["source_uuid"] is None][-1]
    assert (last["action"], last["reason"]) == ("restore", "the second report was wrong")


def test_merge_keeps_every_source_and_external_id_and_hides_the_merged_incident(store):
    keep = store.add_incident(DARA, DARA_SOURCES[:1]).uuid
    other = dict(DARA, location="Dara village", event_id_cnty="IRQ52001", notes="From ACLED")
    merge = store.add_incident(other, DARA_SOURCES[1:]).uuid
    assert keep in (store.get_incident(merge)["likely_duplicate_of"] or "")
    store.merge_incidents(keep, merge, take_from_other=["notes"], reason="same attack")
    survivor = store.get_incident(keep)
    assert sorted(s["outlet"] for s in store.sources_of(keep)) == ["KirkukNow", "Kurdistan 24"]
    assert (survivor["notes"], survivor["location"], survivor["wounded"]) == ("From ACLED", "Dara", 7)
    assert (survivor["fatalities_low"], survivor["fatalities_high"]) == (7, 7)
    assert store.get_incident(merge)["merged_into"] == keep and store.sources_of(merge) == []
    assert [i["uuid"] for i in store.query()] == [keep]
    assert "IRQ52001" in store.external_ids()["event_id_cnty"]
    assert store.history(merge)[-1]["action"] == "merge"
    with pytest.raises(StoreError, match="already merged"):
        store.merge_incidents(keep, merge)


def test_a_merge_survives_a_reimport_of_both_files(store, tmp_path):
    first, second = tmp_path / "acled_k24.csv", tmp_path / "acled_kirkuknow.csv"
    first.write_text(ACLED_HEADER + DARA_ROW.format(id="IRQ1", place="Dara", outlet="Kurdistan 24"), encoding="utf-8")
    second.write_text(ACLED_HEADER + DARA_ROW.format(id="IRQ2", place="Dara village", outlet="KirkukNow"),
                      encoding="utf-8")
    import_file(store, str(first))
    report = import_file(store, str(second))
    assert report.imported == 1 and report.likely_duplicates == 1
    keep, merge = (i["uuid"] for i in sorted(store.query(), key=lambda i: i["event_id_cnty"]))
    store.merge_incidents(keep, merge)
    for path in (first, second):
        again = import_file(store, str(path))
        assert (again.imported, again.already_present) == (0, 1)
    assert [i["uuid"] for i in store.query()] == [keep]
    assert sorted(s["outlet"] for s in store.sources_of(keep)) == ["KirkukNow", "Kurdistan 24"]


def test_a_merge_is_undone_by_restoring_both_incidents(store):
    keep = store.add_incident(DARA, DARA_SOURCES[:1]).uuid
    merge = store.add_incident(dict(DARA, notes="other"), DARA_SOURCES[1:]).uuid
    before = store.get_incident(keep)["row_version"], store.get_incident(merge)["row_version"]
    store.merge_incidents(keep, merge)
    store.restore_version(merge, before[1])
    store.restore_version(keep, before[0])
    assert [s["outlet"] for s in store.sources_of(keep)] == ["Kurdistan 24"]
    assert [s["outlet"] for s in store.sources_of(merge)] == ["KirkukNow"]
    assert store.get_incident(merge)["merged_into"] is None
    assert sorted(i["uuid"] for i in store.query()) == sorted([keep, merge])


def test_not_a_duplicate_clears_the_flag_for_good(store):
    first = store.add_incident(DARA, DARA_SOURCES).uuid
    second = store.add_incident(dict(DARA, location="Dara village"), DARA_SOURCES).uuid
    assert store.get_incident(second)["likely_duplicate_of"] == first
    store.not_duplicates(second, first, reason="two different houses")
    assert store.get_incident(second)["likely_duplicate_of"] is None
    assert store.likely_duplicates(store.get_incident(second)) == []
    assert [e.uuid for e in store.review_queue() if e.reason == review.LIKELY_DUPLICATE] == []


def test_the_review_queue_puts_duplicates_then_disagreements_then_single_sources_first(store):
    single = store.add_incident(dict(DARA, event_date="2020-05-01"), DARA_SOURCES[:1]).uuid
    agreeing = store.add_incident(dict(DARA, event_date="2020-04-01", latitude=35.0), DARA_SOURCES).uuid
    disagreeing = store.add_incident(dict(DARA, event_date="2020-03-01", latitude=35.5), [
        dict(DARA_SOURCES[0], fatalities_reported=3), dict(DARA_SOURCES[1], fatalities_reported=12)]).uuid
    duplicate = store.add_incident(dict(DARA, event_date="2020-05-02"), DARA_SOURCES[:1]).uuid
    verified = store.add_incident(dict(DARA, event_date="2020-01-01", latitude=36.0), DARA_SOURCES).uuid
    store.set_status(verified, review.VERIFIED)
    queue = store.review_queue()
    assert [e.uuid for e in queue] == [duplicate, disagreeing, single, agreeing]
    assert [e.reason for e in queue] == [review.LIKELY_DUPLICATE, review.FIGURES_DISAGREE, review.SINGLE_SOURCE,
                                         review.AWAITING]


def test_a_status_change_over_a_newer_save_is_a_conflict(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.update_incident(uuid, {"notes": "changed by a colleague"})
    with pytest.raises(ConflictError):
        store.set_status(uuid, review.VERIFIED, expected_row_version=1)
    with pytest.raises(StoreError, match="not a review status"):
        store.set_status(uuid, "approved")


def test_a_copy_to_another_backend_keeps_the_history(store, tmp_path, request):
    from incident_tracker.plugin.core.store_copy import copy_store

    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.set_status(uuid, review.IN_REVIEW, reason="checking")
    target = GeoPackageStore.create(str(tmp_path / "copy.gpkg"))
    try:
        copy_store(store, target)
        assert [(h["action"], h["reason"]) for h in target.history(uuid)] == \
            [(h["action"], h["reason"]) for h in store.history(uuid)]
    finally:
        target.close()


def test_an_edit_outside_the_plugin_is_recorded_on_a_geopackage(tmp_path):
    store = GeoPackageStore.create(str(tmp_path / "store.gpkg"))
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.close()
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{tmp_path / 'store.gpkg'}|layername=incidents", "incidents", "ogr")
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("notes"), "typed in the attribute table")
    assert layer.commitChanges(), layer.commitErrors()
    again = stores.open_store(str(tmp_path / "store.gpkg"))
    try:
        last = again.history(uuid)[-1]
        assert (last["action"], last["changed_by"], last["new_values"]["notes"]) == \
            ("update", None, "typed in the attribute table")
    finally:
        again.close()
    with sqlite3.connect(tmp_path / "store.gpkg") as connection:
        assert connection.execute("SELECT COUNT(*) FROM incident_tracker_session").fetchone()[0] == 0


def test_a_store_of_the_first_schema_is_upgraded_with_its_statuses(tmp_path):
    from test_store import make_version_1

    from incident_tracker.plugin.core.gpkg_store import _register_functions

    path = str(tmp_path / "old.gpkg")
    store = GeoPackageStore.create(path)
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    make_version_1(store)
    with sqlite3.connect(path) as connection:  # a status of version 1
        _register_functions(connection)
        connection.execute("UPDATE incidents SET verification = 'partially verified'")
    connection.close()
    upgraded = GeoPackageStore.open(path)
    try:
        assert upgraded.get_incident(uuid)["verification"] == review.IN_REVIEW
        upgraded.user = "analyst2"
        upgraded.set_status(uuid, review.VERIFIED)
        assert [(h["action"], h["changed_by"]) for h in upgraded.history(uuid)] == [("status", "analyst2")]
    finally:
        upgraded.close()


@pytest.mark.parametrize("public", [False, True])
def test_the_full_export_keeps_the_history_and_the_public_one_leaves_it_out(store, tmp_path, public):
    from incident_tracker.plugin.core.export_files import ExportFilters
    from incident_tracker.plugin.core.export_geopackage import export_geopackage

    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.set_status(uuid, review.VERIFIED, reason="two outlets agree")
    output = tmp_path / "export.gpkg"
    export_geopackage(store, str(output), filters=ExportFilters(public=public))
    with sqlite3.connect(output) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if public:
            assert "incident_history" not in tables and "not_duplicates" not in tables
            assert not connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                          "AND name LIKE 'history_%'").fetchall()
        else:
            reasons = [row[0] for row in connection.execute("SELECT reason FROM incident_history "
                                                            "WHERE action = 'status'")]
            assert reasons == ["two outlets agree"]
    connection.close()


def test_on_postgis_an_edit_in_qgis_is_recorded_and_a_stale_one_refused(pg_store, postgis_cluster, postgis_schema):
    from qgis.core import QgsVectorLayer

    from incident_tracker.plugin.core.layers import configure_review

    uuid = pg_store.add_incident(DARA, DARA_SOURCES).uuid
    layer = QgsVectorLayer(pg_store.layer_uri("incidents"), "incidents", "postgres")
    assert layer.isValid()
    configure_review(layer, pg_store)
    notes = layer.fields().indexOf("notes")
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), notes, "typed in the attribute table")
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("location"), "Dara village")
    assert layer.commitChanges(), layer.commitErrors()
    after = pg_store.get_incident(uuid)
    assert (after["notes"], after["location"], after["row_version"]) == ("typed in the attribute table",
                                                                        "Dara village", 2)
    last = pg_store.history(uuid)[-1]
    assert (last["action"], last["changed_by"]) == ("update", postgis_cluster.superuser)
    # The analyst starts an edit at version 2; a colleague saves version 3 meanwhile; the analyst's commit is
    # refused, not last-write-wins.
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), notes, "stale edit")
    pg_store.update_incident(uuid, {"notes": "saved by a colleague"})
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("location"), "Dara")
    assert not layer.commitChanges()
    assert "changed by someone else" in " ".join(layer.commitErrors())
    layer.rollBack()
    assert pg_store.get_incident(uuid)["notes"] == "saved by a colleague"
    # A plain SQL writer that does not track versions is still recorded, and the version moves on.
    postgis_cluster.execute(f"UPDATE \"{postgis_schema}\".incidents SET notes = 'psql'")
    assert pg_store.get_incident(uuid)["row_version"] == 4
    assert pg_store.history(uuid)[-1]["new_values"]["notes"] == "psql"


def test_the_merge_algorithm_merges_and_says_what_went_wrong(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    path = str(tmp_path / "store.gpkg")
    with GeoPackageStore.create(path) as store:
        keep = store.add_incident(DARA, DARA_SOURCES[:1]).uuid
        merge = store.add_incident(dict(DARA, notes="second report"), DARA_SOURCES[1:]).uuid
    result = processing.run("incidenttracker:mergeincidents", {"STORE": path, "KEEP": keep, "MERGE": merge,
                                                               "FIELDS": "notes", "REASON": "same attack"})
    assert result["SURVIVOR"] == keep and result["ROW_VERSION"] == 2
    with GeoPackageStore.open(path) as store:
        assert store.get_incident(keep)["notes"] == "second report" and len(store.sources_of(keep)) == 2
    with GeoPackageStore.open(path) as store:
        third = store.add_incident(dict(DARA, notes="third report"), DARA_SOURCES[1:]).uuid
    with pytest.raises(QgsProcessingException, match="not a field the merged incident can give"):
        processing.run("incidenttracker:mergeincidents", {"STORE": path, "KEEP": keep, "MERGE": third,
                                                          "FIELDS": "row_version"})
    with pytest.raises(QgsProcessingException, match="already merged"):
        processing.run("incidenttracker:mergeincidents", {"STORE": path, "KEEP": keep, "MERGE": merge})
