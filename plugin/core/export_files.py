"""Writing export files safely, and the flat exports (ACLED-format CSV, GeoJSON).

Every export is written into a fresh hidden folder next to the output (same file system) under the
output's own name, and moved into place with ``os.replace`` only once complete and flushed to disk:
a failed, canceled or killed export never leaves a broken file where a good one was (at worst a
hidden ``.<name>.export-*`` folder remains, which the next export of that name removes).
"""

import glob
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field

from ..domain import exports
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.schema import INCIDENT_FIELDS
from .store import StoreError

STALE_SECONDS = 24 * 3600  # leftovers of killed exports older than this are removed


class ExportCanceled(StoreError):
    pass


@dataclass
class ExportFilters:
    """Which incidents an export holds, and whether it is "public" (see :mod:`..domain.exports`)."""

    start: object = None
    end: object = None
    zones: tuple = ()
    verification: tuple = ()
    public: bool = False
    decimals: int = exports.DEFAULT_PUBLIC_DECIMALS


@dataclass
class ExportReport:
    output: str
    incidents: int = 0
    sources: int = 0
    tables: list = field(default_factory=list)
    period: tuple = (None, None)
    warnings: list = field(default_factory=list)


class AtomicOutput:
    """``with AtomicOutput(path) as temporary_path:`` write ``temporary_path``; on success it replaces ``path``.

    The temporary file has the output's own name (inside a hidden folder beside it), so files that
    refer to themselves by a relative path (a QGIS project stored in a GeoPackage) stay right.
    """

    def __init__(self, path):
        self.path = os.path.abspath(os.fspath(path))
        self.folder = None

    def __enter__(self):
        directory, name = os.path.split(self.path)
        if not os.path.isdir(directory):
            raise StoreError(QT_TRANSLATE_NOOP("export", "The folder {folder} does not exist.").format(folder=directory))
        _remove_stale(directory, name)
        self.folder = tempfile.mkdtemp(prefix=f".{name}.export-", dir=directory)
        return os.path.join(self.folder, name)

    def __exit__(self, kind, value, traceback):
        try:
            if kind is None:
                temporary = os.path.join(self.folder, os.path.basename(self.path))
                _fsync(temporary)
                os.replace(temporary, self.path)
                _fsync_folder(os.path.dirname(self.path))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
        return False


def _remove_stale(directory, name):
    for folder in glob.glob(os.path.join(glob.escape(directory), glob.escape(f".{name}.export-") + "*")):
        try:
            if time.time() - os.path.getmtime(folder) > STALE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass


def _fsync(path):
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(path):
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def opened_store(store):
    """(store, opened_here) for a store object or a location (GeoPackage path or PostGIS connection)."""
    if not isinstance(store, (str, os.PathLike)):
        return store, False
    from .stores import open_store

    return open_store(os.fspath(store)), True


def selected_rows(store, filters):
    """(incidents, sources) of ``store`` kept by ``filters`` (public mode applied)."""
    store, opened = opened_store(store)
    try:
        incidents, sources = store.all_rows()
    finally:
        if opened:
            store.close()
    incidents, sources = exports.select(incidents, sources, filters.start, filters.end, filters.zones,
                                        filters.verification, public=filters.public)
    if filters.public:
        incidents, sources = exports.public_rows(incidents, sources, filters.decimals)
    return incidents, sources


def export_acled_csv(store, output, filters=None):
    """Write the ACLED-format CSV of ``store``'s incidents (UTF-8, formulas neutralised) to ``output``."""
    filters = filters or ExportFilters()
    incidents, sources = selected_rows(store, filters)
    report = ExportReport(os.path.abspath(output), len(incidents), len(sources), period=exports.period(incidents))
    with AtomicOutput(output) as temporary, open(temporary, "w", encoding="utf-8", newline="") as stream:
        exports.write_acled_csv(stream, incidents, sources)
    return report


def export_geojson(store, output, filters=None):
    """Write the incidents of ``store`` as a GeoJSON FeatureCollection (RFC 7946) to ``output``."""
    filters = filters or ExportFilters()
    incidents, sources = selected_rows(store, filters)
    fields = exports.exported_fields(INCIDENT_FIELDS, filters.public)
    report = ExportReport(os.path.abspath(output), len(incidents), len(sources), period=exports.period(incidents))
    with AtomicOutput(output) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        exports.write_geojson(stream, incidents, sources, fields)
    return report
