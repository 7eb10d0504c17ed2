"""The incident form inside the dock: location, date, what happened, figures, sources, validation.

The form only reads and writes dicts (store field names plus longitude/latitude); saving, zones and
the map are the dock's business.
"""

from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.core import QgsMapLayerProxyModel
from qgis.PyQt.QtCore import QCoreApplication, QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.translation import translated
from ..domain import figures, taxonomy
from ..domain.place_names import PlaceIndex
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.coordinates import CoordinateError, format_point, parse_coordinates
from .source_dialog import SourceDialog
from .widgets import NullableDateEdit, NullableSpinBox, set_combo_value

ZONE_LABELS = (("admin1", QT_TRANSLATE_NOOP("IncidentForm", "Governorate")),
               ("admin2", QT_TRANSLATE_NOOP("IncidentForm", "District")),
               ("admin3", QT_TRANSLATE_NOOP("IncidentForm", "Sub-district")),
               ("disputed_zone", QT_TRANSLATE_NOOP("IncidentForm", "Disputed zone")))

PLACE_KINDS = (QT_TRANSLATE_NOOP("IncidentForm", "district"), QT_TRANSLATE_NOOP("IncidentForm", "sub-district"),
               QT_TRANSLATE_NOOP("IncidentForm", "incident"), QT_TRANSLATE_NOOP("IncidentForm", "gazetteer"))


def tr(text):
    return QCoreApplication.translate("IncidentForm", text)


def error_label():
    label = QLabel()
    label.setObjectName("problem")
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    label.hide()
    return label


class IncidentForm(QWidget):
    """Emits ``point_changed(lon, lat)`` whenever the location is set, typed or picked."""

    point_changed = pyqtSignal(float, float)
    pick_requested = pyqtSignal()

    def __init__(self, parent=None, language="en"):
        super().__init__(parent)
        self.language = language  # place names are shown in this language where the zones have them
        self.point = None
        self.point_confirmed = False
        self.sources = []
        self.zone_fields = {}
        self.problem_labels = {}
        self._auto_figures = {}  # wounded/abducted values the form set from the sources, not the analyst
        self.places = PlaceIndex()
        self._shown_places = {}
        self.suggested = {}  # field name -> widget still showing an unconfirmed suggestion
        layout = QVBoxLayout(self)
        self.problem_labels["general"] = error_label()
        layout.addWidget(self.problem_labels["general"])
        layout.addWidget(self._location_group())
        layout.addWidget(self._when_group())
        layout.addWidget(self._what_group())
        layout.addWidget(self._figures_group())
        layout.addWidget(self._sources_group())
        layout.addWidget(self._review_group())
        layout.addStretch(1)
        self._fit_narrow_docks()

    # --- building ------------------------------------------------------------------------------
    def _fit_narrow_docks(self):
        """Let the form shrink to a dock's usual width: lists no wider than a few characters until
        opened (their items stay whole in the list), labels above their field when a row is too long."""
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.WrapLongRows)

    def _row(self, form, label, widget, problem_key=None):
        form.addRow(label, widget)
        if problem_key:
            self.problem_labels[problem_key] = error_label()
            form.addRow("", self.problem_labels[problem_key])

    def _location_group(self):
        group = QGroupBox(tr("Where"))
        form = QFormLayout(group)
        self.coordinates = QLineEdit()
        self.coordinates.setPlaceholderText(tr("34.348, 45.391 · 34°20'53\"N 45°23'28\"E · 38S 536123 3801234 · MGRS"))
        self.coordinates.editingFinished.connect(self._coordinates_typed)
        self.pick_button = QPushButton(tr("Pick on map"))
        self.pick_button.setCheckable(True)
        self.pick_button.clicked.connect(self.pick_requested.emit)
        row = QHBoxLayout()
        row.addWidget(self.coordinates, 1)
        row.addWidget(self.pick_button)
        holder = QWidget()
        holder.setLayout(row)
        self._row(form, tr("Coordinates"), holder)
        self.parsed_point = QLabel(tr("No point yet"))
        self.parsed_point.setWordWrap(True)
        form.addRow("", self.parsed_point)
        self.place_search = QLineEdit()
        self.place_search.setPlaceholderText(tr("Search a place: village, town, district…"))
        self.place_search.setClearButtonEnabled(True)
        self.place_model = QStringListModel()
        self.place_completer = QCompleter(self.place_model, self)
        self.place_completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchContains)
        self.place_completer.activated[str].connect(self.choose_place)
        self.place_search.setCompleter(self.place_completer)
        self.place_search.textEdited.connect(self._search_places)
        self._row(form, tr("Place search"), self.place_search)
        self.gazetteer = QgsMapLayerComboBox()
        self.gazetteer.setFilters(QgsMapLayerProxyModel.PointLayer)
        self.gazetteer.setAllowEmptyLayer(True)
        self.gazetteer.setLayer(None)
        self.gazetteer.setToolTip(tr("An optional point layer of place names searched too"))
        self.gazetteer_field = QgsFieldComboBox()
        self.gazetteer.layerChanged.connect(self.gazetteer_field.setLayer)
        gazetteer_row = QHBoxLayout()
        gazetteer_row.addWidget(self.gazetteer, 2)
        gazetteer_row.addWidget(self.gazetteer_field, 1)
        gazetteer_holder = QWidget()
        gazetteer_holder.setLayout(gazetteer_row)
        self._row(form, tr("Gazetteer"), gazetteer_holder)
        self.location = QLineEdit()
        self.location.setPlaceholderText(tr("Location name as reported, e.g. Dara village"))
        self._row(form, tr("Location name"), self.location, "location")
        self.geo_precision = QComboBox()
        for code, meaning in taxonomy.vocabulary("geo_precision").items():
            self.geo_precision.addItem(code, int(code))
            self.geo_precision.setItemData(self.geo_precision.count() - 1,
                                           QCoreApplication.translate("taxonomy", meaning), Qt.ToolTipRole)
        self.geo_precision.setToolTip("\n".join(f"{c}: {QCoreApplication.translate('taxonomy', m)}"
                                                for c, m in taxonomy.vocabulary("geo_precision").items()))
        self._row(form, tr("Location precision"), self.geo_precision, "geo_precision")
        for name, label in ZONE_LABELS:
            value = QLineEdit()
            value.setReadOnly(True)
            value.setObjectName(f"zone_{name}")
            self.zone_fields[name] = value
            form.addRow(tr(label), value)
        return group

    def _when_group(self):
        group = QGroupBox(tr("When"))
        form = QFormLayout(group)
        self.event_date = NullableDateEdit()
        self._row(form, tr("Event date*"), self.event_date, "event_date")
        self.time_precision = QComboBox()
        for code, meaning in taxonomy.vocabulary("time_precision").items():
            self.time_precision.addItem(f"{code} – {QCoreApplication.translate('taxonomy', meaning)}", int(code))
        self._row(form, tr("Date precision"), self.time_precision, "time_precision")
        self.date_end = NullableDateEdit()
        self.date_end.setToolTip(tr("For events spanning several days; leave empty otherwise."))
        self._row(form, tr("End date"), self.date_end, "date_end")
        return group

    def _what_group(self):
        group = QGroupBox(tr("What"))
        form = QFormLayout(group)
        self.event_type = QComboBox()
        self.event_type.addItem("", None)
        for value in taxonomy.event_types():
            self.event_type.addItem(QCoreApplication.translate("taxonomy", value), value)
        self.sub_event_type = QComboBox()
        self.event_type.currentIndexChanged.connect(self._event_type_changed)
        self._row(form, tr("Event type*"), self.event_type, "event_type")
        self._row(form, tr("Sub-event type"), self.sub_event_type, "sub_event_type")
        self.actor1 = QLineEdit()
        self.actor1.setPlaceholderText(tr("e.g. Islamic State (Iraq)"))
        self._row(form, tr("Perpetrator"), self.actor1)
        self.attribution = self._vocabulary_combo("attribution")
        self._row(form, tr("Attribution"), self.attribution, "attribution")
        self.actor2 = QLineEdit()
        self.actor2.setPlaceholderText(tr("e.g. Civilians (Iraq)"))
        self._row(form, tr("Target"), self.actor2)
        self.target_community = self._vocabulary_combo("target_communities")
        self._row(form, tr("Target community"), self.target_community, "target_community")
        self.civilian_targeting = QCheckBox(tr("Civilians were the target"))
        form.addRow("", self.civilian_targeting)
        return group

    def _vocabulary_combo(self, name):
        combo = QComboBox()
        combo.addItem("", None)
        for value in taxonomy.codes(name):
            combo.addItem(QCoreApplication.translate("taxonomy", value), value)
        return combo

    def _figures_group(self):
        group = QGroupBox(tr("Figures"))
        form = QFormLayout(group)
        self.fatalities = NullableSpinBox()
        self.fatalities_manual = QCheckBox(tr("Set by me"))
        self.fatalities_manual.setToolTip(tr("Otherwise the best figure is the lowest one the sources report."))
        self.fatalities_manual.toggled.connect(self._update_figures)
        self.fatalities.setEnabled(False)
        self.fatalities_manual.toggled.connect(self.fatalities.setEnabled)
        self._row(form, tr("Killed (best)"), self.fatalities, "fatalities")
        form.addRow("", self.fatalities_manual)
        self.range_label = QLabel()
        form.addRow(tr("Reported range"), self.range_label)
        self.wounded = NullableSpinBox()
        self._row(form, tr("Wounded"), self.wounded, "wounded")
        self.abducted = NullableSpinBox()
        self._row(form, tr("Abducted"), self.abducted, "abducted")
        self.killed_civilians = NullableSpinBox()
        self.killed_security_forces = NullableSpinBox()
        self.killed_perpetrators = NullableSpinBox()
        self._row(form, tr("Killed: civilians"), self.killed_civilians, "killed_civilians")
        self._row(form, tr("Killed: security forces"), self.killed_security_forces, "killed_security_forces")
        self._row(form, tr("Killed: perpetrators"), self.killed_perpetrators, "killed_perpetrators")
        return group

    def _sources_group(self):
        group = QGroupBox(tr("Sources*"))
        layout = QVBoxLayout(group)
        self.source_list = QListWidget()
        self.source_list.setMaximumHeight(110)
        self.source_list.itemDoubleClicked.connect(lambda item: self.edit_source())
        layout.addWidget(self.source_list)
        buttons = QHBoxLayout()
        self.add_source_button = QPushButton(tr("Add…"))
        self.edit_source_button = QPushButton(tr("Edit…"))
        self.remove_source_button = QPushButton(tr("Remove"))
        self.add_source_button.clicked.connect(lambda: self.add_source())
        self.edit_source_button.clicked.connect(lambda: self.edit_source())
        self.remove_source_button.clicked.connect(self.remove_source)
        for button in (self.add_source_button, self.edit_source_button, self.remove_source_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.problem_labels["sources"] = error_label()
        layout.addWidget(self.problem_labels["sources"])
        return group

    def _review_group(self):
        group = QGroupBox(tr("Description and review"))
        form = QFormLayout(group)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        form.addRow(tr("Description"), self.notes)
        self.verification = QComboBox()
        for value in taxonomy.codes("verification_status"):
            self.verification.addItem(QCoreApplication.translate("taxonomy", value), value)
        self._row(form, tr("Verification"), self.verification, "verification")
        return group

    # --- behaviour -----------------------------------------------------------------------------
    def _event_type_changed(self):
        current = self.sub_event_type.currentData()
        self.sub_event_type.clear()
        self.sub_event_type.addItem("", None)
        for value in taxonomy.sub_event_types(self.event_type.currentData()):
            self.sub_event_type.addItem(QCoreApplication.translate("taxonomy", value), value)
        set_combo_value(self.sub_event_type, current)

    def _coordinates_typed(self):
        text = self.coordinates.text().strip()
        if not text:
            return
        try:
            parsed = parse_coordinates(text)
        except CoordinateError as error:
            self.show_problem("location", translated(error))
            self.parsed_point.setText(tr("Not read"))
            return
        self.show_problem("location", None)
        note = translated(parsed.message)
        self.set_point(parsed.longitude, parsed.latitude, note=note)

    def set_places(self, index):
        """The places the place search looks in (a :class:`PlaceIndex`)."""
        self.places = index

    def _search_places(self, text):
        found = self.places.search(text, limit=25)
        self._shown_places = {self._place_label(p): p for p in found}
        self.place_model.setStringList(list(self._shown_places))

    @staticmethod
    def _place_label(place):
        kind = QCoreApplication.translate("IncidentForm", place.kind)
        return f"{place.name} ({kind}{', ' + place.detail if place.detail else ''})"

    def choose_place(self, label):
        """Put the incident at a place found by the search, with the precision that place supports."""
        from ..core.place_index import PRECISION_OF_KIND

        place = self._shown_places.get(label)
        if place is None:
            return
        if not self.location.text().strip():
            self.location.setText(place.name)
        set_combo_value(self.geo_precision, PRECISION_OF_KIND.get(place.kind, 2))
        self.set_point(place.longitude, place.latitude)

    def set_point(self, longitude, latitude, note=""):
        """Set the incident's point (WGS84); shows it parsed, and emits ``point_changed``."""
        self.point = (longitude, latitude)
        self.point_confirmed = False
        text = format_point(longitude, latitude, "dms")
        self.parsed_point.setText(f"{text} ({longitude:.5f}, {latitude:.5f})" + (f"\n{note}" if note else ""))
        if not self.coordinates.hasFocus():
            self.coordinates.setText(f"{latitude:.6f}, {longitude:.6f}")
        self.point_changed.emit(longitude, latitude)

    def set_zones(self, zones):
        """Show the (read-only) governorate, district, sub-district and disputed zone of the point."""
        self.zones = dict(zones or {})
        for name, widget in self.zone_fields.items():
            value = self.zones.get(f"{name}_{self.language}") or self.zones.get(name) or ""
            group = self.zones.get("zone_group") if name == "disputed_zone" else None
            if name == "disputed_zone" and not value:
                status = self.zones.get("status")
                distance = self.zones.get("distance_km")
                value = QCoreApplication.translate("zones", status) if status else ""
                if distance is not None:
                    value += tr(" ({distance:.0f} km from the nearest disputed zone)").format(distance=distance)
            elif group:
                value = f"{value} ({group})"
            widget.setText(value)

    def add_source(self, source=None):
        dialog = SourceDialog(self, source)
        if source is not None or dialog.exec_():
            self.sources.append(dialog.source() if source is None else dict(source))
            self._refresh_sources()

    def edit_source(self, row=None, source=None):
        row = self.source_list.currentRow() if row is None else row
        if row < 0 or row >= len(self.sources):
            return
        if source is None:
            dialog = SourceDialog(self, self.sources[row])
            if not dialog.exec_():
                return
            source = dialog.source()
        self.sources[row] = source
        self._refresh_sources()

    def remove_source(self, row=None):
        row = self.source_list.currentRow() if row is None else row
        if 0 <= row < len(self.sources):
            del self.sources[row]
            self._refresh_sources()

    def _refresh_sources(self):
        self.source_list.clear()
        for source in self.sources:
            figures_text = []
            if source.get("fatalities_reported") is not None:
                figures_text.append(tr("{n} killed").format(n=source["fatalities_reported"]))
            if source.get("wounded_reported") is not None:
                figures_text.append(tr("{n} wounded").format(n=source["wounded_reported"]))
            text = source.get("outlet") or tr("(no outlet)")
            if source.get("title"):
                text += f" – {source['title']}"
            if figures_text:
                text += f" ({', '.join(figures_text)})"
            item = QListWidgetItem(text)
            item.setToolTip(source.get("url") or "")
            self.source_list.addItem(item)
        self._update_figures()

    def _update_figures(self):
        reconciled = figures.reconcile({"fatalities": self.fatalities.number(),
                                        "fatalities_manual": self.fatalities_manual.isChecked()}, self.sources)
        low, high = reconciled.get("fatalities_low"), reconciled.get("fatalities_high")
        self.range_label.setText(tr("{low} to {high} killed").format(low=low, high=high) if low is not None
                                 else tr("no figure reported"))
        if not self.fatalities_manual.isChecked():
            self.fatalities.set_number(reconciled.get("fatalities"))
        for name, source_name in (("wounded", "wounded_reported"), ("abducted", "abducted_reported")):
            widget = getattr(self, name)
            reported = [s[source_name] for s in self.sources if s.get(source_name) is not None]
            follows_sources = widget.number() is None or widget.number() == self._auto_figures.get(name)
            if reported and follows_sources:
                widget.set_number(min(reported))
                self._auto_figures[name] = min(reported)

    # --- drafts ----------------------------------------------------------------------------------
    SUGGESTION_STYLE = "background-color: #fff3bf"

    def _widget_for(self, name):
        return {"event_date": self.event_date, "date_end": self.date_end, "time_precision": self.time_precision,
                "event_type": self.event_type, "sub_event_type": self.sub_event_type, "actor1": self.actor1,
                "attribution": self.attribution, "actor2": self.actor2, "target_community": self.target_community,
                "civilian_targeting": self.civilian_targeting, "location": self.location,
                "geo_precision": self.geo_precision, "notes": self.notes, "longitude": self.coordinates,
                "wounded": self.wounded, "abducted": self.abducted, "fatalities": self.source_list}.get(name)

    def apply_draft(self, draft):
        """Fill the form with a draft's suggestions, each highlighted, with its source words on hover."""
        incident = {name: suggestion.value for name, suggestion in draft.fields.items()}
        source = {k: v for k, v in draft.source.items() if v is not None}
        self.set_values(incident, [source] if source.get("outlet") else [])
        self.suggested = {}
        for name, suggestion in draft.fields.items():
            widget = self._widget_for(name)
            if widget is None or name == "latitude":
                continue
            hover = f"“{suggestion.snippet}”" + (f"\n{suggestion.note}" if suggestion.note else "")
            widget.setStyleSheet(self.SUGGESTION_STYLE)
            widget.setToolTip(tr("Suggested from the report: {words}").format(words=hover))
            self.suggested[name] = widget
            self._confirm_on_edit(name, widget)

    def _confirm_on_edit(self, name, widget):
        for signal_name in ("textEdited", "activated", "clicked", "editingFinished", "dateValueChanged",
                            "valueChanged", "textChanged"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                try:
                    signal.connect(lambda *args, n=name: self.confirm_suggestion(n))
                except TypeError:
                    continue
                break

    def confirm_suggestion(self, name):
        widget = self.suggested.pop(name, None)
        if widget is not None:
            widget.setStyleSheet("")

    def confirm_all_suggestions(self):
        for name in list(self.suggested):
            self.confirm_suggestion(name)

    # --- values --------------------------------------------------------------------------------
    def values(self):
        """(incident, sources) as the store takes them."""
        incident = {
            "event_date": self.event_date.iso(),
            "time_precision": self.time_precision.currentData(),
            "date_end": self.date_end.iso(),
            "date_start": self.event_date.iso() if self.date_end.iso() else None,
            "event_type": self.event_type.currentData(),
            "sub_event_type": self.sub_event_type.currentData(),
            "actor1": self.actor1.text().strip() or None,
            "attribution": self.attribution.currentData(),
            "actor2": self.actor2.text().strip() or None,
            "target_community": self.target_community.currentData(),
            "civilian_targeting": self.civilian_targeting.isChecked(),
            "location": self.location.text().strip() or None,
            "geo_precision": self.geo_precision.currentData(),
            "fatalities": self.fatalities.number(),
            "fatalities_manual": self.fatalities_manual.isChecked(),
            "wounded": self.wounded.number(),
            "abducted": self.abducted.number(),
            "killed_civilians": self.killed_civilians.number(),
            "killed_security_forces": self.killed_security_forces.number(),
            "killed_perpetrators": self.killed_perpetrators.number(),
            "notes": self.notes.toPlainText().strip() or None,
            "verification": self.verification.currentData(),
        }
        incident["longitude"], incident["latitude"] = self.point if self.point else (None, None)
        return incident, [dict(s) for s in self.sources]

    def set_values(self, incident, sources):
        self.clear()
        self.event_date.set_iso(incident.get("event_date"))
        set_combo_value(self.time_precision, incident.get("time_precision") or 1)
        self.date_end.set_iso(incident.get("date_end"))
        set_combo_value(self.event_type, incident.get("event_type"))
        set_combo_value(self.sub_event_type, incident.get("sub_event_type"))
        self.actor1.setText(incident.get("actor1") or "")
        set_combo_value(self.attribution, incident.get("attribution"))
        self.actor2.setText(incident.get("actor2") or "")
        set_combo_value(self.target_community, incident.get("target_community"))
        self.civilian_targeting.setChecked(bool(incident.get("civilian_targeting")))
        self.location.setText(incident.get("location") or "")
        set_combo_value(self.geo_precision, incident.get("geo_precision") or 1)
        self.fatalities_manual.setChecked(bool(incident.get("fatalities_manual")))
        self.fatalities.set_number(incident.get("fatalities"))
        for name in ("wounded", "abducted", "killed_civilians", "killed_security_forces", "killed_perpetrators"):
            getattr(self, name).set_number(incident.get(name))
        self.notes.setPlainText(incident.get("notes") or "")
        set_combo_value(self.verification, incident.get("verification") or "unverified")
        self.sources = [dict(s) for s in sources]
        self._refresh_sources()
        if incident.get("longitude") is not None and incident.get("latitude") is not None:
            self.set_point(incident["longitude"], incident["latitude"])

    def clear(self):
        self.confirm_all_suggestions()
        self._auto_figures = {}
        self.point = None
        self.point_confirmed = False
        self.sources = []
        self.coordinates.clear()
        self.parsed_point.setText(tr("No point yet"))
        for widget in (self.location, self.actor1, self.actor2):
            widget.clear()
        self.notes.clear()
        for date_edit in (self.event_date, self.date_end):
            date_edit.clear()
        for combo in (self.event_type, self.attribution, self.target_community, self.time_precision,
                      self.geo_precision, self.verification):
            combo.setCurrentIndex(0)
        self.civilian_targeting.setChecked(False)
        self.fatalities_manual.setChecked(False)
        for name in ("fatalities", "wounded", "abducted", "killed_civilians", "killed_security_forces",
                     "killed_perpetrators"):
            getattr(self, name).set_number(None)
        self.set_zones({})
        self._refresh_sources()
        self.show_problems([])

    # --- problems ------------------------------------------------------------------------------
    def show_problem(self, key, text):
        label = self.problem_labels.get(key, self.problem_labels["general"])
        if text:
            label.setText(text)
            label.show()
        else:
            label.clear()
            label.hide()

    def show_problems(self, problems):
        """Each problem's translated message next to its field; returns the keys shown."""
        grouped = {}
        for problem in problems:
            key = "sources" if problem.field.startswith("sources") else problem.field
            key = key if key in self.problem_labels else "general"
            grouped.setdefault(key, []).append(translated(problem.message))
        for key in self.problem_labels:
            self.show_problem(key, "\n".join(grouped.get(key, [])))
        return set(grouped)
