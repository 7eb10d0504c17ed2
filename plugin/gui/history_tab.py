"""The dock's History tab: every change of the incident in the form, and restoring an earlier version."""

from qgis.PyQt.QtCore import QCoreApplication, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.store import StoreError
from ..core.translation import translated
from ..domain import review
from ..domain.schema import INCIDENT_FIELDS, SOURCE_FIELDS

_ALIASES = {f.name: f.alias for f in INCIDENT_FIELDS + SOURCE_FIELDS}


def tr(text):
    return QCoreApplication.translate("HistoryTab", text)


_NOT_SHOWN = ("fid", "uuid", "incident_uuid", "created_at")  # ids and bookkeeping, not what the analyst changed


def _text(value):
    return "" if value is None else str(value)


def _when(stamp):
    """'2026-12-05T22:07:19.203Z' as '2026-12-05 22:07'."""
    text = _text(stamp)
    return text[:16].replace("T", " ") if len(text) >= 16 else text


class HistoryTab(QWidget):
    """Emits ``restored(uuid)`` after an earlier version was restored."""

    restored = pyqtSignal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.uuid = None
        layout = QVBoxLayout(self)
        self.title = QLabel(tr("Open an incident to see its history."))
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.currentItemChanged.connect(lambda *args: self._update_button())
        layout.addWidget(self.tree, 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Reason (optional), recorded with the restore"))
        layout.addWidget(self.reason)
        self.restore_button = QPushButton(tr("Restore this version"))
        self.restore_button.setToolTip(tr("The incident and its sources become what they were at the selected "
                                          "version; the restore is itself a new version in the history"))
        self.restore_button.clicked.connect(self.restore)
        layout.addWidget(self.restore_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._update_button()

    def show_incident(self, uuid):
        self.uuid = uuid
        self.message.clear()
        self.reload()

    def reload(self):
        self.tree.clear()
        store, _ = self.context()
        if store is None or not self.uuid:
            self.title.setText(tr("Open an incident to see its history."))
            self._update_button()
            return
        rows = store.history(self.uuid)
        groups = []  # the rows of one write together: the incident's row first, its sources' under it
        for row in rows:
            if groups and row["change_id"] is not None and groups[-1][0]["change_id"] == row["change_id"]:
                groups[-1].append(row)
            else:
                groups.append([row])
        self.title.setText(tr("{count} changes recorded, newest first.").format(count=len(groups)))
        for group in reversed(groups):
            group.sort(key=lambda r: r["source_uuid"] is not None)
            head = group[0]
            item = QTreeWidgetItem([tr("{when} UTC · {who} · version {version}: {what}").format(
                when=_when(head["changed_at"]), who=head["changed_by"] or tr("unknown (outside the plugin)"),
                version=_text(head["row_version"]), what=self._what(head))])
            item.setData(0, Qt.ItemDataRole.UserRole, head["row_version"] if head["source_uuid"] is None else None)
            for row in group:
                if row is not head:
                    QTreeWidgetItem(item, [self._what(row)])
                for change in review.changes(row["old_values"], row["new_values"]):
                    if change.field in _NOT_SHOWN:
                        continue
                    label = _ALIASES.get(change.field)
                    name = QCoreApplication.translate("schema", label) if label else change.field
                    QTreeWidgetItem(item, [f"  {name}: {_text(change.old)} → {_text(change.new)}"])
            for line in [item] + [item.child(i) for i in range(item.childCount())]:
                line.setToolTip(0, line.text(0))
            self.tree.addTopLevelItem(item)
        self._update_button()

    @staticmethod
    def _what(row):
        what = QCoreApplication.translate("review", review.ACTIONS.get(row["action"], row["action"]))
        if row["source_uuid"] is not None:
            image = row["new_values"] or row["old_values"] or {}
            what += ": " + _text(image.get("outlet"))
        if row.get("reason"):
            what += " — " + row["reason"]
        return what

    def selected_version(self):
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _update_button(self):
        self.restore_button.setEnabled(self.selected_version() is not None)

    def restore(self):
        store, _ = self.context()
        version = self.selected_version()
        if store is None or version is None:
            return
        try:
            store.restore_version(self.uuid, version, reason=self.reason.text().strip() or None)
        except StoreError as error:
            self.message.setText(translated(error))
            return
        self.reason.clear()
        self.message.setText(tr("Version {version} restored.").format(version=version))
        self.reload()
        self.restored.emit(self.uuid)
