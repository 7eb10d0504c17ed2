"""Point 9 of issue 16: the incident's attribute form (QGIS's own, from the layer) and its Sources sub-form."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QTabWidget


def _incidents():
    return next(layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("incident_tracker/table") == "incidents")


def _field_of(widget):
    """The field a form widget edits (QGIS names the editor's holder after it)."""
    while widget is not None and widget.objectName() not in ("fatalities_reported", "wounded_reported"):
        widget = widget.parentWidget()
    return widget.objectName() if widget is not None else None


def _where_the_value_is(box):
    """The part of the box where its value is drawn: its start, or its end when right-aligned."""
    right = bool(box.alignment() & Qt.AlignmentFlag.AlignRight)
    return QRect(box.width() - 40, 2, 20, box.height() - 4) if right else QRect(4, 2, 20, box.height() - 4)


def act_open_the_dara_form(person):
    layer = _incidents()
    feature = next(layer.getFeatures("\"location\" LIKE 'Dara%'"))
    dialog = person.iface.getFeatureForm(layer, feature)
    dialog.show()
    person.wait(500)
    for tabs in dialog.findChildren(QTabWidget):  # a person opens the Sources tab, where there is one
        for index in range(tabs.count()):
            if "Sources" in tabs.tabText(index):
                tabs.setCurrentIndex(index)
    person.wait(500)
    person.screenshot(dialog, "attribute-form-sources")
    figures = [box for box in dialog.findChildren((QAbstractSpinBox, QLineEdit))
               if box.isVisible() and _field_of(box) in ("fatalities_reported", "wounded_reported")]
    clipped = []
    for box in figures:
        person.scroll_to(box)
        person.wait(100)
        if not box.visibleRegion().contains(_where_the_value_is(box)):
            clipped.append(_field_of(box))
    person.screenshot(dialog, "attribute-form-figures")
    null_links = [label.text() for label in dialog.findChildren(QLabel)
                  if label.isVisible() and "href" in label.text() and "NULL" in label.text()]
    seen = {"figures_shown": [(_field_of(box), box.text()) for box in figures], "clipped": clipped,
            "null_links": null_links,
            "height": dialog.height(), "screen": dialog.screen().availableGeometry().height()}
    dialog.close()
    return seen


def test_the_sources_sub_form_shows_its_figures_whole(desktop):
    seen = desktop.act("act_open_the_dara_form")
    assert ["fatalities_reported", "7"] in seen["figures_shown"], "no reported figure in the Sources sub-form"
    assert seen["clipped"] == []
    assert seen["height"] <= seen["screen"]


def test_an_empty_archive_url_is_not_a_link_named_null(desktop):
    assert desktop.act("act_open_the_dara_form")["null_links"] == []
