"""The incident dock: add, edit and review incidents with their sources, on the active store."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, pyqtSignal
from qgis.PyQt.QtWidgets import (
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

from ..core.layers import refresh
from ..core.store import ConflictError, StoreError, ValidationFailed
from ..core.translation import translated
from ..domain import validation
from ..domain.carry_over import carry_over
from ..domain.incident import prepare
from .incident_form import IncidentForm
from .incident_list import IncidentList
from .pick_point_tool import IncidentMarker, PickPointTool


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
        self.acknowledged_duplicates = None
        self.confirm = self._ask
        self.marker = IncidentMarker(iface.mapCanvas())
        self.pick_tool = PickPointTool(iface.mapCanvas())
        self.pick_tool.picked.connect(self._picked)
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
        self.new_button.clicked.connect(self.new_incident)
        self.like_button.clicked.connect(self.new_like_last)
        self.draft_button = QPushButton(tr("Draft from text…"))
        self.draft_button.setToolTip(tr("Paste a report: the plugin proposes the incident's fields for you to "
                                        "confirm"))
        self.draft_button.clicked.connect(lambda: self.draft_from_text())
        self.draft_choice = QComboBox()
        self.draft_choice.setToolTip(tr("Incidents found in the report"))
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
        self.drafts = []
        self.zones_button = QPushButton(tr("Zones"))
        self.zones_button.setToolTip(tr("Add the disputed zones beneath the incident layers"))
        self.zones_button.clicked.connect(self.zones_requested.emit)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Export the store as a styled GeoPackage to share"))
        self.export_button.clicked.connect(self.export_requested.emit)
        for button in (self.save_button, self.new_button, self.like_button, self.zones_button, self.export_button):
            buttons.addWidget(button)
        page_layout.addLayout(buttons)
        self.tabs.addTab(page, tr("Incident"))
        self.incident_list = IncidentList(context)
        self.incident_list.incident_activated.connect(self.show_incident)
        self.tabs.addTab(self.incident_list, tr("Incidents"))
        self.setWidget(self.tabs)
        self.new_incident()

    # --- map and zones -------------------------------------------------------------------------
    def _ask(self, text):
        answer = QMessageBox.question(self, tr("Incident Tracker"), text, QMessageBox.Yes | QMessageBox.No,
                                      QMessageBox.No)
        return answer == QMessageBox.Yes

    def _toggle_pick(self):
        canvas = self.iface.mapCanvas()
        if self.form.pick_button.isChecked():
            canvas.setMapTool(self.pick_tool)
        else:
            canvas.unsetMapTool(self.pick_tool)

    def _picked(self, longitude, latitude):
        self.form.set_point(longitude, latitude)

    def _point_changed(self, longitude, latitude):
        self.marker.show(longitude, latitude)
        store, _ = self.context()
        lookup = getattr(store, "zone_lookup", None) if store else None
        self.form.set_zones(lookup(longitude, latitude) if lookup else {})

    def reload_places(self):
        """Rebuild the place search from the zones, the store's incidents and the chosen gazetteer."""
        from ..core.place_index import build_place_index
        from ..core.stores import zones_path

        store, _ = self.context()
        if store is None:
            return
        self.form.set_places(build_place_index(zones_path(store), store, self.form.gazetteer.currentLayer(),
                                               self.form.gazetteer_field.currentField()))

    def watch_layers(self):
        """Follow the active store's incidents layer: selecting one incident loads it for editing."""
        _, layers = self.context()
        layer = layers.incidents if layers else None
        if layer is self._watched_layer:
            return
        self.unwatch_layers()
        if layer is not None:
            layer.selectionChanged.connect(self._selection_changed)
            self._watched_layer = layer

    def unwatch_layers(self):
        if self._watched_layer is not None:
            try:
                self._watched_layer.selectionChanged.disconnect(self._selection_changed)
            except (TypeError, RuntimeError):
                pass
            self._watched_layer = None

    def _selection_changed(self, selected, *args):
        if self._selecting or len(selected) != 1 or self.isHidden():
            return
        feature = next(self._watched_layer.getFeatures(QgsFeatureRequest(selected[0])), None)
        if feature is not None:
            self.show_incident(feature["uuid"], zoom=False)

    # --- loading -------------------------------------------------------------------------------
    def new_incident(self):
        self.editing = None
        self.acknowledged_duplicates = None
        self.form.clear()
        self.marker.hide()
        self.save_button.setText(tr("Save"))
        self.status.setText(tr("New incident"))
        if hasattr(self, "confirm_button"):
            self.confirm_button.hide()

    def new_like_last(self):
        if not self.last_saved:
            return
        incident, sources = carry_over(*self.last_saved)
        self.new_incident()
        self.form.set_values(incident, sources)
        self.status.setText(tr("New incident, with the date, place and sources of the last one"))

    def draft_from_text(self, dialog=None):
        """Open the "Draft from text" dialog (or use a filled one) and show its first draft."""
        from .draft_dialog import DraftDialog

        dialog = dialog or DraftDialog(self, self.form.places)
        if dialog.result() != DraftDialog.Accepted and not dialog.exec_():
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

    def _draft_chosen(self, index):
        self.new_incident()
        self.form.apply_draft(self.drafts[index])
        self.confirm_button.show()
        self.status.setText(tr("Draft from the report: check each highlighted field (hover shows the words it "
                               "came from), correct it or confirm it, then save."))

    def _confirm_suggestions(self):
        self.form.confirm_all_suggestions()
        self.confirm_button.hide()

    def show_incident(self, uuid, zoom=True):
        """Load a stored incident into the form for editing (and zoom to it)."""
        store, _ = self.context()
        if store is None:
            return
        incident = store.get_incident(uuid)
        if incident is None:
            return
        self.new_incident()
        self.editing = incident
        self.form.set_values(incident, store.sources_of(uuid))
        self.status.setText(tr("Editing the incident of {date} at {place}").format(
            date=incident["event_date"], place=incident.get("location") or ""))
        self.tabs.setCurrentIndex(0)
        if zoom and incident.get("longitude") is not None:
            canvas = self.iface.mapCanvas()
            self.marker.show(incident["longitude"], incident["latitude"])
            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                               canvas.mapSettings().destinationCrs(), QgsProject.instance())
            point = transform.transform(QgsPointXY(incident["longitude"], incident["latitude"]))
            if canvas.extent().isEmpty() or not canvas.extent().contains(point):
                canvas.setCenter(point)
            canvas.refresh()

    # --- saving --------------------------------------------------------------------------------
    def save(self):
        """Validate, check duplicates and write; returns the saved incident's uuid or None."""
        store, layers = self.context()
        if store is None:
            self.status.setText(tr("Open or create an incident store first."))
            return None
        incident, sources = self.form.values()
        if self.editing:
            incident = dict(self.editing, **incident)
        lookup = getattr(store, "zone_lookup", None)
        if lookup and incident.get("longitude") is not None:
            incident.update({k: v for k, v in (lookup(incident["longitude"], incident["latitude"]) or {}).items()
                             if k in incident or k.startswith("admin") or k in ("disputed_zone", "zone_group")})
        problems = validation.validate(incident, sources, inside_iraq=store.inside_iraq)
        errors = validation.errors_only(problems)
        self.form.show_problems(errors)
        if errors:
            self.status.setText(tr("Not saved: please correct the fields marked in red."))
            return None
        for problem in problems:
            if problem.kind == validation.CONFIRM and not self.form.point_confirmed:
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
        if not self._duplicates_checked(store, incident):
            return None
        try:
            uuid = self._write(store, layers, incident, sources)
        except ConflictError as conflict:
            self._conflict(conflict)
            return None
        except (ValidationFailed, StoreError, ValueError) as error:
            self.status.setText(tr("Not saved: {error}").format(error=translated(error)))
            return None
        self.last_saved = (dict(incident, uuid=uuid), sources)
        if layers:
            refresh(layers)
            self._select(layers.incidents, uuid)
        self.incident_list.reload()
        self.reload_places()
        self.new_incident()
        self.status.setText(tr("Saved."))
        return uuid

    def _duplicates_checked(self, store, incident):
        candidate = dict(incident, uuid=self.editing["uuid"] if self.editing else None)
        duplicates = store.likely_duplicates(candidate)
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

    def _write(self, store, layers, incident, sources):
        if layers is not None and layers.incidents.isEditable():
            if self.editing:
                current = store.get_incident(self.editing["uuid"])
                if current and current["row_version"] != self.editing["row_version"]:
                    raise ConflictError(tr("Someone else saved this incident after you opened it. Compare both "
                                           "versions and choose which to keep."), current)
            return self._write_to_edit_buffer(layers, incident, sources)
        if self.editing:
            store.update_incident(self.editing["uuid"], incident, sources,
                                  expected_row_version=self.editing["row_version"], confirmed=True)
            return self.editing["uuid"]
        return store.add_incident(incident, sources, created_by=_user_name(), confirmed=True).uuid

    def _write_to_edit_buffer(self, layers, incident, sources):
        """Through the layers' edit buffers, so QGIS's undo stack can take the change back."""
        row, prepared_sources = prepare(incident, sources, created_by=_user_name())
        incidents, source_layer = layers.incidents, layers.sources
        if not source_layer.isEditable():
            source_layer.startEditing()
        incidents.beginEditCommand(tr("Save incident"))
        if self.editing:
            existing = next(incidents.getFeatures(f"\"uuid\" = {QgsExpression.quotedValue(row['uuid'])}"))
            row["row_version"] = (self.editing.get("row_version") or 1) + 1
            for name, value in row.items():
                index = incidents.fields().indexOf(name)
                if index >= 0 and name not in ("uuid", "created_at"):
                    incidents.changeAttributeValue(existing.id(), index, value)
            incidents.changeGeometry(existing.id(), QgsGeometry.fromPointXY(QgsPointXY(row["longitude"],
                                                                                      row["latitude"])))
        else:
            incidents.addFeature(_feature(incidents, row, geometry=True))
        incidents.endEditCommand()
        source_layer.beginEditCommand(tr("Save sources"))
        if self.editing:
            old = [f.id() for f in source_layer.getFeatures(
                f"\"incident_uuid\" = {QgsExpression.quotedValue(row['uuid'])}")]
            source_layer.deleteFeatures(old)
        for source in prepared_sources:
            source_layer.addFeature(_feature(source_layer, source))
        source_layer.endEditCommand()
        return row["uuid"]

    def _select(self, layer, uuid):
        self._selecting = True
        try:
            layer.selectByExpression(f"\"uuid\" = {QgsExpression.quotedValue(uuid)}")
        finally:
            self._selecting = False

    def _conflict(self, conflict):
        current = conflict.current or {}
        text = (str(conflict) + "\n\n" + tr("Stored now: {date}, {place}, {killed} killed (version {version}).")
                .format(date=current.get("event_date"), place=current.get("location"),
                        killed=current.get("fatalities"), version=current.get("row_version"))
                + "\n" + tr("Keep your version (overwrite theirs)?"))
        if self.confirm(text):
            self.editing = dict(self.editing, row_version=current.get("row_version"))
            self.save()
        else:
            self.show_incident(current.get("uuid") or self.editing["uuid"], zoom=False)
            self.status.setText(tr("Loaded the stored version; your changes were not saved."))

    def closeEvent(self, event):  # noqa: N802
        self.marker.hide()
        self.iface.mapCanvas().unsetMapTool(self.pick_tool)
        super().closeEvent(event)

    def cleanup(self):
        """Undo everything the dock connected or drew (called by the plugin's unload)."""
        self.unwatch_layers()
        self.marker.hide()
        self.iface.mapCanvas().unsetMapTool(self.pick_tool)


def _feature(layer, values, geometry=False):
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        if layer.fields().indexOf(name) >= 0 and name != "fid":
            feature[name] = value
    if geometry:
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(values["longitude"], values["latitude"])))
    return feature


def _user_name():
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None

