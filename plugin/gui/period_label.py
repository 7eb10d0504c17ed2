"""The period the map shows, written on the map while the Temporal Controller steps through time."""

from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt
from qgis.PyQt.QtWidgets import QLabel

from .slots import reported


def tr(text):
    return QCoreApplication.translate("PeriodLabel", text)


def period_text(begin, end):
    """'14 June 2020' for a one-day frame, '14 June 2020 – 20 June 2020' for longer ones: ``end`` is
    the frame's exclusive end (QGIS's frames end where the next begins)."""
    locale = QLocale()
    first, last = begin.date(), end.addMSecs(-1).date()
    if last <= first:
        return locale.toString(first, "d MMMM yyyy")
    return f"{locale.toString(first, 'd MMMM yyyy')} – {locale.toString(last, 'd MMMM yyyy')}"


class PeriodLabel(QLabel):
    """A label over the canvas's top corner, shown while the map is temporal (Temporal Controller on)."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setObjectName("IncidentTrackerPeriod")
        self.canvas = canvas
        self.setStyleSheet("QLabel { background: rgba(255, 255, 255, 215); color: #222; border: 1px solid #888;"
                           " border-radius: 3px; padding: 3px 8px; font-weight: bold; }")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        canvas.temporalRangeChanged.connect(self.follow)
        self.follow()

    @reported
    def follow(self):
        period = self.canvas.temporalRange()
        if not self.canvas.mapSettings().isTemporal() or not period.begin().isValid() or not period.end().isValid():
            self.hide()
            return
        self.setText(tr("Shown: {period}").format(period=period_text(period.begin(), period.end())))
        self.adjustSize()
        x = 10 if self.canvas.layoutDirection() == Qt.LayoutDirection.LeftToRight \
            else self.canvas.width() - self.width() - 10
        self.move(x, 10)
        self.show()
        self.raise_()

    def remove(self):
        try:
            self.canvas.temporalRangeChanged.disconnect(self.follow)
        except (TypeError, RuntimeError):
            pass
        self.setParent(None)
        self.deleteLater()
