"""PostgreSQL connection details for a PostGIS store, without ever keeping a password.

A connection is named like in QGIS's Browser (*PostgreSQL ▸ New Connection*) or given as a
QgsDataSourceUri connection string (``host=… port=… dbname=… authcfg=…``). The password comes from
QGIS's authentication manager (the ``authcfg``) when connecting, goes to the driver and nowhere else:
:func:`public_uri` (what layers, projects and messages see) has none.
"""

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProviderRegistry

from ..domain.i18n import message_template
from .store import StoreError

APPLICATION_NAME = "Incident Tracker"


def _msg(text):
    return message_template("store", text)


def is_connection_string(text):
    return "=" in text


def connection_names():
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections().keys()) if metadata is not None else []


def _uri_of(connection):
    if is_connection_string(connection):
        return QgsDataSourceUri(connection)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    found = metadata.findConnection(connection) if metadata is not None else None
    if found is None:
        raise StoreError(_msg("QGIS has no PostgreSQL connection named {name}.").format(name=connection))
    return QgsDataSourceUri(found.uri())


def public_uri(connection):
    """The connection's QgsDataSourceUri with no password (and no user name when an authcfg gives it)."""
    uri = _uri_of(connection)
    uri.setPassword("")
    if uri.authConfigId():
        uri.setUsername("")
    return QgsDataSourceUri(uri.connectionInfo(False))


def driver_arguments(uri):
    """psycopg2.connect() keyword arguments for ``uri``, the credentials resolved from its authcfg."""
    resolved = uri
    if uri.authConfigId():
        ok, items = QgsApplication.authManager().updateDataSourceUriItems(
            [uri.connectionInfo(False)], uri.authConfigId(), "postgres")
        if not ok:
            raise StoreError(_msg("QGIS could not read the authentication configuration {authcfg} "
                                  "(is its master password set?).").format(authcfg=uri.authConfigId()))
        resolved = QgsDataSourceUri(" ".join(items))
    arguments = {"host": resolved.host(), "port": resolved.port(), "dbname": resolved.database(),
                 "user": resolved.username(), "password": resolved.password(), "service": resolved.service(),
                 "sslmode": QgsDataSourceUri.encodeSslMode(resolved.sslMode())}
    arguments = {k: v for k, v in arguments.items() if v}
    arguments.update(application_name=APPLICATION_NAME, connect_timeout=15)
    return arguments


def describe(uri):
    """A short, password-free name for messages: database@host."""
    return f"{uri.database() or uri.service()}@{uri.host() or 'localhost'}"


def connection_name_for(uri):
    """The name of the QGIS connection reaching the same database as ``uri`` (a QgsDataSourceUri), or None."""
    wanted = (uri.host(), uri.port(), uri.database(), uri.service())
    for name in connection_names():
        other = _uri_of(name)
        if (other.host(), other.port(), other.database(), other.service()) == wanted:
            return name
    return None
