"""No output of the plugin writes over a store: every file output of every Processing algorithm, pointed
at the store it reads (by its name, a symbolic link, a hard link, or the store read through a link) or
at another store, is refused with a message, and the store is byte-identical afterwards."""

import os
import shutil

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from incident_tracker.plugin.core.export_files import export_acled_csv, export_geojson
from incident_tracker.plugin.core.export_geopackage import export_geopackage
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.output_guard import OutputRefused
from incident_tracker.plugin.core.sample import add_sample_incidents

from support import DARA, DARA_SOURCES, SHARED_DATA, file_bytes

ADM2 = SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson"
ADM3 = SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson"

# For each algorithm with a file output that is not meant to be a store: the parameters reading the store.
READING_THE_STORE = {
    "exportcsv": lambda store: {"STORE": store},
    "exportgeojson": lambda store: {"STORE": store},
    "exportgeopackage": lambda store: {"STORE": store},
    "assignzones": lambda store: {"INPUT": f"{store}|layername=incidents",
                                  "ZONES": f"{store}|layername=zones_subdistricts"},
    "zonestatistics": lambda store: {"INCIDENTS": f"{store}|layername=incidents",
                                     "ZONES": f"{store}|layername=zones_subdistricts"},
    "bulletin": lambda store: {"STORE": store},
    "controlperiods": lambda store: {"STORE": store},
}
WAYS = ("same name", "symbolic link", "hard link", "store read through a link", "another store")
SAME_FILE = "that this reads"
A_STORE = "is an incident store"


class Feedback(QgsProcessingFeedback):
    """What the user sees in the algorithm's log."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - Qt's names
        self.errors.append(error)


@pytest.fixture(scope="module")
def zoned_template(tmp_path_factory):
    if not ADM2.exists():
        pytest.skip("reference boundaries missing")
    from incident_tracker.plugin.core.zones_builder import build_zones

    path = str(tmp_path_factory.mktemp("zoned") / "template.gpkg")
    with GeoPackageStore.create(path) as store:
        add_sample_incidents(store)
    build_zones(str(ADM2), str(ADM3), path)
    return path


@pytest.fixture
def stores(zoned_template, tmp_path):
    """(the store, another store): files whose bytes must not change."""
    folder = tmp_path / "stores"
    folder.mkdir()
    store, other = str(folder / "store.gpkg"), str(folder / "other.gpkg")
    shutil.copyfile(zoned_template, store)
    GeoPackageStore.create(other).close()
    return store, other


def _aim(way, store, other, folder):
    """(the store path the algorithm reads, the output path, the message expected) for one ``way``."""
    if way == "same name":
        return store, store, SAME_FILE
    if way == "symbolic link":
        os.symlink(store, folder / "link.gpkg")
        return store, str(folder / "link.gpkg"), SAME_FILE
    if way == "hard link":
        os.link(store, folder / "second name.gpkg")
        return store, str(folder / "second name.gpkg"), SAME_FILE
    if way == "store read through a link":
        os.symlink(store, folder / "link.gpkg")
        return str(folder / "link.gpkg"), store, SAME_FILE
    return store, other, A_STORE


def test_every_file_output_of_every_algorithm_is_covered_here(provider):
    guarded = {algorithm.name() for algorithm in provider.algorithms()
               for definition in algorithm.destinationParameterDefinitions()
               if definition.name() not in type(algorithm).STORE_DESTINATIONS}
    assert guarded == set(READING_THE_STORE)


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("name", sorted(READING_THE_STORE))
def test_no_algorithm_writes_over_a_store(name, way, stores, provider, tmp_path):
    import processing

    store, other = stores
    read, output, message = _aim(way, store, other, tmp_path)
    before = file_bytes(store), file_bytes(other)
    parameters = dict(READING_THE_STORE[name](read), OUTPUT=output)
    feedback = Feedback()
    with pytest.raises(QgsProcessingException):
        processing.run(f"incidenttracker:{name}", parameters, feedback=feedback)
    assert any(message in error for error in feedback.errors), feedback.errors
    assert (file_bytes(store), file_bytes(other)) == before
    with GeoPackageStore.open(store) as opened:
        assert opened.count() == 2


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("export", [export_acled_csv, export_geojson, export_geopackage],
                         ids=["csv", "geojson", "geopackage"])
def test_the_export_functions_refuse_too(export, way, stores, tmp_path):
    """What the dialog, scripts and the other modules call, without Processing."""
    store, other = stores
    read, output, message = _aim(way, store, other, tmp_path)
    before = file_bytes(store), file_bytes(other)
    with pytest.raises(OutputRefused, match=message):
        export(read, output)
    with GeoPackageStore.open(read) as opened, pytest.raises(OutputRefused, match=message):
        export(opened, output)  # an opened store, as the dock passes it
    assert (file_bytes(store), file_bytes(other)) == before


def test_a_team_store_export_does_not_write_over_a_geopackage_store(pg_store, stores, tmp_path):
    add_sample_incidents(pg_store)
    _, other = stores
    os.link(other, tmp_path / "second name.gpkg")
    os.symlink(other, tmp_path / "link.gpkg")
    before = file_bytes(other)
    for output in (other, tmp_path / "second name.gpkg", tmp_path / "link.gpkg"):
        for export in (export_acled_csv, export_geojson, export_geopackage):
            with pytest.raises(OutputRefused, match=A_STORE):
                export(pg_store, str(output))
    assert file_bytes(other) == before


def test_a_previous_export_is_replaced_and_other_files_are_not_stores(stores, tmp_path):
    store, _ = stores
    shared = str(tmp_path / "shared.gpkg")
    assert export_geopackage(store, shared).incidents == 2
    assert export_geopackage(store, shared).incidents == 2  # the plugin's own export: replaced
    with GeoPackageStore.open(shared) as worked_in:  # an analyst adds to the export: it is a store now
        worked_in.add_incident(DARA, DARA_SOURCES)
    with pytest.raises(OutputRefused, match=A_STORE):
        export_geopackage(store, shared)
    text = tmp_path / "notes.csv"
    text.write_text("a,b\n1,2\n")
    assert export_acled_csv(store, str(text)).incidents == 2


def test_an_export_into_a_read_only_folder_says_so(stores, tmp_path):
    from test_faults import _chattr

    store, _ = stores
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or not _chattr("+i", str(folder)):
            pytest.skip("running as root and chattr +i is not available here: nothing can make the folder read-only")
    else:
        os.chmod(folder, 0o555)
    try:
        for export in (export_acled_csv, export_geojson, export_geopackage):
            with pytest.raises(OutputRefused, match="is read-only"):
                export(store, str(folder / "out.file"))
    finally:
        if os.geteuid() == 0:
            _chattr("-i", str(folder))
        else:
            os.chmod(folder, 0o755)
    assert os.listdir(folder) == []


@pytest.mark.parametrize("name", ["exportcsv", "exportgeojson", "exportgeopackage"])
def test_a_team_store_export_algorithm_does_not_write_over_a_geopackage_store(name, provider, postgis_cluster,
                                                                              pg_store, stores, tmp_path):
    import processing
    from qgis.core import QgsProviderRegistry

    add_sample_incidents(pg_store)
    _, other = stores
    os.link(other, tmp_path / "second name.gpkg")
    os.symlink(other, tmp_path / "link.gpkg")
    before = file_bytes(other)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis_cluster.uri(), {"saveUsername": True}), "Guard test")
    try:
        for output in (other, tmp_path / "second name.gpkg", tmp_path / "link.gpkg"):
            feedback = Feedback()
            with pytest.raises(QgsProcessingException):
                processing.run(f"incidenttracker:{name}", {"CONNECTION": "Guard test", "SCHEMA": pg_store.schema,
                                                           "OUTPUT": str(output)}, feedback=feedback)
            assert any(A_STORE in error for error in feedback.errors), feedback.errors
    finally:
        metadata.deleteConnection("Guard test")
    assert file_bytes(other) == before
