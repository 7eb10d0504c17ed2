#!/usr/bin/env python3
"""Opening a GeoPackage store made before the search table (no FTS5 table, no lookup indexes), on
synthetic incidents, beside the way it was before (everything on opening, on the thread that opens it):

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/search_index_open.py 100000

Prints the opening (what the GUI thread waits for now), the background fill (without the task's rests
between batches) and the former opening, in the same run.
"""

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid

from workers import ROOT, load_plugin, start_qgis


def _store(path, count):
    from incident_tracker.plugin.core import ddl
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore
    from incident_tracker.plugin.domain.incident import prepare

    sys.path.insert(0, str(ROOT / "tests"))
    from support import DARA

    prototype = prepare(dict(DARA, event_date="2010-01-01"), [])[0]
    with GeoPackageStore.create(path) as store:
        for start in range(0, count, 50_000):
            store.write_rows([dict(prototype, uuid=str(uuid.uuid4()), location=f"Village {n % 997}",
                                   notes=f"Report number {n} near Kirkuk citadel",
                                   event_date=f"{2000 + n % 20}-{1 + n % 12:02d}-{1 + n % 28:02d}")
                              for n in range(start, min(count, start + 50_000))], [])
        store.drop_text_index()
    with sqlite3.connect(path) as db:
        for name in ddl.LOOKUP_INDEXED:
            db.execute(f"DROP INDEX idx_incidents_{name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("incidents", type=int, nargs="?", default=100_000)
    count = parser.parse_args().incidents
    load_plugin()
    start_qgis()
    from incident_tracker.plugin.core import gpkg_store
    from incident_tracker.plugin.core.gpkg_store import GeoPackageStore

    folder = tempfile.mkdtemp()
    try:
        made = os.path.join(folder, "older.gpkg")
        _store(made, count)
        timings = {}
        for way, inline in (("now", gpkg_store.TEXT_INDEX_INLINE_ROWS), ("before", count)):
            path = shutil.copy(made, os.path.join(folder, f"{way}.gpkg"))
            gpkg_store.TEXT_INDEX_INLINE_ROWS = inline
            started = time.perf_counter()
            store = GeoPackageStore.open(path)
            timings[way] = time.perf_counter() - started
            if way == "now":
                started = time.perf_counter()
                assert store.fill_text_index()
                timings["fill"] = time.perf_counter() - started
            store.close()
        print(f"{count:,} incidents: opening {timings['now']:.2f} s (then the background fill {timings['fill']:.1f} s); "
              f"before, everything on opening {timings['before']:.1f} s: the opening is "
              f"{timings['before'] / timings['now']:.0f}× shorter")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
