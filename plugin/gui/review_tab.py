"""The dock's Review tab: the queue of incidents that need a look, statuses, and duplicates side by side.

Keyboard: ↑/↓ move through the queue, Enter opens the incident in the form, and the status buttons
carry shortcuts (Alt+ the underlined letter). The store does every write (statuses, merges, "not a
duplicate"), each recorded in its history.
"""

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.layers import show_statuses, shown_statuses
from ..core.store import StoreError
from ..core.translation import translated
from ..domain import review
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.schema import INCIDENT_FIELDS

_ALIASES = {f.name: f.alias for f in INCIDENT_FIELDS}


def tr(text):
    return QCoreApplication.translate("ReviewTab", text)


STATUS_BUTTONS = ((review.IN_REVIEW, QT_TRANSLATE_NOOP("ReviewTab", "In &review")),
                  (review.VERIFIED, QT_TRANSLATE_NOOP("ReviewTab", "&Verified")),
                  (review.DISPUTED, QT_TRANSLATE_NOOP("ReviewTab", "&Disputed")),
                  (review.REJECTED, QT_TRANSLATE_NOOP("ReviewTab", "Re&jected")))


class ReviewTab(QWidget):
    """Emits ``incident_activated(uuid)`` to open an incident in the form, ``changed()`` after a write."""

    incident_activated = pyqtSignal(str)
    changed = pyqtSignal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.entries = []
        layout = QVBoxLayout(self)
        shown = QGridLayout()  # three a row: the dock stays narrow
        shown.addWidget(QLabel(tr("On the map:")), 0, 0, 1, 3)
        self.shown = {}
        for index, status in enumerate(review.STATUSES):
            box = QCheckBox(QCoreApplication.translate("taxonomy", status))
            box.setChecked(True)
            box.toggled.connect(self._shown_changed)
            shown.addWidget(box, 1 + index // 3, index % 3)
            self.shown[status] = box
        layout.addLayout(shown)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.queue = QListWidget()
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.currentRowChanged.connect(self._current_changed)
        self.queue.itemActivated.connect(lambda item: self._open())
        layout.addWidget(self.queue, 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason (optional), recorded with the change"))
        layout.addWidget(self.reason)
        statuses = QHBoxLayout()
        self.status_buttons = {}
        for status, label in STATUS_BUTTONS:
            button = QPushButton(tr(label))
            button.clicked.connect(lambda _checked=False, s=status: self.set_status(s))
            statuses.addWidget(button)
            self.status_buttons[status] = button
        layout.addLayout(statuses)
        self.comparison_label = QLabel()
        self.comparison_label.setWordWrap(True)
        layout.addWidget(self.comparison_label)
        self.comparison = QTableWidget(0, 3)
        self.comparison.setHorizontalHeaderLabels([tr("Field"), tr("Kept"), tr("Merged into it")])
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.comparison.setToolTip(tr("Select the rows whose value the kept incident takes from this one"))
        self.comparison.verticalHeader().hide()
        header = self.comparison.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.comparison.setWordWrap(True)
        layout.addWidget(self.comparison, 3)
        actions = QHBoxLayout()
        self.merge_button = QPushButton(tr("&Merge into the kept one"))
        self.merge_button.setToolTip(tr("This incident's sources move to the kept one, which takes the values of "
                                        "the selected rows; this one stays in the store as a record of the merge"))
        self.merge_button.clicked.connect(self.merge)
        self.not_duplicate_button = QPushButton(tr("&Not a duplicate"))
        self.not_duplicate_button.clicked.connect(self.not_duplicate)
        actions.addWidget(self.merge_button)
        actions.addWidget(self.not_duplicate_button)
        layout.addLayout(actions)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.pair = None
        self._show_comparison(None, None)

    # --- what the map shows -------------------------------------------------------------------------
    def _shown_changed(self, *args):
        _, layers = self.context()
        if layers is None:
            return
        statuses = [status for status, box in self.shown.items() if box.isChecked()]
        show_statuses(layers, None if len(statuses) == len(self.shown) else statuses)

    def _show_map_statuses(self):
        _, layers = self.context()
        shown = shown_statuses(layers) if layers is not None else None
        for status, box in self.shown.items():
            box.blockSignals(True)
            box.setChecked(shown is None or status in shown)
            box.blockSignals(False)

    # --- the queue -------------------------------------------------------------------------------
    def reload(self, *args):
        store, _ = self.context()
        self._show_map_statuses()
        current = self.current_uuid()
        self.queue.clear()
        self.entries = [] if store is None else store.review_queue(
            limit=500, margin=review.DEFAULT_FIGURE_MARGIN)
        for entry in self.entries:
            incident = entry.incident
            text = "{date} · {place} · {why}".format(
                date=incident.get("event_date") or "", place=incident.get("location") or incident.get("admin2") or "",
                why=QCoreApplication.translate("review", review.REASONS[entry.reason]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            self.queue.addItem(item)
        self.summary.setText(tr("{count} incidents need a look, most urgent first.").format(count=len(self.entries)))
        uuids = [e.uuid for e in self.entries]
        self.queue.setCurrentRow(uuids.index(current) if current in uuids else (0 if uuids else -1))

    def current_uuid(self):
        item = self.queue.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_entry(self):
        row = self.queue.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open()
            return
        super().keyPressEvent(event)

    def _open(self):
        uuid = self.current_uuid()
        if uuid:
            self.incident_activated.emit(uuid)

    def _current_changed(self, row):
        entry = self.current_entry()
        store, _ = self.context()
        other = None
        if entry is not None and store is not None and entry.reason == review.LIKELY_DUPLICATE:
            first = (entry.incident.get("likely_duplicate_of") or "").split(";")[0]
            other = store.get_incident(first) if first else None
        self._show_comparison(entry.incident if entry else None, other)

    def _show_comparison(self, incident, kept):
        """``incident`` (the queue's) beside ``kept``, the stored incident it likely duplicates."""
        self.pair = (kept, incident) if incident and kept else None
        self.comparison.setRowCount(0)
        self.merge_button.setEnabled(self.pair is not None)
        self.not_duplicate_button.setEnabled(self.pair is not None)
        for button in self.status_buttons.values():
            button.setEnabled(incident is not None)
        if not self.pair:
            self.comparison_label.setText("")
            return
        store, _ = self.context()
        counts = [len(store.sources_of(i["uuid"])) for i in self.pair]
        self.comparison_label.setText(tr("Side by side with the incident it likely duplicates ({kept} and {other} "
                                         "sources):").format(kept=counts[0], other=counts[1]))
        names = review.mergeable_fields(*self.pair)
        self.comparison.setRowCount(len(names))
        for row, name in enumerate(names):
            label = QCoreApplication.translate("schema", _ALIASES[name]) if name in _ALIASES else name
            field_item = QTableWidgetItem(label)
            field_item.setData(Qt.ItemDataRole.UserRole, name)
            self.comparison.setItem(row, 0, field_item)
            for column, record in ((1, self.pair[0]), (2, self.pair[1])):
                value = record.get(name)
                cell = QTableWidgetItem("" if value is None else str(value))
                cell.setToolTip(cell.text())
                self.comparison.setItem(row, column, cell)

    def chosen_fields(self):
        """The fields whose rows are selected: the kept incident takes them from the one merged into it."""
        rows = sorted({index.row() for index in self.comparison.selectionModel().selectedRows()})
        return [self.comparison.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    # --- writes ----------------------------------------------------------------------------------
    def _write(self, action, done):
        store, _ = self.context()
        if store is None:
            return False
        try:
            action(store)
        except StoreError as error:
            self.message.setText(translated(error))
            return False
        self.message.setText(done)
        self.reason.clear()
        self.reload()
        self.changed.emit()
        return True

    def set_status(self, status):
        uuid = self.current_uuid()
        if uuid:
            reason = self.reason.text().strip() or None
            self._write(lambda store: store.set_status(uuid, status, reason=reason),
                        tr("Status set to “{status}”.").format(status=QCoreApplication.translate("taxonomy", status)))

    def merge(self):
        if self.pair:
            keep, other = self.pair[0]["uuid"], self.pair[1]["uuid"]
            fields, reason = self.chosen_fields(), self.reason.text().strip() or None
            self._write(lambda store: store.merge_incidents(keep, other, fields, reason=reason),
                        tr("Merged. The History tab of the kept incident can restore the earlier versions."))

    def not_duplicate(self):
        if self.pair:
            first, second = self.pair[0]["uuid"], self.pair[1]["uuid"]
            reason = self.reason.text().strip() or None
            self._write(lambda store: store.not_duplicates(first, second, reason=reason),
                        tr("Marked as different incidents; they will not be flagged again."))
