"""The store's incidents in the dock, filterable by text, date range and zone."""

from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import ui_language
from ..core.zone_layers import zone_language
from ..domain.zones_definition import display_names as zone_display_names
from .widgets import NullableDateEdit

COLUMNS = (("event_date", "Date"), ("location", "Location"), ("event_type", "Event type"),
           ("fatalities", "Killed"), ("disputed_zone", "Disputed zone"))
MAX_ROWS = 2000


def tr(text):
    return QCoreApplication.translate("IncidentList", text)


class IncidentList(QWidget):
    """Emits ``incident_activated(uuid)`` on double-click."""

    incident_activated = pyqtSignal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        self.text = QLineEdit()
        self.text.setPlaceholderText(tr("Filter: place, actor, description…"))
        self.text.setClearButtonEnabled(True)
        self.start = NullableDateEdit()
        self.end = NullableDateEdit()
        self.zone = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.start)
        filters.addWidget(self.end)
        filters.addWidget(self.zone, 1)
        layout.addWidget(self.text)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(label) for _, label in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.text.textChanged.connect(self.reload)
        self.start.dateValueChanged.connect(self.reload)
        self.end.dateValueChanged.connect(self.reload)
        self.zone.currentIndexChanged.connect(self.reload)
        self.uuids = []

    def _fill_zones(self, store):
        current = self.zone.currentData()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(tr("All zones"), None)
        names = set()
        for incident in store.query():
            for name in (incident.get("zone_group"), incident.get("disputed_zone"), incident.get("admin2")):
                if name:
                    names.add(name)
        shown = zone_display_names(zone_language(ui_language()))  # the store keeps English names
        for name in sorted(names, key=lambda n: shown.get(n, n)):
            self.zone.addItem(shown.get(name, name), name)
        index = self.zone.findData(current)
        self.zone.setCurrentIndex(max(index, 0))
        self.zone.blockSignals(False)

    def reload(self, *args):
        store, _ = self.context()
        self.table.setRowCount(0)
        self.uuids = []
        if store is None:
            return
        if self.zone.count() == 0 or not args:
            self._fill_zones(store)
        incidents = store.query(start=self.start.iso(), end=self.end.iso(), zone=self.zone.currentData(),
                                text=self.text.text().strip() or None, limit=MAX_ROWS)
        self.table.setRowCount(len(incidents))
        for row, incident in enumerate(incidents):
            self.uuids.append(incident["uuid"])
            for column, (name, _) in enumerate(COLUMNS):
                value = incident.get(name)
                self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def _activated(self, row, column):
        if 0 <= row < len(self.uuids):
            self.incident_activated.emit(self.uuids[row])
