"""Issue 16, point 6 in print layouts: a layout designer offers "Add incident period label", which adds a
label of the period its map item shows and follows the map item's temporal range."""

from qgis.core import QgsDateTimeRange, QgsLayoutItemLabel, QgsLayoutItemMap, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

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
    designer.close()
    person.wait(300)
    return seen


def test_the_designer_adds_a_label_of_the_map_s_period_that_follows_it(desktop):
    seen = desktop.act("act_add_the_period_label_in_a_designer")
    assert seen["in_toolbar"] and seen["in_items_menu"]
    assert seen["labels"] == ["Shown: 8 June 2020 – 14 June 2020"]
    assert seen["after_change"] == ["Shown: 14 June 2020"]
