import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpressionContextUtils,
    QgsPointDisplacementRenderer,
    QgsProject,
    QgsRelation,
    QgsRenderContext,
)

from incident_tracker.plugin.core.layers import add_store_layers, category_renderer, find_store_layers, refresh
from incident_tracker.plugin.core.sample import build_sample_store

from support import DARA, DARA_SOURCES


def test_opening_a_store_adds_a_group_with_related_styled_temporal_layers(store, qgis_new_project):
    store.add_incident(DARA, DARA_SOURCES)
    layers = add_store_layers(store.path)
    project = QgsProject.instance()
    group = project.layerTreeRoot().children()[0]
    assert [child.layer() for child in group.children()] == [layers.incidents, layers.sources]
    assert layers.incidents.featureCount() == 1 and layers.sources.featureCount() == 2

    relations = project.relationManager().referencedRelations(layers.incidents)
    assert len(relations) == 1 and relations[0].isValid()
    assert relations[0].referencingLayer() == layers.sources
    assert relations[0].fieldPairs() == {"incident_uuid": "uuid"}
    assert relations[0].strength() == QgsRelation.Composition
    feature = next(layers.incidents.getFeatures())
    assert len(list(relations[0].getRelatedFeatures(feature))) == 2

    assert isinstance(layers.incidents.renderer(), QgsPointDisplacementRenderer)  # incidents at one point
    renderer = category_renderer(layers.incidents)
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "map_class"
    assert "Violence against civilians|0" in [c.value() for c in renderer.categories()]

    temporal = layers.incidents.temporalProperties()
    assert temporal.isActive()
    assert "event_date" in temporal.startExpression()

    fields = layers.incidents.fields()
    assert layers.incidents.attributeDisplayName(fields.indexOf("fatalities")) == "Killed (best)"
    assert layers.incidents.editorWidgetSetup(fields.indexOf("event_type")).type() == "ValueMap"
    assert layers.incidents.editorWidgetSetup(fields.indexOf("event_date")).type() == "DateTime"
    assert layers.incidents.editFormConfig().readOnly(fields.indexOf("uuid"))
    # What the imported file said, beside what the plugin computed: shown, not edited.
    for name, alias in (("source_admin2", "District in the source"), ("admin_disagreement", "Source's admin names differ"),
                        ("source_event_type", "Event type in the source")):
        assert layers.incidents.attributeDisplayName(fields.indexOf(name)) == alias
        assert layers.incidents.editFormConfig().readOnly(fields.indexOf(name))


def test_the_temporal_range_covers_the_event_days(store, qgis_new_project):
    from qgis.core import QgsDateTimeRange, QgsVectorLayerTemporalContext
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    store.add_incident(dict(DARA, date_start="2020-06-13", date_end="2020-06-14"), DARA_SOURCES)
    layers = add_store_layers(store.path)
    temporal = layers.incidents.temporalProperties()

    def shown_on(day):
        start = QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime(12, 0))
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layers.incidents)
        expression = temporal.createFilterString(context, QgsDateTimeRange(start, start.addSecs(60)))
        return layers.incidents.featureCount() if not expression else len(list(
            layers.incidents.getFeatures(expression)))

    assert shown_on("2020-06-13") == 1 and shown_on("2020-06-14") == 1
    assert shown_on("2020-06-16") == 0


def test_adding_the_same_store_twice_reuses_its_layers(store, qgis_new_project):
    first = add_store_layers(store.path)
    assert add_store_layers(store.path).incidents is first.incidents
    assert len(QgsProject.instance().mapLayers()) == 2


def test_refresh_shows_incidents_written_by_the_store(store, qgis_new_project):
    layers = add_store_layers(store.path)
    assert layers.incidents.featureCount() == 0
    store.add_incident(DARA, DARA_SOURCES)
    refresh(layers)
    assert layers.incidents.featureCount() == 1
    assert find_store_layers(store.path).incidents is layers.incidents


def test_sample_store_holds_the_two_reported_incidents_with_their_sources(tmp_path):
    store = build_sample_store(str(tmp_path / "sample.gpkg"))
    dara, mekhas = sorted(store.query(), key=lambda i: i["event_date"], reverse=True)
    assert (dara["fatalities"], dara["fatalities_high"], dara["wounded"]) == (7, 7, 5)
    assert dara["target_community"] == "Kakai" and dara["geo_precision"] == 2
    assert sorted(s["outlet"] for s in store.sources_of(dara["uuid"])) == ["KirkukNow", "Kurdistan 24"]
    assert mekhas["event_date"] == "2020-05-10" and mekhas["abducted"] == 2
    assert mekhas["sub_event_type"] == "Abduction/forced disappearance"


def test_the_relation_holds_in_a_project_other_than_the_current_one(store):
    other = QgsProject()
    layers = add_store_layers(store.path, other)
    assert layers.relation.isValid()
    assert other.relationManager().referencedRelations(layers.incidents)[0].referencingLayer() == layers.sources


@pytest.mark.parametrize("killed, killed_class", [(None, 0), (0, 0), (7, 1), (12, 2), (50, 3), (300, 3)])
def test_each_incident_is_drawn_in_its_event_type_colour_and_a_size_growing_with_the_killed(
        any_store, qgis_new_project, killed, killed_class):
    from incident_tracker.plugin.core.layers import EVENT_TYPE_COLOURS, KILLED_SIZES, incident_renderer

    sources = [dict(DARA_SOURCES[0], fatalities_reported=killed)]
    any_store.add_incident(DARA, sources)
    layers = add_store_layers(any_store)
    feature = next(layers.incidents.getFeatures())
    assert feature["fatalities"] == killed
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layers.incidents))
    context.expressionContext().setFeature(feature)
    for renderer in (layers.incidents.renderer().clone(), incident_renderer(by_column=False)):  # column, expression
        renderer.startRender(context, layers.incidents.fields())
        symbol = renderer.symbolForFeature(feature, context)
        renderer.stopRender(context)
        assert symbol.color().name() == EVENT_TYPE_COLOURS["Violence against civilians"]
        assert symbol.size() == KILLED_SIZES[killed_class]


def test_incidents_added_and_changed_in_qgis_get_their_map_class_from_the_store(any_store, qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    layers = add_store_layers(any_store)
    incidents = layers.incidents
    assert incidents.startEditing()
    values = {"event_date": "2020-06-14", "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 12,
              "geo_precision": 1, "time_precision": 1, "fatalities_manual": True}
    feature = QgsVectorLayerUtils.createFeature(incidents, QgsGeometry.fromPointXY(QgsPointXY(44.39, 35.47)),
                                                {incidents.fields().indexOf(k): v for k, v in values.items()})
    assert isinstance(feature, QgsFeature) and incidents.addFeature(feature)
    assert incidents.commitChanges(), incidents.commitErrors()
    stored = next(incidents.getFeatures())
    assert stored["map_class"] == "Battles|2"
    assert incidents.startEditing()
    incidents.changeAttributeValue(stored.id(), incidents.fields().indexOf("fatalities"), 60)
    assert incidents.commitChanges(), incidents.commitErrors()
    incidents.dataProvider().reloadData()
    assert next(incidents.getFeatures())["map_class"] == "Battles|3"


def test_a_big_store_is_drawn_without_the_rings_of_displaced_points(store, qgis_new_project, monkeypatch):
    from incident_tracker.plugin.core import layers as layers_module

    for day in ("2020-06-14", "2020-06-16", "2020-06-18"):
        store.add_incident(dict(DARA, event_date=day), DARA_SOURCES)
    monkeypatch.setattr(layers_module, "DISPLACED_UP_TO", 2)  # three incidents: "big"
    incidents, _ = layers_module.open_layers(store)
    renderer = incidents.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "map_class"
    monkeypatch.setattr(layers_module, "DISPLACED_UP_TO", 3)
    incidents, _ = layers_module.open_layers(store)
    assert isinstance(incidents.renderer(), QgsPointDisplacementRenderer)


def test_the_forms_show_the_incident_in_tabs_and_a_source_s_record_in_a_group_box(store, qgis_new_project):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # QGIS 3.32+ deprecates setIsGroupBox: not used there
        layers = add_store_layers(store.path)

    def group_box(container):
        from qgis.core import Qgis

        if hasattr(Qgis, "AttributeEditorContainerType"):  # 3.32+
            return container.type() == Qgis.AttributeEditorContainerType.GroupBox
        return container.isGroupBox()

    tabs = layers.incidents.editFormConfig().tabs()
    assert len(tabs) > 1 and not any(group_box(tab) for tab in tabs)
    (record,) = [t for t in layers.sources.editFormConfig().tabs() if t.name() == "Record"]
    assert group_box(record)
