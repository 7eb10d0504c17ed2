"""The incident dock: add, edit and review incidents with their sources, on the active store."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.layers import edited_in_transaction, has_pending_edits, refresh
from ..core.shared_points import incidents_at_point, selected_incidents
from ..core.store import ConflictError, StoreError, ValidationFailed
from ..core.store_undo import push_change
from ..core.translation import translated
from ..domain.carry_over import carry_over
from .history_tab import HistoryTab
from .incident_form import IncidentForm
from .incident_list import IncidentList
from .pick_point_tool import IncidentMarker, PickPointTool
from .point_chooser import PointChooser
from .review_tab import ReviewTab
from .slots import reported


def tr(text):
    return QCoreApplication.translate("IncidentDock", text)


class IncidentDock(QgsDockWidget):
    """``context()`` returns (store, store_layers) of the active store, or (None, None)."""

    zones_requested = pyqtSignal()
    export_requested = pyqtSignal()

    def __init__(self, iface, context, parent=None, language="en"):
        super().__init__(tr("Incident Tracker"), parent)
        self.setObjectName("IncidentTrackerDock")
        self.iface = iface
        self.context = context
        self.editing = None  # the stored incident being edited, or None for a new one
        self.last_saved = None
        self.last_change = None  # outside edit mode, the last save or delete, for the Undo button
        self.acknowledged_duplicates = None
        self.confirm = self._ask
        self._shown_values = None  # the form's values as loaded or last cleared: what "unsaved" compares to
        self.marker = IncidentMarker(iface.mapCanvas())
        self.pick_tool = PickPointTool(iface.mapCanvas())
        self.pick_tool.picked.connect(self._picked)
        # Another map tool chosen (pan, identify…): the Pick button is no longer pressed.
        self.pick_tool.deactivated.connect(lambda: self.form.pick_button.setChecked(False))
        self._watched_layer = None
        self._selecting = False

        self.tabs = QTabWidget()
        self.form = IncidentForm(language=language)
        self.form.point_changed.connect(self._point_changed)
        self.form.pick_requested.connect(self._toggle_pick)
        self.form.gazetteer_field.fieldChanged.connect(lambda *args: self.reload_places())
        self.form.gazetteer.layerChanged.connect(lambda *args: self.reload_places())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(self.show_incident)
        page_layout.addWidget(self.status)
        page_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setDefault(True)
        self.new_button = QPushButton(tr("New"))
        self.like_button = QPushButton(tr("New like this one"))
        self.like_button.setToolTip(tr("A new incident with the same date, place and sources, for the next "
                                       "incident of the same report."))
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self._new_clicked)
        self.like_button.clicked.connect(self.new_like_last)
        self.draft_button = QPushButton(tr("Draft from text…"))
        self.draft_button.setToolTip(tr("Paste a report: the plugin proposes the incident's fields for you to "
                                        "confirm"))
        self.draft_button.clicked.connect(lambda: self.draft_from_text())
        self.draft_choice = QComboBox()
        self.draft_choice.setToolTip(tr("Incidents found in the report"))
        # As narrow as the dock's other lists: a long draft title is read in the open list, not by
        # widening the dock.
        self.draft_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.draft_choice.setMinimumContentsLength(8)
        self.draft_choice.hide()
        self.draft_choice.activated.connect(self._draft_chosen)
        self.confirm_button = QPushButton(tr("Confirm suggestions"))
        self.confirm_button.hide()
        self.confirm_button.clicked.connect(self._confirm_suggestions)
        draft_row = QHBoxLayout()
        draft_row.addWidget(self.draft_button)
        draft_row.addWidget(self.draft_choice, 1)
        draft_row.addWidget(self.confirm_button)
        page_layout.insertLayout(1, draft_row)
        # The incidents at the point clicked on the map (or selected together), each to open from here.
        self.point_chooser = PointChooser()
        self.point_chooser.chosen.connect(self._chosen_from_point)
        page_layout.insertWidget(1, self.point_chooser)
        self.drafts = []
        self.zones_button = QPushButton(tr("Zones"))
        self.zones_button.setToolTip(tr("Add the disputed zones beneath the incident layers"))
        self.zones_button.clicked.connect(self.zones_requested.emit)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Export the store as a styled GeoPackage to share"))
        self.export_button.clicked.connect(self.export_requested.emit)
        for button in (self.save_button, self.new_button, self.like_button, self.zones_button, self.export_button):
            buttons.addWidget(button)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.setToolTip(tr("Delete the incident shown and its sources (after confirmation)"))
        self.delete_button.clicked.connect(self.delete)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_last_change)
        self.undo_button.hide()
        change_row = QHBoxLayout()
        change_row.addWidget(self.delete_button)
        change_row.addWidget(self.undo_button)
        change_row.addStretch(1)
        page_layout.addLayout(change_row)
        page_layout.addLayout(buttons)
        self.tabs.addTab(page, tr("Incident"))
        self.incident_list = IncidentList(context)
        self.incident_list.incident_activated.connect(self.show_incident)
        self.tabs.addTab(self.incident_list, tr("Incidents"))
        self.review_tab = ReviewTab(context)
        self.review_tab.incident_activated.connect(self.show_incident)
        self.review_tab.changed.connect(self._reviewed)
        self.tabs.addTab(self.review_tab, tr("Review"))
        self.history_tab = HistoryTab(context)
        self.history_tab.restored.connect(self._reviewed)
        self.tabs.addTab(self.history_tab, tr("History"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setWidget(self.tabs)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.new_incident()

    # --- review and history ------------------------------------------------------------------------
    @reported
    def _tab_shown(self, index):
        if self.tabs.widget(index) is self.review_tab:
            self.review_tab.reload()
        elif self.tabs.widget(index) is self.history_tab:
            self.history_tab.show_incident(self.editing["uuid"] if self.editing else None)

    @reported
    def _reviewed(self, *args):
        """A status, merge or restore was written: the layers and the open incident follow."""
        _, layers = self.context()
        if layers is not None:
            refresh(layers)
        if self.editing:
            uuid = self.editing["uuid"]
            current = self.tabs.currentIndex()
            self.show_incident(uuid, zoom=False, ask=False)
            self.tabs.setCurrentIndex(current)

    # --- map and zones -------------------------------------------------------------------------
    def _ask(self, text):
        answer = QMessageBox.question(self, tr("Incident Tracker"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @reported
    def _toggle_pick(self):
        canvas = self.iface.mapCanvas()
        if self.form.pick_button.isChecked():
            canvas.setMapTool(self.pick_tool)
        else:
            canvas.unsetMapTool(self.pick_tool)

    @reported
    def _picked(self, longitude, latitude):
        self.form.set_point(longitude, latitude)

    @reported
    def _point_changed(self, longitude, latitude):
        self.marker.show(longitude, latitude)
        store, _ = self.context()
        self.form.set_zones(store.zones_at(longitude, latitude) if store else {})

    @reported
    def reload_places(self):
        """Rebuild the place search from the zones, the store's incidents and the chosen gazetteer."""
        from ..core.place_index import build_place_index
        from ..core.stores import zones_path

        store, _ = self.context()
        if store is None:
            return
        self.form.set_places(build_place_index(zones_path(store), store, self.form.gazetteer.currentLayer(),
                                               self.form.gazetteer_field.currentField()))

    def place_saved(self, incident):
        """Let the place search offer a just-saved incident's location (for the save path to call: the
        index is updated, not rebuilt from the store)."""
        from ..core.place_index import add_incident_place

        return add_incident_place(self.form.places, incident)

    def watch_layers(self):
        """Follow the active store's incidents layer: selecting one incident loads it for editing."""
        _, layers = self.context()
        layer = layers.incidents if layers else None
        if layer is self._watched_layer:
            return
        self.unwatch_layers()
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            layer.featuresDeleted.connect(self._deleted_in_layer)
            self._watched_layer = layer

    def unwatch_layers(self):
        if self._watched_layer is not None:
            try:
                self._watched_layer.selectionChanged.disconnect(self._selection_changed)
                self._watched_layer.featuresDeleted.disconnect(self._deleted_in_layer)
            except (TypeError, RuntimeError):
                pass
            self._watched_layer = None

    @reported
    def _selection_changed(self, *args):
        """One incident selected on the map: it opens (and the others at its point are offered); several
        selected together: they are offered, and the one chosen opens."""
        if self._selecting or self.isHidden():
            return
        layer = self._watched_layer
        ids = layer.selectedFeatureIds()
        if len(ids) > 1:
            features, total = selected_incidents(layer)
            self.point_chooser.offer(features, total, self.editing["uuid"] if self.editing else None, selected=True)
            return
        feature = next(layer.getFeatures(QgsFeatureRequest(ids[0])), None) if ids else None
        if feature is not None:
            self.show_incident(feature["uuid"], zoom=False)

    @reported
    def _chosen_from_point(self, uuid):
        if not self.show_incident(uuid, zoom=False):
            self.point_chooser.show_current(self.editing["uuid"] if self.editing else None)

    def _offer_at_point(self, layers, uuid):
        """The other incidents at the point of ``uuid``, offered in the chooser (hidden when none)."""
        request = QgsFeatureRequest(QgsExpression(f'"uuid" = {QgsExpression.quotedValue(uuid)}')).setNoAttributes()
        feature = next(layers.incidents.getFeatures(request), None) if layers else None
        canvas = self.iface.mapCanvas()
        period = canvas.temporalRange() if canvas.mapSettings().isTemporal() else None  # what the map shows
        features, total = incidents_at_point(layers.incidents, feature.id(), period=period) if feature else ([], 0)
        self.point_chooser.offer(features, total, uuid)

    # --- loading -------------------------------------------------------------------------------
    def new_incident(self):
        self.editing = None
        self.acknowledged_duplicates = None
        self.form.clear()
        self.marker.hide()
        self.point_chooser.hide()
        self.save_button.setText(tr("Save"))
        self.status.setText(tr("New incident"))
        self.delete_button.setEnabled(False)
        if hasattr(self, "confirm_button"):
            self.confirm_button.hide()
        self._shown_values = self.form.values()

    @reported
    def _new_clicked(self):
        """The New button: an empty form, and the drafts of the last report put away."""
        self.drafts = []
        self.draft_choice.clear()
        self.draft_choice.hide()
        self.new_incident()

    @reported
    def new_like_last(self):
        if not self.last_saved:
            return
        incident, sources = carry_over(*self.last_saved)
        self.new_incident()
        self.form.set_values(incident, sources)
        self.status.setText(tr("New incident, with the date, place and sources of the last one"))

    @reported
    def draft_from_text(self, dialog=None):
        """Open the "Draft from text" dialog (or use a filled one) and show its first draft."""
        from .draft_dialog import DraftDialog

        dialog = dialog or DraftDialog(self, self.form.places)
        if dialog.result() != DraftDialog.DialogCode.Accepted and not dialog.exec():
            return []
        self.show_drafts(dialog.drafts)
        return dialog.drafts

    def show_drafts(self, drafts):
        self.drafts = list(drafts)
        self.draft_choice.clear()
        for number, draft in enumerate(self.drafts, start=1):
            date = draft.value("event_date") or "?"
            place = draft.value("location") or ""
            kind = tr("earlier incident") if draft.secondary else tr("main incident")
            self.draft_choice.addItem(f"{number}. {date} {place} ({kind})")
        self.draft_choice.setVisible(len(self.drafts) > 0)
        if self.drafts:
            self._draft_chosen(0)

    @reported
    def _draft_chosen(self, index):
        self.new_incident()
        self.form.apply_draft(self.drafts[index])
        self.confirm_button.show()
        self.status.setText(tr("Draft from the report: check each highlighted field (hover shows the words it "
                               "came from), correct it or confirm it, then save."))

    @reported
    def _confirm_suggestions(self):
        self.form.confirm_all_suggestions()
        self.confirm_button.hide()

    @reported
    def show_incident(self, uuid, zoom=True, ask=True):
        """Load a stored incident into the form for editing, select it alone on the map (and zoom to
        it); returns whether it was loaded. Unsaved changes in the form are thrown away only after the
        analyst said so (``ask``), else the incident shown stays, selected again on the map."""
        store, layers = self.context()
        if store is None:
            return False
        incident = store.get_incident(uuid)
        if incident is None:
            return False
        if ask and not self._may_leave_unsaved(uuid):
            if layers and self.editing:
                self._select(layers.incidents, self.editing["uuid"])
            return False
        listed = self.point_chooser.isVisibleTo(self) and self.point_chooser.lists(uuid)
        self.new_incident()
        self.editing = incident
        self.delete_button.setEnabled(True)
        self.form.set_values(incident, store.sources_of(uuid))
        self._shown_values = self.form.values()
        self.status.setText(tr("Editing the incident of {date} at {place}").format(
            date=incident["event_date"], place=incident.get("location") or ""))
        self.tabs.setCurrentIndex(0)
        if layers:
            self._select(layers.incidents, uuid)  # this one alone: QGIS's Delete Selected deletes what is shown
            if listed:  # chosen from the list: the list stays, for the next one
                self.point_chooser.show()
                self.point_chooser.show_current(uuid)
            else:
                self._offer_at_point(layers, uuid)
        if zoom and incident.get("longitude") is not None:
            self._zoom_to(incident["longitude"], incident["latitude"])
        return True

    ZOOM_SCALE = 250000  # about a district on the screen

    def _zoom_to(self, longitude, latitude):
        canvas = self.iface.mapCanvas()
        self.marker.show(longitude, latitude)
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                           canvas.mapSettings().destinationCrs(), QgsProject.instance())
        canvas.setCenter(transform.transform(QgsPointXY(longitude, latitude)))
        if canvas.scale() > self.ZOOM_SCALE:
            canvas.zoomScale(self.ZOOM_SCALE)
        canvas.refresh()

    def has_unsaved_changes(self):
        return self._shown_values is not None and self.form.values() != self._shown_values

    def _may_leave_unsaved(self, uuid):
        """Whether the form may be replaced by the incident ``uuid``: nothing unsaved, the same incident
        reloaded, or the analyst agreed to throw the changes away."""
        if not self.has_unsaved_changes() or (self.editing and self.editing["uuid"] == uuid):
            return True
        what = (tr("the incident of {date} at {place}").format(date=self.editing["event_date"],
                                                              place=self.editing.get("location") or "")
                if self.editing else tr("the new incident"))
        return self.confirm(tr("Your changes to {what} are not saved. Throw them away and open the other "
                               "incident?").format(what=what))

    # --- an incident deleted elsewhere ---------------------------------------------------------------
    @reported
    def _deleted_in_layer(self, fids):
        """Features deleted from the Incidents layer (Delete Selected, the attribute table, a commit):
        is one of them the incident shown?"""
        if not self.editing or self._watched_layer is None:
            return
        provider = self._watched_layer.dataProvider()
        request = QgsFeatureRequest().setFilterFids(list(fids))
        if any(f["uuid"] == self.editing["uuid"] for f in provider.getFeatures(request)):
            self._incident_gone(tr("This incident was deleted in the Incidents layer (its edits are not "
                                   "saved yet)."))
        else:
            self.check_still_stored()

    def check_still_stored(self):
        """Whether the incident shown is still in the store (a colleague, another window or the layer may
        have deleted it); if not, the dock says so and a save would add it as a new incident."""
        store, _ = self.context()
        if not self.editing or store is None:
            return True
        if store.get_incident(self.editing["uuid"]) is not None:
            return True
        self._incident_gone(tr("This incident is no longer in the store: it was deleted elsewhere."))
        return False

    def _incident_gone(self, why):
        self.editing = None
        self.delete_button.setEnabled(False)
        self.marker.hide()
        self.save_button.setText(tr("Save as a new incident"))
        self.status.setText(why + " " + tr("What you see is kept: save it as a new incident, or press New."))

    @reported
    def _focus_changed(self, old, new):
        """The analyst comes back to the dock: is the incident shown still there?"""
        if new is not None and self.isAncestorOf(new) and (old is None or not self.isAncestorOf(old)):
            self.check_still_stored()

    # --- saving, deleting, undoing ------------------------------------------------------------------
    @reported
    def save(self):
        """Ask the store what saving meets, ask the analyst what only they decide, then save through the
        store; returns the saved incident's uuid or None."""
        store, layers = self.context()
        if store is None:
            self.status.setText(tr("Open or create an incident store first."))
            return None
        incident, sources = self.form.values()
        uuid = self.editing["uuid"] if self.editing else None
        check = store.check_incident(incident, sources, uuid=uuid)
        self.form.show_problems(check.errors)
        if check.errors:
            self.status.setText(tr("Not saved: please correct the fields marked in red."))
            return None
        for problem in check.confirmations:
            if not self.form.point_confirmed:
                text = translated(problem.message) + "\n" + tr("Save it anyway?")
                if not self.confirm(text):
                    self.form.show_problems([problem])
                    self.status.setText(tr("Not saved."))
                    return None
                self.form.point_confirmed = True
        if self.form.suggested:
            text = tr("{n} suggested fields (highlighted) are not confirmed yet. Save them as they are?").format(
                n=len(self.form.suggested))
            if not self.confirm(text):
                self.status.setText(tr("Not saved: confirm or correct the suggested fields first."))
                return None
            self.form.confirm_all_suggestions()
        if not self._duplicates_acknowledged(check.duplicates):
            return None
        if self._edited_in_layers(layers, uuid):
            return None
        try:
            result = store.save_incident(incident, sources, uuid=uuid,
                                         expected_row_version=self.editing["row_version"] if self.editing else None,
                                         created_by=_user_name(), confirmed=True)
        except ConflictError as conflict:
            self._conflict(conflict)
            return None
        except (ValidationFailed, StoreError, ValueError) as error:
            self.status.setText(tr("Not saved: {error}").format(error=translated(error)))
            return None
        self.last_saved = (dict(check.incident, uuid=result.uuid), sources)
        in_edit_mode = self._record_change(store, layers, result.change, tr("Save incident"))
        if layers:
            self._select(layers.incidents, result.uuid)
        self.new_incident()
        self.status.setText(tr("Saved. Ctrl+Z on the Incidents layer takes the save back while the layer is in "
                               "edit mode.") if in_edit_mode else tr("Saved."))
        return result.uuid

    def _duplicates_acknowledged(self, duplicates):
        key = tuple(sorted(d["uuid"] for d in duplicates))
        if not duplicates or key == self.acknowledged_duplicates:
            return True
        self.acknowledged_duplicates = key
        links = ", ".join(f"<a href=\"{d['uuid']}\">{d['event_date']} {d.get('location') or ''}</a>"
                          for d in duplicates)
        self.status.setText(tr("This looks like an incident already in the store: {links}. Open it to compare, "
                               "or press “Save anyway” to keep both.").format(links=links))
        self.save_button.setText(tr("Save anyway"))
        return False

    @reported
    def delete(self):
        """Delete the incident shown, after confirmation; returns whether it was deleted."""
        store, layers = self.context()
        if store is None or not self.editing:
            return False
        incident = self.editing
        if self._edited_in_layers(layers, incident["uuid"]):
            return False
        if not self.confirm(tr("Delete the incident of {date} at {place} and its sources?").format(
                date=incident["event_date"], place=incident.get("location") or "")):
            return False
        try:
            change = store.delete_incident(incident["uuid"], expected_row_version=incident["row_version"])
        except ConflictError as conflict:
            self.show_incident(incident["uuid"], zoom=False, ask=False)
            self.status.setText(translated(conflict) + " " + tr("Not deleted; the stored version is loaded."))
            return False
        except StoreError as error:
            self.status.setText(tr("Not deleted: {error}").format(error=translated(error)))
            return False
        if change is None:
            self.new_incident()
            self.status.setText(tr("The incident is no longer in the store."))
            return False
        in_edit_mode = self._record_change(store, layers, change, tr("Delete incident"))
        self.new_incident()
        self.status.setText(
            tr("Deleted the incident and its {n} sources. Ctrl+Z on the Incidents layer restores them while the "
               "layer is in edit mode.").format(n=len(change.before.sources)) if in_edit_mode else
            tr("Deleted the incident and its {n} sources in one transaction.").format(n=len(change.before.sources)))
        return True

    def _edited_in_layers(self, layers, uuid):
        """Whether the layers' own edits stand in the way of a store write (then the dock does not write):
        a transaction group holding the tables, or uncommitted edits of the incident ``uuid``."""
        if layers is None:
            return False
        if edited_in_transaction(layers):
            self.status.setText(tr("The incident layers are edited in a transaction group (Project ▸ Properties ▸ "
                                   "Data Sources): save or cancel their edits first."))
            return True
        if uuid and has_pending_edits(layers, uuid):
            self.status.setText(tr("This incident has unsaved edits in the Incidents or Sources layer: save or "
                                   "cancel those edits first."))
            return True
        return False

    def _record_change(self, store, layers, change, text):
        """Make ``change`` (written) undoable: on the Incidents layer's undo stack in edit mode (returns
        True), else with the dock's Undo button. Shows the change on the map and in the list."""
        in_edit_mode = layers is not None and layers.incidents.isEditable()
        if in_edit_mode:
            self.last_change = None
            push_change(layers.incidents, store, change, text, changed=self._undone_or_redone)
            self.iface.setActiveLayer(layers.incidents)  # QGIS's Undo (Ctrl+Z) acts on the active layer
        else:
            self.last_change = (store, change)
        self._show_undo_button()
        self._show_store_change(layers, saved=change.after.incident)
        return in_edit_mode

    def _show_undo_button(self):
        if self.last_change is None:
            self.undo_button.hide()
            return
        self.undo_button.setText(tr("Undo delete") if self.last_change[1].kind == "delete" else tr("Undo save"))
        self.undo_button.show()

    @reported
    def undo_last_change(self):
        """Outside edit mode: take back the dock's last save or delete (one transaction)."""
        if self.last_change is None:
            return False
        store, change = self.last_change
        self.last_change = None
        self._show_undo_button()
        try:
            store.revert(change)
        except StoreError as error:
            self.status.setText(tr("Not undone: {error}").format(error=translated(error)))
            return False
        _, layers = self.context()
        self._show_store_change(layers, change)
        self.status.setText(tr("Undone."))
        return True

    @reported
    def _undone_or_redone(self, change, error):
        """After Undo/Redo of a dock change on the layer's undo stack."""
        _, layers = self.context()
        self._show_store_change(layers, change)
        if error is not None:
            self.status.setText(tr("Not undone or redone: {error}").format(error=translated(error)))

    def _show_store_change(self, layers, change=None, saved=None):
        """Show what the store wrote; a form editing the incident ``change`` rewrote is cleared. A just-saved
        incident (``saved``) joins the place search without a store read; otherwise the search is rebuilt."""
        if change is not None and self.editing and self.editing["uuid"] == change.uuid:
            self.new_incident()
        if layers:
            refresh(layers)
        self.incident_list.reload()
        if saved is not None and getattr(self.form, "places", None) is not None:
            self.place_saved(saved)
        else:
            self.reload_places()

    def _select(self, layer, uuid):
        self._selecting = True
        try:
            layer.selectByExpression(f"\"uuid\" = {QgsExpression.quotedValue(uuid)}")
        finally:
            self._selecting = False

    def _conflict(self, conflict):
        current = conflict.current or {}
        text = (translated(conflict) + "\n\n" + tr("Stored now: {date}, {place}, {killed} killed (version {version}).")
                .format(date=current.get("event_date"), place=current.get("location"),
                        killed=current.get("fatalities"), version=current.get("row_version"))
                + "\n" + tr("Keep your version (overwrite theirs)?"))
        if self.confirm(text):
            self.editing = dict(self.editing, row_version=current.get("row_version"))
            self.save()
        else:
            self.show_incident(current.get("uuid") or self.editing["uuid"], zoom=False, ask=False)
            self.status.setText(tr("Loaded the stored version; your changes were not saved."))

    def closeEvent(self, event):  # noqa: N802
        self.marker.hide()
        self.iface.mapCanvas().unsetMapTool(self.pick_tool)
        super().closeEvent(event)

    def cleanup(self):
        """Undo everything the dock connected or drew (called by the plugin's unload)."""
        self.unwatch_layers()
        try:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
        except (TypeError, RuntimeError):
            pass
        self.marker.hide()
        self.iface.mapCanvas().unsetMapTool(self.pick_tool)


def _user_name():
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None

