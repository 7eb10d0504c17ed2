"""Small widgets the dock and dialogs share: a date that may be empty, a count that may be unknown."""

from qgis.gui import QgsDateEdit
from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import QSpinBox

from ..domain.validation import ABSURD_FIGURE


class NullableDateEdit(QgsDateEdit):
    """A date edit that can be empty; ``iso()`` gives 'YYYY-MM-DD' or None."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAllowNull(True)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.clear()

    def set_date(self, qdate):
        self.setDate(qdate)

    def set_iso(self, text):
        if text:
            self.setDate(QDate.fromString(str(text)[:10], "yyyy-MM-dd"))
        else:
            self.clear()

    def iso(self):
        if self.isNull():
            return None
        value = self.date()
        return value.toString("yyyy-MM-dd") if value.isValid() else None


class NullableSpinBox(QSpinBox):
    """A whole number that may be unknown (shown as "–"): ``number()`` is an int or None, never a false 0."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(-1, ABSURD_FIGURE)
        self.setSpecialValueText(QCoreApplication.translate("widgets", "unknown"))
        self.setValue(-1)

    def set_number(self, value):
        self.setValue(-1 if value is None else int(value))

    def number(self):
        return None if self.value() < 0 else self.value()


def set_combo_value(combo, value):
    """Select the item whose data is ``value`` (the empty item for None)."""
    index = combo.findData(value)
    if index < 0 and value is not None:
        index = combo.findData(str(value))
    combo.setCurrentIndex(max(index, 0))
