"""What only the PostGIS store does: its schema in a database, credentials from QGIS's authentication
manager, the team's role rights, copies to and from GeoPackage, createstore on a connection.

The shared behaviour (adds, updates, conflicts, queries, concurrency) is in test_store.py, run on both.
"""

import re

import pytest
from test_bad_files import zoned_template  # noqa: F401 - fixture

from incident_tracker.plugin.core import store as store_module
from incident_tracker.plugin.core import stores
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.postgis_store import PostgisStore
from incident_tracker.plugin.core.store import NotAStoreError, StoreError
from incident_tracker.plugin.core.store_copy import copy_store
from incident_tracker.plugin.domain.schema import SCHEMA_VERSION

from support import DARA, DARA_SOURCES, ROOT

MASTER_PASSWORD = "incident-tracker-tests"


def tables_and_indexes(cluster, schema):
    tables = cluster.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                             "ORDER BY 1", [schema])
    indexes = cluster.execute("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s", [schema])
    return [t[0] for t in tables], dict(indexes)


def test_create_makes_schema_tables_spatial_index_and_version(pg_store, postgis_cluster, postgis_schema):
    tables, indexes = tables_and_indexes(postgis_cluster, postgis_schema)
    assert tables == ["incident_history", "incident_tracker_meta", "incidents", "not_duplicates", "sources"]
    assert "USING gist (geom)" in indexes["idx_incidents_geom"]
    assert postgis_cluster.execute(f"SELECT Find_SRID('{postgis_schema}', 'incidents', 'geom')")[0][0] == 4326
    assert pg_store.metadata() == {"schema_version": str(SCHEMA_VERSION), "application": "Incident Tracker"}
    with pytest.raises(StoreError, match="already holds an Incident Tracker store"):
        PostgisStore.create(postgis_cluster.uri(), postgis_schema)


def test_the_database_enforces_what_validation_enforces(pg_store, postgis_cluster, postgis_schema):
    import psycopg2

    uuid = pg_store.add_incident(DARA, DARA_SOURCES).uuid
    table = f'"{postgis_schema}".incidents'
    for bad in ("fatalities = -1", "geo_precision = 4", "event_type = NULL"):
        with pytest.raises(psycopg2.IntegrityError):
            postgis_cluster.execute(f"UPDATE {table} SET {bad}")
    with pytest.raises(psycopg2.IntegrityError):
        postgis_cluster.execute(f"INSERT INTO {table} (uuid, event_date, time_precision, event_type, geo_precision, "
                                "verification, row_version) SELECT uuid, event_date, time_precision, event_type, "
                                f"geo_precision, verification, row_version FROM {table}")
    postgis_cluster.execute(f"DELETE FROM {table}")
    assert pg_store.sources_of(uuid) == []  # ON DELETE CASCADE


def test_a_large_store_without_its_indexes_is_searched_by_scans_until_its_administrator_adds_them(
        pg_store, postgis_cluster, postgis_schema, monkeypatch):
    """Adding the search column and indexes rewrites the table and locks out the team: opening a large store
    leaves them to 'Create incident store' (the administrator's run), which adds them to a current store."""
    from incident_tracker.plugin.core import postgis_store

    uuid = pg_store.add_incident(DARA, DARA_SOURCES).uuid
    postgis_cluster.execute(f'DROP INDEX "{postgis_schema}".idx_incidents_search')
    monkeypatch.setattr(postgis_store, "LOOKUPS_INLINE_ROWS", -1)  # the one-row store counts as large
    opened = PostgisStore.open(postgis_cluster.uri(), postgis_schema)
    try:
        assert not opened.text_index
        assert "idx_incidents_search" not in tables_and_indexes(postgis_cluster, postgis_schema)[1]
        assert [i["uuid"] for i in opened.query(text="dara")] == [uuid]  # by scans
    finally:
        opened.close()
    upgraded = PostgisStore.create(postgis_cluster.uri(), postgis_schema)
    try:
        assert upgraded.text_index
        assert "idx_incidents_search" in tables_and_indexes(postgis_cluster, postgis_schema)[1]
        assert [i["uuid"] for i in upgraded.query(text="dara")] == [uuid]
    finally:
        upgraded.close()
    with pytest.raises(StoreError, match="already holds an Incident Tracker store"):
        PostgisStore.create(postgis_cluster.uri(), postgis_schema)


def test_create_upgrades_an_older_store(pg_store, postgis_cluster, postgis_schema, monkeypatch):
    pg_store.add_incident(DARA, DARA_SOURCES)
    postgis_cluster.execute(f"UPDATE \"{postgis_schema}\".incident_tracker_meta SET value = %s "
                            "WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    with pytest.raises(StoreError, match="older schema"):
        PostgisStore.open(postgis_cluster.uri(), postgis_schema)
    monkeypatch.setitem(store_module.MIGRATIONS, SCHEMA_VERSION - 1, lambda store, cursor: cursor.execute(
        "ALTER TABLE incidents ADD COLUMN upgraded boolean"))
    upgraded = PostgisStore.create(postgis_cluster.uri(), postgis_schema)
    assert upgraded.metadata()["schema_version"] == str(SCHEMA_VERSION) and upgraded.count() == 1
    assert postgis_cluster.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = %s "
                                   "AND column_name = 'upgraded'", [postgis_schema])


def test_what_is_not_a_store_is_refused(postgis_cluster, postgis_schema):
    with pytest.raises(NotAStoreError, match="holds no Incident Tracker store"):
        PostgisStore.open(postgis_cluster.uri(), postgis_schema)
    postgis_cluster.execute(f'CREATE SCHEMA "{postgis_schema}"; CREATE TABLE "{postgis_schema}".roads (id int)')
    with pytest.raises(StoreError, match="already holds other tables"):
        PostgisStore.create(postgis_cluster.uri(), postgis_schema)
    for name in ('x"; DROP SCHEMA public CASCADE; --', "1abc", ""):
        with pytest.raises(StoreError, match="not a usable schema name"):
            PostgisStore.create(postgis_cluster.uri(), name)
    with pytest.raises(StoreError, match="no PostgreSQL connection named"):
        PostgisStore.open("no such connection")


def test_gpkg_to_postgis_to_gpkg_keeps_every_incident_and_source(tmp_path, pg_store):
    original = GeoPackageStore.create(str(tmp_path / "laptop.gpkg"))
    first = original.add_incident(dict(DARA, civilian_targeting=True, notes="Dara'; DROP TABLE incidents; --"),
                                  DARA_SOURCES, created_by="amira").uuid
    original.add_incident(dict(DARA, event_date="2020-05-10", location="Mekhas", date_start="2020-05-01",
                               date_end="2020-05-10", time_precision=2, longitude=45.123456789, latitude=34.2),
                          DARA_SOURCES[:1])
    original.update_incident(first, {"fatalities": 8, "fatalities_manual": True})
    rows = original.all_rows()
    assert copy_store(original, pg_store).incidents == 2
    assert pg_store.all_rows() == rows
    back = GeoPackageStore.create(str(tmp_path / "back.gpkg"))
    result = copy_store(pg_store, back)
    assert (result.incidents, result.sources) == (2, 3)
    assert back.all_rows() == rows
    assert back.get_incident(first)["row_version"] == 2
    with pytest.raises(StoreError, match="already holds incidents"):
        copy_store(original, back)
    for s in (original, back):
        s.close()


@pytest.fixture
def analyst_authcfg(postgis_cluster, qgis_app):
    """A login role with a password, and a QGIS authentication configuration (Basic) holding it."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True)
    password = "Zagros-7f3e9c"
    postgis_cluster.execute("DROP ROLE IF EXISTS analyst_amira")
    postgis_cluster.execute(f"CREATE ROLE analyst_amira LOGIN PASSWORD '{password}'")
    postgis_cluster.execute(f"GRANT CREATE ON DATABASE {postgis_cluster.database} TO analyst_amira")
    config = QgsAuthMethodConfig()
    config.setName("Incident Tracker test")
    config.setMethod("Basic")
    config.setConfig("username", "analyst_amira")
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id(), password
    manager.removeAuthenticationConfig(config.id())
    postgis_cluster.execute("DROP OWNED BY analyst_amira CASCADE; DROP ROLE analyst_amira")


def authcfg_uri(cluster, authcfg):
    return f"host={cluster.host} port={cluster.port} dbname='{cluster.database}' authcfg={authcfg}"


def test_credentials_come_from_the_auth_manager_and_never_reach_the_project(
        analyst_authcfg, postgis_cluster, postgis_schema, qgis_new_project, tmp_path):
    from qgis.core import QgsProject, QgsProviderRegistry, QgsSettings

    from incident_tracker.plugin.core.layers import add_store_layers

    authcfg, password = analyst_authcfg
    with pytest.raises(StoreError, match="no password supplied|password authentication failed") as refused:
        PostgisStore.create(postgis_cluster.uri(user="analyst_amira"), postgis_schema)
    assert password not in str(refused.value)

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(authcfg_uri(postgis_cluster, authcfg), {}), "Team store test")
    try:
        store = stores.create_store("Team store test", schema=postgis_schema)
        uuid = store.add_incident(dict(DARA, location="Dara'; DROP TABLE incidents; --"), DARA_SOURCES).uuid
        assert password not in store.location and f"authcfg={authcfg}" in store.location
        layers = add_store_layers(store)
        assert layers.incidents.providerType() == "postgres"
        assert layers.incidents.featureCount() == 1 and layers.sources.featureCount() == 2
        feature = next(layers.incidents.getFeatures())
        assert len(list(layers.relation.getRelatedFeatures(feature))) == 2
        project_file = tmp_path / "team.qgs"
        assert QgsProject.instance().write(str(project_file))
        text = project_file.read_text(encoding="utf-8")
        assert password not in text and f"authcfg={authcfg}" in text and "analyst_amira" not in text
        settings = QgsSettings()
        settings.sync()
        assert password not in open(settings.fileName(), encoding="utf-8").read()

        QgsProject.instance().clear()
        assert QgsProject.instance().read(str(project_file))
        incidents = QgsProject.instance().mapLayersByName("Incidents")[0]
        assert incidents.isValid() and next(incidents.getFeatures())["uuid"] == uuid

        with stores.open_store(store.location) as again:  # the location a project or the dock remembers
            assert again.get_incident(uuid)["location"] == "Dara'; DROP TABLE incidents; --"
        store.close()
    finally:
        metadata.deleteConnection("Team store test")


def readme_grants():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Team store on PostGIS", 1)[1].split("\n## ", 1)[0]
    return next(block for block in re.findall(r"```sql\n(.*?)```", section, re.S) if "incident_viewer" in block)


def test_the_readme_role_rights_let_viewers_read_and_editors_edit(postgis_cluster, qgis_app):
    import psycopg2
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    postgis_cluster.execute("DROP SCHEMA IF EXISTS incident_tracker CASCADE")
    owner = PostgisStore.create(postgis_cluster.uri())
    uuid = owner.add_incident(DARA, DARA_SOURCES).uuid
    sql = readme_grants().replace("'…'", "'test-only'")
    postgis_cluster.execute(sql)
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword(MASTER_PASSWORD, True)
    ids = []
    try:
        stores_by_role = {}
        for role in ("karim", "amira", "layla"):
            config = QgsAuthMethodConfig()
            config.setName(role)
            config.setMethod("Basic")
            config.setConfig("username", role)
            config.setConfig("password", "test-only")
            assert manager.storeAuthenticationConfig(config)[0]
            ids.append(config.id())
            stores_by_role[role] = stores.open_store(authcfg_uri(postgis_cluster, config.id()))
        viewer, editor, reviewer = stores_by_role["karim"], stores_by_role["amira"], stores_by_role["layla"]
        assert viewer.get_incident(uuid)["location"] == "Dara" and len(viewer.sources_of(uuid)) == 2
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            viewer.add_incident(DARA, DARA_SOURCES)
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            viewer.update_incident(uuid, {"notes": "viewer edit"})
        added = editor.add_incident(dict(DARA, event_date="2020-06-01"), DARA_SOURCES).uuid
        editor.update_incident(uuid, {"notes": "editor edit"}, sources=DARA_SOURCES[:1])
        deleted = owner.stored_incident(added)
        change = editor.delete_incident(added)
        editor.revert(change)  # the dock's undo needs no right beyond the editor's (rows keep their fid)
        assert owner.stored_incident(added) == deleted
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            viewer.reapply(change)
        editor.reapply(change)
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            editor._connection().cursor().execute("DROP TABLE incidents CASCADE")
        assert owner.get_incident(uuid)["notes"] == "editor edit" and owner.count() == 1
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="only a reviewer"):
            editor.set_status(uuid, "verified")
        editor.set_status(uuid, "in review", reason="asked Layla")
        reviewer.set_status(uuid, "verified")
        assert [(h["action"], h["changed_by"]) for h in owner.history(uuid) if h["source_uuid"] is None][-3:] == [
            ("update", "amira"), ("status", "amira"), ("status", "layla")]
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            editor._connection().cursor().execute("DELETE FROM incident_history")
        for s in (viewer, editor, reviewer):
            s.close()
    finally:
        for authcfg in ids:
            manager.removeAuthenticationConfig(authcfg)
        owner.close()
        postgis_cluster.execute("DROP SCHEMA incident_tracker CASCADE; DROP OWNED BY incident_viewer, "
                                "incident_editor, incident_tracker_reviewer, amira, karim, layla; DROP ROLE amira, "
                                "karim, layla, incident_tracker_reviewer, incident_viewer, incident_editor")


def test_createstore_makes_a_postgis_store_on_a_connection(provider, postgis_cluster, postgis_schema):
    import processing
    from qgis.core import QgsProcessingException, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(postgis_cluster.uri(), {"saveUsername": True})
    metadata.saveConnection(connection, "Createstore test")
    try:
        result = processing.run("incidenttracker:createstore",
                                {"CONNECTION": "Createstore test", "SCHEMA": postgis_schema})
        with stores.open_store(result["STORE"]) as created:
            assert created.schema == postgis_schema and created.count() == 0
        with pytest.raises(QgsProcessingException, match="already holds an Incident Tracker store"):
            processing.run("incidenttracker:createstore", {"CONNECTION": "Createstore test", "SCHEMA": postgis_schema})
    finally:
        metadata.deleteConnection("Createstore test")


def test_import_and_export_run_on_a_postgis_store_through_processing(provider, postgis_cluster, pg_store, tmp_path):
    import processing
    from osgeo import ogr
    from qgis.core import QgsProviderRegistry

    from support import TEST_DATA

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis_cluster.uri(), {"saveUsername": True}), "Team test")
    try:
        result = processing.run("incidenttracker:importincidents", {
            "INPUT": str(TEST_DATA / "import" / "acled_iraq_sample.csv"), "FORMAT": 1,
            "CONNECTION": "Team test", "SCHEMA": pg_store.schema})
        assert result["IMPORTED"] > 0 and pg_store.count() == result["IMPORTED"]
        output = str(tmp_path / "team.gpkg")
        exported = processing.run("incidenttracker:exportgeopackage", {
            "CONNECTION": "Team test", "SCHEMA": pg_store.schema, "OUTPUT": output})
        assert exported["INCIDENTS"] == result["IMPORTED"]
        assert ogr.Open(output).GetLayerByName("incidents").GetFeatureCount() == result["IMPORTED"]
    finally:
        metadata.deleteConnection("Team test")


def test_an_old_acled_file_keeps_its_types_and_admin_names_on_postgis(postgis_cluster, pg_store, zoned_template,  # noqa: F811
                                                                     tmp_path):
    from incident_tracker.plugin.core.importer import import_file
    from incident_tracker.plugin.core.zone_lookup import ZoneLookup

    from bad_inputs import file_cases, write_case_file

    case = next(c for c in file_cases() if c["id"] == "v05")  # ACLED 2016: 9-May-16, Riots/Protests...
    path = write_case_file(case, tmp_path)
    with PostgisStore.open(postgis_cluster.uri(), pg_store.schema,
                           zone_lookup=ZoneLookup.from_gpkg(zoned_template, distances=False)) as store:
        report = import_file(store, path)
        assert report.imported == 3 and report.unchecked_border == 0
        stored = {i["event_id_cnty"]: i for i in store.query()}
    assert {k: (v["event_type"], v["source_event_type"], v["event_date"]) for k, v in stored.items()} == {
        "IRQ1001": ("Battles", "Battle-No change of territory", "2016-05-09"),
        "IRQ1002": ("Protests", "Riots/Protests", "2016-12-31"),
        "IRQ1003": ("Explosions/Remote violence", "Remote violence", "2016-02-02")}
    jalawla = stored["IRQ1003"]
    assert (jalawla["source_admin2"], jalawla["source_admin3"]) == ("Khanaqin", "Jalawla")
    assert jalawla["admin2"] == "Khanaqin"
    assert report.admin_disagreements == sum(1 for i in stored.values() if i["admin_disagreement"])


def history_triggers(cluster, schema):
    return sorted(cluster.execute(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT t.tgisinternal", [schema]))


def test_a_store_with_row_level_history_triggers_gets_the_statement_ones_and_records_the_same(postgis_cluster,
                                                                                            pg_store, analyst_authcfg):
    schema = pg_store.schema
    made = history_triggers(postgis_cluster, schema)
    assert ("incidents", "incident_history_insert") in made and ("sources", "source_history_insert") in made
    # A store made before 2026-12-06: every insert recorded by the row-level triggers.
    postgis_cluster.execute(
        f'DROP TRIGGER incident_history_insert ON "{schema}".incidents; '
        f'DROP TRIGGER source_history_insert ON "{schema}".sources; '
        f'DROP TRIGGER incident_history ON "{schema}".incidents; DROP TRIGGER source_history ON "{schema}".sources; '
        f'CREATE TRIGGER incident_history AFTER INSERT OR UPDATE OR DELETE ON "{schema}".incidents '
        f'FOR EACH ROW EXECUTE FUNCTION "{schema}".record_incident_history(); '
        f'CREATE TRIGGER source_history AFTER INSERT OR UPDATE OR DELETE ON "{schema}".sources '
        f'FOR EACH ROW EXECUTE FUNCTION "{schema}".record_source_history()')
    pg_store.user = "analyst1"
    before = pg_store.add_incident(DARA, DARA_SOURCES).uuid
    pg_store.close()
    old = history_triggers(postgis_cluster, schema)
    # An editor (no right to alter the tables) opens and writes with the row-level triggers as they are.
    postgis_cluster.execute(
        f'GRANT USAGE ON SCHEMA "{schema}" TO analyst_amira; GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO '
        f'analyst_amira; GRANT INSERT, UPDATE, DELETE ON "{schema}".incidents, "{schema}".sources TO analyst_amira; '
        f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO analyst_amira')
    editor = PostgisStore.open(authcfg_uri(postgis_cluster, analyst_authcfg[0]), schema)
    try:
        by_editor = editor.add_incident(dict(DARA, event_date="2020-06-02"), DARA_SOURCES).uuid
    finally:
        editor.close()
    assert history_triggers(postgis_cluster, schema) == old
    reopened = PostgisStore.open(postgis_cluster.uri(), schema)
    try:
        assert history_triggers(postgis_cluster, schema) == made
        reopened.user = "analyst1"
        after = reopened.add_incident(dict(DARA, event_date="2020-06-01"), DARA_SOURCES).uuid

        def recorded(uuid):  # each row once, with the same fields and images (their ids and times aside)
            return [(h["action"], h["changed_by"], h["row_version"], bool(h["source_uuid"]), h["old_values"],
                     h["new_values"] and (sorted(h["new_values"]), h["new_values"]["outlet"]))
                    for h in reopened.history(uuid)]

        assert [h["changed_by"] for h in reopened.history(by_editor)] == ["analyst_amira"] * 3
        assert recorded(after) == recorded(before)
        assert [h["action"] for h in reopened.history(after)] == ["add", "source add", "source add"]
    finally:
        reopened.close()
