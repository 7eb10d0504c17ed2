"""The plugin makes no network request unless the user asks for one (the boundary download).

Every Python socket connection (IPv4/IPv6) and every request through QgsNetworkAccessManager is
recorded while the plugin starts, opens a store with zones, shows the dock, saves an incident,
imports a file and unloads; the test fails on any.
"""

import socket

import pytest
from qgis.core import QgsNetworkAccessManager

import incident_tracker

from support import SHARED_DATA, TEST_DATA


class NetworkMonitor:
    def __init__(self, monkeypatch):
        self.attempts = []
        original_connect, original_connect_ex = socket.socket.connect, socket.socket.connect_ex
        monitor = self

        def connect(sock, address):
            monitor._check(sock, address)
            return original_connect(sock, address)

        def connect_ex(sock, address):
            monitor._check(sock, address)
            return original_connect_ex(sock, address)

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        self._manager = QgsNetworkAccessManager.instance()
        self._manager.requestAboutToBeCreated.connect(self._request)

    def _check(self, sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            self.attempts.append(f"socket connect to {address}")
            raise ConnectionRefusedError(f"test_no_network: unexpected connection to {address}")

    def _request(self, parameters):
        try:  # an exception in a slot would abort the process
            url = parameters.request().url().toString()
        except Exception as error:  # noqa: BLE001
            url = f"? ({error})"
        self.attempts.append(f"QgsNetworkAccessManager request: {url}")

    def close(self):
        self._manager.requestAboutToBeCreated.disconnect(self._request)


@pytest.fixture
def network(monkeypatch):
    monitor = NetworkMonitor(monkeypatch)
    yield monitor
    monitor.close()


def test_the_monitor_sees_connections(network):
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    QgsNetworkAccessManager.instance().get(QNetworkRequest(QUrl("http://127.0.0.1:9/")))
    assert len(network.attempts) == 2


def test_the_plugin_at_work_makes_no_network_request(network, qgis_iface, qgis_new_project, tmp_path):
    from incident_tracker.plugin.core.importer import import_file
    from incident_tracker.plugin.core.sample import build_sample_store

    zones = SHARED_DATA if any(SHARED_DATA.glob("*adm3*")) else None
    path = str(tmp_path / "sample.gpkg")
    build_sample_store(path, zones_from=str(zones) if zones else None).close()

    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initProcessing()
    plugin.initGui()
    try:
        plugin.set_store(path)
        dock = plugin.toggle_dock(True)
        if zones:
            plugin.add_zones(ask=lambda text, choices: len(choices) - 1)  # built already: nothing is asked
        from test_dock import fill_dara

        dock.confirm = lambda text: True
        dock.new_incident()
        fill_dara(dock.form)
        dock.save()
        import_file(plugin.store, TEST_DATA / "import" / "acled_iraq_sample.csv")
        plugin.store.query(text="Kirkuk")
        assert plugin.store.count() > 2
    finally:
        plugin.unload()
    assert network.attempts == []
