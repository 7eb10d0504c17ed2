"""Writing export files safely, and the flat exports (ACLED-format CSV, GeoJSON).

Every export is first checked by :func:`.output_guard.check_output` (never over a store, nor over a
file it reads), then written into a fresh hidden folder next to the output (same file system) under the
output's own name, and moved into place with ``os.replace`` only once complete and flushed to disk:
a failed, canceled or killed export never leaves a broken file where a good one was (at worst a
hidden ``.<name>.export-*`` folder remains, which the next export of that name removes).
"""

import csv
import glob
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field

from ..domain import exports
from ..domain.i18n import message_template
from ..domain.schema import INCIDENT_FIELDS
from .output_guard import check_output, folder_refusal
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
    """``with AtomicOutput(path, reads) as temporary_path:`` write ``temporary_path``; on success it replaces ``path``.

    ``path`` is checked first (:func:`.output_guard.check_output`): never a store, nor one of ``reads``
    (the files the export reads). The temporary file has the output's own name (inside a hidden folder
    beside it), so files that
    refer to themselves by a relative path (a QGIS project stored in a GeoPackage) stay right.
    """

    def __init__(self, path, reads=()):
        self.path = os.path.abspath(os.fspath(path))
        self.reads = tuple(reads)
        self.folder = None

    def __enter__(self):
        directory, name = os.path.split(self.path)
        if not os.path.isdir(directory):
            raise StoreError(message_template("export", "The folder {folder} does not exist.").format(
                folder=directory))
        check_output(self.path, self.reads)
        _remove_stale(directory, name)
        try:
            self.folder = tempfile.mkdtemp(prefix=f".{name}.export-", dir=directory)
        except OSError as error:
            raise folder_refusal(directory, error) or error from None
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


def store_file(store):
    """The file of a store (or of a store location), None for a PostGIS store."""
    if isinstance(store, (str, os.PathLike)):
        location = os.fspath(store)
        return location if os.path.exists(location) or location.lower().endswith(".gpkg") else None
    return getattr(store, "path", None)


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


def export_acled_csv(store, output, filters=None, hashtags=False):
    """Write the ACLED-format CSV of ``store``'s incidents (UTF-8, formulas neutralised) to ``output``;
    with ``hashtags``, HXL-tagged for HDX (:mod:`..domain.hxl`)."""
    filters = filters or ExportFilters()
    incidents, sources = selected_rows(store, filters)
    report = ExportReport(os.path.abspath(output), len(incidents), len(sources), period=exports.period(incidents))
    with AtomicOutput(output, [store_file(store)]) as temporary, \
            open(temporary, "w", encoding="utf-8", newline="") as stream:
        exports.write_acled_csv(stream, incidents, sources, hashtags)
    return report


def export_geojson(store, output, filters=None):
    """Write the incidents of ``store`` as a GeoJSON FeatureCollection (RFC 7946) to ``output``."""
    filters = filters or ExportFilters()
    incidents, sources = selected_rows(store, filters)
    fields = exports.exported_fields(INCIDENT_FIELDS, filters.public)
    report = ExportReport(os.path.abspath(output), len(incidents), len(sources), period=exports.period(incidents))
    with AtomicOutput(output, [store_file(store)]) as temporary, open(temporary, "w", encoding="utf-8") as stream:
        exports.write_geojson(stream, incidents, sources, fields)
    return report


def export_table_csv(output, header, rows):
    """Write a small table (``header``, then ``rows``) as UTF-8 CSV to ``output``, checked and atomic like
    every export."""
    with AtomicOutput(output) as temporary, open(temporary, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
