"""The store's incidents in the dock, newest first, filterable by text, date range and zone.

A model/view list: the model holds the pages read so far and asks the store for the next one
(:meth:`IncidentStore.incident_page`, keyset paging) when the view scrolls to its end, so a store of a
million incidents shows as quickly as one of ten. Typed text is searched after a short pause (each
keystroke only restarts a timer), through the store's search index.
"""

from qgis.PyQt.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import ui_language
from ..core.store import LIST_PAGE
from ..core.zone_layers import zone_language
from ..domain import review
from ..domain.zones_definition import display_names as zone_display_names
from .widgets import NullableDateEdit

COLUMNS = (("event_date", "Date"), ("location", "Location"), ("event_type", "Event type"),
           ("fatalities", "Killed"), ("disputed_zone", "Disputed zone"))
TYPING_PAUSE_MS = 250  # typed text is searched once the analyst pauses this long


def tr(text):
    return QCoreApplication.translate("IncidentList", text)


class IncidentListModel(QAbstractTableModel):
    """Rows of the incident list, fetched a page at a time from ``fetch(after)`` (which returns the
    page of row dicts following the row key ``after``: ``(event_date, fid)``, or None for the first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._fetch = None
        self._more = False

    def reset(self, fetch):
        """Show the rows of a new ``fetch`` (None: none), starting with its first page."""
        self.beginResetModel()
        self._rows = []
        self._fetch = fetch
        self._more = fetch is not None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt's names
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()].get(COLUMNS[index.column()][0])
        return "" if value is None else str(value)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section][1])
        return None

    def canFetchMore(self, parent=QModelIndex()):  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()):  # noqa: N802
        if not self.canFetchMore(parent):
            return
        last = self._rows[-1] if self._rows else None
        page = self._fetch(None if last is None else (last["event_date"], last["fid"]))
        self._more = len(page) >= LIST_PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def uuid(self, row):
        return self._rows[row]["uuid"] if 0 <= row < len(self._rows) else None

    def uuids(self):
        """The uuids of the rows fetched so far, in their order."""
        return [r["uuid"] for r in self._rows]


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
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for status in review.STATUSES:
            self.status.addItem(QCoreApplication.translate("taxonomy", status), status)
        filters = QHBoxLayout()
        filters.addWidget(self.start)
        filters.addWidget(self.end)
        filters.addWidget(self.zone, 1)
        filters.addWidget(self.status)
        layout.addWidget(self.text)
        layout.addLayout(filters)
        self.model = IncidentListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self._activated(index.row()))
        layout.addWidget(self.table, 1)
        self.typing = QTimer(self)
        self.typing.setSingleShot(True)
        self.typing.setInterval(TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.filter_now)
        self.text.textChanged.connect(self.typing.start)
        self.text.returnPressed.connect(self.filter_now)
        self.start.dateValueChanged.connect(self.filter_now)
        self.end.dateValueChanged.connect(self.filter_now)
        self.zone.currentIndexChanged.connect(self.filter_now)
        self.status.currentIndexChanged.connect(self.filter_now)

    @property
    def uuids(self):
        """The uuids of the incidents listed so far (more are fetched as the list scrolls)."""
        return self.model.uuids()

    def _fill_zones(self, store):
        current = self.zone.currentData()
        self.zone.blockSignals(True)
        self.zone.clear()
        self.zone.addItem(tr("All zones"), None)
        shown = zone_display_names(zone_language(ui_language()))  # the store keeps English names
        for name in sorted(store.zone_names(), key=lambda n: shown.get(n, n)):
            self.zone.addItem(shown.get(name, name), name)
        index = self.zone.findData(current)
        self.zone.setCurrentIndex(max(index, 0))
        self.zone.blockSignals(False)

    def reload(self, *args):
        """The active store's zones and its incidents matching the filters (first page)."""
        store, _ = self.context()
        if store is not None:
            self._fill_zones(store)
        self.filter_now()

    def filter_now(self, *args):
        """Show the incidents matching the filters as they are now (the typing pause skipped)."""
        self.typing.stop()
        store, _ = self.context()
        if store is None:
            self.model.reset(None)
            return
        status = self.status.currentData()
        filters = {"start": self.start.iso(), "end": self.end.iso(), "zone": self.zone.currentData(),
                   "text": self.text.text().strip() or None, "statuses": None if status is None else [status]}
        self.model.reset(lambda after: store.incident_page(after=after, **filters))

    def _activated(self, row):
        uuid = self.model.uuid(row)
        if uuid:
            self.incident_activated.emit(uuid)
