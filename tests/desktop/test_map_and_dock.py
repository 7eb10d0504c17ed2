"""Points 2 and 3 of issue 16, and delete + undo: the dock, the map and the Incidents list agree."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTableView

KHANAQIN = (45.391, 34.348)  # both sample incidents are placed here


def _incidents_layer():
    return next(layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("incident_tracker/table") == "incidents")


def _selected_locations():
    return sorted(f["location"] for f in _incidents_layer().selectedFeatures())


def _double_click_row(person, dock, words):
    """In the Incidents tab, double-click the row whose location has ``words``."""
    person.click(dock.tabs.tabBar(), dock.tabs.tabBar().tabRect(dock.tabs.indexOf(dock.incident_list)).center())
    view = dock.incident_list.findChild(QTableView)
    model = view.model()
    for row in range(model.rowCount()):
        texts = [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        if any(words in text for text in texts):
            person.click(view.viewport(), view.visualRect(model.index(row, 1)).center(), double=True)
            return
    raise LookupError(f"no row with {words!r} in the Incidents tab")


def act_list_double_click_selects_that_one_and_zooms(person):
    dock = person.dock()
    person.canvas.zoomToFullExtent()
    person.wait(500)
    layer = _incidents_layer()
    layer.selectByExpression("\"location\" LIKE 'Dara%'")  # what the analyst had selected before
    person.wait(300)
    _double_click_row(person, dock, "Mekhas")
    person.wait(500)
    centre = person.canvas.center()
    return {"selected": _selected_locations(), "editing": (dock.editing or {}).get("location"),
            "scale": person.canvas.scale(), "centre": [centre.x(), centre.y()], "status": dock.status.text()}


def act_another_incident_asks_before_throwing_away_an_edit(person):
    dock = person.dock()
    form = dock.form
    person.click_into(form.location)
    person.key(Qt.Key.Key_End)
    person.type(" (corrected)")
    person.answer("no")
    _double_click_row(person, dock, "Dara (near")
    kept = {"editing": (dock.editing or {}).get("location"), "text": form.location.text(),
            "selected": _selected_locations(), "asked": list(person.asked)}
    person.answer("yes")
    _double_click_row(person, dock, "Dara (near")
    return {"kept": kept, "after_yes": (dock.editing or {}).get("location"), "asked": len(person.asked)}


def act_deleted_in_the_layer_is_noticed(person):
    dock = person.dock()
    layer = _incidents_layer()
    shown = dock.editing["location"]
    layer.startEditing()
    person.iface.setActiveLayer(layer)
    person.answer("yes", timeout_ms=3000)  # QGIS may ask first
    person.iface.actionDeleteSelected().trigger()  # QGIS's Delete Selected: the dock's incident alone
    person.wait(300)
    seen = {"shown": shown, "status": dock.status.text(), "save": dock.save_button.text(),
            "left_in_layer": layer.featureCount()}
    for edited in QgsProject.instance().mapLayers().values():  # the Sources too (QGIS deleted them with it)
        if edited.customProperty("incident_tracker/table") and edited.isEditable():
            edited.rollBack()
    return seen


def act_deleted_in_the_store_is_noticed_on_coming_back(person):
    dock = person.dock()
    _double_click_row(person, dock, "Mekhas")
    store = person.plugin.store
    uuid = dock.editing["uuid"]
    incident, sources = store.get_incident(uuid), store.sources_of(uuid)
    store.delete_incident(uuid, expected_row_version=incident["row_version"])  # a colleague, elsewhere
    person.click(person.canvas.viewport())  # the analyst was on the map…
    person.click_into(dock.form.notes)  # …and comes back to the dock
    seen = {"status": dock.status.text(), "save": dock.save_button.text(), "editing": dock.editing}
    person.click(dock.save_button)  # saving again keeps what was shown, as a new incident
    person.wait(300)
    seen["saved_again"] = [i["location"] for i in store.query()]
    seen["sources_again"] = sum(len(store.sources_of(i["uuid"])) for i in store.query())
    seen["sources_before"] = len(sources)
    return seen


def act_delete_from_the_dock_and_undo(person):
    dock = person.dock()
    _double_click_row(person, dock, "Dara (near")
    store = person.plugin.store
    before = len(store.query())
    person.answer("yes")
    person.click(dock.delete_button)
    person.wait(300)
    seen = {"asked": person.asked[-1], "status": dock.status.text(), "after_delete": len(store.query()),
            "before": before,
            "layer_after_delete": _incidents_layer().featureCount(), "undo": dock.undo_button.text()}
    person.click(dock.undo_button)
    person.wait(300)
    seen.update(after_undo=len(store.query()), layer_after_undo=_incidents_layer().featureCount(),
                dara_back=any((i["location"] or "").startswith("Dara") for i in store.query()))
    return seen


def test_a_double_click_in_the_list_selects_that_incident_alone_and_zooms_to_it(desktop):
    seen = desktop.act("act_list_double_click_selects_that_one_and_zooms")
    assert seen["editing"].startswith("Mekhas")
    assert len(seen["selected"]) == 1 and seen["selected"][0].startswith("Mekhas")
    assert seen["scale"] <= 250001
    assert abs(seen["centre"][0] - KHANAQIN[0]) < 0.05 and abs(seen["centre"][1] - KHANAQIN[1]) < 0.05


def test_another_incident_asks_before_an_unsaved_edit_is_thrown_away(desktop):
    seen = desktop.act("act_another_incident_asks_before_throwing_away_an_edit")
    kept = seen["kept"]
    assert kept["asked"] and "not saved" in kept["asked"][0]
    assert kept["editing"].startswith("Mekhas") and kept["text"].endswith("(corrected)")
    assert len(kept["selected"]) == 1 and kept["selected"][0].startswith("Mekhas")
    assert seen["after_yes"].startswith("Dara")


def test_an_incident_deleted_in_the_layer_is_noticed(desktop):
    seen = desktop.act("act_deleted_in_the_layer_is_noticed")
    assert seen["shown"].startswith("Dara") and seen["left_in_layer"] == 1
    assert "deleted" in seen["status"] and seen["save"] == "Save as a new incident"


def test_an_incident_deleted_in_the_store_is_noticed_when_the_analyst_comes_back(desktop):
    seen = desktop.act("act_deleted_in_the_store_is_noticed_on_coming_back")
    assert "no longer in the store" in seen["status"] and seen["editing"] is None
    assert any(location.startswith("Mekhas") for location in seen["saved_again"])
    assert seen["sources_again"] >= seen["sources_before"]


def test_delete_from_the_dock_asks_and_undo_brings_it_back(desktop):
    seen = desktop.act("act_delete_from_the_dock_and_undo")
    assert "Delete the incident" in seen["asked"]
    assert seen["after_delete"] == seen["before"] - 1 and seen["layer_after_delete"] == seen["before"] - 1
    assert seen["undo"] == "Undo delete"
    assert seen["after_undo"] == seen["before"] and seen["dara_back"]
