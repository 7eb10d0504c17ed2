"""The bad stores and bad outputs of the corpus (tests/data/bad/stores.json): each gives its own message
(a StoreError, never raw SQLite or Python text) and changes nothing on disk."""

import os

import pytest

from incident_tracker.plugin.core.export_files import export_acled_csv
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.sample import add_sample_incidents
from incident_tracker.plugin.core.store import StoreError

from bad_inputs import bad_store, store_cases
from support import DARA, DARA_SOURCES, TEST_DATA, file_bytes

CASES = store_cases()
ACLED_CSV = TEST_DATA / "import" / "acled_iraq_sample.csv"


@pytest.fixture(scope="module")
def good_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("good") / "good.gpkg")
    with GeoPackageStore.create(path) as store:
        add_sample_incidents(store)
    return path


def _do(action, store, output):
    """What the user does with the case's store; returns the StoreError it gives."""
    with pytest.raises(StoreError) as raised:
        if action == "open":
            GeoPackageStore.open(store, busy_timeout=0.3).close()
        elif action == "create":
            GeoPackageStore.create(os.path.join(os.path.dirname(store), "new.gpkg")).close()
        elif action == "export":
            export_acled_csv(store, output)
        else:
            with GeoPackageStore.open(store, busy_timeout=0.3) as opened:
                assert opened.schema_version  # it opens
                if action == "read":
                    opened.query()
                elif action == "add":
                    assert opened.count() == 2  # and reads
                    opened.add_incident(DARA, DARA_SOURCES)
                elif action == "import":
                    import_file(opened, ACLED_CSV)
    return raised.value


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_a_bad_store_or_output_says_what_is_wrong_and_changes_nothing(case, good_store, tmp_path):
    with bad_store(case, good_store, tmp_path) as (store, output):
        before = {path: file_bytes(path) for path in {store, output} if os.path.isfile(path)}
        files = sorted(os.listdir(os.path.dirname(store)))
        error = _do(case["do"], store, output)
        message = str(error)
        assert case["expect"] in message, (case["what"], message)
        assert "Traceback" not in message and "sqlite3." not in message and len(message) < 700
        assert {path: file_bytes(path) for path in before} == before
        assert sorted(os.listdir(os.path.dirname(store))) == files


def test_a_schema_version_that_is_not_a_number_on_a_team_store(pg_store, postgis_cluster):
    from incident_tracker.plugin.core.postgis_store import PostgisStore

    postgis_cluster.execute(f'UPDATE "{pg_store.schema}".incident_tracker_meta SET value = \'one\' '
                            "WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match='its store schema version "one" is not a number'):
        PostgisStore.open(postgis_cluster.uri(), pg_store.schema)
