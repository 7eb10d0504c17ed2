"""Issue 16, point 6 in print layouts: a layout designer offers "Add incident period label", which adds a
label of the period its map item shows and follows the map item's temporal range."""

from qgis.core import QgsDateTimeRange, QgsLayoutItemLabel, QgsLayoutItemMap, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget, QWidget

DAY = QDateTime(QDate(2020, 6, 14), QTime(0, 0))


def act_add_the_period_label_in_a_designer(person):
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Analyst's layout")
    project.layoutManager().addLayout(layout)
    map_item = QgsLayoutItemMap(layout)  # the analyst's map, its Temporal range ticked: the Dara week
    layout.addLayoutItem(map_item)
    map_item.setIsTemporal(True)
    map_item.setTemporalRange(QgsDateTimeRange(DAY.addDays(-6), DAY.addDays(1)))
    designer = person.iface.openLayoutDesigner(layout)
    person.wait(800)
    action = next((a for a in designer.actionsToolbar().actions() if a.objectName() == "IncidentTracker_period_label"),
                  None)
    seen = {"in_toolbar": action is not None,
            "in_items_menu": any(a.objectName() == "IncidentTracker_period_label" for a in designer.itemsMenu().actions())}
    if action is None:
        designer.close()
        return seen
    person.click(designer.actionsToolbar().widgetForAction(action))
    person.wait(300)
    labels = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    seen["labels"] = [label.currentText() for label in labels]
    map_item.setTemporalRange(QgsDateTimeRange(DAY, DAY.addDays(1)))  # the analyst narrows the map to a day
    seen["after_change"] = [label.currentText() for label in labels]
    person.screenshot(designer.window(), "layout-period-label")
    undo = next(a for a in designer.editMenu().actions()
                if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    seen["undo_text"] = undo.text()
    undo.trigger()  # Edit > Undo
    person.wait(300)
    seen["after_undo"] = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)] == []
    designer.close()
    person.wait(300)
    return seen


def _step_the_map_to_the_dara_attack(person):
    """The Temporal Controller animated, rewound, then 35 days on: the map shows 14 June 2020."""
    panel = next(d for d in person.iface.mainWindow().findChildren(QDockWidget)
                 if d.findChild(QWidget, "mNavigationAnimated") is not None)
    panel.show()
    person.wait(200)
    person.click(panel.findChild(QAbstractButton, "mNavigationAnimated"))
    person.click(panel.findChild(QAbstractButton, "mRewindButton"))
    for _ in range(35):
        person.click(panel.findChild(QAbstractButton, "mNextButton"))
    person.wait(300)


def act_a_map_without_a_range_takes_the_canvas_s(person):
    _step_the_map_to_the_dara_attack(person)
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Another layout")
    project.layoutManager().addLayout(layout)
    map_item = QgsLayoutItemMap(layout)  # Temporal range not ticked
    layout.addLayoutItem(map_item)
    designer = person.iface.openLayoutDesigner(layout)
    person.wait(800)
    action = next(a for a in designer.itemsMenu().actions() if a.objectName() == "IncidentTracker_period_label")
    action.trigger()  # from the Items menu
    person.wait(300)
    labels = [item.currentText() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    seen = {"temporal": map_item.isTemporal(), "labels": labels}
    layout.undoStack().stack().undo()  # one undo takes back the label and the map's period together
    person.wait(300)
    seen["undone"] = (not map_item.isTemporal(),
                      [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)] == [])
    designer.close()
    person.wait(300)
    return seen


def act_no_range_anywhere_says_how_to_give_one(person):
    panel = next(d for d in person.iface.mainWindow().findChildren(QDockWidget)
                 if d.findChild(QWidget, "mNavigationOff") is not None)
    person.click(panel.findChild(QAbstractButton, "mNavigationOff"))  # the canvas shows no period
    person.wait(300)
    project = QgsProject.instance()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("A third layout")
    project.layoutManager().addLayout(layout)
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    designer = person.iface.openLayoutDesigner(layout)
    person.wait(800)
    person.click(designer.actionsToolbar().widgetForAction(
        next(a for a in designer.actionsToolbar().actions() if a.objectName() == "IncidentTracker_period_label")))
    person.wait(300)
    seen = {"canvas_temporal": person.canvas.mapSettings().isTemporal(), "temporal": map_item.isTemporal(),
            "labels": [item.currentText() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)],
            "said": [item.text() for item in designer.messageBar().items()]}
    designer.close()
    person.wait(300)
    return seen


def test_without_any_period_the_label_waits_and_the_analyst_is_told_how(desktop):
    seen = desktop.act("act_no_range_anywhere_says_how_to_give_one")
    assert not desktop.uncaught("act_no_range_anywhere_says_how_to_give_one")
    assert not desktop.logged("act_no_range_anywhere_says_how_to_give_one")
    assert not seen["canvas_temporal"] and not seen["temporal"] and seen["labels"] == [""]
    assert any("tick Temporal range" in text for text in seen["said"])


def test_a_map_without_a_temporal_range_takes_the_one_the_canvas_shows(desktop):
    seen = desktop.act("act_a_map_without_a_range_takes_the_canvas_s")
    assert seen["temporal"] and seen["labels"] == ["Shown: 14 June 2020"]
    assert seen["undone"] == [True, True]


def test_the_designer_adds_a_label_of_the_map_s_period_that_follows_it(desktop):
    seen = desktop.act("act_add_the_period_label_in_a_designer")
    assert seen["in_toolbar"] and seen["in_items_menu"]
    assert seen["labels"] == ["Shown: 8 June 2020 – 14 June 2020"]
    assert seen["after_change"] == ["Shown: 14 June 2020"]
    assert seen["after_undo"], seen["undo_text"]  # Edit > Undo takes the label back
