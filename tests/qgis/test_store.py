"""The store's behaviour, the same tests on every backend (GeoPackage and PostGIS)."""

import sqlite3
import threading
from datetime import date, timedelta

import pytest

from incident_tracker.plugin.core import stores
from incident_tracker.plugin.core.store import (
    ConflictError,
    NewerSchemaError,
    StoreError,
    ValidationFailed,
)
from incident_tracker.plugin.domain.schema import ADDED_FIELDS, SCHEMA_VERSION

from support import DARA, DARA_SOURCES


@pytest.fixture
def store(any_store):
    return any_store


def other_connection(store):
    """The same store through a new connection (another analyst, another QGIS)."""
    return stores.open_store(store.location)


def integrity_errors():
    errors = [sqlite3.IntegrityError]
    try:
        import psycopg2

        errors.append(psycopg2.IntegrityError)
    except ImportError:
        pass
    return tuple(errors)


def set_schema_version(store, version):
    with store._transaction() as cursor:
        cursor.execute(store._sql("UPDATE incident_tracker_meta SET value = ? WHERE key = ?"),
                       [str(version), "schema_version"])


def test_open_refuses_a_newer_schema_with_a_clear_message(store):
    set_schema_version(store, 99)
    store.close()
    with pytest.raises(NewerSchemaError, match="newer version of Incident Tracker"):
        other_connection(store)


def test_open_store_finds_the_backend_from_the_location(store):
    with other_connection(store) as again:
        assert type(again) is type(store) and again.metadata()["schema_version"] == str(SCHEMA_VERSION)


def test_migrate_runs_each_step_from_the_stored_version(store):
    assert store.migrate() == 0
    previous = SCHEMA_VERSION - 1
    set_schema_version(store, previous)
    with pytest.raises(StoreError, match=f"No upgrade is known from store schema {previous}"):
        store.migrate({})
    ran = []

    def step(migrating, cursor):
        ran.append(migrating is store)
        cursor.execute(store._sql("INSERT INTO incident_tracker_meta (key, value) VALUES (?, ?)"), ["step", "done"])

    assert store.migrate({previous: step}) == 1 and ran == [True]
    assert store.metadata()["schema_version"] == str(SCHEMA_VERSION) and store.metadata()["step"] == "done"


def make_version_1(store):
    """Turn ``store`` into a store of schema version 1, as the plugin wrote them before 0.3: no history
    (its triggers first: they name the columns), none of the fields versions 2 and 3 added."""
    if store.kind == "gpkg":
        from incident_tracker.plugin.core.gpkg_store import _register_functions, drop_history

        store.close()
        connection = sqlite3.connect(store.path, isolation_level=None)
        _register_functions(connection)
        drop_history(connection)
        cursor = connection.cursor()
    else:
        cursor = store._connection().cursor()
        for statement in ("DROP TRIGGER incident_history ON incidents", "DROP TRIGGER source_history ON sources",
                          "DROP TRIGGER incident_row_version ON incidents", "DROP TABLE incident_history",
                          "DROP TABLE not_duplicates"):
            cursor.execute(statement)
    # What the dock's lookups add on opening (search index, map class) came after version 1 too.
    from incident_tracker.plugin.core import text_search
    from incident_tracker.plugin.core.ddl import MAP_CLASS_COLUMN

    if store.kind == "gpkg":
        for statement in text_search.fts5_drop_statements():
            cursor.execute(statement)
    else:
        cursor.execute(f"ALTER TABLE incidents DROP COLUMN {text_search.PG_COLUMN}")
    cursor.execute(f"ALTER TABLE incidents DROP COLUMN {MAP_CLASS_COLUMN}")
    for name in ADDED_FIELDS[2] + ADDED_FIELDS[3]:
        cursor.execute(f"ALTER TABLE incidents DROP COLUMN {name}")
    cursor.execute(store._sql("UPDATE incident_tracker_meta SET value = ? WHERE key = ?"), ["1", "schema_version"])
    cursor.close()
    if store.kind == "gpkg":
        connection.close()
    store.close()


def test_a_version_1_store_is_upgraded_with_its_incidents(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    make_version_1(store)
    if store.kind == "postgis":  # a team store is upgraded by its administrator, with createstore
        with pytest.raises(StoreError, match="older schema"):
            other_connection(store)
        stores.create_store(store.location).close()
    with other_connection(store) as upgraded:
        assert upgraded.metadata()["schema_version"] == str(SCHEMA_VERSION) == "3"
        kept = upgraded.get_incident(uuid)
        assert kept["location"] == DARA["location"] and kept["source_admin2"] is None
        added = upgraded.add_incident(dict(DARA, source_admin2="Khanaqin", source_event_type="Remote violence"),
                                      DARA_SOURCES).uuid
        assert upgraded.get_incident(added)["source_admin2"] == "Khanaqin"
        assert upgraded.count() == 2 and len(upgraded.sources_of(uuid)) == len(DARA_SOURCES)
        upgraded.set_status(uuid, "in review", reason="upgraded")
        assert [h["reason"] for h in upgraded.history(uuid)] == ["upgraded"]


def test_add_writes_incident_with_both_sources_and_figures(store):
    result = store.add_incident(DARA, DARA_SOURCES)
    incident = store.get_incident(result.uuid)
    assert (incident["fatalities"], incident["fatalities_low"], incident["fatalities_high"], incident["wounded"]) \
        == (7, 7, 7, 5)
    assert incident["disorder_type"] == "Political violence"
    assert (incident["longitude"], incident["latitude"]) == (45.391, 34.348)
    assert incident["event_date"] == "2020-06-14" and incident["created_at"].endswith("Z")
    assert incident["fatalities_manual"] is False
    assert [s["outlet"] for s in store.sources_of(result.uuid)] == ["Kurdistan 24", "KirkukNow"]


def test_an_add_failing_half_way_leaves_nothing(store):
    sources = [dict(DARA_SOURCES[0], uuid="same"), dict(DARA_SOURCES[1], uuid="same")]  # 2nd insert fails
    with pytest.raises(integrity_errors()):
        store.add_incident(DARA, sources)
    assert store.all_rows() == ([], [])
    assert store.count() == 0
    assert store.add_incident(DARA, DARA_SOURCES).uuid  # the connection is still usable


def test_invalid_incident_is_refused_and_nothing_written(store):
    with pytest.raises(ValidationFailed, match="in the future"):
        store.add_incident(dict(DARA, event_date="2099-01-01"), DARA_SOURCES)
    with pytest.raises(ValidationFailed, match="outlet"):
        store.add_incident(DARA, [])
    assert store.count() == 0


def test_a_point_outside_iraq_needs_confirmation(store):
    paris = dict(DARA, longitude=2.35, latitude=48.85)
    with pytest.raises(ValidationFailed, match="outside Iraq"):
        store.add_incident(paris, DARA_SOURCES)
    assert store.add_incident(paris, DARA_SOURCES, confirmed=True).uuid


def test_likely_duplicates_are_flagged_not_merged(store):
    first = store.add_incident(DARA, DARA_SOURCES)
    second = store.add_incident(dict(DARA, event_date="2020-06-13", longitude=45.40), DARA_SOURCES[:1])
    assert second.likely_duplicates == [first.uuid]
    assert store.count() == 2
    assert store.get_incident(second.uuid)["likely_duplicate_of"] == first.uuid
    third = store.add_incident(dict(DARA, event_type="Battles", sub_event_type="Armed clash"), DARA_SOURCES)
    assert third.likely_duplicates == []


def test_update_checks_the_row_version(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    version = store.update_incident(uuid, {"fatalities": 8, "fatalities_manual": True}, expected_row_version=1)
    assert version == 2 and store.get_incident(uuid)["fatalities"] == 8
    with pytest.raises(ConflictError, match="Someone else saved") as conflict:
        store.update_incident(uuid, {"notes": "stale edit"}, expected_row_version=1)
    assert conflict.value.current["fatalities"] == 8
    assert store.get_incident(uuid)["notes"] is None


def test_two_analysts_editing_the_same_incident_cannot_overwrite_each_other(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    with other_connection(store) as colleague:
        mine, theirs = store.get_incident(uuid), colleague.get_incident(uuid)
        assert mine["row_version"] == theirs["row_version"] == 1
        colleague.update_incident(uuid, {"notes": "Kirkuk office: 8 killed per local police"},
                                  expected_row_version=theirs["row_version"])
        with pytest.raises(ConflictError, match="Compare both versions") as conflict:
            store.update_incident(uuid, {"notes": "Erbil office: attribution claimed"},
                                  expected_row_version=mine["row_version"])
    current = conflict.value.current
    assert (current["row_version"], current["notes"]) == (2, "Kirkuk office: 8 killed per local police")
    assert store.get_incident(uuid)["notes"] == "Kirkuk office: 8 killed per local police"
    # the analyst chooses: keeping their own text is a new update on the current version
    store.update_incident(uuid, {"notes": "Erbil office: attribution claimed"}, expected_row_version=2)
    assert store.get_incident(uuid)["row_version"] == 3


def test_simultaneous_saves_of_one_incident_let_exactly_one_through(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    analysts = [other_connection(store) for _ in range(6)]
    barrier = threading.Barrier(len(analysts))
    outcomes = []

    def save(number, own):
        version = own.get_incident(uuid)["row_version"]
        barrier.wait()
        try:
            own.update_incident(uuid, {"notes": f"analyst {number}"}, expected_row_version=version)
            outcomes.append(("saved", number))
        except ConflictError as conflict:
            outcomes.append(("conflict", conflict.current["notes"]))
        finally:
            own.close()

    threads = [threading.Thread(target=save, args=(n, own)) for n, own in enumerate(analysts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    saved = [number for kind, number in outcomes if kind == "saved"]
    assert len(saved) == 1 and len(outcomes) == 6
    winner = f"analyst {saved[0]}"
    assert all(notes == winner for kind, notes in outcomes if kind == "conflict")
    assert store.get_incident(uuid)["notes"] == winner and store.get_incident(uuid)["row_version"] == 2


def test_update_replaces_sources_and_recomputes_figures(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.update_incident(uuid, {}, sources=[dict(DARA_SOURCES[0], fatalities_reported=6)])
    incident = store.get_incident(uuid)
    assert incident["fatalities"] == 6 and [s["outlet"] for s in store.sources_of(uuid)] == ["Kurdistan 24"]


def test_delete_removes_incident_and_its_sources(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    assert store.delete_incident(uuid)
    assert store.count() == 0 and store.all_rows() == ([], [])


def test_query_by_dates_zone_and_text(store):
    store.add_incident(DARA, DARA_SOURCES)
    store.add_incident(dict(DARA, event_date="2020-05-10", location="Mekhas", sub_event_type="Abduction/forced disappearance",
                            admin2="Khanaqin"), DARA_SOURCES)
    store.add_incident(dict(DARA, event_date="2021-01-01", location="قرية دارا", longitude=44.39, latitude=35.47,
                            admin2="Kirkuk"), DARA_SOURCES)
    assert [i["location"] for i in store.query(start=date(2020, 6, 1), end="2020-12-31")] == ["Dara"]
    assert [i["location"] for i in store.query(text="mekh")] == ["Mekhas"]
    assert [i["location"] for i in store.query(text="دارا")] == ["قرية دارا"]
    assert [i["location"] for i in store.query(zone="Kirkuk")] == ["قرية دارا"]
    assert store.query(text="100%_") == []
    # the names and types the imported file gave are searched too
    store.add_incident(dict(DARA, location="Hamreen", source_admin2="Tooz", source_event_type="Remote violence"),
                       DARA_SOURCES)
    assert [i["location"] for i in store.query(text="tooz")] == ["Hamreen"]
    assert [i["location"] for i in store.query(text="remote violence")] == ["Hamreen"]


def test_text_that_looks_like_sql_is_stored_as_text(store):
    name = "Dara'; DROP TABLE incidents; --"
    uuid = store.add_incident(dict(DARA, location=name, notes="50% of the village? %s %(x)s"),
                              [dict(DARA_SOURCES[0], outlet=name)]).uuid
    incident = store.get_incident(uuid)
    assert incident["location"] == name and incident["notes"] == "50% of the village? %s %(x)s"
    assert store.sources_of(uuid)[0]["outlet"] == name
    assert store.query(text="DROP TABLE")[0]["uuid"] == uuid
    assert store.query(text="50%")[0]["uuid"] == uuid
    assert store.count() == 1


def test_import_records_writes_all_in_one_transaction(store):
    records = [(dict(DARA, event_id_cnty=f"IRQ{n}", event_date=(date(2020, 1, 1) + timedelta(n)).isoformat()),
                DARA_SOURCES) for n in range(30)]
    result = store.import_records(records, batch=7)
    assert result.imported == 30 and store.count() == 30
    assert len(store.all_rows()[1]) == 60
    assert store.import_records(records).already_present == 30


def test_a_bulk_import_stores_each_row_as_given_whatever_fields_it_fills(store):
    # Bulk batches write rows grouped by the columns they fill: empty fields must stay empty, filled
    # ones keep their value, and each incident's sources keep the order they were cited in.
    records = []
    for n in range(240):
        incident = dict(DARA, event_id_cnty=f"IRQ{n}", event_date=(date(2020, 1, 1) + timedelta(n)).isoformat(),
                        longitude=44.0 + n * 0.001)
        if n % 3 == 0:
            incident.pop("target_community")
        if n % 4 == 0:
            incident["wounded"] = n
        sources = [{"outlet": f"first {n}"}, {"outlet": f"second {n}", "url": f"https://example.org/{n}"},
                   {"outlet": f"third {n}", "fatalities_reported": n % 5}][: 1 + n % 3]
        records.append((incident, sources))
    assert store.import_records(records, batch=120).imported == 240
    by_id = {i["event_id_cnty"]: i for i in store.query()}
    for n, (incident, sources) in enumerate(records):
        stored = by_id[f"IRQ{n}"]
        assert stored["target_community"] == incident.get("target_community")
        assert stored["wounded"] == incident.get("wounded")
        assert stored["longitude"] == pytest.approx(incident["longitude"])
        cited = store.sources_of(stored["uuid"])
        assert [s["outlet"] for s in cited] == [s["outlet"] for s in sources]
        assert [s["url"] for s in cited] == [s.get("url") for s in sources]
        reported = [s["fatalities_reported"] for s in sources if "fatalities_reported" in s]
        assert stored["fatalities_low"] == (min(reported) if reported else None)


def test_concurrent_adds_from_many_connections_lose_nothing(store):
    writers, per_writer = 8, 60
    added, errors = [], []

    def analyst(number):
        try:
            with other_connection(store) as own:
                for n in range(per_writer):
                    day = date(2020, 1, 1) + timedelta(days=(number * per_writer + n) % 700)
                    incident = dict(DARA, event_date=day.isoformat(), location=f"Analyst {number} #{n}",
                                    longitude=44.0 + number * 0.3, latitude=34.0 + n * 0.02)
                    added.append(own.add_incident(incident, DARA_SOURCES[:1], created_by=f"analyst{number}").uuid)
        except Exception as error:  # reported below; a thread's exception would otherwise vanish
            errors.append(error)

    threads = [threading.Thread(target=analyst, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    incidents, sources = store.all_rows()
    stored = [i["uuid"] for i in incidents]
    assert len(added) == writers * per_writer == store.count()
    assert sorted(stored) == sorted(added) and len(set(stored)) == len(stored)
    assert len(sources) == len(added)


def test_check_tells_what_a_save_would_meet_and_writes_nothing(store):
    first = store.add_incident(DARA, DARA_SOURCES).uuid
    check = store.check_incident(dict(DARA, event_date="2020-06-15"), DARA_SOURCES)
    assert check.problems == [] and [d["uuid"] for d in check.duplicates] == [first]
    check = store.check_incident(dict(DARA, fatalities=-1, longitude=2.35, latitude=48.85), [])
    assert {p.field for p in check.errors} == {"fatalities", "sources"}
    assert [p.field for p in check.confirmations] == ["location"] and check.duplicates == []
    # editing the stored incident: its own row is not a duplicate, and what the form leaves out is kept
    check = store.check_incident({"notes": "edited"}, DARA_SOURCES, uuid=first)
    assert check.problems == [] and check.duplicates == [] and check.incident["location"] == "Dara"
    assert store.count() == 1


def test_an_update_undone_and_redone_restores_incident_and_sources_exactly(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    before = store.stored_incident(uuid)
    result = store.save_incident({"notes": "second report", "longitude": 45.40}, [DARA_SOURCES[1], {"outlet": "Rudaw"}],
                                 uuid=uuid, expected_row_version=1)
    after = store.stored_incident(uuid)
    assert result.change.before == before and result.change.after == after and result.change.kind == "update"
    assert after.row_version == 2 and [s["outlet"] for s in after.sources] == ["KirkukNow", "Rudaw"]
    store.revert(result.change)
    assert store.stored_incident(uuid) == before
    store.reapply(result.change)
    assert store.stored_incident(uuid) == after


def test_an_add_undone_leaves_nothing_and_redone_comes_back_with_the_same_ids(store):
    result = store.save_incident(DARA, DARA_SOURCES, created_by="analyst")
    after = store.stored_incident(result.uuid)
    assert result.change.kind == "add" and result.change.after == after and after.incident["fid"]
    store.revert(result.change)
    assert store.all_rows() == ([], []) and store.stored_incident(result.uuid).incident is None
    store.reapply(result.change)
    assert store.stored_incident(result.uuid) == after


def test_a_delete_is_one_change_that_revert_takes_back_exactly(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    before = store.stored_incident(uuid)
    change = store.delete_incident(uuid, expected_row_version=1)
    assert change.kind == "delete" and change.before == before and store.count() == 0
    store.revert(change)
    assert store.stored_incident(uuid) == before
    assert store.delete_incident("no-such-uuid") is None


def test_undo_refuses_to_overwrite_a_colleagues_later_save(store):
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    mine = store.save_incident({"notes": "mine"}, uuid=uuid)
    with other_connection(store) as colleague:
        colleague.update_incident(uuid, {"notes": "theirs"}, expected_row_version=2)
    with pytest.raises(ConflictError, match="changed in the store since") as conflict:
        store.revert(mine.change)
    assert conflict.value.current["notes"] == "theirs" and store.get_incident(uuid)["notes"] == "theirs"
    with pytest.raises(ConflictError):
        store.delete_incident(uuid, expected_row_version=2)
    assert store.count() == 1


def test_a_save_checks_with_the_same_rules_as_the_check(store, monkeypatch):
    # One rule changed in the validation module changes what the check reports and what a save refuses.
    from incident_tracker.plugin.domain import validation

    monkeypatch.setattr(validation, "ABSURD_FIGURE", 5)
    check = store.check_incident(dict(DARA, fatalities=7, fatalities_manual=True), DARA_SOURCES)
    assert {p.field for p in check.errors} == {"fatalities", "sources[1].fatalities_reported",
                                               "sources[2].fatalities_reported", "sources[1].wounded_reported"}
    with pytest.raises(ValidationFailed, match="not a plausible figure"):
        store.save_incident(dict(DARA, fatalities=7, fatalities_manual=True), DARA_SOURCES)
    assert store.count() == 0
