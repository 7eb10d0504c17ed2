"""The dock's Review and History tabs, used with the keyboard as an analyst would (issue 17)."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from incident_tracker.plugin.domain import review

from support import DARA, DARA_SOURCES
from test_dock import dock  # noqa: F401 - the dock fixture


def test_the_review_tab_walks_the_queue_and_merges_a_duplicate(dock, store):  # noqa: F811
    keep = store.add_incident(DARA, DARA_SOURCES[:1]).uuid
    duplicate = store.add_incident(dict(DARA, location="Dara village", notes="from KirkukNow"), DARA_SOURCES[1:]).uuid
    single = store.add_incident(dict(DARA, event_date="2020-05-01", latitude=35.2), DARA_SOURCES[:1]).uuid
    dock.tabs.setCurrentWidget(dock.review_tab)
    tab = dock.review_tab
    assert [e.uuid for e in tab.entries] == [duplicate, keep, single]
    assert tab.current_uuid() == duplicate and tab.merge_button.isEnabled()
    QTest.keyClick(tab.queue, Qt.Key.Key_Down)
    assert tab.current_uuid() == keep and not tab.merge_button.isEnabled()
    QTest.keyClick(tab.queue, Qt.Key.Key_Up)
    fields = [tab.comparison.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(tab.comparison.rowCount())]
    assert "location" in fields and "notes" in fields
    tab.comparison.selectRow(fields.index("notes"))
    assert tab.chosen_fields() == ["notes"]
    QTest.keyClicks(tab.reason, "same attack, two outlets")
    tab.merge_button.click()
    assert store.get_incident(duplicate)["merged_into"] == keep
    kept = store.get_incident(keep)
    assert (kept["location"], kept["notes"]) == ("Dara", "from KirkukNow")
    assert len(store.sources_of(keep)) == 2
    assert [e.uuid for e in tab.entries] == [single, keep]  # one source comes before two that agree
    assert store.history(keep)[-1]["reason"] == "same attack, two outlets"


def test_status_buttons_set_the_status_with_the_reason(dock, store):  # noqa: F811
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    dock.tabs.setCurrentWidget(dock.review_tab)
    QTest.keyClicks(dock.review_tab.reason, "checked with the village mukhtar")
    dock.review_tab.status_buttons[review.VERIFIED].click()
    assert store.get_incident(uuid)["verification"] == "verified"
    assert dock.review_tab.entries == []
    assert store.history(uuid)[-1]["reason"] == "checked with the village mukhtar"


def test_the_history_tab_lists_changes_and_restores_a_version(dock, store):  # noqa: F811
    uuid = store.add_incident(DARA, DARA_SOURCES).uuid
    store.update_incident(uuid, {"location": "Dara village"})
    dock.show_incident(uuid, zoom=False)
    dock.tabs.setCurrentWidget(dock.history_tab)
    tab = dock.history_tab
    top = [tab.tree.topLevelItem(i) for i in range(tab.tree.topLevelItemCount())]
    assert top[0].text(0).endswith("version 2: Changed")
    assert any("Dara → Dara village" in top[0].child(i).text(0) for i in range(top[0].childCount()))
    version_one = next(item for item in top if item.data(0, Qt.ItemDataRole.UserRole) == 1)
    tab.tree.setCurrentItem(version_one)
    tab.restore_button.click()
    assert store.get_incident(uuid)["location"] == "Dara"
    assert dock.form.location.text() == "Dara"
    assert tab.tree.topLevelItem(0).text(0).endswith("version 3: Restored")


def test_the_map_shows_the_statuses_ticked_in_the_review_tab(dock, store):  # noqa: F811
    verified = store.add_incident(DARA, DARA_SOURCES).uuid
    store.set_status(verified, review.VERIFIED)
    unverified = store.add_incident(dict(DARA, event_date="2020-05-01"), DARA_SOURCES).uuid
    _, layers = dock.context()
    dock.tabs.setCurrentWidget(dock.review_tab)

    def on_map():
        return sorted(f["uuid"] for f in layers.incidents.getFeatures())

    assert on_map() == sorted([verified, unverified])
    QTest.mouseClick(dock.review_tab.shown[review.UNVERIFIED], Qt.MouseButton.LeftButton)
    assert on_map() == [verified]
    dock.review_tab.reload()
    assert not dock.review_tab.shown[review.UNVERIFIED].isChecked()
    dock.review_tab.shown[review.UNVERIFIED].setChecked(True)
    assert on_map() == sorted([verified, unverified]) and layers.incidents.subsetString() == '"merged_into" IS NULL'


def test_the_statistics_follow_the_review_status_chosen(qgis_app):
    from incident_tracker.plugin.gui.zone_statistics_dialog import ZoneStatisticsDialog

    incidents = [dict(DARA, uuid=str(n), disputed_zone="Khanaqin", zone_group="Khanaqin–Mandali", verification=status,
                      fatalities=7, wounded=5, abducted=None) for n, status in enumerate(["verified", "unverified",
                                                                                         "rejected"])]
    incidents.append(dict(incidents[0], uuid="merged", merged_into="0"))
    dialog = ZoneStatisticsDialog(lambda: incidents)
    try:
        def total_incidents():
            return int(dialog.table.item(0, 2).text())

        assert total_incidents() == 3  # the merged record is not an incident
        dialog.status.setCurrentIndex(dialog.status.findData(review.VERIFIED))
        assert total_incidents() == 1
    finally:
        dialog.close()


def test_the_incident_list_filters_by_review_status(dock, store):  # noqa: F811
    verified = store.add_incident(DARA, DARA_SOURCES).uuid
    store.set_status(verified, review.VERIFIED)
    unverified = store.add_incident(dict(DARA, event_date="2020-05-01"), DARA_SOURCES).uuid
    listing = dock.incident_list
    listing.filter_now()
    assert sorted(listing.uuids) == sorted([verified, unverified])
    listing.status.setCurrentIndex(listing.status.findData(review.UNVERIFIED))
    assert listing.uuids == [unverified]
    assert [i["uuid"] for i in store.query(statuses=[review.VERIFIED])] == [verified]
