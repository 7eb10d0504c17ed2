"""Placing text, tables, bar charts and maps on the pages of a print layout, left to right or right to left.

Positions are given as on a left-to-right page (millimetres from the top left corner); a right-to-left
:class:`Sheet` mirrors them, aligns text to the right and puts the first column of tables and the first
bar of charts on the right. Every figure is text in the layout (labels and text tables), so that it
stays text in an exported PDF.
"""

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemShape,
    QgsLayoutItemTextTable,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .compat import layout_millimeters, render_points
from .zone_layers import label_font

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 210.0, 297.0, 12.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
TEXT_COLOUR, ACCENT_COLOUR, BAR_COLOUR = "#222222", "#7b241c", "#b03a2e"


def text_format(size, bold=False, colour=TEXT_COLOUR):
    font = label_font()
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(render_points())
    text.setColor(QColor(colour))
    return text


class Sheet:
    """Adds items to ``layout``; ``right_to_left`` mirrors every position and alignment."""

    def __init__(self, layout, right_to_left=False):
        self.layout = layout
        self.right_to_left = right_to_left

    @property
    def start_alignment(self):
        return Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft

    def new_page(self):
        """Add an A4 portrait page; returns its index."""
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        return self.layout.pageCollection().pageCount() - 1

    def x(self, left, width):
        return PAGE_WIDTH - left - width if self.right_to_left else left

    def place(self, item, page, left, top, width, height, mirror=True):
        item.attemptResize(QgsLayoutSize(width, height, layout_millimeters()))
        x = self.x(left, width) if mirror else left
        item.attemptMove(QgsLayoutPoint(x, top, layout_millimeters()), True, False, page)
        return item

    def label(self, page, text, left, top, width, height, size=9.0, bold=False, colour=TEXT_COLOUR,
              align=None, item_id=None):
        label = QgsLayoutItemLabel(self.layout)
        label.setText(text)
        self._style(label, size, bold, colour, align)
        if item_id:
            label.setId(item_id)
        self.layout.addLayoutItem(label)
        return self.place(label, page, left, top, width, height)

    def _style(self, label, size, bold=False, colour=TEXT_COLOUR, align=None):
        text = text_format(size, bold, colour)
        if hasattr(label, "setTextFormat"):  # QGIS 3.24+
            label.setTextFormat(text)
        else:
            font = text.font()
            font.setPointSizeF(size)
            label.setFont(font)
            label.setFontColor(QColor(colour))
        label.setHAlign(align if align is not None else self.start_alignment)
        label.setVAlign(Qt.AlignmentFlag.AlignTop)

    def period_label(self, page, map_item, language, template, left, top, width, height, size=8.0):
        """The period ``map_item`` shows (its temporal range), over its top corner (layout_period)."""
        from .layout_period import add_period_label

        label = add_period_label(self.layout, map_item, language, template)
        self._style(label, size, bold=True)
        self.place(label, page, left, top, width, height)
        label.adjustSizeToText()  # then placed again by its new size (mirrored in right-to-left)
        size = label.sizeWithUnits()
        return self.place(label, page, left, top, size.width(), size.height())

    def table(self, page, headers, rows, left, top, width, height, widths=None, size=8.0, item_id=None):
        """A text table (columns in reading order; mirrored right to left); cells wrap."""
        table = QgsLayoutItemTextTable(self.layout)
        self.layout.addMultiFrame(table)
        order = list(range(len(headers)))[::-1] if self.right_to_left else list(range(len(headers)))
        columns = []
        for index in order:
            column = QgsLayoutTableColumn(headers[index])
            column.setHAlignment(Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft)
            if widths:
                column.setWidth(widths[index])
            columns.append(column)
        table.setColumns(columns)
        table.setContents([[str("" if row[i] is None else row[i]) for i in order] for row in rows])
        table.setHeaderTextFormat(text_format(size, bold=True))
        table.setContentTextFormat(text_format(size))
        table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setCellMargin(1.0)
        table.setGridStrokeWidth(0.2)
        table.setGridColor(QColor("#9aa3a8"))
        frame = QgsLayoutFrame(self.layout, table)
        if item_id:
            frame.setId(item_id)
        self.place(frame, page, left, top, width, height)
        table.addFrame(frame)
        return table

    def bar_chart(self, page, bars, left, top, width, height, size=7.0):
        """Vertical bars (label, value) with each value written above its bar and each label below."""
        if not bars:
            return
        biggest = max(value for _, value in bars) or 1
        slot = width / len(bars)
        plot_height = height - 14
        line = QgsLayoutItemShape(self.layout)
        line.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        self.layout.addLayoutItem(line)
        self.place(line, page, left, top + 5 + plot_height, width, 0.3)
        for index, (label, value) in enumerate(bars):
            bar_height = plot_height * value / biggest
            bar_left = left + index * slot
            if value:
                bar = QgsLayoutItemShape(self.layout)
                bar.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
                symbol = bar.symbol().clone()
                symbol.setColor(QColor(BAR_COLOUR))
                symbol.symbolLayer(0).setStrokeStyle(Qt.PenStyle.NoPen)
                bar.setSymbol(symbol)
                self.layout.addLayoutItem(bar)
                self.place(bar, page, bar_left + slot * 0.15, top + 5 + plot_height - bar_height, slot * 0.7,
                           bar_height)
            self.label(page, str(value), bar_left, top + plot_height - bar_height, slot, 5, size,
                       align=Qt.AlignmentFlag.AlignHCenter)
            self.label(page, label, bar_left, top + 6 + plot_height, slot, 8, size - 1,
                       align=Qt.AlignmentFlag.AlignHCenter)

    def map(self, page, layers, extent, crs, left, top, width, height, item_id=None):
        item = QgsLayoutItemMap(self.layout)
        item.setCrs(crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        if item_id:
            item.setId(item_id)
        self.layout.addLayoutItem(item)
        self.place(item, page, left, top, width, height)
        item.zoomToExtent(extent)
        return item

    def legend(self, page, map_item, layers, left, bottom, width, height, title=""):
        """A legend of ``layers`` showing only what ``map_item`` shows, its bottom left corner at (left, bottom)
        in any direction (it lies over the map, whose geography is not mirrored)."""
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(title)
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.clear()
        from qgis.core import QgsLegendRenderer

        for layer in layers:
            QgsLegendRenderer.setNodeLegendStyle(root.addLayer(layer), QgsLegendStyle.Style.Hidden)
        legend.setLegendFilterByMapEnabled(True)
        legend.setBackgroundColor(QColor(255, 255, 255, 220))
        legend.setBackgroundEnabled(True)
        legend.setFrameEnabled(True)
        legend.setFrameStrokeWidth(QgsLayoutMeasurement(0.2))
        legend.setResizeToContents(True)
        for style in (QgsLegendStyle.Style.Title, QgsLegendStyle.Style.Group, QgsLegendStyle.Style.Subgroup,
                      QgsLegendStyle.Style.SymbolLabel):
            text = text_format(7.0, bold=style != QgsLegendStyle.Style.SymbolLabel)
            if hasattr(legend.rstyle(style), "setTextFormat"):  # QGIS 3.30+
                legend.rstyle(style).setTextFormat(text)
            else:
                font = text.font()
                font.setPointSizeF(7.0)
                legend.rstyle(style).setFont(font)
            legend.rstyle(style).setAlignment(self.start_alignment)
        legend.setSymbolAlignment(self.start_alignment)
        legend.setSymbolHeight(3.0)
        legend.setSymbolWidth(4.0)
        self.layout.addLayoutItem(legend)
        self.place(legend, page, left, bottom - height, width, height, mirror=False)
        legend.adjustBoxSize()  # then placed again by its new size
        size = legend.sizeWithUnits()
        self.place(legend, page, left, bottom - size.height(), size.width(), size.height(), mirror=False)
        return legend
