"""Per-zone statistics of the active store for a period: a table and a bar chart, trend alerts, and the
incidents of a zone under each of its holders (control periods)."""

from datetime import date

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.export_files import export_table_csv
from ..core.settings import ui_language
from ..core.store import StoreError
from ..core.translation import translated
from ..domain import review
from ..domain import zones_definition as zd
from ..domain.control_periods import HOLDER_LABELS, control_period_rows, control_periods
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.trends import TRENDFINDER_MARGIN, trend_alerts
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

    def __init__(self, parent=None, label_share=1 / 3):
        super().__init__(parent)
        self.bars = []
        self.label_share = label_share  # of the width, for the labels
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
        label_width = min(int(700 * self.label_share), int(self.width() * self.label_share))
        biggest = max(value for _, value in self.bars) or 1
        row = max(14.0, min(22.0, (self.height() - 10) / len(self.bars)))
        for index, (label, value) in enumerate(self.bars):
            top = 5 + index * row
            painter.setPen(QColor("#333333"))
            shown = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideMiddle, label_width - 8)
            painter.drawText(QRectF(4, top, label_width - 8, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown)
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
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for status in review.STATUSES:
            self.status.addItem(QCoreApplication.translate("taxonomy", status), status)
        controls.addWidget(self.status)
        controls.addStretch(1)
        controls.addWidget(QLabel(tr("Chart")))
        controls.addWidget(self.figure)
        layout.addLayout(controls)
        self.trends = QLabel()
        self.trends.setWordWrap(True)
        layout.addWidget(self.trends)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        by_zone = QWidget()
        zone_layout = QVBoxLayout(by_zone)
        self.table = QTableWidget(0, 2 + len(FIGURES))
        self.table.setHorizontalHeaderLabels([tr("Zone"), tr("Group")] + [tr(FIGURE_LABELS[f]) for f in FIGURES])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        zone_layout.addWidget(self.table, 1)
        self.chart = BarChart()
        zone_layout.addWidget(self.chart, 1)
        self.tabs.addTab(by_zone, tr("By zone"))
        self.tabs.addTab(self._control_tab(), tr("By control period"))
        self.save_button = QPushButton(tr("Save as CSV…"))
        self.save_button.clicked.connect(self.save_csv)
        layout.addWidget(self.save_button)
        for widget in (self.start, self.end):
            widget.dateValueChanged.connect(self.refresh)
        self.figure.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.refresh()
        busiest = next((self.control_zone.findData(z) for z in self.statistics if self.control_zone.findData(z) >= 0),
                       -1)
        if busiest >= 0:
            self.control_zone.setCurrentIndex(busiest)  # the zone with the most incidents first

    def shown_incidents(self):
        """The store's incidents of the review status chosen (all by default)."""
        status = self.status.currentData()
        return review.with_statuses(self.incidents(), None if status is None else [status])

    @reported
    def refresh(self, *args):
        self.statistics = zone_statistics(self.shown_incidents(), self.start.iso(), self.end.iso())
        self.table.setRowCount(len(self.statistics))
        for row, stats in enumerate(self.statistics.values()):
            values = [stats.zone, stats.zone_group or ""] + list(stats.total.as_tuple())
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        figure = self.figure.currentData() or "incidents"
        self.chart.set_bars([(s.zone, getattr(s.total, figure)) for s in self.statistics.values()])
        self.refresh_trends()
        self.refresh_control_periods()

    # --- trend alerts ----------------------------------------------------------------------------
    def refresh_trends(self):
        end = self.end.iso() or date.today().isoformat()
        self.alerts = trend_alerts(self.shown_incidents(), end)
        rule = tr("Trend alerts (last four weeks to {end} more than {margin}% above the mean of the 52 weeks "
                  "before, as ACLED's Trendfinder):").format(end=end, margin=round(TRENDFINDER_MARGIN * 100))
        found = "; ".join(tr("{zone}: {recent} incidents against a mean of {mean}").format(
            zone=a.zone, recent=a.recent, mean=f"{a.baseline:.1f}") for a in self.alerts)
        self.trends.setText(rule + " " + (found or tr("none")))

    # --- control periods -------------------------------------------------------------------------
    def _control_tab(self):
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Zone")))
        self.control_zone = QComboBox()
        self.definition = zd.load_definition()
        self.periods = control_periods(self.definition)
        language = ui_language()
        for area in self.definition.areas:
            self.control_zone.addItem(area.name(language), area.name_en)
        row.addWidget(self.control_zone, 1)
        tab_layout.addLayout(row)
        self.control_title = QLabel()
        tab_layout.addWidget(self.control_title)
        self.control_chart = BarChart(label_share=0.6)  # holders and dates make long labels
        tab_layout.addWidget(self.control_chart, 1)
        self.control_sources = QLabel()
        self.control_sources.setWordWrap(True)
        self.control_sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tab_layout.addWidget(self.control_sources)
        self.control_zone.currentIndexChanged.connect(self.refresh_control_periods)
        return tab

    def refresh_control_periods(self, *args):
        """Per month under each holder of the chosen zone: incidents, or killed when the chart shows killed."""
        zone = self.control_zone.currentData()
        periods = [p for p in self.periods if p.zone == zone]
        self.control_rows = control_period_rows(periods, self.shown_incidents(), self.start.iso(), self.end.iso())
        per_month = "killed_per_month" if self.figure.currentData() == "killed" else "incidents_per_month"
        column = -1 if per_month == "killed_per_month" else -2
        self.control_title.setText(tr("Killed per month under each holder") if column == -1
                                   else tr("Incidents per month under each holder"))
        self.control_chart.set_bars([
            (f"{QCoreApplication.translate('zones', HOLDER_LABELS.get(r.period.controlled_by, r.period.controlled_by))}"
             f" ({r.start} – {r.end})", r.as_tuple()[column]) for r in self.control_rows])
        self.control_sources.setText("\n".join(
            f"{r.start} – {r.end}: " + ("; ".join(self.definition.cite(s) for s in r.period.sources) or tr("no source"))
            for r in self.control_rows))

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
            QMessageBox.warning(self, tr("Save statistics"), translated(error))
            return None
        return path
