"""The period label of a print layout's map item (core/layout_period): the map chosen, its id, the
period in the layout's language, and nothing while the map has no temporal range."""

from qgis.core import QgsDateTimeRange, QgsLayoutItemMap, QgsLayoutSize, QgsPrintLayout, QgsProject
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from incident_tracker.plugin.core.compat import layout_millimeters
from incident_tracker.plugin.core.layout_period import add_period_label, chosen_map

DAY = QDateTime(QDate(2020, 6, 14), QTime(0, 0))


def _layout_with_maps(count):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    maps = []
    for _ in range(count):
        item = QgsLayoutItemMap(layout)
        layout.addLayoutItem(item)
        maps.append(item)
    return layout, maps


def test_the_label_names_the_map_s_period_and_follows_it(qgis_new_project):
    layout, (first,) = _layout_with_maps(1)
    label = add_period_label(layout, first, "en", "Shown: {period}")
    assert first.id() == "map"  # the label reads the map by its id: an unnamed map gets one
    assert label.currentText() == ""  # no temporal range: nothing to say
    first.setIsTemporal(True)
    first.setTemporalRange(QgsDateTimeRange(DAY.addDays(-6), DAY.addDays(1)))
    assert label.currentText() == "Shown: 8 June 2020 – 14 June 2020"
    first.setTemporalRange(QgsDateTimeRange(DAY, DAY.addDays(1)))
    assert label.currentText() == "Shown: 14 June 2020"


def test_the_period_is_written_in_the_layout_s_language(qgis_new_project):
    layout, (first,) = _layout_with_maps(1)
    first.setIsTemporal(True)
    first.setTemporalRange(QgsDateTimeRange(DAY, DAY.addDays(1)))
    assert "يونيو" in add_period_label(layout, first, "ar", "{period}").currentText()
    assert "حوزەیران" in add_period_label(layout, first, "ckb", "{period}").currentText()


def test_the_selected_map_is_chosen_else_the_layout_s_reference_map(qgis_new_project):
    layout, (first, second) = _layout_with_maps(2)
    assert chosen_map(layout) is first  # maps of no size yet: the first added
    second.attemptResize(QgsLayoutSize(100, 80, layout_millimeters()))
    assert chosen_map(layout) is layout.referenceMap() is second  # the largest
    layout.setSelectedItem(first)
    assert chosen_map(layout) is first
    layout.setSelectedItem(second)
    assert chosen_map(layout) is second
    add_period_label(layout, first, "en")
    add_period_label(layout, second, "en")
    assert (first.id(), second.id()) == ("map", "map 2")
    empty = QgsPrintLayout(QgsProject.instance())
    empty.initializeDefaults()
    assert chosen_map(empty) is None
