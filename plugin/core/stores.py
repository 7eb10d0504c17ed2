"""Opening and creating a store from what the user chose: a GeoPackage file or a PostgreSQL connection.

A location is a file path (GeoPackage), the name of a PostgreSQL connection of QGIS's Browser, or a
QgsDataSourceUri connection string (``host=… dbname=… authcfg=…``, optionally with the store's
``table="schema"."incidents"`` as in ``PostgisStore.location``).
"""

import os
import sqlite3

from qgis.core import QgsDataSourceUri
from qgis.PyQt.QtCore import QCoreApplication

from . import log, postgis_connection
from .gpkg_store import GeoPackageStore
from .postgis_store import DEFAULT_SCHEMA, PostgisStore
from .translation import translated


def tr(text):
    return QCoreApplication.translate("stores", text)


def is_postgis(location):
    if os.path.exists(location) or location.lower().endswith(".gpkg"):
        return False
    return postgis_connection.is_connection_string(location) or location in postgis_connection.connection_names()


def _schema(location, schema):
    if schema:
        return schema
    if postgis_connection.is_connection_string(location):
        return QgsDataSourceUri(location).schema() or DEFAULT_SCHEMA
    return DEFAULT_SCHEMA


def open_store(location, zone_lookup=None, schema=None):
    """The store at ``location`` (see the module's doc); a :class:`StoreError` says why not."""
    if is_postgis(location):
        return _as_analyst(PostgisStore.open(location, _schema(location, schema), zone_lookup=zone_lookup))
    return _as_analyst(GeoPackageStore.open(location, zone_lookup))


def create_store(location, zone_lookup=None, schema=None):
    """A new store at ``location``; on PostGIS an older store there is upgraded instead."""
    if is_postgis(location):
        return _as_analyst(PostgisStore.create(location, _schema(location, schema), zone_lookup=zone_lookup))
    return _as_analyst(GeoPackageStore.create(location, zone_lookup))


def _as_analyst(store):
    """The store writing in the name the analyst chose for the history (the OS user name by default)."""
    from . import settings

    store.user = settings.value(settings.ANALYST_NAME) or store.user
    return store


def zones_path(store):
    """Where a store's disputed zones live: inside a GeoPackage store; for a PostGIS store, a
    GeoPackage in the QGIS profile named after the store (the zones come from public boundaries, so
    each analyst may build them)."""
    path = getattr(store, "path", None)
    if path:
        return path
    import hashlib

    from qgis.core import QgsApplication

    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "incident_tracker")
    os.makedirs(folder, exist_ok=True)
    digest = hashlib.sha1(store.key.encode(), usedforsecurity=False).hexdigest()[:12]
    return os.path.join(folder, f"zones-{digest}.gpkg")


def attach_zones(store):
    """Give ``store`` the lookup of its zones, when they have been built; returns the store."""
    from .zone_lookup import ZoneLookup

    path = zones_path(store)
    try:
        lookup = ZoneLookup.from_gpkg(path, distances=False)
    except (sqlite3.Error, OSError, ValueError) as error:
        # The store stays usable; incidents just get no zones until the zones are rebuilt.
        log.warning(tr("The zones file {path} could not be read ({error}); incidents will get no zones until "
                       "the zones are built again.").format(path=path, error=translated(error)))
        return store
    if lookup is not None:
        store.zone_lookup = lookup
    return store


def open_store_with_zones(location, schema=None):
    """``open_store``, creating a GeoPackage store when the file does not exist yet, with its zones."""
    if is_postgis(location) or os.path.exists(location):
        return attach_zones(open_store(location, schema=schema))
    return create_store(location)
