"""Exporting a store as one self-contained, styled GeoPackage to hand to colleagues and partners.

The file holds the (filtered) incidents and their sources with the store's own schema (so it is a
store the plugin can open, unless exported in public mode), the zones layers in use, each layer's
style saved as its default (``layer_styles``), layer metadata (QGIS's in the project and
``gpkg_metadata``; title and abstract in ``gpkg_contents`` for every GDAL tool) and a QGIS project
stored inside the GeoPackage (``qgis_projects``) that opens everything styled, grouped and related.
Layers in that project refer to the GeoPackage by a relative path, so the file can be moved or
e-mailed. The file is written beside the output and moved into place only when complete
(:class:`.export_files.AtomicOutput`).
"""

import os
import sqlite3
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDateTimeRange,
    QgsLayerMetadata,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QUrl,
    QUrlQuery,
)

from ..domain import exports
from ..domain.schema import INCIDENTS_TABLE, META_TABLE, SOURCES_TABLE
from ..domain.zone_tables import ATTRIBUTION as BOUNDARIES_ATTRIBUTION
from ..domain.zone_tables import (
    DISTRICTS_LAYER,
    GROUPS_LAYER,
    REGION_LAYER,
    SUBDISTRICTS_LAYER,
    ZONE_LAYERS,
)
from ..domain.zone_tables import META_LAYER as ZONES_META_TABLE
from . import compat
from .export_files import (
    AtomicOutput,
    ExportCanceled,
    ExportFilters,
    ExportReport,
    opened_store,
    selected_rows,
    store_file,
)
from .gpkg_store import GeoPackageStore, drop_history
from .layers import GROUP_PROPERTY, add_store_layers
from .output_guard import check_output
from .store import StoreError

PROJECT_NAME = "incident_tracker"
APPLICATION = "Incident Tracker"
DEFAULT_LICENCE = "CC BY 4.0"
DEFAULT_ATTRIBUTION = "Incident data compiled with Incident Tracker; event taxonomy: ACLED (ACLED Codebook)"
STYLE_NAME = "incident_tracker"
# Steps reported to ``progress(percent, step)``; a test uses them to stop an export half-way.
STEPS = ("rows", "zones", "metadata", "styles", "project", "finish")


def tr(text):
    return QCoreApplication.translate("export", text)


@dataclass
class ExportMetadata:
    """What the exported layers' metadata says beyond what the data gives (period, export time)."""

    title: str = None  # default: "Incidents" / the store's name
    abstract: str = None
    attribution: str = DEFAULT_ATTRIBUTION
    licence: str = DEFAULT_LICENCE
    author: str = None


def project_uri(gpkg_path, name=PROJECT_NAME):
    """The URI of the QGIS project stored in ``gpkg_path`` (``geopackage:/path.gpkg?projectName=...``)."""
    url = QUrl()
    url.setScheme("geopackage")
    url.setPath(os.path.abspath(gpkg_path))
    query = QUrlQuery()
    query.addQueryItem("projectName", name)
    url.setQuery(query)
    return bytes(url.toEncoded()).decode("utf-8")


def zone_tables(gpkg_path):
    """The zone tables (see :mod:`.zones_builder`) present in ``gpkg_path``, in builder order."""
    if not gpkg_path or not os.path.isfile(gpkg_path):
        return []
    with sqlite3.connect(f"file:{gpkg_path}?mode=ro", uri=True) as connection:
        try:
            present = {r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents")}
        except sqlite3.DatabaseError:
            return []
    return [t for t in ZONE_LAYERS + (ZONES_META_TABLE,) if t in present]


def zones_path_of(zones):
    """A GeoPackage path from a path, an OGR URI (``path|layername=...``) or a vector layer."""
    if zones is None or zones == "":
        return None
    if hasattr(zones, "source"):
        zones = zones.source()
    return os.fspath(zones).split("|")[0]


def export_geopackage(store, output, zones=None, filters=None, metadata=None, language="en", progress=None,
                      is_canceled=None):
    """Export ``store`` (a store or a GeoPackage path) into the GeoPackage ``output`` (replaced when present).

    ``zones``: the GeoPackage (or a layer or URI in it) holding the zones layers in use; by default
    the store's own file when it has zone tables. ``filters``: an :class:`ExportFilters` (dates, zones,
    verification statuses, public mode). ``progress(percent, step)`` is told each step of
    :data:`STEPS`; when ``is_canceled()`` turns true, :class:`ExportCanceled` is raised and ``output``
    is left as it was. Returns an :class:`ExportReport`. Call from the thread that owns no layer of
    ``output`` (the layers are created and released here).
    """
    filters = filters or ExportFilters()
    metadata = metadata or ExportMetadata()
    output = os.path.abspath(os.fspath(output))
    store_path = store_file(store)
    zones_path = zones_path_of(zones)
    if zones_path is None and store_path and zone_tables(store_path):
        zones_path = store_path
    check_output(output, (store_path, zones_path))  # before reading anything (AtomicOutput checks again)

    def step(percent, name):
        if is_canceled and is_canceled():
            raise ExportCanceled(tr("The export was canceled; {path} is unchanged.").format(path=output))
        if progress:
            progress(percent, name)

    incidents, sources = selected_rows(store, filters)
    report = ExportReport(output, len(incidents), len(sources), period=exports.period(incidents))
    with AtomicOutput(output, (store_path, zones_path)) as temporary:
        step(5, "rows")
        _write_store_tables(temporary, incidents, sources, filters, _history_of(store, incidents, filters))
        report.tables = [INCIDENTS_TABLE, SOURCES_TABLE, META_TABLE]
        step(30, "zones")
        copied = _copy_zone_tables(zones_path, temporary) if zones_path else []
        if zones_path and not copied:
            report.warnings.append(tr("{path} has no zones layers; the export has none.").format(path=zones_path))
        report.tables += copied
        step(45, "metadata")
        _write_gdal_metadata(temporary, report, metadata, filters)
        step(55, "styles")
        with _journal_mode_delete():
            _write_project(temporary, output, report, metadata, filters, language, step)
        step(95, "finish")
        _finish(temporary)
    if progress:
        progress(100, "done")  # the file is in place: no cancel any more
    return report


# --- tables ----------------------------------------------------------------------------------------

def _history_of(store, incidents, filters):
    """The history of the exported incidents for a full export; none for a public one."""
    if filters.public:
        return []
    exported = {i["uuid"] for i in incidents}
    store, opened = opened_store(store)
    try:
        return [row for row in store.all_history() if row["incident_uuid"] in exported]
    finally:
        if opened:
            store.close()


def _write_store_tables(path, incidents, sources, filters, history=()):
    store = GeoPackageStore.create(path)
    try:
        store.drop_text_index()  # the plugin's own: a shared file must not need FTS5 to be edited
        store.write_rows(incidents, sources, history)
    finally:
        store.close()
    with sqlite3.connect(path, isolation_level=None) as connection:
        connection.execute("BEGIN")
        if filters.public:
            drop_history(connection)
            # The values were never written (public_rows); the columns go too.
            for table, names in ((INCIDENTS_TABLE, exports.INTERNAL_INCIDENT_FIELDS),
                                 (SOURCES_TABLE, exports.INTERNAL_SOURCE_FIELDS)):
                for name in names:
                    connection.execute(f'ALTER TABLE {table} DROP COLUMN "{name}"')
        values = {"export_time": _now_text(), "export_public": "1" if filters.public else "0",
                  "export_coordinate_decimals": str(filters.decimals) if filters.public else ""}
        connection.executemany(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES (?, ?)", values.items())
        connection.execute("COMMIT")
    connection.close()


def _copy_zone_tables(zones_path, path):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    tables = zone_tables(zones_path)
    if not tables:
        return []
    source = ogr.Open(zones_path)
    target = ogr.Open(path, 1)
    try:
        for table in tables:
            layer = source.GetLayerByName(table)
            options = ["GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES"]
            description = layer.GetMetadataItem("DESCRIPTION")
            if description:
                options.append(f"DESCRIPTION={description}")
            target.CopyLayer(layer, table, options=options)
    finally:
        source = target = None
    return tables


def _write_gdal_metadata(path, report, metadata, filters):
    """Title and abstract in ``gpkg_contents`` and GDAL metadata items, read by any GDAL tool."""
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    first, last = report.period
    items = {"EXPORTED_BY": APPLICATION, "EXPORT_TIME": _now_text(), "PERIOD_START": first or "",
             "PERIOD_END": last or "", "LICENCE": metadata.licence or "", "PUBLIC": "YES" if filters.public else "NO"}
    datasource = ogr.Open(path, 1)
    try:
        for table, (title, abstract, attribution, licence) in _table_texts(report, metadata, filters).items():
            layer = datasource.GetLayerByName(table)
            if layer is None:
                continue
            layer.SetMetadataItem("IDENTIFIER", title)
            layer.SetMetadataItem("DESCRIPTION", abstract)
            for key, value in dict(items, ATTRIBUTION=attribution, LICENCE=licence).items():
                layer.SetMetadataItem(key, value)
    finally:
        datasource = None


def _table_texts(report, metadata, filters):
    """{table: (title, abstract, attribution, licence)} for every exported table."""
    first, last = report.period
    period = tr("from {first} to {last}").format(first=first, last=last) if first else tr("no incidents")
    public = tr(" Public version: internal fields removed, coordinates rounded to {n} decimals.").format(
        n=filters.decimals) if filters.public else ""
    incidents_title = metadata.title or tr("Incidents")
    texts = {
        INCIDENTS_TABLE: (incidents_title, (metadata.abstract or tr(
            "Incidents of political violence with their figures, actors and places, {period}; {count} "
            "incidents.").format(period=period, count=report.incidents)) + public, metadata.attribution,
            metadata.licence),
        SOURCES_TABLE: (tr("Sources"), tr("The sources cited for each incident ({count}); linked to the "
                                          "incidents by incident_uuid.").format(count=report.sources) + public,
                        metadata.attribution, metadata.licence),
        META_TABLE: (tr("Store metadata"), tr("Incident Tracker schema version and export settings."),
                     APPLICATION, metadata.licence),
    }
    titles = {GROUPS_LAYER: tr("Disputed zone groups"), REGION_LAYER: tr("Kurdistan Region"),
              SUBDISTRICTS_LAYER: tr("Sub-districts and disputed zones"),
              DISTRICTS_LAYER: tr("Districts and disputed zones"), ZONES_META_TABLE: tr("Zones build metadata")}
    for table in report.tables:
        if table in titles:
            texts[table] = (titles[table], tr("Zones layer of Incident Tracker (disputed territories of Iraq). ")
                            + BOUNDARIES_ATTRIBUTION, BOUNDARIES_ATTRIBUTION, "CC BY 3.0 IGO")
    return texts


# --- the QGIS project ------------------------------------------------------------------------------

class _journal_mode_delete:
    """QGIS switches local GeoPackages it writes to WAL; the export must be one self-contained file."""

    def __enter__(self):
        from osgeo import gdal

        self.previous = gdal.GetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", None)
        gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", "DELETE")
        return self

    def __exit__(self, *exc):
        from osgeo import gdal

        gdal.SetThreadLocalConfigOption("OGR_SQLITE_JOURNAL", self.previous)
        return False


def _write_project(path, output, report, metadata, filters, language, step):
    from .zone_layers import add_zone_layers

    project = QgsProject()
    try:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        project.setTitle(metadata.title or tr("Incident Tracker export"))
        project.writeEntryBool("Paths", "/Absolute", False)
        compat.set_relative_paths(project)
        layers = add_store_layers(GeoPackageStore(path), project)
        layers.group.setName(tr("Incident Tracker – {name}").format(
            name=os.path.splitext(os.path.basename(output))[0]))
        # No absolute path of this machine goes into the shared file (it would not match elsewhere).
        for node in (layers.group, layers.incidents, layers.sources):
            node.removeCustomProperty(GROUP_PROPERTY)
        zone_layers = add_zone_layers(path, project, language) if any(t in ZONE_LAYERS for t in report.tables) else {}
        texts = _table_texts(report, metadata, filters)
        all_layers = {INCIDENTS_TABLE: layers.incidents, SOURCES_TABLE: layers.sources}
        all_layers.update(zone_layers)
        for table, layer in all_layers.items():
            _set_layer_metadata(layer, *texts[table], report, metadata)
        step(60, "styles")
        for table, layer in all_layers.items():
            saved, error = compat.save_style_to_database(layer, STYLE_NAME, tr("Incident Tracker style"))
            if not saved:
                raise StoreError(tr("Could not save the style of {table}: {error}").format(table=table, error=error))
        step(80, "project")
        extent = QgsRectangle()
        for layer in all_layers.values():
            if layer.geometryType() != compat.no_geometry_type() and not layer.extent().isEmpty():
                extent.combineExtentWith(layer.extent())
        if not extent.isEmpty():
            extent.grow(max(extent.width(), extent.height()) * 0.05)
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
        project_metadata = project.metadata()
        project_metadata.setTitle(project.title())
        project_metadata.setAbstract(texts[INCIDENTS_TABLE][1])
        if metadata.author:
            project_metadata.setAuthor(metadata.author)
        project_metadata.setCreationDateTime(QDateTime.currentDateTimeUtc())
        project.setMetadata(project_metadata)
        if not project.write(project_uri(path)):
            raise StoreError(tr("Could not write the project into {path}: {error}").format(
                path=output, error=project.error()))
    finally:
        project.clear()
        del project


def _set_layer_metadata(layer, title, abstract, attribution, licence, report, metadata):
    layer_metadata = QgsLayerMetadata(layer.metadata())
    layer_metadata.setIdentifier(layer.name())
    layer_metadata.setTitle(title)
    layer_metadata.setAbstract(abstract)
    layer_metadata.setRights([attribution] if attribution else [])
    layer_metadata.setLicenses([licence] if licence else [])
    if layer.isSpatial():
        layer_metadata.setCrs(layer.crs())
    if metadata.author:
        layer_metadata.setKeywords({"author": [metadata.author]})
    extent = layer_metadata.extent()
    first, last = report.period
    if first:
        extent.setTemporalExtents([QgsDateTimeRange(
            QDateTime(QDate.fromString(first, Qt.DateFormat.ISODate), QTime(0, 0), Qt.TimeSpec.UTC),
            QDateTime(QDate.fromString(last, Qt.DateFormat.ISODate), QTime(23, 59, 59), Qt.TimeSpec.UTC))])
    layer_metadata.setExtent(extent)
    now = QDateTime.currentDateTimeUtc()
    layer_metadata.addHistoryItem(tr("Exported by Incident Tracker on {time}").format(
        time=now.toString(Qt.DateFormat.ISODate)))
    compat.set_metadata_created(layer_metadata, now)
    layer.setMetadata(layer_metadata)


def _finish(path):
    """One self-contained file (no WAL left), compacted, checked."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if mode.lower() != "delete":
            raise StoreError(tr("The export is still in use by another program; try again."))
        connection.execute("VACUUM")
        check = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise StoreError(tr("The exported file failed its integrity check: {result}").format(result=check))
    finally:
        connection.close()
    for suffix in ("-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            raise StoreError(tr("The export is still in use by another program; try again."))


def _now_text():
    from ..domain.incident import timestamp

    return timestamp()

