"""The bad-input corpus of tests/data/bad/ (see its README.md), shared by the domain and QGIS tests."""

import json
from contextlib import contextmanager

from support import TEST_DATA

BAD = TEST_DATA / "bad"
TODAY = "2024-01-01"  # the corpus's "today": its future dates stay in the future

# A good ACLED row; each row case replaces some of its cells.
BASE_ROW = {
    "event_id_cnty": "IRQ1", "event_date": "2020-06-14", "year": "2020", "time_precision": "1",
    "disorder_type": "Political violence", "event_type": "Violence against civilians", "sub_event_type": "Attack",
    "actor1": "Unidentified Armed Group (Iraq)", "assoc_actor_1": "", "inter1": "3", "actor2": "Civilians (Iraq)",
    "assoc_actor_2": "", "inter2": "7", "interaction": "37", "civilian_targeting": "Civilian targeting", "iso": "368",
    "region": "Middle East", "country": "Iraq", "admin1": "Diyala", "admin2": "Khanaqin", "admin3": "Khanaqin",
    "location": "Khanaqin", "latitude": "34.3476", "longitude": "45.3916", "geo_precision": "1",
    "source": "Kurdistan 24; KirkukNow", "source_scale": "National", "notes": "Gunmen attacked farmers.",
    "fatalities": "2", "tags": "", "timestamp": "1700000000",
}
TEN_MB = 10 * 1024 * 1024


def _value(value):
    return value["repeat"] * value["times"] if isinstance(value, dict) else value


def row_cases():
    with open(BAD / "rows.json", encoding="utf-8") as f:
        return json.load(f)["cases"]


def file_cases():
    cases = []
    for name in ("files.json", "files_values.json"):
        with open(BAD / name, encoding="utf-8") as f:
            cases += json.load(f)["cases"]
    return cases


def case_row(case, event_id=None):
    row = dict(BASE_ROW)
    row.update({name: _value(value) for name, value in case["row"].items()})
    if event_id and "event_id_cnty" not in case["row"]:
        row["event_id_cnty"] = event_id
    return row


def write_case_file(case, folder):
    """The case's file in ``folder`` (a copy of the real file, or its lines written as UTF-8)."""
    path = folder / f"{case['id']}.{case.get('ext', 'csv')}"
    if "file" in case:
        path.write_bytes((BAD / "files" / case["file"]).read_bytes())
        return path
    text = "\n".join(case["lines"]) + "\n"
    for marker, replacement in case.get("generated", {}).items():
        text = text.replace(marker, replacement)
    text = text.replace("@X10MB@", "x" * TEN_MB)
    path.write_text(text, encoding="utf-8")
    return path


def write_rows_file(path, cases, good_rows=True):
    """All row ``cases`` in one ACLED file, each after a good row (unless not ``good_rows``):
    ({case id: line}, [good ids])."""
    import csv

    from incident_tracker.plugin.domain.acled import KNOWN_COLUMNS

    lines, good = {}, []
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, KNOWN_COLUMNS, lineterminator="\n")
        writer.writeheader()
        line = 2
        for n, case in enumerate(cases):
            if good_rows:
                good_id = f"IRQGOOD{n:04d}"
                writer.writerow(dict(BASE_ROW, event_id_cnty=good_id, event_date=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}"))
                good.append(good_id)
                line += 1
            row = case_row(case, event_id=f"IRQCASE{n:04d}")
            lines[case["id"]] = line
            writer.writerow(row)
            f.flush()
            line += 1 + sum(str(v).count("\n") for v in row.values())
    return lines, good


# --- bad stores and bad outputs (stores.json) --------------------------------------------------------

def store_cases():
    with open(BAD / "stores.json", encoding="utf-8") as f:
        return json.load(f)["cases"]


def _overwrite(path, offset, data):
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _page_size(path):
    with open(path, "rb") as f:
        header = f.read(100)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _garbage(length):
    return (bytes(range(256)) * (length // 256 + 1))[:length]


def _read_only(folder):
    """Make ``folder`` read-only (root: chattr +i); the function that undoes it, or None when impossible."""
    import os
    import shutil
    import subprocess

    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        return lambda: os.chmod(folder, 0o755)
    if shutil.which("chattr") and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0:
        return lambda: subprocess.run(["chattr", "-i", str(folder)], check=True)
    return None


@contextmanager
def bad_store(case, good, folder):
    """The store file of a stores.json case, made from a copy of the ``good`` store in ``folder``: ``with
    bad_store(case, good, folder) as (store, output):`` (``output``: where an "output" case writes). Locks
    and read-only folders last as long as the ``with``; a case this machine cannot make is skipped."""
    import os
    import shutil
    import sqlite3

    import pytest

    make = case["make"]
    store = folder / "store.gpkg"
    if make == "read_only_folder" or case.get("output") == "read_only_folder":
        (folder / "read-only").mkdir()
        store = folder / "read-only" / "store.gpkg"
    if make == "file":
        shutil.copyfile(BAD / "files" / case["file"], store)
    elif make == "empty":
        store.write_bytes(b"")
    else:
        shutil.copyfile(good, store)
    output, undo, lock = folder / "output.csv", None, None
    if make == "cut":
        size = os.path.getsize(store)
        if "keep_bytes" in case:
            keep = case["keep_bytes"]
        elif "keep_pages_less" in case:
            keep = size - case["keep_pages_less"] * _page_size(store)
        else:
            keep = int(size * case["keep"])
        os.truncate(store, keep)
    elif make == "garbage_page":
        with sqlite3.connect(store) as connection:
            root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [case["table"]]).fetchone()[0]
        connection.close()
        _overwrite(store, (root - 1) * _page_size(store), _garbage(_page_size(store)))
    elif make == "garbage_bytes":
        _overwrite(store, case["offset"], b"\xff" * case["length"])
    elif make == "schema_version":
        with sqlite3.connect(store) as connection:
            connection.execute("UPDATE incident_tracker_meta SET value = ? WHERE key = 'schema_version'", [case["value"]])
        connection.close()
    elif make == "locked":
        lock = sqlite3.connect(store, isolation_level=None)
        lock.execute(f"BEGIN {case['lock']}")
    elif make == "output":
        kind = case["output"]
        if kind == "store":
            output = store
        elif kind == "symlink":
            output = folder / "link.gpkg"
            os.symlink(store, output)
        elif kind == "hardlink":
            output = folder / "second name.gpkg"
            os.link(store, output)
        elif kind in ("other_store", "damaged_database"):
            output = folder / "other.gpkg"
            shutil.copyfile(good, output)
            if kind == "damaged_database":  # the table of tables (page 1, after the file header) is garbage
                _overwrite(output, 100, _garbage(_page_size(output) - 100))
        elif kind == "read_only_folder":
            output = store.parent / "output.csv"
    if make == "read_only_folder" or case.get("output") == "read_only_folder":
        undo = _read_only(store.parent)
        if undo is None:
            pytest.skip("running as root and chattr +i is not available here: nothing can make a folder read-only")
    try:
        yield str(store), str(output)
    finally:
        if lock is not None:
            lock.execute("ROLLBACK")
            lock.close()
        if undo is not None:
            undo()
