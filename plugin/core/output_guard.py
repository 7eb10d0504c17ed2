"""Where an output may be written: never over an incident store, nor over a file the same run reads.

Every file the plugin writes as an output (the CSV, GeoJSON and GeoPackage exports, and each file
output of its Processing algorithms) passes :func:`check_output` before anything is written:

- an output that is, by its identity (device and inode, links followed), a file the run reads — the
  store, the zones — is refused, so a symbolic link or a second (hard) link is caught like the name
  itself;
- an existing file that is an incident store is refused whatever its name, unless it is one of the
  plugin's own exports (its metadata has ``export_time``) that nobody has added to or edited since
  (no incident updated after that time), which the next export may replace;
- a folder where no file can be created says so (:func:`folder_refusal`).
"""

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication

from ..domain.schema import INCIDENTS_TABLE, META_TABLE
from .store import StoreError
from .store_faults import SQLITE_HEADER

EXPORT_MARK = "export_time"  # written by export_geopackage into the metadata of every export
READ_ONLY_ERRORS = (errno.EACCES, errno.EPERM, errno.EROFS)
STORE, EXPORT, UNREADABLE = "store", "export", "unreadable"


def tr(text):
    return QCoreApplication.translate("output_guard", text)


class OutputRefused(StoreError):
    """The output would destroy a store or a file the run reads; nothing was written."""


def file_identity(path):
    """(device, inode) of the file ``path`` names, links followed; None when there is none."""
    try:
        stat = os.stat(path)
    except (OSError, ValueError):
        return None
    return stat.st_dev, stat.st_ino


def same_file(first, second):
    """Whether two paths name one file: the same real path, or the same device and inode."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    identity = file_identity(first)
    return identity is not None and identity == file_identity(second)


def store_kind(path):
    """:data:`STORE` for an incident store, :data:`EXPORT` for one of the plugin's GeoPackage exports,
    :data:`UNREADABLE` for an SQLite file that cannot be read to tell, else None. Reads only."""
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except (IsADirectoryError, FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return UNREADABLE
    try:
        connection = sqlite3.connect(Path(os.path.abspath(path)).as_uri() + "?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return UNREADABLE
    try:
        meta = dict(connection.execute(
            f"SELECT key, value FROM {META_TABLE} WHERE key IN ('schema_version', ?)", [EXPORT_MARK]))
        if "schema_version" not in meta:
            return None
        if EXPORT_MARK not in meta:
            return STORE
        # An export someone has since worked in (incidents added or edited) is a store now.
        edited = connection.execute(f"SELECT MAX(updated_at) FROM {INCIDENTS_TABLE}").fetchone()[0]
        return STORE if edited and str(edited) > str(meta[EXPORT_MARK]) else EXPORT
    except sqlite3.OperationalError as error:
        return None if "no such table" in str(error) else UNREADABLE
    except sqlite3.Error:
        return UNREADABLE
    finally:
        connection.close()


def check_output(output, reads=()):
    """Raise :class:`OutputRefused` when writing ``output`` would write over one of ``reads`` (paths the
    run reads) or over an incident store; see the module's doc."""
    output = os.fspath(output)
    for source in reads:
        if source and same_file(output, os.fspath(source)):
            raise OutputRefused(tr(
                "{output} is the file {source} that this reads (the same file, perhaps through a link or another "
                "name); nothing was written. Choose another file for the output.").format(output=output,
                                                                                          source=source))
    kind = store_kind(output)
    if kind == STORE:
        raise OutputRefused(tr(
            "{output} is an incident store: an output never replaces a store, whose incidents would be lost. "
            "Nothing was written; choose another file.").format(output=output))
    if kind == UNREADABLE:
        raise OutputRefused(tr(
            "{output} is a database that could not be read to check that it is not an incident store (in use by "
            "another program, or damaged); nothing was written. Choose another file.").format(output=output))


def folder_refusal(folder, error):
    """The :class:`OutputRefused` for an ``OSError`` met creating a file in ``folder``, or None when the
    error is not about permissions."""
    if getattr(error, "errno", None) not in READ_ONLY_ERRORS:
        return None
    return OutputRefused(tr("The folder {folder} is read-only: no file can be written there. Nothing was "
                            "written; choose another folder.").format(folder=folder))


def check_folder(path):
    """Raise :class:`OutputRefused` when no file can be created in the folder of ``path``."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        tempfile.TemporaryFile(dir=folder).close()
    except OSError as error:
        refusal = folder_refusal(folder, error)
        if refusal is not None:
            raise refusal from None
