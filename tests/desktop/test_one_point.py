"""Point 5 of issue 16 (the rest of it): incidents that share one point can each be reached with the mouse.

The two sample incidents (Dara and Mekhas) are both placed at Khanaqin town: no source gives the
villages' coordinates. A click there with QGIS's select tool selects one of them; the dock then offers
every incident at that point, and the one chosen opens, selected alone on the map. Several incidents
selected at once (Select All, a rectangle) are offered the same way. The dock offers what the map
shows: while the Temporal Controller shows one day, the incidents of other days are not listed. With the
controller off the map shows every incident (QGIS 3.22 put the map on one hour of the project's range when
it read the demo with the controller off, and only Dara could be seen or clicked).
"""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtWidgets import QAbstractButton, QAction, QDockWidget, QWidget

KHANAQIN = (45.391, 34.348)


def _incidents_layer():
    return next(layer for layer in QgsProject.instance().mapLayers().values()
                if layer.customProperty("incident_tracker/table") == "incidents")


def _selected_locations():
    return sorted(f["location"] for f in _incidents_layer().selectedFeatures())


def _chooser(dock):
    """The dock's list of the incidents at the point clicked (or selected), if it has one and shows it."""
    chooser = getattr(dock, "point_chooser", None)
    return chooser if chooser is not None and chooser.isVisible() else None


def _offered(chooser):
    combo = chooser.combo
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def _temporal_panel(person):
    panel = next(d for d in person.iface.mainWindow().findChildren(QDockWidget)
                 if d.findChild(QWidget, "mNavigationOff") is not None)
    panel.show()
    person.wait(200)
    return panel


def _show_the_day_of_the_dara_attack(person):
    """The Temporal Controller animated, rewound, then 35 days on: the map shows 14 June 2020 alone."""
    panel = _temporal_panel(person)
    for button in ("mNavigationAnimated", "mRewindButton") + ("mNextButton",) * 35:
        person.click(panel.findChild(QAbstractButton, button))
    person.wait(300)


def _time_off(person):
    """The Temporal Controller's Turn off button: the map shows every incident, whatever its date."""
    person.click(_temporal_panel(person).findChild(QAbstractButton, "mNavigationOff"))
    person.wait(300)


def _zoom_to_khanaqin(person):
    person.canvas.zoomToFullExtent()
    person.wait(300)
    person.canvas.zoomScale(50000)
    person.canvas.setCenter(person.canvas.getCoordinateTransform().toMapCoordinates(
        person.map_position(*KHANAQIN)))
    person.canvas.refreshAllLayers()
    person.wait(800)


def act_the_demo_opens_with_every_incident_on_the_map(person):
    navigation = person.canvas.temporalController()
    return {"controller_off": int(navigation.navigationMode()) == 0,
            "map_on_a_period": person.canvas.mapSettings().isTemporal()}


def act_on_one_day_only_that_day_s_incident_is_offered(person):
    dock = person.dock()
    _show_the_day_of_the_dara_attack(person)
    _zoom_to_khanaqin(person)
    person.iface.setActiveLayer(_incidents_layer())
    person.iface.actionSelect().trigger()
    person.wait(200)
    person.click_map(*KHANAQIN)
    person.wait(500)
    chooser = _chooser(dock)
    return {"temporal": person.canvas.mapSettings().isTemporal(), "opens": (dock.editing or {}).get("location"),
            "offered": [text for text, _ in _offered(chooser)] if chooser else []}


def act_click_the_shared_point_and_reach_each(person):
    dock = person.dock()
    _time_off(person)
    _zoom_to_khanaqin(person)
    _incidents_layer().removeSelection()
    person.iface.setActiveLayer(_incidents_layer())
    person.iface.actionSelect().trigger()  # QGIS's own select tool
    person.wait(200)
    person.click_map(*KHANAQIN)
    person.wait(500)
    seen = {"clicked_opens": (dock.editing or {}).get("location"), "selected_after_click": _selected_locations(),
            "temporal": person.canvas.mapSettings().isTemporal()}
    chooser = _chooser(dock)
    seen["offered"] = [text for text, _ in _offered(chooser)] if chooser else []
    person.screenshot(dock, "shared-point-chooser")
    reached = {}
    for text, uuid in (_offered(chooser) if chooser else []):
        person.choose(chooser.combo, uuid)
        person.wait(300)
        reached[text] = {"editing": (dock.editing or {}).get("location"), "selected": _selected_locations(),
                         "form_location": dock.form.location.text()}
    seen["reached"] = reached
    return seen


def _what_the_dock_offers_then_the_last_chosen(person, dock):
    person.wait(500)
    chooser = _chooser(dock)
    seen = {"selected": _selected_locations(), "editing": (dock.editing or {}).get("location"),
            "offered": [text for text, _ in _offered(chooser)] if chooser else [],
            "heading": chooser.heading.text() if chooser else None}
    if chooser:
        person.choose(chooser.combo, _offered(chooser)[-1][1])
        person.wait(300)
    seen["after_choice"] = {"editing": (dock.editing or {}).get("location"), "selected": _selected_locations()}
    return seen


def act_select_all_offers_both(person):
    dock = person.dock()
    person.click(dock.new_button)
    _zoom_to_khanaqin(person)
    _incidents_layer().removeSelection()
    person.iface.setActiveLayer(_incidents_layer())
    # Edit > Select > Select All Features (QGIS's own action)
    person.iface.mainWindow().findChild(QAction, "mActionSelectAll").trigger()
    return _what_the_dock_offers_then_the_last_chosen(person, dock)


def act_a_rectangle_over_the_point_offers_both(person):
    dock = person.dock()
    person.click(dock.new_button)
    _zoom_to_khanaqin(person)
    _incidents_layer().removeSelection()
    person.iface.actionSelect().trigger()
    person.wait(200)
    centre = person.map_position(*KHANAQIN)
    person.drag(person.canvas.viewport(), centre - QPoint(40, 40), centre + QPoint(40, 40))
    return _what_the_dock_offers_then_the_last_chosen(person, dock)


def test_with_the_temporal_controller_off_the_map_shows_every_incident(desktop):
    seen = desktop.act("act_the_demo_opens_with_every_incident_on_the_map")
    assert seen["controller_off"] and not seen["map_on_a_period"]


def test_on_one_day_the_dock_offers_only_what_the_map_shows(desktop):
    seen = desktop.act("act_on_one_day_only_that_day_s_incident_is_offered")
    assert seen["temporal"] and seen["opens"].startswith("Dara")
    assert seen["offered"] == []  # Mekhas (10 May) is not on the map of 14 June: no list


def test_a_click_on_the_shared_point_reaches_each_incident_there(desktop):
    seen = desktop.act("act_click_the_shared_point_and_reach_each")
    assert seen["clicked_opens"] is not None, "the click selected no incident"
    assert not seen["temporal"]
    assert len(seen["offered"]) == 2, f"the dock offers {seen['offered']}, not both incidents at Khanaqin"
    assert any("Dara" in text for text in seen["offered"]) and any("Mekhas" in text for text in seen["offered"])
    for text in seen["offered"]:  # each names its date, place, type and killed
        assert "2020-" in text and "Killed" in text
    opened = sorted(r["editing"][:4] for r in seen["reached"].values())
    assert opened == ["Dara", "Mekh"]
    for text, reached in seen["reached"].items():
        assert reached["selected"] == [reached["editing"]], text  # selected alone on the map
        assert reached["form_location"] == reached["editing"]


def test_several_selected_are_offered_and_the_one_chosen_opens_alone(desktop):
    seen = desktop.act("act_select_all_offers_both")
    assert len(seen["selected"]) == 2
    assert len(seen["offered"]) == 2 and seen["heading"].startswith("2 incidents selected")
    assert seen["editing"] is None  # nothing opens until the analyst chooses
    after = seen["after_choice"]
    assert after["editing"] is not None and after["selected"] == [after["editing"]]


def test_a_rectangle_over_the_point_offers_both(desktop):
    seen = desktop.act("act_a_rectangle_over_the_point_offers_both")
    assert len(seen["selected"]) == 2 and len(seen["offered"]) == 2
    after = seen["after_choice"]
    assert after["editing"] is not None and after["selected"] == [after["editing"]]
