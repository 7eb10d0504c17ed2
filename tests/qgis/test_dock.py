"""The incident dock, driven as an analyst would: fill, save, find it in the store."""

import pytest

import incident_tracker

from support import DARA_SOURCES


@pytest.fixture
def dock(qgis_iface, qgis_new_project, store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    plugin.set_store(store.path)
    dock = plugin.toggle_dock(True)
    dock.asked = []
    dock.confirm = lambda text: dock.asked.append(text) or dock.answer
    dock.answer = False
    yield dock
    plugin.unload()


def fill_dara(form, qgis_bot=None):
    from qgis.PyQt.QtCore import QDate

    form.coordinates.setText("34.348, 45.391")
    form.coordinates.editingFinished.emit()
    form.location.setText("Dara village")
    form.geo_precision.setCurrentIndex(form.geo_precision.findData(2))
    form.event_date.setDate(QDate(2020, 6, 14))
    form.event_type.setCurrentIndex(form.event_type.findData("Violence against civilians"))
    form.sub_event_type.setCurrentIndex(form.sub_event_type.findData("Attack"))
    form.actor1.setText("Islamic State (Iraq)")
    form.attribution.setCurrentIndex(form.attribution.findData("suspected"))
    form.actor2.setText("Civilians (Iraq)")
    form.target_community.setCurrentIndex(form.target_community.findData("Kakai"))
    form.civilian_targeting.setChecked(True)
    form.notes.setPlainText("Suspected IS fighters attacked a Kakai home in Dara village.")
    for source in DARA_SOURCES:
        form.add_source(source)


def test_the_dara_attack_from_the_kurdistan_24_report_is_saved_with_both_sources(dock, store):
    fill_dara(dock.form)
    assert dock.form.range_label.text() == "7 to 7 killed"
    assert dock.form.wounded.number() == 5  # the lowest reported
    uuid = dock.save()
    assert uuid is not None, dock.status.text()
    saved = store.get_incident(uuid)
    expected = {"event_date": "2020-06-14", "event_type": "Violence against civilians", "sub_event_type": "Attack",
                "actor1": "Islamic State (Iraq)", "attribution": "suspected", "actor2": "Civilians (Iraq)",
                "target_community": "Kakai", "civilian_targeting": True, "location": "Dara village",
                "geo_precision": 2, "fatalities": 7, "fatalities_low": 7, "fatalities_high": 7, "wounded": 5,
                "verification": "unverified", "time_precision": 1,
                "notes": "Suspected IS fighters attacked a Kakai home in Dara village."}
    assert {k: saved[k] for k in expected} == expected
    assert (round(saved["longitude"], 6), round(saved["latitude"], 6)) == (45.391, 34.348)
    sources = store.sources_of(uuid)
    assert [(s["outlet"], s["fatalities_reported"], s["wounded_reported"]) for s in sources] == [
        ("Kurdistan 24", 7, 7), ("KirkukNow", 7, 5)]
    assert [r for r in dock.incident_list.uuids] == [uuid]


def test_saved_incident_is_selected_on_the_map(dock, store):
    fill_dara(dock.form)
    uuid = dock.save()
    _, layers = dock.context()
    assert [f["uuid"] for f in layers.incidents.selectedFeatures()] == [uuid]


@pytest.mark.parametrize("change, field, message", [
    (lambda f: f.event_date.clear(), "event_date", "The event date is required."),
    (lambda f: f.event_date.setDate(_tomorrow()), "event_date", "is in the future"),
    (lambda f: f.remove_source(0) or f.remove_source(0), "sources", "At least one source with an outlet"),
    (lambda f: f.event_type.setCurrentIndex(0), "event_type", "The event type is required."),
    (lambda f: setattr(f, "point", None), "location", "no location"),
    (lambda f: f.sources.__setitem__(0, dict(f.sources[0], url="www.example")), "sources", "well-formed"),
    (lambda f: f.sources.__setitem__(0, dict(f.sources[0], outlet="")), "sources", "has no outlet"),
])
def test_each_validation_rule_shows_its_message_and_saves_nothing(dock, store, change, field, message):
    fill_dara(dock.form)
    change(dock.form)
    assert dock.save() is None
    label = dock.form.problem_labels[field]
    assert message in label.text() and not label.isHidden()
    assert store.count() == 0


def _tomorrow():
    from qgis.PyQt.QtCore import QDate

    return QDate.currentDate().addDays(1)


def test_a_point_outside_iraq_is_saved_only_after_confirmation(dock, store):
    fill_dara(dock.form)
    dock.form.coordinates.setText("48.85, 2.35")
    dock.form.coordinates.editingFinished.emit()
    assert dock.save() is None and store.count() == 0
    assert "outside Iraq" in dock.asked[-1]
    dock.answer = True
    assert dock.save() is not None and store.count() == 1


def test_a_likely_duplicate_is_shown_with_a_link_and_the_analyst_decides(dock, store):
    fill_dara(dock.form)
    first = dock.save()
    fill_dara(dock.form)
    assert dock.save() is None
    assert f'href="{first}"' in dock.status.text() and store.count() == 1
    assert dock.save_button.text() == "Save anyway"
    assert dock.save() is not None and store.count() == 2


def test_selecting_an_incident_loads_it_and_saving_updates_it(dock, store):
    fill_dara(dock.form)
    uuid = dock.save()
    _, layers = dock.context()
    layers.incidents.removeSelection()
    layers.incidents.selectByExpression(f"\"uuid\" = '{uuid}'")
    assert dock.editing["uuid"] == uuid and dock.form.location.text() == "Dara village"
    dock.form.fatalities_manual.setChecked(True)
    dock.form.fatalities.set_number(6)
    assert dock.save() == uuid
    assert store.get_incident(uuid)["fatalities"] == 6 and store.get_incident(uuid)["row_version"] == 2
    assert store.count() == 1


def test_new_incident_like_this_one_keeps_date_place_and_sources(dock, store):
    fill_dara(dock.form)
    dock.save()
    dock.new_like_last()
    incident, sources = dock.form.values()
    assert incident["event_date"] == "2020-06-14" and incident["location"] == "Dara village"
    assert [s["outlet"] for s in sources] == ["Kurdistan 24", "KirkukNow"]
    assert incident["event_type"] is None and incident["fatalities"] is None


def assert_nothing_pending(layers):
    for layer in (layers.incidents, layers.sources):
        assert not layer.isModified(), layer.name()
    assert_edit_buffers_empty(layers)


def assert_edit_buffers_empty(layers):
    for layer in (layers.incidents, layers.sources):
        buffer = layer.editBuffer()
        if buffer is not None:
            assert not buffer.addedFeatures() and not buffer.deletedFeatureIds(), layer.name()
            assert not buffer.changedAttributeValues() and not buffer.changedGeometries(), layer.name()


def stored_uuids(layer):
    layer.dataProvider().reloadData()
    return sorted(f["uuid"] for f in layer.getFeatures())


def saved_in_edit_mode(dock, store):
    """Both layers in edit mode, the Dara incident saved from the dock: (uuid, its stored rows, layers)."""
    _, layers = dock.context()
    layers.incidents.startEditing()
    layers.sources.startEditing()
    fill_dara(dock.form)
    uuid = dock.save()
    return uuid, store.stored_incident(uuid), layers


def test_in_edit_mode_one_undo_takes_back_a_whole_new_incident_and_redo_puts_it_back(dock, store):
    uuid, saved, layers = saved_in_edit_mode(dock, store)
    assert saved.incident and len(saved.sources) == 2
    assert layers.incidents.undoStack().count() == 1 and layers.sources.undoStack().count() == 0
    assert dock.iface.activeLayer() is layers.incidents  # the layer QGIS's Ctrl+Z acts on
    assert [f["uuid"] for f in layers.incidents.getFeatures()] == [uuid]
    layers.incidents.undoStack().undo()
    assert store.all_rows() == ([], [])
    assert list(layers.incidents.getFeatures()) == [] and list(layers.sources.getFeatures()) == []
    assert_nothing_pending(layers)
    layers.incidents.undoStack().redo()
    assert store.stored_incident(uuid) == saved
    assert [f["uuid"] for f in layers.incidents.getFeatures()] == [uuid]
    # nothing was left in the edit buffers: committing both layers succeeds and changes nothing
    assert layers.incidents.commitChanges(), layers.incidents.commitErrors()
    assert layers.sources.commitChanges(), layers.sources.commitErrors()
    assert store.stored_incident(uuid) == saved


def saved_and_shown(dock, store, edit_mode):
    """The Dara incident saved, then opened in the dock; returns (uuid, its stored rows, layers)."""
    fill_dara(dock.form)
    uuid = dock.save()
    _, layers = dock.context()
    if edit_mode:
        layers.incidents.startEditing()
    dock.show_incident(uuid)
    return uuid, store.stored_incident(uuid), layers


def test_in_edit_mode_undo_and_redo_of_an_edit_restore_incident_and_sources_exactly(dock, store):
    uuid, before, layers = saved_and_shown(dock, store, edit_mode=True)
    dock.form.notes.setPlainText("Two reports, one corrected by the other.")
    dock.form.remove_source(0)
    dock.form.add_source({"outlet": "Rudaw", "fatalities_reported": 6})
    assert dock.save() == uuid
    after = store.stored_incident(uuid)
    assert after.row_version == 2 and [s["outlet"] for s in after.sources] == ["KirkukNow", "Rudaw"]
    layers.incidents.undoStack().undo()
    assert store.stored_incident(uuid) == before
    assert [f["outlet"] for f in layers.sources.getFeatures()] == ["Kurdistan 24", "KirkukNow"]
    assert_nothing_pending(layers)
    layers.incidents.undoStack().redo()
    assert store.stored_incident(uuid) == after
    assert layers.incidents.commitChanges(), layers.incidents.commitErrors()
    assert store.stored_incident(uuid) == after and not layers.sources.isEditable()


def test_cancelling_the_layers_edits_takes_back_the_docks_saves_too(dock, store):
    _, layers = dock.context()
    layers.incidents.startEditing()
    fill_dara(dock.form)
    dock.save()
    assert store.count() == 1 and layers.incidents.isModified()
    assert layers.incidents.rollBack()
    assert store.all_rows() == ([], [])


def test_a_colleagues_later_save_is_not_undone(dock, store):
    _, layers = dock.context()
    layers.incidents.startEditing()
    fill_dara(dock.form)
    uuid = dock.save()
    store.update_incident(uuid, {"notes": "a colleague's correction"}, expected_row_version=1)
    layers.incidents.undoStack().undo()
    assert store.get_incident(uuid)["notes"] == "a colleague's correction"
    assert "changed in the store since" in dock.status.text()
    assert layers.incidents.undoStack().count() == 0  # the command that could not apply is dropped
    assert_nothing_pending(layers)


def test_delete_from_the_dock_asks_first_and_undo_delete_restores_it(dock, store):
    assert not dock.delete_button.isEnabled()
    uuid, before, _ = saved_and_shown(dock, store, edit_mode=False)
    assert dock.delete_button.isEnabled()
    dock.answer = False
    assert not dock.delete() and store.count() == 1
    assert "Delete the incident of 2020-06-14 at Dara village" in dock.asked[-1]
    dock.answer = True
    assert dock.delete()
    assert store.count() == 0 and store.all_rows() == ([], [])
    assert "in one transaction" in dock.status.text()
    assert dock.undo_button.text() == "Undo delete" and not dock.undo_button.isHidden()
    assert dock.incident_list.uuids == []
    dock.undo_button.click()
    assert store.stored_incident(uuid) == before and dock.incident_list.uuids == [uuid]
    assert dock.undo_button.isHidden()


def test_outside_edit_mode_undo_save_takes_back_the_last_save_only(dock, store):
    uuid, before, layers = saved_and_shown(dock, store, edit_mode=False)
    assert dock.undo_button.text() == "Undo save"
    dock.form.remove_source(0)
    dock.form.fatalities_manual.setChecked(True)
    dock.form.fatalities.set_number(6)
    assert dock.save() == uuid and store.get_incident(uuid)["fatalities"] == 6
    assert not layers.incidents.isEditable() and layers.incidents.undoStack().count() == 0
    dock.undo_button.click()
    assert store.stored_incident(uuid) == before and dock.status.text() == "Undone."
    assert dock.undo_button.isHidden() and not dock.undo_last_change()  # one level: the first save stays
    assert store.count() == 1


def test_delete_in_edit_mode_is_undone_and_redone_through_the_layers_undo_stack(dock, store):
    uuid, before, layers = saved_and_shown(dock, store, edit_mode=True)
    dock.answer = True
    assert dock.delete() and store.count() == 0
    assert stored_uuids(layers.incidents) == []
    layers.incidents.undoStack().undo()
    assert store.stored_incident(uuid) == before and stored_uuids(layers.incidents) == [uuid]
    assert_nothing_pending(layers)
    layers.incidents.undoStack().redo()
    assert store.count() == 0
    assert layers.incidents.commitChanges() and store.count() == 0


@pytest.mark.parametrize("edit", ["attribute", "source deleted"])
def test_an_incident_with_unsaved_layer_edits_is_not_written_under_them(dock, store, edit):
    # Saving or deleting under the layer's own pending edits would be overwritten, or fail, at commit.
    uuid, before, layers = saved_and_shown(dock, store, edit_mode=True)
    if edit == "attribute":
        feature = next(layers.incidents.getFeatures())
        layers.incidents.changeAttributeValue(feature.id(), feature.fieldNameIndex("notes"), "typed in the table")
    else:
        layers.sources.startEditing()
        layers.sources.deleteFeature(next(layers.sources.getFeatures()).id())
    dock.form.notes.setPlainText("typed in the dock")
    dock.answer = True
    assert dock.save() is None and not dock.delete()
    assert "unsaved edits" in dock.status.text() and store.stored_incident(uuid) == before
    assert layers.incidents.commitChanges() and (edit == "attribute" or layers.sources.commitChanges())


def test_layers_edited_in_a_transaction_group_are_not_written_under(dock, store):
    # QGIS then holds the tables in its own open transaction: a store write would wait for it.
    from qgis.core import Qgis, QgsProject

    project = QgsProject.instance()

    def transaction_groups(on):  # setTransactionMode from 3.26, setAutoTransaction deprecated then
        if hasattr(project, "setTransactionMode"):
            project.setTransactionMode(Qgis.TransactionMode.AutomaticGroups if on else Qgis.TransactionMode.Disabled)
        else:
            project.setAutoTransaction(on)

    transaction_groups(True)
    try:
        _, layers = dock.context()
        # (The incidents layer leaves merged records out with a filter, which keeps it out of QGIS's
        # transaction group; the sources layer is in one.)
        assert layers.sources.startEditing()
        fill_dara(dock.form)
        assert dock.save() is None and "transaction group" in dock.status.text()
        assert store.count() == 0
        assert layers.sources.rollBack()
    finally:
        transaction_groups(False)
    assert dock.save() is not None and store.count() == 1


def test_the_dock_checks_with_the_stores_rules(dock, store, monkeypatch):
    # One rule changed in one place: the dock's check and the store's save both follow it.
    from incident_tracker.plugin.core.store import ValidationFailed
    from incident_tracker.plugin.domain import validation

    monkeypatch.setattr(validation, "ABSURD_FIGURE", 6)
    fill_dara(dock.form)
    assert dock.save() is None and store.count() == 0
    assert "not a plausible figure" in dock.form.problem_labels["fatalities"].text()
    incident, sources = dock.form.values()
    with pytest.raises(ValidationFailed, match="not a plausible figure"):
        store.save_incident(incident, sources)
    monkeypatch.undo()
    assert dock.save() is not None


def test_the_dock_finds_duplicates_with_the_stores_rule(dock, store, monkeypatch):
    from incident_tracker.plugin.core import store as store_module

    fill_dara(dock.form)
    first = dock.save()
    monkeypatch.setattr(store_module, "is_likely_duplicate", lambda a, b: False)
    fill_dara(dock.form)
    second = dock.save()
    assert second is not None and store.get_incident(second)["likely_duplicate_of"] is None
    monkeypatch.undo()
    fill_dara(dock.form)
    assert dock.save() is None and f'href="{first}"' in dock.status.text()
    third = dock.save()
    assert store.get_incident(third)["likely_duplicate_of"] == ";".join(sorted([first, second]))


def test_the_dock_itself_neither_validates_nor_writes(dock):
    # The GUI asks and shows: validation, duplicates and writes go through the store only.
    import inspect

    from incident_tracker.plugin.gui import incident_dock, incident_form

    code = inspect.getsource(incident_dock) + inspect.getsource(incident_form)
    for call in ("validate(", "likely_duplicates(", "prepare(", "addFeature", "changeAttributeValue",
                 "deleteFeature", "beginEditCommand"):
        assert call not in code, call


def test_the_incident_list_filters_by_text_and_date(dock, store):
    from qgis.PyQt.QtCore import QDate

    fill_dara(dock.form)
    dock.save()
    dock.incident_list.text.setText("dara")
    dock.incident_list.filter_now()
    assert len(dock.incident_list.uuids) == 1
    dock.incident_list.text.setText("kirkuk citadel")
    dock.incident_list.text.returnPressed.emit()  # Enter searches without waiting for the pause
    assert dock.incident_list.uuids == []
    dock.incident_list.text.clear()
    dock.incident_list.start.setDate(QDate(2020, 7, 1))
    assert dock.incident_list.uuids == []


def test_locator_filter_finds_incidents_by_text(dock, store):
    from qgis.core import QgsFeedback, QgsLocatorContext

    fill_dara(dock.form)
    uuid = dock.save()
    from incident_tracker.plugin.gui.locator_filter import IncidentLocatorFilter

    found = []
    locator = IncidentLocatorFilter(lambda: store.path, found.append)
    results = []
    locator.resultFetched.connect(results.append)
    locator.fetchResults("dara", QgsLocatorContext(), QgsFeedback())
    assert [r.userData for r in results] == [uuid]
    locator.triggerResult(results[0])
    assert found == [uuid]


def test_the_dock_works_the_same_on_a_postgis_team_store(qgis_iface, qgis_new_project, pg_store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(pg_store.location)
        dock = plugin.toggle_dock(True)
        fill_dara(dock.form)
        uuid = dock.save()
        assert uuid is not None, dock.status.text()
        assert pg_store.get_incident(uuid)["location"] == "Dara village"
        assert [s["outlet"] for s in pg_store.sources_of(uuid)] == ["Kurdistan 24", "KirkukNow"]
        _, layers = dock.context()
        assert [f["uuid"] for f in layers.incidents.selectedFeatures()] == [uuid]
    finally:
        plugin.unload()


def test_on_a_team_store_one_undo_takes_back_a_whole_edit_mode_save_and_delete(qgis_iface, qgis_new_project,
                                                                              pg_store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(pg_store.location)
        dock = plugin.toggle_dock(True)
        dock.confirm = lambda text: True
        uuid, saved, layers = saved_in_edit_mode(dock, pg_store)
        layers.incidents.undoStack().undo()
        assert pg_store.all_rows() == ([], [])
        assert_nothing_pending(layers)
        layers.incidents.undoStack().redo()
        assert pg_store.stored_incident(uuid) == saved
        dock.show_incident(uuid)
        assert dock.delete() and pg_store.count() == 0
        layers.incidents.undoStack().undo()
        assert pg_store.stored_incident(uuid) == saved and stored_uuids(layers.incidents) == [uuid]
        assert_edit_buffers_empty(layers)  # the save is still on the undo stack, nothing in the buffers
        assert layers.incidents.commitChanges() and layers.sources.commitChanges()
        assert pg_store.stored_incident(uuid) == saved
    finally:
        plugin.unload()


def test_an_undo_after_the_plugin_is_unloaded_still_takes_back_the_whole_save(qgis_iface, qgis_new_project, store):
    from qgis.PyQt.QtWidgets import QApplication

    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    plugin.set_store(store.path)
    dock = plugin.toggle_dock(True)
    uuid, saved, layers = saved_in_edit_mode(dock, store)
    plugin.unload()
    QApplication.processEvents()  # the dock is deleted
    layers.incidents.undoStack().undo()
    assert store.all_rows() == ([], [])
    layers.incidents.undoStack().redo()
    assert store.stored_incident(uuid) == saved
    assert layers.incidents.rollBack() and store.all_rows() == ([], [])


def test_menu_import_and_export_name_the_active_team_store(qgis_iface, qgis_new_project, pg_store, postgis_cluster,
                                                           monkeypatch):
    import processing
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(postgis_cluster.uri(), {"saveUsername": True}), "Team menu")
    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, params: opened.append((name, params)))
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(pg_store.location)
        plugin.import_csv()
        plugin.export("incidenttracker:exportcsv")
        assert opened == [(name, {"CONNECTION": "Team menu", "SCHEMA": pg_store.schema})
                          for name in ("incidenttracker:importincidents", "incidenttracker:exportcsv")]
    finally:
        plugin.unload()
        metadata.deleteConnection("Team menu")


def test_a_colleagues_save_is_not_overwritten_from_the_edit_buffer_either(dock, store):
    fill_dara(dock.form)
    uuid = dock.save()
    dock.show_incident(uuid)
    store.update_incident(uuid, {"notes": "a colleague's correction"})  # saved meanwhile elsewhere
    _, layers = dock.context()
    layers.incidents.startEditing()
    dock.form.notes.setPlainText("my version")
    dock.answer = False  # keep theirs
    assert dock.save() is None
    assert "Someone else saved" in dock.asked[-1]
    layers.incidents.commitChanges()
    layers.sources.commitChanges()
    assert store.get_incident(uuid)["notes"] == "a colleague's correction"



def test_the_form_fits_a_narrow_dock_without_scrolling_sideways(dock):
    # At QGIS's usual dock width every field and the "Pick on map" button are in view; only the
    # long form scrolls, downwards.
    assert_form_fits(dock, width=380)


def assert_form_fits(dock, width):
    from qgis.PyQt.QtWidgets import QApplication, QScrollArea

    dock.setFloating(True)  # the test's QGIS main window is never shown: the dock shows on its own
    dock.resize(width, 800)
    dock.show()
    QApplication.processEvents()
    scroll = dock.findChild(QScrollArea)
    viewport = scroll.viewport().width()
    assert dock.form.minimumSizeHint().width() <= viewport
    assert not scroll.horizontalScrollBar().isVisible()
    button = dock.form.pick_button
    left, right = (button.mapTo(dock.form, point).x() for point in (button.rect().topLeft(), button.rect().topRight()))
    assert button.isVisible() and 0 <= min(left, right) and max(left, right) <= viewport
