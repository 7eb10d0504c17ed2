"""Issue 16, point 7 (the rest): QGIS's attribute form shows "NULL" for empty values. That text is QGIS's
global "Representation for NULL values", which its text and date widgets read whatever the layer says;
the plugin changes it only when the analyst ticks the choice in Help / About, and unticking puts it back."""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QCheckBox, QLineEdit


def _incidents():
    return next(layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("incident_tracker/table") == "incidents")


def _null_widgets(person):
    """The fields whose widgets show "NULL" in the attribute form of the Mekhas incident (every tab)."""
    layer = _incidents()
    feature = next(layer.getFeatures("\"location\" LIKE 'Mekhas%'"))
    dialog = person.iface.getFeatureForm(layer, feature)
    dialog.show()
    person.wait(500)
    shown = []
    for edit in dialog.findChildren(QLineEdit):
        if edit.text() == "NULL":
            holder = edit
            while holder is not None and not holder.objectName():
                holder = holder.parentWidget()
            shown.append(holder.objectName() if holder is not None else "?")
    dialog.close()
    return shown


def _tick_in_about(person, checked):
    seen = {}

    def tick(dialog):
        box = dialog.findChild(QCheckBox, "IncidentTracker_blank_null")
        seen["offered"] = box is not None
        if box is not None:
            seen["text"] = box.text()
            if box.isChecked() != checked:
                person.click(box)
        person.click_ok(dialog)

    person.when_dialog(tick)
    person.action("about").trigger()
    person.wait(300)
    return seen


def act_form_shows_null_then_the_analyst_chooses_blank(person):
    seen = {"before": _null_widgets(person), "representation_before": QgsApplication.nullRepresentation()}
    seen["about"] = _tick_in_about(person, True)
    seen["after"] = _null_widgets(person)
    seen["representation_after"] = QgsApplication.nullRepresentation()
    return seen


def act_unticking_puts_null_back(person):
    seen = {"about": _tick_in_about(person, False)}
    seen["representation"] = QgsApplication.nullRepresentation()
    seen["shown"] = _null_widgets(person)
    return seen


def test_the_analyst_can_have_empty_values_shown_blank(desktop):
    seen = desktop.act("act_form_shows_null_then_the_analyst_chooses_blank")
    assert seen["before"], "the form showed no NULL to begin with"
    assert seen["about"]["offered"], "Help / About offers no choice for the NULL text"
    assert seen["after"] == [] and seen["representation_after"] == ""


def test_unticking_puts_qgis_s_setting_back(desktop):
    seen = desktop.act("act_unticking_puts_null_back")
    assert seen["representation"] == "NULL" and seen["shown"]
