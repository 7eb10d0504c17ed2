"""The dock's list of the incidents at one point (or selected together): each can be opened from it."""

from qgis.PyQt.QtCore import QCoreApplication, QDate, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget


def tr(text):
    return QCoreApplication.translate("PointChooser", text)


def _text(value):
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else ""
    return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def entry_text(feature):
    """'2020-06-14 – Dara (near Khanaqin) – Violence against civilians – Killed: 7'."""
    killed = _text(feature["fatalities"]) or "?"
    event_type = _text(feature["event_type"])
    return tr("{date} – {place} – {type} – Killed: {killed}").format(
        date=_text(feature["event_date"]), place=_text(feature["location"]),
        type=QCoreApplication.translate("taxonomy", event_type) if event_type else "", killed=killed)


class PointChooser(QWidget):
    """A heading and a drop-down list of incidents; ``chosen(uuid)`` when the analyst takes one."""

    chosen = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.combo = QComboBox()
        self.combo.setToolTip(tr("Choose the incident to open: it is selected alone on the map"))
        # As narrow as the dock's other lists: a long entry is read in the open list.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.activated.connect(lambda index: self.chosen.emit(self.combo.itemData(index)))
        layout.addWidget(self.heading)
        layout.addWidget(self.combo, 1)
        self.hide()

    def offer(self, features, total, current_uuid, selected=False):
        """List ``features`` (``total`` in all), ``current_uuid`` shown as chosen; one or none: hidden."""
        self.combo.clear()
        if len(features) < 2:
            self.hide()
            return
        for feature in features:
            self.combo.addItem(entry_text(feature), feature["uuid"])
        self.show_current(current_uuid)
        if selected:
            heading = tr("{n} incidents selected:").format(n=total)
        else:
            heading = tr("{n} incidents at this point:").format(n=total)
        if total > len(features):
            heading = tr("{heading} (the {shown} newest listed)").format(heading=heading.rstrip(":"),
                                                                        shown=len(features)) + ":"
        self.heading.setText(heading)
        self.show()

    def lists(self, uuid):
        return self.combo.count() > 1 and self.combo.findData(uuid) >= 0

    def show_current(self, uuid):
        """Show ``uuid`` as the chosen entry (none chosen when it is not listed)."""
        self.combo.setCurrentIndex(self.combo.findData(uuid) if uuid else -1)
