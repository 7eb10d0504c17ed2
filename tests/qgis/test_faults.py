"""Faults: a killed import, a read-only store, a store locked by another writer, a full disk, a store
deleted while open, two processes writing at once. Each gives a clear message (a StoreError) and
loses nothing already saved.

Tests run as root in CI, where file permissions do not stop writes: the read-only store is made
immutable with ``chattr +i`` and the full disk is a small tmpfs (``mount -t tmpfs``); each test
skips, saying why, where the machine does not allow that.
"""

import contextlib
import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
from incident_tracker.plugin.core.sample import add_sample_incidents
from incident_tracker.plugin.core.store import StoreError
from incident_tracker.plugin.domain.schema import SCHEMA_VERSION

from support import DARA, DARA_SOURCES, ROOT

PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
# Runs in a child process: the plugin from the checkout, then the given code.
PRELUDE = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("incident_tracker", {str(ROOT / '__init__.py')!r},
                                              submodule_search_locations=[{str(ROOT)!r}])
module = importlib.util.module_from_spec(spec); sys.modules["incident_tracker"] = module; spec.loader.exec_module(module)
from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
from incident_tracker.plugin.core.importer import import_file
"""


def generator():
    spec = importlib.util.spec_from_file_location("generate_acled", ROOT / "bench" / "generate_acled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def acled_file(path, rows, first_id=1, seed=1):
    return generator().write(str(path), rows, seed=seed, first_id=first_id)


def snapshot(store):
    incidents = sorted(store.query(), key=lambda i: i["uuid"])
    return incidents, [store.sources_of(i["uuid"]) for i in incidents]


def check_consistent(path):
    """SQLite's own checks, foreign keys, and the R-tree holding exactly the incidents."""
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        incidents = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
        assert db.execute("SELECT COUNT(*) FROM rtree_incidents_geom").fetchone()[0] == incidents
        orphans = db.execute("SELECT COUNT(*) FROM sources WHERE incident_uuid NOT IN (SELECT uuid FROM incidents)")
        assert orphans.fetchone()[0] == 0
        return incidents


@pytest.fixture
def saved_store(tmp_path):
    """A store holding the two sample incidents: what must never be lost."""
    store = GeoPackageStore.create(str(tmp_path / "store.gpkg"))
    add_sample_incidents(store)
    yield store
    store.close()


def test_kill_9_in_the_middle_of_a_100k_import_leaves_all_or_nothing(saved_store, tmp_path):
    csv_path = acled_file(tmp_path / "100k.csv", 100_000)
    before = snapshot(saved_store)
    saved_store.close()
    code = PRELUDE + f"""
store = GeoPackageStore.open({saved_store.path!r})
def progress(percent):
    print(percent, flush=True)
import_file(store, {csv_path!r}, progress=progress)
print("done", flush=True)
"""
    child = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        for line in child.stdout:
            if line.strip() == "done" or float(line) >= 40:
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    count = check_consistent(saved_store.path)
    assert count in (2, 100_002)
    with GeoPackageStore.open(saved_store.path) as store:
        after = snapshot(store)
        if count == 2:
            assert after == before
        # and it takes writes again
        store.add_incident(DARA, DARA_SOURCES)
        assert store.count() == count + 1


def _chattr(flag, path):
    return subprocess.run(["chattr", flag, path], capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only(path):
    """``path`` read-only while in the block (``chattr +i`` as root, whom file permissions do not stop)."""
    if os.geteuid() == 0:
        if not shutil.which("chattr") or not _chattr("+i", path):
            pytest.skip("running as root and chattr +i is not available here: nothing can make the file read-only")
    else:
        os.chmod(path, 0o444)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            _chattr("-i", path)
        else:
            os.chmod(path, 0o644)


def test_a_read_only_store_says_so_and_keeps_its_incidents(saved_store, tmp_path):
    before = snapshot(saved_store)
    saved_store.close()
    path = saved_store.path
    with read_only(path):
        store = GeoPackageStore.open(path)
        assert snapshot(store) == before  # it still reads
        with pytest.raises(StoreError, match="read-only"):
            store.add_incident(DARA, DARA_SOURCES)
        with pytest.raises(StoreError, match="read-only"):
            import_file(store, acled_file(tmp_path / "few.csv", 20))
        assert snapshot(store) == before
        store.close()
    with GeoPackageStore.open(path) as store:
        assert snapshot(store) == before


def test_an_older_store_on_a_read_only_disk_says_it_needs_its_upgrade_written(saved_store):
    from test_store import make_version_1

    make_version_1(saved_store)
    path = saved_store.path
    before = open(path, "rb").read()
    with read_only(path):
        with pytest.raises(StoreError, match=r"older version of Incident Tracker \(store schema 1\).*read-only"):
            GeoPackageStore.open(path)
        assert open(path, "rb").read() == before
    with GeoPackageStore.open(path) as store:  # writable again: upgraded on opening
        assert store.metadata()["schema_version"] == str(SCHEMA_VERSION)


def test_a_store_locked_by_another_writer_says_so_then_works(saved_store, tmp_path):
    before = snapshot(saved_store)
    saved_store.close()
    other = sqlite3.connect(saved_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store = GeoPackageStore.open(saved_store.path, busy_timeout=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="being written by another program"):
            store.add_incident(DARA, DARA_SOURCES)
        assert time.monotonic() - started < 10
        with pytest.raises(StoreError, match="being written by another program"):
            import_file(store, acled_file(tmp_path / "few.csv", 20))
        assert snapshot(store) == before
        other.execute("ROLLBACK")
        store.add_incident(DARA, DARA_SOURCES)
        assert store.count() == 3
    finally:
        other.close()
        store.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (root only); skipped where mounting is not allowed."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {done.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_says_so_and_keeps_the_store(small_disk, tmp_path):
    path = str(small_disk / "store.gpkg")
    store = GeoPackageStore.create(path)
    add_sample_incidents(store)
    before = snapshot(store)
    filler = small_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # fill the disk, then give back a few pages
    try:
        while os.write(fd, b"\0" * 4096) == 4096:
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    os.truncate(filler, max(0, os.path.getsize(filler) - 3 * 4096))
    csv_path = acled_file(tmp_path / "2k.csv", 2000)
    with pytest.raises(StoreError, match="full"):
        import_file(store, csv_path)
    assert snapshot(store) == before
    store.close()
    os.remove(filler)
    check_consistent(path)
    with GeoPackageStore.open(path) as store:
        assert snapshot(store) == before
        assert import_file(store, acled_file(tmp_path / "50.csv", 50)).imported + 2 == store.count()


def test_a_store_deleted_while_open_says_so(saved_store, tmp_path):
    saved_store.add_incident(DARA, DARA_SOURCES)
    kept = shutil.copyfile(saved_store.path, tmp_path / "copy.gpkg")
    os.remove(saved_store.path)
    with pytest.raises(StoreError, match="deleted or replaced"):
        saved_store.add_incident(DARA, DARA_SOURCES)
    assert not os.path.exists(saved_store.path)  # not re-created empty either
    # a file put back in its place is another store: writing to the old one's handle would be lost
    shutil.copyfile(kept, saved_store.path)
    with pytest.raises(StoreError, match="deleted or replaced"):
        saved_store.add_incident(DARA, DARA_SOURCES)
    with GeoPackageStore.open(saved_store.path) as store:
        assert store.count() == 3


def test_two_processes_writing_at_once_lose_nothing(saved_store, tmp_path):
    saved_store.close()
    files = [acled_file(tmp_path / f"p{n}.csv", 3000, seed=n, first_id=1 + n * 1_000_000) for n in (1, 2)]
    code = PRELUDE + """
import sys
path, csv_path, name = sys.argv[1:4]
store = GeoPackageStore.open(path)
uuids = []
for n in range(60):
    if n == 20:
        import_file(store, csv_path)
    uuids.append(store.add_incident({"event_date": "2020-06-14", "event_type": "Battles", "sub_event_type": "Armed clash",
                                     "longitude": 44.39, "latitude": 35.47, "location": f"{name} {n}"},
                                    [{"outlet": name}]).uuid)
print(" ".join(uuids))
"""
    children = [subprocess.Popen([PYTHON, "-c", code, saved_store.path, files[n], f"writer{n}"], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for n in (0, 1)]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], [err[-2000:] for _, err in outputs]
    added = [set(out.split()) for out, _ in outputs]
    assert len(added[0]) == len(added[1]) == 60
    assert check_consistent(saved_store.path) == 2 + 2 * (3000 + 60)
    with GeoPackageStore.open(saved_store.path) as store:
        stored = {i["uuid"] for i in store.query()}
        assert added[0] | added[1] <= stored
        ids = store.external_ids()["event_id_cnty"]
        assert len(ids) == 6000
