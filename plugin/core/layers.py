"""Incident layers in a QGIS project: a group with incidents and sources, related, styled, temporal.

The functions take a store (GeoPackage or PostGIS; a GeoPackage path also works): the store gives
its layers' provider and URIs (a PostGIS URI carries an ``authcfg``, never a password).
"""

from dataclasses import dataclass

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsAttributeEditorRelation,
    QgsCategorizedSymbolRenderer,
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsMarkerSymbol,
    QgsPointDisplacementRenderer,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerEditPassthrough,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..domain import taxonomy
from ..domain.i18n import QT_TRANSLATE_NOOP
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
from . import compat, history_ddl
from .ddl import KILLED_CLASSES, MAP_CLASS_COLUMN, MAP_CLASS_EXPRESSION
from .gpkg_store import GeoPackageStore
from .store import StoreError
from .text_search import PG_COLUMN

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
                    "likely_duplicate_of", "source_event_type", "source_admin1", "source_admin2", "source_admin3",
                    "admin_disagreement", MAP_CLASS_COLUMN)
HIDDEN_FIELDS = (PG_COLUMN,)
GROUP_PROPERTY = "incident_tracker/store"
TABLE_PROPERTY = "incident_tracker/table"
STORE_NAME_PROPERTY = "incident_tracker/store_name"


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
    if field.name.endswith("_reported"):
        # Left-aligned text, checked as a whole number: in the sub-form beside the list of sources a
        # spin box (right-aligned) is cut where its value is, and the figure looks empty.
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
    if field.kind == INTEGER and field.minimum == 0:
        return QgsEditorWidgetSetup("Range", {"Min": 0, "Max": 10000, "Step": 1, "Style": "SpinBox",
                                              "AllowNull": True})
    if field.name in ("url", "archive_url"):
        # Plain text: QGIS 3.22's link widget turns an empty value into a link named "NULL".
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
    if field.multiline:
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


MERGED_RECORDS_HIDDEN = '"merged_into" IS NULL'


def _incidents_uri(store):
    """The incidents layer's URI: merged incidents are records, not incidents, and the layer leaves them out
    (in the URI: set on an open layer, the filter leaves OGR's feature count unknown on QGIS 3.22)."""
    uri = store.layer_uri(INCIDENTS_TABLE)
    if store.kind == "gpkg":
        return f"{uri}|subset={MERGED_RECORDS_HIDDEN}"
    uri = QgsDataSourceUri(uri)
    uri.setSql(MERGED_RECORDS_HIDDEN)
    return uri.uri(False)


def status_filter(statuses=None):
    """The incidents layer's filter: no merged records, and only the verification ``statuses`` given (all
    when None)."""
    if statuses is None:
        return MERGED_RECORDS_HIDDEN
    listed = ", ".join(QgsExpression.quotedValue(status) for status in statuses) or "NULL"
    return f'{MERGED_RECORDS_HIDDEN} AND "verification" IN ({listed})'


def show_statuses(store_layers, statuses=None):
    """Show on the map (and in the attribute table) only the incidents of these review statuses."""
    store_layers.incidents.setSubsetString(status_filter(statuses))


def shown_statuses(store_layers):
    """The statuses :func:`show_statuses` left on the map (None: all)."""
    text = store_layers.incidents.subsetString()
    if '"verification" IN (' not in text:
        return None
    listed = text.split('"verification" IN (', 1)[1].rstrip(")")
    return [] if listed == "NULL" else [QgsExpression(value.strip()).evaluate() for value in listed.split(", ")]


def configure_review(layer, store):
    """On PostGIS an edit carries the row version it was read at, so the database refuses it over a
    colleague's newer save (history_ddl)."""
    if store.kind == "postgis":
        index = layer.fields().indexOf("row_version")
        layer.setDefaultValueDefinition(index, QgsDefaultValue(history_ddl.ROW_VERSION_ON_EDIT, True))


def _let(name, value, body):
    return f"with_variable('{name}', {value}, {body})"


def _padded(value, width):
    return f"lpad(to_string({value}), {width}, '0')"


def utc_text_expression(milliseconds="epoch(now())"):
    """A QGIS expression for the UTC time of ``milliseconds`` since 1970 as 'yyyy-MM-ddTHH:mm:ss.zzzZ'.

    now() is local time in QGIS expressions, 3.22 has no UTC function, and how to_datetime() reads a
    'Z' changed between versions; epoch(now()) is the same instant everywhere, so the calendar date is
    computed from it (days to civil date: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
    """
    text = " || ".join((
        _padded("@y + if(@m <= 2, 1, 0)", 4), "'-'", _padded("@m", 2), "'-'", _padded("@d", 2), "'T'",
        _padded("floor(@rem / 3600000)", 2), "':'", _padded("floor(@rem / 60000) % 60", 2), "':'",
        _padded("floor(@rem / 1000) % 60", 2), "'.'", _padded("@rem % 1000", 3), "'Z'"))
    steps = (
        ("ms", milliseconds),
        ("days", "floor(@ms / 86400000)"),
        ("rem", "@ms - @days * 86400000"),
        ("era", "floor((@days + 719468) / 146097)"),
        ("doe", "@days + 719468 - @era * 146097"),
        ("yoe", "floor((@doe - floor(@doe / 1460) + floor(@doe / 36524) - floor(@doe / 146096)) / 365)"),
        ("y", "@yoe + @era * 400"),
        ("doy", "@doe - (365 * @yoe + floor(@yoe / 4) - floor(@yoe / 100))"),
        ("mp", "floor((5 * @doy + 2) / 153)"),
        ("d", "@doy - floor((153 * @mp + 2) / 5) + 1"),
        ("m", "@mp + if(@mp < 10, 3, -9)"),
    )
    for name, value in reversed(steps):
        text = _let(name, value, text)
    return text


UTC_NOW = utc_text_expression()

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


def displaced(renderer):
    """``renderer`` wrapped in QGIS's point displacement renderer: incidents at the same point (several
    placed at one town, as the samples are) are drawn in a ring around it, each visible and each
    its own symbol, instead of one hiding the others."""
    displacement = QgsPointDisplacementRenderer("")
    displacement.setEmbeddedRenderer(renderer)
    displacement.setTolerance(1.0)
    displacement.setToleranceUnit(compat.render_millimeters())
    displacement.setCircleRadiusAddition(1.5)
    return displacement


def category_renderer(layer):
    """The categorized renderer of the incidents layer, inside its displacement renderer or not."""
    renderer = layer.renderer()
    return renderer.embeddedRenderer() if isinstance(renderer, QgsPointDisplacementRenderer) else renderer


# Up to this many incidents the points of one place are drawn in a ring around it; beyond, a town's
# rings of thousands of incidents cover the map and the displacement takes ~12× the time of the plain
# style (100k incidents: 6.3 s CPU against 0.66 s; QGIS's default style 0.53 s; bench/notes.md).
DISPLACED_UP_TO = 5000


def style_incidents(layer):
    renderer = incident_renderer(by_column=layer.fields().indexOf(MAP_CLASS_COLUMN) >= 0)
    layer.setRenderer(displaced(renderer) if 0 <= layer.featureCount() <= DISPLACED_UP_TO else renderer)
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


# The attribute forms QGIS opens (Identify, attribute table): tabs a dialog of the default size shows
# without scrolling sideways; the sources in a tab of their own (with the relation), so their figures
# have room.
INCIDENT_TABS = (
    (QT_TRANSLATE_NOOP("layers", "Where"), ("location", "geo_precision", "admin1", "admin1_pcode", "admin2",
                                           "admin2_pcode", "admin3", "admin3_pcode", "disputed_zone", "zone_group")),
    (QT_TRANSLATE_NOOP("layers", "When"), ("event_date", "time_precision", "date_start", "date_end")),
    (QT_TRANSLATE_NOOP("layers", "What"), ("disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                                          "inter1", "attribution", "actor2", "assoc_actor_2", "inter2",
                                          "target_community", "civilian_targeting")),
    (QT_TRANSLATE_NOOP("layers", "Figures"), ("fatalities", "fatalities_manual", "fatalities_low", "fatalities_high",
                                             "wounded", "abducted", "killed_civilians", "killed_security_forces",
                                             "killed_perpetrators")),
    (QT_TRANSLATE_NOOP("layers", "Sources"), ()),
    (QT_TRANSLATE_NOOP("layers", "Description and review"), ("notes", "verification", "tags", "source_scale",
                                                            "likely_duplicate_of", "event_id_cnty", "ucdp_id")),
    (QT_TRANSLATE_NOOP("layers", "Record"), ("uuid", "created_at", "updated_at", "created_by", "row_version")),
)
SOURCE_FORM = ("outlet", "title", "url", "published", "accessed", "language", "source_type", "reliability",
               "credibility", "fatalities_reported", "wounded_reported", "abducted_reported", "excerpt", "archive_url")
SOURCE_RECORD = ("uuid", "created_at")  # the incident is the one the sub-form is in


def _field_element(layer, name, parent):
    return QgsAttributeEditorField(name, layer.fields().indexOf(name), parent)


def arrange_forms(incidents, sources, relation):
    """Tabbed (drag and drop) attribute forms for the incidents, with their sources in a tab, and for
    the sources, the figures first and the record's ids last."""
    config = incidents.editFormConfig()
    config.setLayout(compat.drag_and_drop_layout())
    config.clearTabs()
    root = config.invisibleRootContainer()
    for title, names in INCIDENT_TABS:
        tab = QgsAttributeEditorContainer(tr(title), root)
        compat.set_container_kind(tab, group_box=False)  # a tab
        for name in names:
            if incidents.fields().indexOf(name) >= 0:
                tab.addChildElement(_field_element(incidents, name, tab))
        if not names:
            element = QgsAttributeEditorRelation(relation, tab)
            element.setShowLabel(False)
            tab.addChildElement(element)
        config.addTab(tab)
    incidents.setEditFormConfig(config)
    config = sources.editFormConfig()
    config.setLayout(compat.drag_and_drop_layout())
    config.clearTabs()
    root = config.invisibleRootContainer()
    for name in SOURCE_FORM + SOURCE_RECORD:
        # Labels above their values: the sub-form is narrow beside the list of sources.
        config.setLabelOnTop(sources.fields().indexOf(name), True)
    for name in SOURCE_FORM:
        if sources.fields().indexOf(name) >= 0:
            config.addTab(_field_element(sources, name, root))
    record = QgsAttributeEditorContainer(tr("Record"), root)
    compat.set_container_kind(record, group_box=True)
    for name in SOURCE_RECORD:
        record.addChildElement(_field_element(sources, name, record))
    config.addTab(record)
    sources.setEditFormConfig(config)


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
    incidents = QgsVectorLayer(_incidents_uri(store), tr("Incidents"), store.layer_provider)
    sources = QgsVectorLayer(store.layer_uri(SOURCES_TABLE), tr("Sources"), store.layer_provider)
    if not incidents.isValid() or not sources.isValid():
        raise StoreError(tr("Could not open the layers of {path}.").format(path=store.display_name))
    configure_fields(incidents, INCIDENT_FIELDS, INCIDENT_DEFAULTS)
    for name in HIDDEN_FIELDS:  # the store's own (search index): nothing to read or edit
        if incidents.fields().indexOf(name) >= 0:
            incidents.setEditorWidgetSetup(incidents.fields().indexOf(name), QgsEditorWidgetSetup("Hidden", {}))
    configure_fields(sources, SOURCE_FIELDS, SOURCE_DEFAULTS)
    configure_review(incidents, store)
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
    group.setCustomProperty(STORE_NAME_PROPERTY, store.display_name)
    project.addMapLayer(incidents, False)
    project.addMapLayer(sources, False)
    group.addLayer(incidents)
    group.addLayer(sources)
    relation = _relation(incidents, sources, project)
    project.relationManager().addRelation(relation)
    arrange_forms(incidents, sources, relation)
    return StoreLayers(incidents, sources, relation, group)


def edited_in_transaction(store_layers):
    """Whether the layers are edited in a transaction group (the project's option): QGIS then holds the
    store's tables in its own open transaction, which another write would wait for."""
    return any(isinstance(layer.editBuffer(), QgsVectorLayerEditPassthrough)
               for layer in (store_layers.incidents, store_layers.sources) if layer.isEditable())


def has_pending_edits(store_layers, uuid):
    """Whether the layers' edit buffers hold uncommitted edits of the incident ``uuid`` or its sources
    (made in the attribute table or with the editing tools): a store write under them would be
    overwritten, or fail, when they are committed."""
    quoted = QgsExpression.quotedValue(uuid)
    for layer, key in ((store_layers.incidents, INCIDENT_KEY), (store_layers.sources, SOURCE_INCIDENT_KEY)):
        buffer = layer.editBuffer() if layer.isEditable() else None
        if buffer is None or not layer.isModified():
            continue
        pending = (set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
                   | set(buffer.deletedFeatureIds()))
        if any(f[key] == uuid for f in buffer.addedFeatures().values()):
            return True
        request = QgsFeatureRequest(QgsExpression(f'"{key}" = {quoted}')).setNoAttributes()
        stored = {f.id() for f in layer.dataProvider().getFeatures(
            request.setFlags(compat.feature_request_no_geometry()))}  # the provider's: deleted ones too
        if pending & stored:
            return True
    return False


def localise_store_layers(project):
    """Names, legend, aliases and value lists of every store's layers in ``project``, in the UI
    language (a project made in English opened in Arabic or Sorani, or the other way round)."""
    names = {INCIDENTS_TABLE: tr("Incidents"), SOURCES_TABLE: tr("Sources")}
    for layer in project.mapLayers().values():
        table = layer.customProperty(TABLE_PROPERTY) if layer.customProperty(GROUP_PROPERTY) else None
        if table not in names:
            continue
        layer.setName(names[table])
        configure_fields(layer, INCIDENT_FIELDS if table == INCIDENTS_TABLE else SOURCE_FIELDS,
                         INCIDENT_DEFAULTS if table == INCIDENTS_TABLE else SOURCE_DEFAULTS)
        if table == INCIDENTS_TABLE:
            _relabel_categories(category_renderer(layer))
            layer.setRenderer(layer.renderer().clone())  # the legend follows a new renderer, not an edited one
            node = project.layerTreeRoot().findLayer(layer.id())
            group = node.parent() if node is not None else None
            if group is not None and group.customProperty(GROUP_PROPERTY):
                name = group.customProperty(STORE_NAME_PROPERTY) or group.name().split(" – ", 1)[-1]
                group.setName(tr("Incident Tracker – {name}").format(name=name))
        layer.triggerRepaint()


def arrange_store_forms(project, again=False):
    """Tabbed forms for every store's layers in ``project`` that lack them (projects made before), or
    for all of them ``again`` (their tab names in a new UI language)."""
    for layer in project.mapLayers().values():
        if layer.customProperty(TABLE_PROPERTY) != INCIDENTS_TABLE or not layer.customProperty(GROUP_PROPERTY):
            continue
        if not again and layer.editFormConfig().layout() == compat.drag_and_drop_layout():
            continue
        for relation in project.relationManager().referencedRelations(layer):
            if relation.referencingLayer() is not None and \
                    relation.referencingLayer().customProperty(TABLE_PROPERTY) == SOURCES_TABLE:
                arrange_forms(layer, relation.referencingLayer(), relation)


def _relabel_categories(renderer):
    """The legend labels of the incidents' categories in the UI language, as a new style would have them."""
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return
    labels = {c.value(): c.label() for c in incident_renderer().categories()}
    for index, category in enumerate(renderer.categories()):
        if category.value() in labels:
            renderer.updateCategoryLabel(index, labels[category.value()])


def refresh(store_layers):
    """Show what the store wrote outside the layers' own edit buffers."""
    for layer in (store_layers.incidents, store_layers.sources):
        layer.dataProvider().reloadData()
        layer.updateExtents()
        layer.triggerRepaint()
