"""The incident form inside the dock: location, date, what happened, figures, sources, validation.

The form only reads and writes dicts (store field names plus longitude/latitude); saving, zones and
the map are the dock's business.
"""

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
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
from ..domain.coordinates import CoordinateError, format_point, parse_coordinates
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.incident import DEFAULTS
from ..domain.place_names import PlaceIndex
from ..domain.schema import BOOLEAN, DATE, INTEGER, incident_field
from .source_dialog import SourceDialog
from .widgets import NullableDateEdit, NullableSpinBox, set_combo_value

# Which incident fields the form shows, group by group; each field's widget, label, checks and default
# come from the schema (domain/schema.py) and the taxonomy, not from lists kept here.
WHERE_FIELDS = ("location", "geo_precision")
ZONE_FIELDS_SHOWN = ("admin1", "admin2", "admin3", "disputed_zone")  # read-only: the store sets them
WHEN_FIELDS = ("event_date", "time_precision", "date_end")
WHAT_FIELDS = ("event_type", "sub_event_type", "actor1", "attribution", "actor2", "target_community",
               "civilian_targeting")
FIGURE_FIELDS_SHOWN = ("fatalities", "fatalities_manual", "wounded", "abducted", "killed_civilians",
                       "killed_security_forces", "killed_perpetrators")
REVIEW_FIELDS = ("notes", "verification")
# Where the form says more than the schema's alias.
LABELS = {"location": QT_TRANSLATE_NOOP("IncidentForm", "Location name"),
          "civilian_targeting": QT_TRANSLATE_NOOP("IncidentForm", "Civilians were the target"),
          "fatalities_manual": QT_TRANSLATE_NOOP("IncidentForm", "Set by me")}
PLACEHOLDERS = {"location": QT_TRANSLATE_NOOP("IncidentForm", "Location name as reported, e.g. Dara village"),
                "actor1": QT_TRANSLATE_NOOP("IncidentForm", "e.g. Islamic State (Iraq)"),
                "actor2": QT_TRANSLATE_NOOP("IncidentForm", "e.g. Civilians (Iraq)")}

PLACE_KINDS = (QT_TRANSLATE_NOOP("IncidentForm", "district"), QT_TRANSLATE_NOOP("IncidentForm", "sub-district"),
               QT_TRANSLATE_NOOP("IncidentForm", "incident"), QT_TRANSLATE_NOOP("IncidentForm", "gazetteer"))


def tr(text):
    return QCoreApplication.translate("IncidentForm", text)


def field_label(field):
    """The form's label of a schema field; a field the analyst must fill (no default) is starred."""
    if field.name in LABELS:
        return tr(LABELS[field.name])
    label = QCoreApplication.translate("schema", field.alias)
    return label + "*" if field.not_null and field.name not in DEFAULTS else label


def read_widget(widget):
    """A field widget's value as the store takes it."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, NullableSpinBox):
        return widget.number()
    if isinstance(widget, NullableDateEdit):
        return widget.typed()  # a text that is no date goes to the store's check, which says so
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip() or None
    return widget.text().strip() or None


def write_widget(widget, value):
    if isinstance(widget, QComboBox):
        set_combo_value(widget, value)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, NullableSpinBox):
        widget.set_number(value)
    elif isinstance(widget, NullableDateEdit):
        widget.set_iso(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    else:
        widget.setText("" if value is None else str(value))


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
        self.field_widgets = {}  # incident field name -> its widget, in the order they are filled
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
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def _row(self, form, label, widget, problem_key=None):
        form.addRow(label, widget)
        if problem_key:
            self.problem_labels[problem_key] = error_label()
            form.addRow("", self.problem_labels[problem_key])

    def _field_widget(self, field):
        """The widget editing a schema field, chosen by its kind and vocabulary."""
        if field.vocabulary == "event_types":
            widget = QComboBox()
            widget.addItem("", None)
            for value in taxonomy.event_types():
                widget.addItem(QCoreApplication.translate("taxonomy", value), value)
            widget.currentIndexChanged.connect(self._event_type_changed)
            return widget
        if field.vocabulary == "sub_event_types":
            return QComboBox()  # filled with the event type's sub-event types
        if field.vocabulary:
            return self._vocabulary_combo(field)
        if field.kind == DATE:
            return NullableDateEdit()
        if field.kind == INTEGER:
            return NullableSpinBox()
        if field.kind == BOOLEAN:
            return QCheckBox(field_label(field))
        if field.multiline:
            widget = QPlainTextEdit()
            widget.setMaximumHeight(90)
            return widget
        widget = QLineEdit()
        if field.name in PLACEHOLDERS:
            widget.setPlaceholderText(tr(PLACEHOLDERS[field.name]))
        return widget

    def _vocabulary_combo(self, field):
        combo = QComboBox()
        values = taxonomy.vocabulary(field.vocabulary)
        if isinstance(values, dict):  # numbered codes with their meaning (precisions)
            meanings = {code: QCoreApplication.translate("taxonomy", meaning) for code, meaning in values.items()}
            for code, meaning in meanings.items():
                combo.addItem(f"{code} – {meaning}", int(code) if field.kind == INTEGER else code)
                combo.setItemData(combo.count() - 1, meaning, Qt.ItemDataRole.ToolTipRole)
            combo.setToolTip("\n".join(f"{code}: {meaning}" for code, meaning in meanings.items()))
            return combo
        if not (field.not_null and field.name in DEFAULTS):
            combo.addItem("", None)
        for value in taxonomy.codes(field.vocabulary):
            combo.addItem(QCoreApplication.translate("taxonomy", value), value)
        return combo

    def _fields(self, form, names):
        """Rows for schema fields: label, widget (also ``self.<name>``) and the field's problem label."""
        for name in names:
            field = incident_field(name)
            widget = self._field_widget(field)
            self.field_widgets[name] = widget
            setattr(self, name, widget)
            self._row(form, "" if isinstance(widget, QCheckBox) else field_label(field), widget, name)

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
        self.place_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.place_completer.setFilterMode(Qt.MatchFlag.MatchContains)
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
        self._fields(form, WHERE_FIELDS)
        for name in ZONE_FIELDS_SHOWN:
            value = QLineEdit()
            value.setReadOnly(True)
            value.setObjectName(f"zone_{name}")
            self.zone_fields[name] = value
            form.addRow(field_label(incident_field(name)), value)
        return group

    def _when_group(self):
        group = QGroupBox(tr("When"))
        form = QFormLayout(group)
        self._fields(form, WHEN_FIELDS)
        self.date_end.setToolTip(tr("For events spanning several days; leave empty otherwise."))
        return group

    def _what_group(self):
        group = QGroupBox(tr("What"))
        form = QFormLayout(group)
        self._fields(form, WHAT_FIELDS)
        return group

    def _figures_group(self):
        group = QGroupBox(tr("Figures"))
        form = QFormLayout(group)
        self._fields(form, FIGURE_FIELDS_SHOWN[:2])
        self.fatalities_manual.setToolTip(tr("Otherwise the best figure is the lowest one the sources report."))
        self.fatalities_manual.toggled.connect(self._update_figures)
        self.fatalities.setEnabled(False)
        self.fatalities_manual.toggled.connect(self.fatalities.setEnabled)
        self.range_label = QLabel()
        form.addRow(tr("Reported range"), self.range_label)
        for name in ("wounded", "abducted"):  # each with the range its sources report
            self._fields(form, (name,))
            label = QLabel()
            form.addRow(tr("Reported range"), label)
            setattr(self, f"{name}_range", label)
        self._fields(form, FIGURE_FIELDS_SHOWN[4:])
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
        self._fields(form, REVIEW_FIELDS)
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
        if source is not None or dialog.exec():
            self.sources.append(dialog.source() if source is None else dict(source))
            self._refresh_sources()

    def edit_source(self, row=None, source=None):
        row = self.source_list.currentRow() if row is None else row
        if row < 0 or row >= len(self.sources):
            return
        if source is None:
            dialog = SourceDialog(self, self.sources[row])
            if not dialog.exec():
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
            if source.get("abducted_reported") is not None:
                figures_text.append(tr("{n} abducted").format(n=source["abducted_reported"]))
            text = source.get("outlet") or tr("(no outlet)")
            if source.get("title"):
                text += f" – {source['title']}"
            if figures_text:
                text += f" ({', '.join(figures_text)})"
            item = QListWidgetItem(text)
            item.setToolTip(source.get("url") or "")
            self.source_list.addItem(item)
        self._update_figures()

    RANGE_TEXTS = {"fatalities": QT_TRANSLATE_NOOP("IncidentForm", "{low} to {high} killed"),
                   "wounded": QT_TRANSLATE_NOOP("IncidentForm", "{low} to {high} wounded"),
                   "abducted": QT_TRANSLATE_NOOP("IncidentForm", "{low} to {high} abducted")}

    def _update_figures(self):
        """Each figure's reported range (lowest to highest of the sources) beside it; the best figure
        follows the lowest one unless the analyst set it."""
        for name, label in (("fatalities", self.range_label), ("wounded", self.wounded_range),
                            ("abducted", self.abducted_range)):
            reported = figures.reported_range(self.sources, name)
            label.setText(tr(self.RANGE_TEXTS[name]).format(low=reported[0], high=reported[1]) if reported
                          else tr("no figure reported"))
        reconciled = figures.reconcile({"fatalities": self.fatalities.number(),
                                        "fatalities_manual": self.fatalities_manual.isChecked()}, self.sources)
        if not self.fatalities_manual.isChecked():
            self.fatalities.set_number(reconciled.get("fatalities"))
        for name in ("wounded", "abducted"):
            widget = getattr(self, name)
            reported = figures.reported_range(self.sources, name)
            follows_sources = widget.number() is None or widget.number() == self._auto_figures.get(name)
            if reported and follows_sources:
                widget.set_number(reported[0])
                self._auto_figures[name] = reported[0]

    # --- drafts ----------------------------------------------------------------------------------
    SUGGESTION_STYLE = "background-color: #fff3bf"

    def _widget_for(self, name):
        if name == "longitude":
            return self.coordinates
        if name == "fatalities":
            return self.source_list  # a draft's figures come as its source's
        return self.field_widgets.get(name)

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
        incident = {name: read_widget(widget) for name, widget in self.field_widgets.items()}
        incident["date_start"] = incident["event_date"] if incident["date_end"] else None
        incident["longitude"], incident["latitude"] = self.point if self.point else (None, None)
        return incident, [dict(s) for s in self.sources]

    def set_values(self, incident, sources):
        self.clear()
        for name, widget in self.field_widgets.items():
            value = incident.get(name)
            write_widget(widget, DEFAULTS.get(name) if value is None else value)
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
        for name, widget in self.field_widgets.items():
            write_widget(widget, DEFAULTS.get(name))
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
