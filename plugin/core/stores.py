"""Opening and creating a store from what the user chose: a GeoPackage file or a PostgreSQL connection.

A location is a file path (GeoPackage), the name of a PostgreSQL connection of QGIS's Browser, or a
QgsDataSourceUri connection string (``host=… dbname=… authcfg=…``, optionally with the store's
``table="schema"."incidents"`` as in ``PostgisStore.location``).
"""

import os

from qgis.core import QgsDataSourceUri

from . import postgis_connection
from .gpkg_store import GeoPackageStore
from .postgis_store import DEFAULT_SCHEMA, PostgisStore


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
        return PostgisStore.open(location, _schema(location, schema), zone_lookup=zone_lookup)
    return GeoPackageStore.open(location, zone_lookup)


def create_store(location, zone_lookup=None, schema=None):
    """A new store at ``location``; on PostGIS an older store there is upgraded instead."""
    if is_postgis(location):
        return PostgisStore.create(location, _schema(location, schema), zone_lookup=zone_lookup)
    return GeoPackageStore.create(location, zone_lookup)
