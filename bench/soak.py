#!/usr/bin/env python3
"""Soak test: imports, adds, updates and deletes on one store for some minutes, checking it each round.

    make soak                         # 10 minutes
    /usr/bin/python3 bench/soak.py --minutes 30

Each round imports a new generated ACLED batch (plus one already imported: nothing may be added
twice), adds incidents with two sources, updates some (row versions checked), deletes a few, then
checks: SQLite integrity, foreign keys, the R-tree holding exactly the incidents, the count equal
to what was written, every source's incident present. Memory (RSS) is sampled each round: steady
growth would be a leak. Exits non-zero on the first failed check.
"""

import argparse
import importlib.util
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from workers import load_plugin, rss_kib  # noqa: E402


def generator():
    spec = importlib.util.spec_from_file_location("generate_acled", HERE / "generate_acled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check(path, expected):
    with sqlite3.connect(path) as db:
        problems = []
        if db.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            problems.append("integrity_check failed")
        if db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign keys broken")
        count = db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0]
        if count != expected:
            problems.append(f"{count} incidents where {expected} were written")
        if db.execute("SELECT COUNT(*) FROM rtree_incidents_geom").fetchone()[0] != count:
            problems.append("the R-tree does not hold exactly the incidents")
        if db.execute("SELECT COUNT(*) FROM sources WHERE incident_uuid NOT IN (SELECT uuid FROM incidents)").fetchone()[0]:
            problems.append("sources without their incident")
    return count, problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--batch", type=int, default=5000)
    parser.add_argument("--work", default=None)
    args = parser.parse_args(argv)
    load_plugin()
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.core.importer import import_file

    work = Path(args.work or tempfile.mkdtemp(prefix="incident-tracker-soak-"))
    work.mkdir(parents=True, exist_ok=True)
    path = str(work / "soak.gpkg")
    if os.path.exists(path):
        os.remove(path)
    store = GeoPackageStore.create(path)
    gen = generator()
    rng = random.Random(1)
    expected, rounds, started = 0, 0, time.monotonic()
    memory = []
    previous = None
    while time.monotonic() - started < args.minutes * 60:
        rounds += 1
        batch = str(work / f"batch_{rounds % 2}.csv")
        gen.write(batch, args.batch, seed=rounds, first_id=rounds * 10_000_000)
        report = import_file(store, batch)
        expected += report.imported
        if previous:
            again = import_file(store, previous)
            if again.imported:
                print(f"round {rounds}: re-import added {again.imported}")
                return 1
        previous = batch if rounds % 2 else None
        uuids = []
        for n in range(50):
            result = store.add_incident(
                {"event_date": f"2021-0{1 + n % 9}-1{n % 9}", "event_type": "Battles", "sub_event_type": "Armed clash",
                 "longitude": 44.39 + rng.uniform(-0.3, 0.3), "latitude": 35.47 + rng.uniform(-0.3, 0.3),
                 "location": f"soak {rounds}.{n}", "notes": "اشتباك " * 20},
                [{"outlet": "Kurdistan 24", "fatalities_reported": n % 4},
                 {"outlet": "KirkukNow", "fatalities_reported": n % 5}])
            uuids.append(result.uuid)
        expected += len(uuids)
        for uuid in uuids[:20]:
            current = store.get_incident(uuid)
            version = store.update_incident(uuid, {"notes": f"updated in round {rounds}"},
                                            expected_row_version=current["row_version"])
            if version != current["row_version"] + 1:
                print(f"round {rounds}: row version {version} after {current['row_version']}")
                return 1
        for uuid in uuids[-5:]:
            store.delete_incident(uuid)
        expected -= 5
        count, problems = check(path, expected)
        memory.append(rss_kib() / 1024)
        print(f"round {rounds}: {count} incidents, RSS {memory[-1]:.0f} MB, {time.monotonic() - started:.0f} s",
              flush=True)
        if problems:
            print("FAILED: " + "; ".join(problems))
            return 1
    store.close()
    growth = memory[-1] - memory[min(1, len(memory) - 1)] if memory else 0
    print(f"soak passed: {rounds} rounds in {(time.monotonic() - started) / 60:.1f} min, {expected} incidents, "
          f"{os.path.getsize(path) / 1e6:.0f} MB store, RSS {memory[0]:.0f} → {memory[-1]:.0f} MB "
          f"(growth after round 2: {growth:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
