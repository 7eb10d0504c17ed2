"""What a store that cannot be opened, read or written is suffering from, said so a user can act on it.

Each fault has its own message (translated): a store being written by another program (locked), a
damaged file (cut off, or corrupt: with what SQLite's own ``PRAGMA quick_check`` says), a schema
version that is not a number, a folder where SQLite cannot write the journal it needs beside the
store. A file that is simply something else stays :class:`.store.NotAStoreError`.
"""

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from .store import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
CHECK_LINES = 3  # lines of SQLite's check quoted in the message
_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def tr(text):
    return QCoreApplication.translate("store_faults", text)


class StoreLockedError(StoreError):
    """Another program holds the store's lock longer than we wait."""


class DamagedStoreError(StoreError):
    """The file is an SQLite database that is cut off or corrupt."""


def is_sqlite_file(path):
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _error_name(error):
    """SQLite's error name (``SQLITE_BUSY``…; Python 3.11+), else guessed from the message."""
    name = getattr(error, "sqlite_errorname", None)
    if name:
        return name
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return "SQLITE_BUSY"
    if "malformed" in text or "not a database" in text:
        return "SQLITE_CORRUPT"
    return ""


def is_locked(error):
    return _error_name(error).startswith(_LOCKED)


def is_damage(error):
    return _error_name(error).startswith(_DAMAGED)


def locked_error(path):
    return StoreLockedError(tr("{path} is being written by another program: try again when it finishes. Nothing "
                               "was changed.").format(path=path))


def cut_off(path):
    """(size, expected) when the file is shorter than its SQLite header says, else None. Call it while holding
    a read lock (inside a read transaction), so that no writer is changing the file."""
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_BYTES)
        size = os.path.getsize(path)
    except OSError:
        return None
    if len(header) < HEADER_BYTES:
        return size, HEADER_BYTES
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return None  # not a page size: the header itself is damaged, there is no length to compare with
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when its "version-valid-for" number equals the change counter.
    if pages and header[24:28] == header[92:96] and size < pages * page_size:
        return size, pages * page_size
    return None


def integrity(path):
    """What SQLite's ``PRAGMA quick_check`` says of ``path`` (its first lines), read-only."""
    try:
        connection = sqlite3.connect(Path(os.path.abspath(path)).as_uri() + "?mode=ro", uri=True, timeout=1.0)
        try:
            lines = [row[0] for row in connection.execute(f"PRAGMA quick_check({CHECK_LINES})")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    return "; ".join(lines)


def damaged_error(path, shortfall=None):
    """The :class:`DamagedStoreError` for ``path``; ``shortfall``: (size, expected) of a cut-off file."""
    check = integrity(path)
    if shortfall:
        return DamagedStoreError(tr(
            "{path} is damaged: it is cut off ({size} bytes where its header says {expected}; an interrupted copy "
            "or download?). SQLite's integrity check says: {check}. Nothing was changed; open a backup or an "
            "earlier copy of the store.").format(path=path, size=shortfall[0], expected=shortfall[1], check=check))
    return DamagedStoreError(tr(
        "{path} is damaged: SQLite's integrity check says: {check}. Nothing was changed; open a backup or an "
        "earlier copy of the store.").format(path=path, check=check))


def read_error(path, error):
    """The StoreError for an SQLite error met reading ``path``, or None when it is neither a lock nor damage."""
    if is_locked(error):
        return locked_error(path)
    if is_damage(error) and is_sqlite_file(path):
        return damaged_error(path, cut_off(path))
    return None


def schema_version_error(location, value):
    return StoreError(tr(
        "{location}: its store schema version \"{value}\" is not a number (the store's metadata was changed by "
        "another program, or is damaged). Nothing was changed; open a backup, or set schema_version in "
        "incident_tracker_meta back to a number.").format(location=location, value=value))


def folder_read_only(path):
    """Whether a file can be created in the folder of ``path`` (SQLite writes its journal there)."""
    try:
        with tempfile.TemporaryFile(dir=os.path.dirname(os.path.abspath(path))):
            return False
    except OSError as error:
        return error.errno in (errno.EACCES, errno.EPERM, errno.EROFS)


def read_only_folder_error(path):
    return StoreError(tr(
        "The folder of {path} is read-only: the store can be read, but SQLite cannot write the journal it needs "
        "beside the file to change it. Nothing was written; copy the store into a folder you can write to, or "
        "make this one writable.").format(path=path))
