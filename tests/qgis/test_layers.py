from qgis.core import QgsCategorizedSymbolRenderer, QgsPointDisplacementRenderer, QgsProject, QgsRelation

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
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "event_type"
    assert "Violence against civilians" in [c.value() for c in renderer.categories()]
    assert renderer.categories()[0].symbol().dataDefinedSize().expressionString().startswith("coalesce(scale_exp")

    temporal = layers.incidents.temporalProperties()
    assert temporal.isActive()
    assert "event_date" in temporal.startExpression()

    fields = layers.incidents.fields()
    assert layers.incidents.attributeDisplayName(fields.indexOf("fatalities")) == "Killed (best)"
    assert layers.incidents.editorWidgetSetup(fields.indexOf("event_type")).type() == "ValueMap"
    assert layers.incidents.editorWidgetSetup(fields.indexOf("event_date")).type() == "DateTime"
    assert layers.incidents.editFormConfig().readOnly(fields.indexOf("uuid"))


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
