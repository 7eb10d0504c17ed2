#!/usr/bin/env python3
"""Two measurements behind bench/notes.md ("Why 1.5× is out of reach"), on synthetic rows:

    /usr/bin/python3 bench/sqlite_probes.py binding   # cost of binding None through Python's sqlite3
    /usr/bin/python3 bench/sqlite_probes.py thread    # can a writer thread overlap Python work?

Neither needs QGIS or the plugin.
"""

import argparse
import sqlite3
import threading
import time

ROWS = 180_000


def _table(db, name, extra):
    db.execute(f"CREATE TABLE {name} (a INTEGER PRIMARY KEY, b TEXT, c TEXT, d TEXT"
               + "".join(f", e{i}" for i in range(extra)) + ")")


def binding():
    """The same rows with and without 14 empty (None) columns."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    _table(db, "narrow", 0)
    _table(db, "wide", 14)
    narrow = [(i, "x" * 36, "y" * 36, "KirkukNow") for i in range(ROWS)]
    wide = [row + (None,) * 14 for row in narrow]
    db.execute("BEGIN")
    for name, rows in (("narrow", narrow), ("wide", wide)):
        started = time.perf_counter()
        db.executemany(f"INSERT INTO {name} VALUES ({', '.join(['?'] * len(rows[0]))})", rows)
        print(f"{ROWS:,} rows, {len(rows[0])} values each ({len(rows[0]) - 4} None): "
              f"{time.perf_counter() - started:.2f} s")
    db.execute("COMMIT")


def _cpu_work(n=25_000_000):
    total = 0
    for i in range(n):
        total += i * i
    return total


def thread():
    """An executemany in a thread beside CPU-bound Python: does the total shrink below the sum?"""
    rows = [(i, "x" * 200, "y" * 200, "z" * 36) for i in range(ROWS)]

    def write():
        db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        _table(db, "t", 0)
        db.execute("BEGIN")
        db.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
        db.execute("COMMIT")

    started = time.perf_counter()
    write()
    alone_write = time.perf_counter() - started
    started = time.perf_counter()
    _cpu_work()
    alone_cpu = time.perf_counter() - started
    started = time.perf_counter()
    writer = threading.Thread(target=write)
    writer.start()
    _cpu_work()
    writer.join()
    together = time.perf_counter() - started
    print(f"writer alone {alone_write:.2f} s, Python work alone {alone_cpu:.2f} s, "
          f"both at once (writer in a thread) {together:.2f} s (sum {alone_write + alone_cpu:.2f} s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=("binding", "thread"))
    {"binding": binding, "thread": thread}[parser.parse_args().probe]()


if __name__ == "__main__":
    main()
