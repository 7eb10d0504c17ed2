"""Incident layers in a QGIS project: a group with incidents and sources, related, styled, temporal.

The functions take a store (GeoPackage or PostGIS; a GeoPackage path also works): the store gives
its layers' provider and URIs (a PostGIS URI carries an ``authcfg``, never a password).
"""

from dataclasses import dataclass

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsMarkerSymbol,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..domain import taxonomy
from ..domain.schema import (
    BOOLEAN,
    DATE,
    DATETIME,
    INCIDENT_FIELDS,
    INCIDENT_KEY,
    INCIDENTS_TABLE,
    INTEGER,
    SOURCE_FIELDS,
    SOURCE_INCIDENT_KEY,
    SOURCES_TABLE,
)
from . import compat
from .ddl import KILLED_CLASSES, MAP_CLASS_COLUMN, MAP_CLASS_EXPRESSION
from .text_search import PG_COLUMN
from .gpkg_store import GeoPackageStore
from .store import StoreError

# Colours per ACLED event type (ColorBrewer "Set1"-like, chosen for contrast on grey boundaries).
EVENT_TYPE_COLOURS = {
    "Battles": "#e41a1c",
    "Explosions/Remote violence": "#ff7f00",
    "Violence against civilians": "#984ea3",
    "Protests": "#4daf4a",
    "Riots": "#a65628",
    "Strategic developments": "#377eb8",
}
OTHER_COLOUR = "#999999"
# Symbol size (mm) of each killed class of :data:`.ddl.KILLED_CLASSES` (the best fatality figure).
KILLED_SIZES = (2.5, 4.0, 6.0, 9.0)
READ_ONLY_FIELDS = ("uuid", "created_at", "updated_at", "row_version", "fatalities_low", "fatalities_high",
                    "likely_duplicate_of", MAP_CLASS_COLUMN)
HIDDEN_FIELDS = (PG_COLUMN,)
GROUP_PROPERTY = "incident_tracker/store"
TABLE_PROPERTY = "incident_tracker/table"


def tr(text):
    return QCoreApplication.translate("layers", text)


def translated(context, text):
    return QCoreApplication.translate(context, text)


@dataclass
class StoreLayers:
    incidents: QgsVectorLayer
    sources: QgsVectorLayer
    relation: QgsRelation
    group: object


def _as_store(store):
    """A store object for ``store``, which may be a GeoPackage path (nothing is opened here)."""
    return GeoPackageStore(store) if isinstance(store, str) else store


def _table_of(layer):
    return layer.customProperty(TABLE_PROPERTY) or layer.source().split("layername=")[-1].split("|")[0]


def _value_map(field):
    name = field.vocabulary
    if name == "event_types":
        values = taxonomy.event_types()
    elif name == "sub_event_types":
        values = taxonomy.all_sub_event_types()
    elif name == "disorder_types":
        values = taxonomy.disorder_types()
    else:
        values = taxonomy.vocabulary(name)
    if isinstance(values, dict):
        cast = int if field.kind == INTEGER else str
        entries = [{f"{code} – {translated('taxonomy', meaning)}": cast(code)} for code, meaning in values.items()]
    else:
        entries = [{translated("taxonomy", v): v} for v in values]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def _editor_widget(field):
    if field.vocabulary:
        return _value_map(field)
    if field.kind == DATE:
        return QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                                 "calendar_popup": True, "allow_null": not field.not_null})
    if field.kind == DATETIME:
        return QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-ddTHH:mm:ss.zzzZ",
                                                 "display_format": "yyyy-MM-dd HH:mm", "allow_null": True})
    if field.kind == BOOLEAN:
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if field.kind == INTEGER and field.minimum == 0:
        return QgsEditorWidgetSetup("Range", {"Min": 0, "Max": 10000, "Step": 1, "Style": "SpinBox",
                                              "AllowNull": True})
    if field.name in ("url", "archive_url"):
        return QgsEditorWidgetSetup("ExternalResource", {"UseLink": True, "FullUrl": True,
                                                         "StorageMode": 0, "DocumentViewer": 0})
    if field.name in ("notes", "excerpt"):
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    return None


def configure_fields(layer, fields, defaults):
    """Aliases, editor widgets, read-only fields, constraints and default values from the schema."""
    config = layer.editFormConfig()
    for field in fields:
        index = layer.fields().indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, translated("schema", field.alias))
        widget = _editor_widget(field)
        if widget is not None:
            layer.setEditorWidgetSetup(index, widget)
        if field.name in READ_ONLY_FIELDS:
            config.setReadOnly(index, True)
        if field.not_null and field.name not in defaults:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthHard)
        if field.name in defaults:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(defaults[field.name]))
    layer.setEditFormConfig(config)


# now() is local time in QGIS expressions and 3.22 has no UTC function: shift it by the local offset,
# found by reading the local wall time back as UTC ('Z'), so the stored 'Z' times are really UTC.
UTC_NOW = ("format_date(now() - make_interval(seconds:=(epoch(to_datetime(format_date(now(), "
           "'yyyy-MM-ddTHH:mm:ss.zzz') || 'Z')) - epoch(now())) / 1000), 'yyyy-MM-ddTHH:mm:ss.zzzZ')")

INCIDENT_DEFAULTS = {
    "uuid": "uuid('WithoutBraces')",
    "time_precision": "1",
    "geo_precision": "1",
    "verification": "'unverified'",
    "row_version": "1",
    "fatalities_manual": "false",
    "created_at": UTC_NOW,
    "updated_at": UTC_NOW,
}
SOURCE_DEFAULTS = {
    "uuid": "uuid('WithoutBraces')",
    "created_at": UTC_NOW,
}


def incident_renderer(by_column=True):
    """Colour by event type, size by killed class: one ready symbol per (event type, class), chosen by the
    store's generated ``map_class`` column (``by_column``) or, for a layer without it, by the same
    expression. A size computed per point would make QGIS draw every point anew: 4–5× the time of its
    default style at 100,000 incidents, against about 1× this way (bench/RESULTS.md)."""
    categories = []
    for event_type in taxonomy.event_types():
        colour = EVENT_TYPE_COLOURS.get(event_type, OTHER_COLOUR)
        for number, ((_lowest, killed), size) in enumerate(zip(KILLED_CLASSES, KILLED_SIZES)):
            label = tr("{event_type}, killed: {killed}").format(event_type=translated("taxonomy", event_type),
                                                                 killed=translated("layers", killed))
            categories.append(QgsRendererCategory(f"{event_type}|{number}", _symbol(colour, size), label))
    categories.append(QgsRendererCategory(None, _symbol(OTHER_COLOUR, KILLED_SIZES[0]), tr("Other")))
    return QgsCategorizedSymbolRenderer(MAP_CLASS_COLUMN if by_column else MAP_CLASS_EXPRESSION, categories)


def _symbol(colour, size):
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "255,255,255,220",
                                           "outline_width": "0.3", "size": str(size)})
    symbol.setOpacity(0.85)
    return symbol


def style_incidents(layer):
    layer.setRenderer(incident_renderer(by_column=layer.fields().indexOf(MAP_CLASS_COLUMN) >= 0))
    layer.setDisplayExpression('format_date("event_date", \'yyyy-MM-dd\') || \' \' || '
                               'coalesce("location", \'\') || \' (\' || coalesce("event_type", \'\') || \')\'')
    layer.setMapTipTemplate(
        "<b>[% \"location\" %]</b> – [% format_date(\"event_date\", 'yyyy-MM-dd') %]<br>"
        "[% \"event_type\" %] / [% \"sub_event_type\" %]<br>"
        "[% \"actor1\" %] → [% \"actor2\" %]<br>"
        "Killed: [% coalesce(\"fatalities\", '?') %], wounded: [% coalesce(\"wounded\", '?') %]<br>"
        "[% \"admin2\" %], [% \"admin1\" %] [% coalesce(' – ' || \"disputed_zone\", '') %]")


def make_temporal(layer):
    """The Temporal Controller shows each incident from its start (or event) date to its end date."""
    properties = layer.temporalProperties()
    properties.setMode(compat.temporal_mode_start_end_expressions())
    properties.setStartExpression('to_datetime(coalesce("date_start", "event_date"))')
    properties.setEndExpression('to_datetime(coalesce("date_end", "event_date")) + make_interval(days:=1)')
    properties.setIsActive(True)


def _relation(incidents, sources, project):
    relation = QgsRelation(QgsRelationContext(project))  # resolves the layers in ``project``, not instance()
    relation.setId(f"incident_sources_{incidents.id()}")
    relation.setName(tr("Sources of the incident"))
    relation.setReferencedLayer(incidents.id())
    relation.setReferencingLayer(sources.id())
    relation.addFieldPair(SOURCE_INCIDENT_KEY, INCIDENT_KEY)
    relation.setStrength(QgsRelation.Composition)
    return relation


def open_layers(store):
    """The incidents and sources layers of ``store``, configured but not yet in a project."""
    store = _as_store(store)
    incidents = QgsVectorLayer(store.layer_uri(INCIDENTS_TABLE), tr("Incidents"), store.layer_provider)
    sources = QgsVectorLayer(store.layer_uri(SOURCES_TABLE), tr("Sources"), store.layer_provider)
    if not incidents.isValid() or not sources.isValid():
        raise StoreError(tr("Could not open the layers of {path}.").format(path=store.display_name))
    configure_fields(incidents, INCIDENT_FIELDS, INCIDENT_DEFAULTS)
    for name in HIDDEN_FIELDS:  # the store's own (search index): nothing to read or edit
        if incidents.fields().indexOf(name) >= 0:
            incidents.setEditorWidgetSetup(incidents.fields().indexOf(name), QgsEditorWidgetSetup("Hidden", {}))
    configure_fields(sources, SOURCE_FIELDS, SOURCE_DEFAULTS)
    sources.setDisplayExpression('"outlet" || coalesce(\': \' || "title", \'\')')
    style_incidents(incidents)
    make_temporal(incidents)
    for layer, table in ((incidents, INCIDENTS_TABLE), (sources, SOURCES_TABLE)):
        layer.setCustomProperty(GROUP_PROPERTY, store.key)
        layer.setCustomProperty(TABLE_PROPERTY, table)
    return incidents, sources


def find_store_layers(store, project=None):
    """The store's layers already in the project, or None."""
    project = project or QgsProject.instance()
    wanted = _as_store(store).key
    found = {}
    for layer in project.mapLayers().values():
        if layer.customProperty(GROUP_PROPERTY) == wanted:
            found[_table_of(layer)] = layer
    if INCIDENTS_TABLE in found and SOURCES_TABLE in found:
        for relation in project.relationManager().referencedRelations(found[INCIDENTS_TABLE]):
            group = project.layerTreeRoot().findLayer(found[INCIDENTS_TABLE].id())
            return StoreLayers(found[INCIDENTS_TABLE], found[SOURCES_TABLE], relation,
                               group.parent() if group else None)
    return None


def add_store_layers(store, project=None):
    """Add (or find) the store's layers in a group at the top of the layer tree, with the relation."""
    project = project or QgsProject.instance()
    store = _as_store(store)
    existing = find_store_layers(store, project)
    if existing:
        return existing
    incidents, sources = open_layers(store)
    root = project.layerTreeRoot()
    group = root.insertGroup(0, tr("Incident Tracker – {name}").format(name=store.display_name))
    group.setCustomProperty(GROUP_PROPERTY, store.key)
    project.addMapLayer(incidents, False)
    project.addMapLayer(sources, False)
    group.addLayer(incidents)
    group.addLayer(sources)
    relation = _relation(incidents, sources, project)
    project.relationManager().addRelation(relation)
    return StoreLayers(incidents, sources, relation, group)


def refresh(store_layers):
    """Show what the store wrote outside the layers' own edit buffers."""
    for layer in (store_layers.incidents, store_layers.sources):
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.triggerRepaint()
