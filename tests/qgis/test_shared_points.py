"""Incidents at one point (a town's centroid): the dock offers all of them, newest first."""

from qgis.core import QgsExpression, QgsFeatureRequest

from incident_tracker.plugin.core.layers import add_store_layers
from incident_tracker.plugin.core.shared_points import incidents_at_point, selected_incidents

from support import DARA, DARA_SOURCES


def _fid(layer, location):
    return next(layer.getFeatures(QgsFeatureRequest(QgsExpression(f"\"location\" = '{location}'")))).id()


def test_the_incidents_at_a_point_are_found_newest_first_and_no_others(store, qgis_new_project):
    for day, location in (("2020-06-14", "A"), ("2020-05-10", "B"), ("2021-01-02", "C")):
        store.add_incident(dict(DARA, event_date=day, location=location), DARA_SOURCES)
    store.add_incident(dict(DARA, location="Elsewhere", longitude=DARA["longitude"] + 0.001), DARA_SOURCES)
    layer = add_store_layers(store.path).incidents
    found, total = incidents_at_point(layer, _fid(layer, "B"))
    assert [f["location"] for f in found] == ["C", "A", "B"] and total == 3
    found, total = incidents_at_point(layer, _fid(layer, "B"), limit=2)
    assert [f["location"] for f in found] == ["C", "A"] and total == 3
    assert [f["location"] for f in incidents_at_point(layer, _fid(layer, "Elsewhere"))[0]] == ["Elsewhere"]


def test_the_selected_incidents_are_offered_newest_first(store, qgis_new_project):
    for day, location in (("2020-06-14", "A"), ("2020-05-10", "B"), ("2021-01-02", "C")):
        store.add_incident(dict(DARA, event_date=day, location=location), DARA_SOURCES)
    layer = add_store_layers(store.path).incidents
    layer.selectByExpression("\"location\" IN ('A', 'B')")
    found, total = selected_incidents(layer)
    assert [f["location"] for f in found] == ["A", "B"] and total == 2


def test_while_the_map_shows_a_period_only_its_incidents_are_offered_and_the_one_clicked(store, qgis_new_project):
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    for day, location in (("2020-06-14", "A"), ("2020-05-10", "B"), ("2021-01-02", "C")):
        store.add_incident(dict(DARA, event_date=day, location=location, date_start=None, date_end=None),
                           DARA_SOURCES)
    layer = add_store_layers(store.path).incidents
    day = QDateTime(QDate(2020, 6, 14), QTime(0, 0))
    found, total = incidents_at_point(layer, _fid(layer, "B"), period=QgsDateTimeRange(day, day.addDays(1)))
    assert [f["location"] for f in found] == ["A", "B"] and total == 2
    found, _ = incidents_at_point(layer, _fid(layer, "A"), period=QgsDateTimeRange(day, day.addDays(1)))
    assert [f["location"] for f in found] == ["A"]
