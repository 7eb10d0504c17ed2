"""The whole chain through ``qgis_process``, as a user would script it, checked with GDAL.

createstore → importincidents (ACLED CSV) → buildzones → zonestatistics → exportgeopackage, in a
throwaway QGIS profile (HOME) with the plugin installed from this checkout. Debian's ``qgis_process``
wrapper passes an option the binary rejects, so the binary is called.
"""

import os
import shutil
import sqlite3
import subprocess

import pytest

from support import ROOT, SHARED_DATA, TEST_DATA

QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
VALIDATE_GPKG = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"
RUNTIME = ("__init__.py", "metadata.txt", "plugin", "resources")
ADM2 = SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson"
ADM3 = SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson"

pytestmark = [pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process not installed"),
              pytest.mark.skipif(not ADM2.exists(), reason="reference boundaries missing")]


@pytest.fixture
def qgis_process(tmp_path):
    home = tmp_path / "home"
    plugins = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins/incident_tracker"
    plugins.mkdir(parents=True)
    for name in RUNTIME:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, plugins / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, plugins / name)
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")  # the profile is the throwaway HOME's

    def run(*arguments, fails_with=None):
        result = subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, timeout=300, check=False)
        if fails_with:  # the run must fail, saying so
            assert result.returncode != 0 and fails_with in result.stdout + result.stderr, result.stdout + result.stderr
            return None
        assert result.returncode == 0, result.stdout + result.stderr
        return dict(line.split(":\t", 1) for line in result.stdout.splitlines() if ":\t" in line)

    run("plugins", "enable", "incident_tracker")
    return run


def test_create_import_zones_statistics_export_checked_with_gdal(qgis_process, tmp_path):
    from osgeo import gdal, ogr

    store, zones, shared = (str(tmp_path / n) for n in ("store.gpkg", "zones.gpkg", "shared.gpkg"))
    qgis_process("run", "incidenttracker:createstore", "--", f"OUTPUT={store}")
    imported = qgis_process("run", "incidenttracker:importincidents", "--",
                            f"INPUT={TEST_DATA / 'import' / 'acled_iraq_sample.csv'}", f"STORE={store}")
    assert int(imported["IMPORTED"]) > 10
    qgis_process("run", "incidenttracker:buildzones", "--", f"ADMIN2={ADM2}", f"ADMIN3={ADM3}", f"OUTPUT={zones}")
    statistics = str(tmp_path / "statistics.csv")
    qgis_process("run", "incidenttracker:zonestatistics", "--", f"INCIDENTS={store}|layername=incidents",
                 f"ZONES={zones}|layername=zones_subdistricts", f"OUTPUT={statistics}")
    assert os.path.getsize(statistics) > 0
    exported = qgis_process("run", "incidenttracker:exportgeopackage", "--", f"STORE={store}",
                            f"ZONES={zones}|layername=zone_groups", "START=2020-06-01", "END=2020-12-31",
                            "PUBLIC=true", "VERIFICATION=0", f"OUTPUT={shared}")  # 0: unverified, as imported
    incidents = int(exported["INCIDENTS"])
    assert 0 < incidents < int(imported["IMPORTED"])

    if os.path.exists(VALIDATE_GPKG):
        result = subprocess.run(["/usr/bin/python3", VALIDATE_GPKG, shared], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result
    info = subprocess.run(["ogrinfo", "-ro", "-so", "-al", shared], capture_output=True, text=True, check=False)
    assert info.returncode == 0 and not info.stderr.strip()
    gdal.UseExceptions()
    datasource = ogr.Open(shared)
    names = {datasource.GetLayer(i).GetName() for i in range(datasource.GetLayerCount())}
    assert {"incidents", "sources", "zone_groups", "zones_subdistricts", "layer_styles"} <= names
    layer = datasource.GetLayerByName("incidents")
    assert layer.GetFeatureCount() == incidents
    definition = layer.GetLayerDefn()
    assert definition.GetFieldIndex("created_by") < 0
    for feature in layer:
        point = feature.GetGeometryRef()
        assert round(point.GetX(), 2) == point.GetX() and round(point.GetY(), 2) == point.GetY()
    datasource = None
    with sqlite3.connect(shared) as connection:
        assert connection.execute("SELECT name FROM qgis_projects").fetchall() == [("incident_tracker",)]
        assert connection.execute("SELECT COUNT(*) FROM layer_styles WHERE useAsDefault").fetchone()[0] >= 4


def test_an_export_over_its_own_store_fails_and_keeps_the_store(qgis_process, tmp_path):
    """The issue's case: ``exportcsv STORE=x.gpkg OUTPUT=x.gpkg`` replaced the store and returned success."""
    store, link = str(tmp_path / "x.gpkg"), str(tmp_path / "link.gpkg")
    qgis_process("run", "incidenttracker:createstore", "--", f"OUTPUT={store}")
    qgis_process("run", "incidenttracker:importincidents", "--",
                 f"INPUT={TEST_DATA / 'import' / 'acled_iraq_sample.csv'}", f"STORE={store}")
    os.symlink(store, link)
    with open(store, "rb") as f:
        before = f.read()
    for algorithm in ("exportcsv", "exportgeojson", "exportgeopackage"):
        for output in (store, link):
            qgis_process("run", f"incidenttracker:{algorithm}", "--", f"STORE={store}", f"OUTPUT={output}",
                         fails_with="that this reads")
    with open(store, "rb") as f:
        assert f.read() == before
