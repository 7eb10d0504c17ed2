"""Layout designers get "Add incident period label": a label of the period the selected map item (else the
layout's reference map) shows, read from the map item's temporal range (core/layout_period)."""

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

try:  # Qt5 keeps QAction in QtWidgets; Qt6 (QGIS 4) in QtGui
    from qgis.PyQt.QtWidgets import QAction
except ImportError:
    from qgis.PyQt.QtGui import QAction

from ..core.layout_period import add_period_label, chosen_map
from ..core.settings import ui_language
from .slots import reported

ACTION_NAME = "IncidentTracker_period_label"


def tr(text):
    return QCoreApplication.translate("DesignerPeriod", text)


def _say(designer, text, level=Qgis.MessageLevel.Info):
    bar = designer.messageBar() if hasattr(designer, "messageBar") else None
    if bar is not None:
        bar.pushMessage(tr("Incident Tracker"), text, level=level, duration=8)


def add_to_designer(designer, canvas, icon=None):
    """The action in the designer's Items menu and its actions toolbar."""
    action = QAction(tr("Add incident period label"), designer.window())
    action.setObjectName(ACTION_NAME)
    action.setToolTip(tr("A label of the period the selected map item (else the layout's main map) shows: it "
                         "follows the map item's temporal range"))
    if icon is not None:
        action.setIcon(icon)
    action.triggered.connect(reported(lambda: add_period_label_to(designer, canvas)))
    designer.itemsMenu().addSeparator()
    designer.itemsMenu().addAction(action)
    designer.actionsToolbar().addAction(action)
    return action


def add_period_label_to(designer, canvas):
    """Add the label to the designer's layout; a map item without a temporal range takes the map canvas's
    (Temporal Controller) when it has one, else the analyst is told how to give it one."""
    layout = designer.layout()
    map_item = chosen_map(layout)
    if map_item is None:
        _say(designer, tr("Add a map item first: the label shows the period a map shows."),
             Qgis.MessageLevel.Warning)
        return None
    # One step on the layout's undo stack: Ctrl+Z takes back the label and the map's new period together.
    layout.undoStack().beginMacro(tr("Add incident period label"))
    try:
        if not map_item.isTemporal():
            period = canvas.temporalRange() if canvas.mapSettings().isTemporal() else None
            if period is not None and period.begin().isValid() and period.end().isValid():
                map_item.beginCommand(tr("Add incident period label"))
                map_item.setIsTemporal(True)
                map_item.setTemporalRange(period)
                map_item.endCommand()
                _say(designer, tr("The map item now shows the map canvas's period (its Temporal range)."))
            else:
                _say(designer, tr("The map item has no temporal range: tick Temporal range in its properties "
                                  "and the label shows it."), Qgis.MessageLevel.Warning)
        label = add_period_label(layout, map_item, ui_language(), tr("Shown: {period}"))
        label.beginCommand(tr("Add incident period label"))
        label.attemptMove(map_item.positionWithUnits(), True, False, map_item.page())
        label.adjustSizeToText()
        label.endCommand()
    finally:
        layout.undoStack().endMacro()
    layout.setSelectedItem(label)
    return label
