"""The plugin's message log (issue 19): what goes wrong out of the user's sight is written down."""

import types

from qgis.core import QgsApplication

from incident_tracker.plugin.core import log
from incident_tracker.plugin.core.stores import attach_zones, zones_path


class LogTab:
    """Collects what is written to the plugin's tab of QGIS's message log."""

    def __init__(self):
        self.messages = []
        QgsApplication.messageLog().messageReceived.connect(self.received)

    def received(self, message, tag, level):
        if tag == log.TAG:
            self.messages.append(message)

    def close(self):
        QgsApplication.messageLog().messageReceived.disconnect(self.received)


def test_entries_go_to_the_plugins_tab():
    tab = LogTab()
    try:
        log.warning("skipped line 201")
        log.error("task failed")
    finally:
        tab.close()
    assert tab.messages == ["skipped line 201", "task failed"]


def test_a_damaged_zones_file_is_logged_and_the_store_still_opens():
    team_store = types.SimpleNamespace(path=None, key="host=127.0.0.1 dbname=team schema=damaged-zones-test")
    path = zones_path(team_store)
    with open(path, "wb") as f:
        f.write(b"SQLite format 3\x00" + b"\xff" * 2000)
    tab = LogTab()
    try:
        assert attach_zones(team_store) is team_store
    finally:
        tab.close()
    assert not hasattr(team_store, "zone_lookup")
    assert any(path in message and "could not be read" in message for message in tab.messages), tab.messages
