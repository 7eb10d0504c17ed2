"""Per-zone statistics of the active store for a period: a table and a bar chart."""

from qgis.PyQt.QtCore import QCoreApplication, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.export_files import export_table_csv
from ..core.store import StoreError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.zone_statistics import FIGURES, zone_statistics
from .slots import reported
from .widgets import NullableDateEdit

FIGURE_LABELS = {"incidents": QT_TRANSLATE_NOOP("ZoneStatisticsDialog", "Incidents"),
                 "killed": QT_TRANSLATE_NOOP("ZoneStatisticsDialog", "Killed"),
                 "wounded": QT_TRANSLATE_NOOP("ZoneStatisticsDialog", "Wounded"),
                 "abducted": QT_TRANSLATE_NOOP("ZoneStatisticsDialog", "Abducted")}


def tr(text):
    return QCoreApplication.translate("ZoneStatisticsDialog", text)


class BarChart(QWidget):
    """Horizontal bars, one per zone, for one figure."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars = []
        self.setMinimumHeight(180)

    def set_bars(self, bars):
        self.bars = list(bars)
        self.setMinimumHeight(max(180, 22 * len(self.bars) + 10))
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("No incidents in this period"))
            return
        label_width = min(220, self.width() // 3)
        biggest = max(value for _, value in self.bars) or 1
        row = max(14.0, min(22.0, (self.height() - 10) / len(self.bars)))
        for index, (label, value) in enumerate(self.bars):
            top = 5 + index * row
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(4, top, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            width = (self.width() - label_width - 60) * value / biggest
            painter.fillRect(QRectF(label_width, top + 3, width, row - 6), QColor("#b03a2e"))
            painter.drawText(QRectF(label_width + width + 4, top, 56, row), Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()


class ZoneStatisticsDialog(QDialog):
    """``incidents()`` returns the store's incidents (dicts with event_date, disputed_zone, figures…)."""

    def __init__(self, incidents, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Incidents by disputed zone"))
        self.resize(760, 620)
        self.incidents = incidents
        self.statistics = {}
        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.start = NullableDateEdit()
        self.end = NullableDateEdit()
        self.start.editor.setObjectName("period_start")
        self.end.editor.setObjectName("period_end")
        self.figure = QComboBox()
        for name in FIGURES:
            self.figure.addItem(tr(FIGURE_LABELS[name]), name)
        controls.addWidget(QLabel(tr("From")))
        controls.addWidget(self.start)
        controls.addWidget(QLabel(tr("to")))
        controls.addWidget(self.end)
        controls.addStretch(1)
        controls.addWidget(QLabel(tr("Chart")))
        controls.addWidget(self.figure)
        layout.addLayout(controls)
        self.table = QTableWidget(0, 2 + len(FIGURES))
        self.table.setHorizontalHeaderLabels([tr("Zone"), tr("Group")] + [tr(FIGURE_LABELS[f]) for f in FIGURES])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.chart = BarChart()
        layout.addWidget(self.chart, 1)
        self.save_button = QPushButton(tr("Save as CSV…"))
        self.save_button.clicked.connect(self.save_csv)
        layout.addWidget(self.save_button)
        for widget in (self.start, self.end):
            widget.dateValueChanged.connect(self.refresh)
        self.figure.currentIndexChanged.connect(self.refresh)
        self.refresh()

    @reported
    def refresh(self, *args):
        self.statistics = zone_statistics(self.incidents(), self.start.iso(), self.end.iso())
        self.table.setRowCount(len(self.statistics))
        for row, stats in enumerate(self.statistics.values()):
            values = [stats.zone, stats.zone_group or ""] + list(stats.total.as_tuple())
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        figure = self.figure.currentData() or "incidents"
        self.chart.set_bars([(s.zone, getattr(s.total, figure)) for s in self.statistics.values()])

    def rows(self):
        return [[s.zone, s.zone_group or ""] + list(s.total.as_tuple()) for s in self.statistics.values()]

    @reported
    def save_csv(self, path=None):
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, tr("Save statistics"), "", tr("CSV (*.csv)"))
        if not path:
            return None
        try:
            export_table_csv(path, ["zone", "zone_group"] + list(FIGURES), self.rows())
        except (StoreError, OSError) as error:  # never over a store (output_guard), a read-only folder…
            QMessageBox.warning(self, tr("Save statistics"), str(error))
            return None
        return path
