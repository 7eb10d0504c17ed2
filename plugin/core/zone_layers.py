"""Adding the zones layers to a project, styled, in a group beneath the incident layers.

Disputed zones are hatched red, claimed areas hatched orange, the Kurdistan Region and federal Iraq
filled in two distinct light colours; zone groups are labelled in the UI language (English names
where the definition has no Arabic or Sorani name). The COD-AB attribution is written into each
layer's metadata and, for the map, into the project's copyright decoration settings.
"""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLayerMetadata,
    QgsLinePatternFillSymbolLayer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..domain import zones_definition as zd
from ..domain.control_periods import HOLDER_LABELS
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.zone_tables import (
    ATTRIBUTION,
    CONTROL_LAYER,
    DISTRICTS_LAYER,
    GROUPS_LAYER,
    REGION_LAYER,
    SUBDISTRICTS_LAYER,
    ZONE_LAYERS,
)

GROUP_NAME = QT_TRANSLATE_NOOP("zone_layers", "Disputed boundary zones")
_HOLDER_COLOURS = {"KRG": "#e9c46a", "federal": "#457b9d", "ISIL": "#222222", "contested": "#9b59b6",
                   "shared": "#2a9d8f", zd.UNKNOWN: "#bdc3c7"}
_COLOURS = {zd.REGION_DISPUTED: "#c0392b", zd.REGION_CLAIMED: "#e67e22", zd.REGION_KURDISTAN: "#f3e3b5",
            zd.REGION_FEDERAL: "#e8ecef"}


def tr(text):
    return QCoreApplication.translate("zone_layers", text)


def _hatched(colour, angle):
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": "0.5"})
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(2.0)
    hatch.setColor(QColor(colour))
    hatch.setLineWidth(0.3)
    symbol.appendSymbolLayer(hatch)
    return symbol


def _outlined(colour):
    return QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": colour, "outline_width": "0.6"})


def _filled(colour):
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#9aa3a8", "outline_width": "0.15"})


def _status(text):
    return QCoreApplication.translate("zones", text)


def region_renderer(style="hatched"):
    """Categorised on ``region``: disputed and claimed zones hatched (``style`` "filled": light fills,
    "outlined": outlines only; either draws far fewer shapes in a PDF), KR and federal Iraq filled."""
    zones = {"hatched": lambda: (_hatched(_COLOURS[zd.REGION_DISPUTED], 45),
                                 _hatched(_COLOURS[zd.REGION_CLAIMED], 135)),
             "filled": lambda: (_filled("#f2c4be"), _filled("#f8dcbc")),
             "outlined": lambda: (_outlined(_COLOURS[zd.REGION_DISPUTED]), _outlined(_COLOURS[zd.REGION_CLAIMED]))}
    disputed, claimed = zones[style]()
    categories = [
        QgsRendererCategory(zd.REGION_DISPUTED, disputed, _status(zd.STATUS_DISPUTED)),
        QgsRendererCategory(zd.REGION_CLAIMED, claimed, _status(zd.STATUS_CLAIMED)),
        QgsRendererCategory(zd.REGION_KURDISTAN, _filled(_COLOURS[zd.REGION_KURDISTAN]), _status(zd.STATUS_KURDISTAN)),
        QgsRendererCategory(zd.REGION_FEDERAL, _filled(_COLOURS[zd.REGION_FEDERAL]), _status(zd.STATUS_FEDERAL)),
    ]
    return QgsCategorizedSymbolRenderer("region", categories)


def label_expression(prefix, language):
    """The name in ``language`` (en, ar, ckb), falling back to English when unknown."""
    if language in ("ar", "ckb"):
        return (f"coalesce(nullif(nullif(\"{prefix}_{language}\", 'unknown'), ''), \"{prefix}\")"
                if prefix == "zone_group" else
                f"coalesce(nullif(nullif(\"{prefix}_{language}\", 'unknown'), ''), \"{prefix}_en\")")
    return f"\"{prefix}\"" if prefix == "zone_group" else f"\"{prefix}_en\""


def label_font():
    """A font this machine has (QGIS warns when a project names a missing family); Arabic-capable first."""
    from qgis.PyQt.QtGui import QFont, QFontDatabase

    families = set(QFontDatabase().families())
    for family in ("Noto Sans", "DejaVu Sans", "Arial", "Segoe UI"):
        if family in families:
            return QFont(family)
    return QFont()


def _labels(expression, size=9.0, colour="#7b241c"):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    text.setFont(label_font())
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def _with_metadata(layer, abstract):
    metadata = QgsLayerMetadata()
    metadata.setTitle(layer.name())
    metadata.setAbstract(abstract)
    metadata.setRights([ATTRIBUTION])
    metadata.setLicenses(["CC BY 3.0 IGO"])
    layer.setMetadata(metadata)
    return layer


def zone_language(locale_name):
    """'ar', 'ckb' or 'en' for a QGIS/Qt locale name such as 'ar_IQ' or 'ckb'."""
    locale_name = (locale_name or "en").lower()
    for language in ("ckb", "ar"):
        if locale_name.startswith(language):
            return language
    return "en"


def _zone_layer_specs():
    return {
        GROUPS_LAYER: (tr("Disputed zone groups"), tr("Disputed zones dissolved by group and status.")),
        REGION_LAYER: (tr("Kurdistan Region"), tr("The Kurdistan Region without the disputed areas.")),
        SUBDISTRICTS_LAYER: (tr("Sub-districts and disputed zones"), tr("Every sub-district with its zone.")),
        DISTRICTS_LAYER: (tr("Districts and disputed zones"), tr("Every district with its zone.")),
        CONTROL_LAYER: (tr("Who held each zone"), tr("Each disputed zone once per control period, with its dates "
                                                     "and sources: the Temporal Controller shows who held it "
                                                     "on each date.")),
    }


ZONE_TABLE_PROPERTY = "incident_tracker/zone_table"
LABELLED = {GROUPS_LAYER: ("zone_group", 10.0), DISTRICTS_LAYER: ("zone_name", 8.0)}


def _zone_table(layer):
    """The zones table ``layer`` shows, or None (by its mark, or by its source for older projects)."""
    table = layer.customProperty(ZONE_TABLE_PROPERTY) or layer.source().split("layername=")[-1].split("|")[0]
    return table if table in ZONE_LAYERS or table == CONTROL_LAYER else None


def localise_zone_layers(project, language):
    """Zones layers' names, legend and map labels in ``language`` ("en", "ar", "ckb"): a project
    made in one language opened in another."""
    specs = _zone_layer_specs()
    for layer in project.mapLayers().values():
        table = _zone_table(layer)
        if table is None:
            continue
        layer.setName(specs[table][0])
        renderer = layer.renderer()
        if isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "region":
            labels = {c.value(): c.label() for c in region_renderer().categories()}
            for index, category in enumerate(renderer.categories()):
                if category.value() in labels:
                    renderer.updateCategoryLabel(index, labels[category.value()])
            layer.setRenderer(renderer.clone())  # the legend follows a new renderer, not an edited one
        if table in LABELLED and isinstance(layer.labeling(), QgsVectorLayerSimpleLabeling):
            settings = QgsPalLayerSettings(layer.labeling().settings())
            settings.fieldName = label_expression(LABELLED[table][0], language)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        node = project.layerTreeRoot().findLayer(layer.id())
        if node is not None and node.parent() is not None and node.parent() is not project.layerTreeRoot():
            node.parent().setName(tr(GROUP_NAME))
        layer.triggerRepaint()


def zone_layer(gpkg_path, table, language="en"):
    """The ``table`` of the zones GeoPackage as a styled, labelled layer with the COD-AB attribution in
    its metadata; None when the table is missing."""
    title, abstract = _zone_layer_specs()[table]
    layer = QgsVectorLayer(f"{gpkg_path}|layername={table}", title, "ogr")
    if not layer.isValid():
        return None
    _with_metadata(layer, abstract + " " + ATTRIBUTION)
    layer.setCustomProperty(ZONE_TABLE_PROPERTY, table)
    if table == GROUPS_LAYER:
        layer.setRenderer(region_renderer())
        layer.setLabeling(_labels(label_expression("zone_group", language), 10.0))
        layer.setLabelsEnabled(True)
    elif table == REGION_LAYER:
        layer.setRenderer(_region_outline_renderer())
    elif table == CONTROL_LAYER:
        layer.setRenderer(holder_renderer())
        layer.setOpacity(0.6)
        make_control_temporal(layer)
    else:
        layer.setRenderer(region_renderer())
        if table == DISTRICTS_LAYER:
            layer.setLabeling(_labels(label_expression("zone_name", language), 8.0))
            layer.setLabelsEnabled(True)
    return layer


def add_zone_layers(gpkg_path, project, language="en"):
    """Add the zones of ``gpkg_path`` to ``project`` in a group at the bottom of the layer tree
    (beneath the incident layers); returns the added layers by table name (missing tables skipped)."""
    root = project.layerTreeRoot()
    existing = root.findGroup(tr(GROUP_NAME))
    if existing is not None:
        root.removeChildNode(existing)
    group = root.insertGroup(len(root.children()), tr(GROUP_NAME))
    added = {}
    for table in (CONTROL_LAYER, GROUPS_LAYER, REGION_LAYER, SUBDISTRICTS_LAYER, DISTRICTS_LAYER):
        layer = zone_layer(gpkg_path, table, language)
        if layer is None:
            continue
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if table in (DISTRICTS_LAYER, CONTROL_LAYER):
            # sub-districts shown by default; districts, and the control periods (overlapping until the
            # Temporal Controller picks a date), on demand
            node.setItemVisibilityChecked(False)
        added[table] = layer
    set_map_attribution(project)
    return added


def holder_renderer():
    """Categorised on ``controlled_by``: one fill colour per holder."""
    categories = [QgsRendererCategory(holder, _filled(colour),
                                      QCoreApplication.translate("zones", HOLDER_LABELS[holder]))
                  for holder, colour in _HOLDER_COLOURS.items()]
    return QgsCategorizedSymbolRenderer("controlled_by", categories)


def make_control_temporal(layer):
    """Each control period shows from its start date to its end date (inclusive; open ends unbounded)."""
    from .compat import temporal_mode_start_end_expressions

    properties = layer.temporalProperties()
    properties.setMode(temporal_mode_start_end_expressions())
    properties.setStartExpression('to_datetime(coalesce("start_date", \'1900-01-01\'))')
    properties.setEndExpression('to_datetime(coalesce("end_date", \'2999-12-31\')) + make_interval(days:=1)')
    properties.setIsActive(True)


def _region_outline_renderer():
    from qgis.core import QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#b9770e", "outline_width": "0.8"})
    return QgsSingleSymbolRenderer(symbol)


def set_map_attribution(project):
    """Show the attribution on the map through QGIS's copyright decoration (read with the project)."""
    label = project.readEntry("CopyrightLabel", "/Label", "")[0]
    if ATTRIBUTION not in label:
        project.writeEntry("CopyrightLabel", "/Label", (label + "\n" if label else "") + ATTRIBUTION)
    project.writeEntry("CopyrightLabel", "/Enabled", True)
