"""Small widgets the dock and dialogs share: a date that may be empty, a count that may be unknown."""

from datetime import date

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QCalendarWidget, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ..domain.validation import ABSURD_FIGURE
from ..domain.values import implausible_date, parse_date


def tr(text):
    return QCoreApplication.translate("widgets", text)


class NullableDateEdit(QWidget):
    """A date a person types as text ("2021-09-12", "12/9/2021", "12 September 2021") or picks from a
    calendar; it may be empty. What was typed stays as typed: the date it was read as is spelled out
    beneath it (weekday and month name, so a day/month swap shows), a text that is not a date is said
    so in red, and an unlikely year (in the future, before 1990) gets a warning.

    ``iso()`` gives 'YYYY-MM-DD' or None; ``typed()`` gives the same, or the text itself when it is not
    a date, for the validation to report. ``dateValueChanged(QDate)`` follows the date (a null QDate when
    empty).
    """

    dateValueChanged = pyqtSignal(QDate)  # noqa: N815 - the name QgsDateEdit had

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.editor = QLineEdit()
        self.editor.setPlaceholderText(tr("YYYY-MM-DD"))
        self.editor.setClearButtonEnabled(True)
        # Dates are written left to right in Arabic and Sorani too.
        self.editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        calendar = self.editor.addAction(QgsApplication.getThemeIcon("/mIconCalendar.svg"),
                                         QLineEdit.ActionPosition.TrailingPosition)
        calendar.setToolTip(tr("Choose in a calendar"))
        calendar.triggered.connect(self._show_calendar)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.editor)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.editor)
        self._value = None
        self.editor.editingFinished.connect(self._read)
        self.editor.textChanged.connect(self._text_changed)

    # --- what the person sees --------------------------------------------------------------------
    def _read(self):
        """Read the text as a date; show how it was read; emit ``dateValueChanged`` if it changed."""
        text = self.editor.text().strip()
        value, problem = None, None
        try:
            value = parse_date(text)
        except ValueError:
            problem = tr("Not a date: write it as YYYY-MM-DD, e.g. 2021-09-12.")
        if value is not None:
            warning = implausible_date(value, date.today())
            read_as = QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
            if warning == "future":
                self._show_hint(tr("{date}: is the year right? This date is in the future.").format(date=read_as),
                                "#b35900")
            elif warning == "long ago":
                self._show_hint(tr("{date}: is the year right? This date is long ago.").format(date=read_as),
                                "#b35900")
            else:
                self._show_hint(read_as, "#555555")
        elif problem:
            self._show_hint(problem, "#b00020")
        else:
            self._show_hint("", None)
        if value != self._value:
            self._value = value
            self.dateValueChanged.emit(self.date())

    def _text_changed(self, text):
        if not text.strip() and self._value is not None:  # the clear button, or everything deleted
            self._read()

    def _show_hint(self, text, colour):
        self.hint.setText(text)
        self.hint.setStyleSheet(f"color: {colour}" if colour else "")
        self.hint.setVisible(bool(text))

    def _show_calendar(self):
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.WindowType.Popup)
        if self._value is not None:
            popup.setSelectedDate(self.date())
        popup.clicked.connect(lambda chosen: (self.setDate(chosen), popup.close()))
        popup.move(self.editor.mapToGlobal(self.editor.rect().bottomLeft()))
        popup.show()

    # --- values ------------------------------------------------------------------------------------
    def setDate(self, qdate):  # noqa: N802 - as QDateEdit
        self.editor.setText(qdate.toString("yyyy-MM-dd") if qdate is not None and qdate.isValid() else "")
        self._read()

    set_date = setDate

    def set_iso(self, text):
        self.editor.setText(str(text)[:10] if text else "")
        self._read()

    def clear(self):
        self.editor.clear()
        self._read()

    def isNull(self):  # noqa: N802 - as QgsDateEdit
        return self._value is None

    def date(self):
        return QDate(self._value.year, self._value.month, self._value.day) if self._value else QDate()

    def iso(self):
        return self._value.isoformat() if self._value else None

    def typed(self):
        """The date as 'YYYY-MM-DD', None when empty, or the text as typed when it is not a date."""
        return self.iso() or self.editor.text().strip() or None

    def has_problem(self):
        return self._value is None and bool(self.editor.text().strip())


class NullableSpinBox(QSpinBox):
    """A whole number that may be unknown (shown as "–"): ``number()`` is an int or None, never a false 0."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(-1, ABSURD_FIGURE)
        self.setSpecialValueText(tr("unknown"))
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
