"""incidenttracker:controlperiods, the control periods as a temporal layer, and the statistics dialog's
control-period chart and trend alerts."""

import pytest
from qgis.core import QgsDateTimeRange, QgsVectorLayerTemporalContext
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

import incident_tracker

from support import SHARED_DATA

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")

KIRKUK, SINJAR = (44.39, 35.47), (41.87, 36.32)
# Kirkuk city: federal army bases until 11 June 2014, Peshmerga from 12 June 2014, federal from 16 October 2017
DATES = [(KIRKUK, "2013-01-05", 1), (KIRKUK, "2014-06-11", 0), (KIRKUK, "2014-06-12", 2), (KIRKUK, "2016-03-01", 4),
         (KIRKUK, "2017-10-15", 0), (KIRKUK, "2017-10-16", 3), (KIRKUK, "2021-05-05", 1), (SINJAR, "2019-01-01", 2)]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from incident_tracker.plugin.core.sample import build_sample_store

    path = str(tmp_path_factory.mktemp("control") / "store.gpkg")
    store = build_sample_store(path, zones_from=str(SHARED_DATA))
    for (lon, lat), day, killed in DATES:
        store.add_incident({"event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
                            "longitude": lon, "latitude": lat, "location": "Place", "geo_precision": 1,
                            "fatalities": killed}, [{"outlet": "Outlet", "url": f"https://example.org/{day}"}])
    store.close()
    return path


def zone_incidents(store_path, zone, start=None, end=None):
    from incident_tracker.plugin.core.stores import open_store

    store = open_store(store_path)
    try:
        return [i for i in store.query(start=start, end=end) if i["disputed_zone"] == zone]
    finally:
        store.close()


def test_controlperiods_counts_each_zone_under_each_holder_and_the_periods_add_up(provider, store_path):
    import processing

    result = processing.run("incidenttracker:controlperiods", {"STORE": store_path, "END": QDate(2022, 12, 31),
                                                               "OUTPUT": "memory:"})
    rows = [f.attributes() for f in result["OUTPUT"].getFeatures()]
    names = result["OUTPUT"].fields().names()
    assert names[:11] == ["zone", "period", "controlled_by", "start", "end", "incidents", "killed", "wounded",
                          "abducted", "incidents_per_month", "killed_per_month"]
    kirkuk = [dict(zip(names, r)) for r in rows if r[0] == "Kirkuk"]
    assert [(r["controlled_by"], r["incidents"], r["killed"]) for r in kirkuk] == [
        ("unknown", 2, 1), ("KRG", 3, 6), ("federal", 2, 4)]
    assert kirkuk[1]["start"] == QDate(2014, 6, 12) and kirkuk[1]["end"] == QDate(2017, 10, 15)
    assert kirkuk[0]["start"] == QDate(2013, 1, 5)  # the open start clipped to the store's first incident
    assert "Reuters" in kirkuk[1]["sources"]
    assert kirkuk[2]["incidents_per_month"] == pytest.approx(2 / ((QDate(2017, 10, 16).daysTo(QDate(2022, 12, 31)) + 1)
                                                                  / (365.25 / 12)), abs=1e-3)
    for zone in ("Kirkuk", "Khanaqin", "Sinjar"):
        assert sum(r[5] for r in rows if r[0] == zone) == len(zone_incidents(store_path, zone, end="2022-12-31"))


def test_the_control_periods_are_a_temporal_layer_of_who_held_each_zone(store_path, qgis_new_project):
    from qgis.core import QgsProject

    from incident_tracker.plugin.core.zone_layers import add_zone_layers
    from incident_tracker.plugin.domain.zone_tables import CONTROL_LAYER

    layer = add_zone_layers(store_path, QgsProject.instance())[CONTROL_LAYER]
    properties = layer.temporalProperties()
    assert properties.isActive()

    def holders(day, zone):
        moment = QDateTime(QDate.fromString(day, "yyyy-MM-dd"), QTime(12, 0))
        expression = properties.createFilterString(QgsVectorLayerTemporalContext(), QgsDateTimeRange(moment, moment))
        return sorted(f["controlled_by"] for f in layer.getFeatures(expression) if f["zone_name_en"] == zone)

    assert holders("2014-06-11", "Kirkuk") == ["unknown"]
    assert holders("2015-01-01", "Kirkuk") == ["KRG"]
    assert holders("2017-10-16", "Kirkuk") == ["federal"]
    assert holders("2014-08-08", "Makhmour") == ["ISIL"]
    assert holders("2010-01-01", "Khanaqin") == ["KRG"]
    assert not layer.getFeature(1).geometry().isEmpty()


def test_the_statistics_dialog_charts_control_periods_and_trend_alerts(qgis_iface, qgis_new_project, store_path):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(store_path)
        dialog = plugin.show_statistics()
        dialog.control_zone.setCurrentIndex(dialog.control_zone.findData("Kirkuk"))
        assert [round(value, 3) for _, value in dialog.control_chart.bars] == [
            round(r.as_tuple()[-2], 3) for r in dialog.control_rows]
        assert [r.tally.incidents for r in dialog.control_rows] == [2, 3, 2]
        assert "Kurdistan Regional Government" in dialog.control_chart.bars[1][0]
        assert "Reuters" in dialog.control_sources.text()
        dialog.end.setDate(QDate(2021, 5, 31))  # Kirkuk's incident of 5 May 2021 after a quiet year
        assert [(a.zone, a.recent) for a in dialog.alerts] == [("Kirkuk", 1)]
        assert "Kirkuk: 1" in dialog.trends.text() and "25%" in dialog.trends.text()
        dialog.figure.setCurrentIndex(dialog.figure.findData("killed"))
        assert [round(v, 3) for _, v in dialog.control_chart.bars] == [round(r.as_tuple()[-1], 3)
                                                                     for r in dialog.control_rows]
        dialog.grab()
        dialog.close()
    finally:
        plugin.unload()
