"""incidenttracker:bulletin: the PDF's figures (read back with pdftotext) are the store's, the atlas has a
page per zone with incidents, the layout stays in the project, Arabic runs right to left."""

import os
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, Qt, QTranslator

from support import ROOT, SHARED_DATA

pytestmark = pytest.mark.skipif(not (SHARED_DATA / "SOURCE.md").exists(), reason="reference boundaries missing")

KIRKUK, KHANAQIN, SINJAR, BAGHDAD = (44.39, 35.47), (45.391, 34.348), (41.87, 36.32), (44.366, 33.315)
# (place, date, killed, wounded, abducted, verification)
INCIDENTS = [
    (KIRKUK, "2024-05-03", 2, 1, 0, "verified"), (KIRKUK, "2024-05-17", 0, 4, 0, "unverified"),
    (KIRKUK, "2024-05-31", 1, 0, 0, "verified"), (KIRKUK, "2024-04-11", 5, 0, 0, "verified"),
    (KHANAQIN, "2024-05-09", 0, 0, 3, "in review"), (KHANAQIN, "2024-04-20", 1, 0, 0, "verified"),
    (KHANAQIN, "2024-04-21", 1, 0, 0, "verified"), (SINJAR, "2024-04-05", 3, 3, 0, "verified"),
    (BAGHDAD, "2024-05-12", 4, 0, 0, "verified"), (KIRKUK, "2024-06-01", 9, 9, 9, "verified"),  # after the period
    (KIRKUK, "2023-09-01", 1, 0, 0, "verified"),
]
START, END = "2024-05-01", "2024-05-31"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    from incident_tracker.plugin.core.sample import build_sample_store

    path = str(tmp_path_factory.mktemp("bulletin") / "store.gpkg")
    store = build_sample_store(path, zones_from=str(SHARED_DATA))
    for (lon, lat), day, killed, wounded, abducted, verification in INCIDENTS:
        store.add_incident({"event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
                            "longitude": lon, "latitude": lat, "location": f"Place {day}", "geo_precision": 1,
                            "actor1": "Islamic State (Iraq)", "fatalities": killed, "wounded": wounded,
                            "abducted": abducted, "verification": verification},
                           [{"outlet": "Outlet", "url": f"https://example.org/{day}"}])
    store.close()
    return path


def expected(store_path, start, end, statuses=None):
    """{zone: (incidents, killed, wounded, abducted)} straight from the store."""
    from incident_tracker.plugin.core.stores import open_store

    store = open_store(store_path)
    try:
        rows = store.query(start=start, end=end)
    finally:
        store.close()
    result = {}
    for row in rows:
        if statuses and row["verification"] not in statuses:
            continue
        zone = row["disputed_zone"] or "outside the disputed territories"
        figures = result.get(zone, (0, 0, 0, 0))
        result[zone] = tuple(a + (b or 0) for a, b in zip(figures, (1, row["fatalities"], row["wounded"],
                                                                  row["abducted"])))
    return result


def pdf_text(path, page=None):
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils, in the Makefile's TEST_PACKAGES) is missing"
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return unicodedata.normalize("NFKC", text)


def zone_table(text):
    """{zone: [numbers…]} from the "By zone" table of page 1 (zone names may hold spaces)."""
    table = text.split("By zone", 1)[1]
    rows = {}
    for line in table.splitlines():
        match = re.match(r"\s*(\D+?)\s{2,}(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S.*)$", line)
        if match and match.group(1) != "Zone":
            rows[match.group(1)] = [int(match.group(i)) for i in range(2, 7)] + [match.group(7).strip()]
    return rows


def run_bulletin(store_path, output, **parameters):
    import processing

    return processing.run("incidenttracker:bulletin", {
        "STORE": store_path, "START": QDate.fromString(START, "yyyy-MM-dd"), "END": QDate.fromString(END, "yyyy-MM-dd"),
        "OUTPUT": str(output), **parameters})


def test_the_pdf_figures_are_the_store_s_with_the_change_against_the_previous_period(provider, store_path, tmp_path):
    result = run_bulletin(store_path, tmp_path / "bulletin.pdf")
    text = pdf_text(result["OUTPUT"], page=1)
    rows = zone_table(text)
    now, before = expected(store_path, START, END), expected(store_path, "2024-04-01", "2024-04-30")
    assert {zone: tuple(values[:4]) for zone, values in rows.items() if zone != "Total"} == {
        zone: now.get(zone, (0, 0, 0, 0)) for zone in set(now) | set(before)}
    assert now["Kirkuk"] == (3, 3, 5, 0)
    # Previous period (1-30 April: 31 days before May is 31 March to 30 April) and the change
    assert rows["Kirkuk"][4:] == [1, "+2 (+200%)"]
    assert rows["Khanaqin"][4:] == [2, "-1 (-50%)"]
    assert rows["Sinjar"][:1] + rows["Sinjar"][4:] == [0, 1, "-1 (-100%)"]
    assert rows["Total"][:4] == [sum(v[i] for v in now.values()) for i in range(4)]
    assert re.search(r"Incidents: 5\s+Killed: 7\s+Wounded: 5\s+Abducted: 3", text)
    assert "OCHA COD-AB" in text  # the boundaries' attribution under the map
    assert result["INCIDENTS"] == 5


def test_the_status_filter_keeps_only_those_statuses(provider, store_path, tmp_path):
    result = run_bulletin(store_path, tmp_path / "verified.pdf", STATUS=[2])  # taxonomy order: verified
    rows = zone_table(pdf_text(result["OUTPUT"], page=1))
    now = expected(store_path, START, END, statuses={"verified"})
    assert {zone: tuple(v[:4]) for zone, v in rows.items() if zone != "Total" and v[0]} == now
    assert now["Kirkuk"] == (2, 3, 1, 0) and "Khanaqin" not in now
    assert "verification: verified" in pdf_text(result["OUTPUT"], page=1)


def test_one_atlas_page_per_zone_with_incidents_and_the_chart_numbers_are_text(provider, store_path, tmp_path):
    result = run_bulletin(store_path, tmp_path / "bulletin.pdf")
    zones_with_incidents = sorted(z for z in expected(store_path, START, END)
                                  if z != "outside the disputed territories")
    assert zones_with_incidents == ["Khanaqin", "Kirkuk"]
    assert result["PAGES"] == 2 + len(zones_with_incidents)
    # small enough to e-mail: hatched zones once wrote thousands of clipped lines per map (about 0.7 MB a page)
    assert os.path.getsize(result["OUTPUT"]) < 250_000 * result["PAGES"]
    headings = [pdf_text(result["OUTPUT"], page=page).strip().splitlines()[0].split(" (")[0] for page in (3, 4)]
    assert headings == ["Kirkuk", "Khanaqin"]  # most incidents first
    kirkuk_page = pdf_text(result["OUTPUT"], page=3 + headings.index("Kirkuk"))
    assert "Held by: federal government since 2017-10-16" in kirkuk_page
    assert re.search(r"Incidents\s+3\s+1\s+\+2", kirkuk_page)
    chart = pdf_text(result["OUTPUT"], page=1)  # below the zone table when it leaves room
    assert "Incidents per week" in chart and "Trend alerts" in pdf_text(result["OUTPUT"], page=2)
    # weekly bins from 1 May: 1-7 (Kirkuk 3rd), 8-14 (Khanaqin 9th, Baghdad 12th), 15-21, 22-28, 29-31
    assert re.search(r"05-01\s+05-08\s+05-15\s+05-22\s+05-29", chart)
    values = re.findall(r"\d+", chart.split("Incidents per week")[1].split("05-01")[0])
    assert sorted(int(v) for v in values) == [0, 1, 1, 1, 2]



def test_the_bulletin_lists_the_trend_alerts_and_the_main_incidents_with_their_sources(provider, store_path,
                                                                                      tmp_path):
    result = run_bulletin(store_path, tmp_path / "bulletin.pdf")
    text = pdf_text(result["OUTPUT"], page=2)
    # last four weeks to 31 May (4-31 May) against 6 May 2023 - 3 May 2024 (13 four-week windows):
    # Kirkuk 2 against 3/13, Khanaqin 1 against 2/13; Sinjar none lately
    alerts = text.split("Trend alerts")[1].split("Main incidents")[0]
    assert "Kirkuk: 2 incidents against a mean of 0.2" in alerts
    assert "Khanaqin: 1 incidents against a mean of 0.2" in alerts and "Sinjar" not in alerts
    main = text.split("Main incidents")[1]
    assert main.index("2024-05-17") < main.index("2024-05-31")  # 4 wounded before 1 killed
    assert "example.org/2024-05-12" in main  # each incident's source address


def test_the_layout_is_kept_in_the_project_and_comes_back_with_it(provider, store_path, tmp_path, qgis_new_project):
    from qgis.core import QgsPrintLayout

    result = run_bulletin(store_path, tmp_path / "bulletin.pdf")
    project = QgsProject.instance()
    layout = project.layoutManager().layoutByName(result["LAYOUT"])
    assert isinstance(layout, QgsPrintLayout) and layout.pageCollection().pageCount() == result["PAGES"]
    path = str(tmp_path / "with_bulletin.qgz")
    assert project.write(path)
    reopened = QgsProject()
    assert reopened.read(path)
    again = reopened.layoutManager().layoutByName(result["LAYOUT"])
    assert again is not None and again.pageCollection().pageCount() == result["PAGES"]
    assert again.itemById("map").layers()  # its map still shows the incidents and zones
    group = project.layerTreeRoot().findGroup(result["LAYOUT"])  # its layers, to restyle, unticked
    assert len(group.findLayers()) == 3 and not group.itemVisibilityChecked()
    run_bulletin(store_path, tmp_path / "again.pdf")  # building it again replaces it
    assert [p.name() for p in project.layoutManager().printLayouts()].count(result["LAYOUT"]) == 1
    assert [g.name() for g in project.layerTreeRoot().findGroups()].count(result["LAYOUT"]) == 1
    assert len(project.mapLayers()) == 3


# Read back from the PDF: Kirkuk in Arabic; in Sorani "Total", since pdftotext loses the letters ە and ێ
# of Qt's PDF fonts (the page shows them: see docs/).
@pytest.mark.parametrize("language, word", [("ar", "كركوك"), ("ckb", "کۆی گشتی")])
def test_arabic_and_sorani_bulletins_run_right_to_left_and_are_translated(store_path, tmp_path, language, word,
                                                                        qgis_new_project):
    from qgis.core import QgsLayoutItemLabel

    from incident_tracker.plugin.core.bulletin import BulletinOptions, build_bulletin, export_pdf

    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / f"incident_tracker_{language}.qm"))
    title = translator.translate("BulletinBuilder", "Security incidents in the disputed territories")
    assert title and title != "Security incidents in the disputed territories"
    layout, _ = build_bulletin(store_path, BulletinOptions(START, END, language), QgsProject.instance())
    assert layout.itemById("title").text() == title
    labels = [item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    assert all(label.hAlign() in (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignHCenter) for label in labels)
    table = layout.itemById("zones_table").multiFrame()
    zone_heading = translator.translate("BulletinBuilder", "Zone")
    assert [c.heading() for c in table.columns()][-1] == zone_heading  # the first column on the right
    assert all(c.hAlignment() == Qt.AlignmentFlag.AlignRight for c in table.columns())
    # a zone page's figures table, 110 mm wide at 12 mm from the left edge in English, is at 12 mm from the right
    assert layout.itemById("zone_table:Kirkuk").pagePos().x() == pytest.approx(210 - 12 - 110)
    assert layout.itemById("attribution").hAlign() == Qt.AlignmentFlag.AlignRight
    export_pdf(layout, str(tmp_path / "bulletin.pdf"))
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", pdf_text(tmp_path / "bulletin.pdf", page=1))
    assert word in text
    assert "2024-05-01" in text  # dates kept left to right (not 01-05-2024)
    assert "+2" in text and "+200%" in text  # Kirkuk's change, sign first


def test_the_menu_opens_the_bulletin_dialog_for_the_active_store(qgis_iface, qgis_new_project, store_path,
                                                                 monkeypatch):
    import processing
    from qgis.PyQt.QtWidgets import QAction

    import incident_tracker

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda name, params: opened.append((name, params)))
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(store_path)
        action = next(a for a in qgis_iface.mainWindow().findChildren(QAction)
                      if a.objectName() == "IncidentTracker_bulletin")
        action.trigger()
        assert opened == [("incidenttracker:bulletin", {"STORE": store_path, "LANGUAGE": 0})]
    finally:
        plugin.unload()


def test_the_zones_filter_keeps_only_those_zones(provider, store_path, tmp_path):
    result = run_bulletin(store_path, tmp_path / "kirkuk.pdf", ZONES="Kirkuk")
    rows = zone_table(pdf_text(result["OUTPUT"], page=1))
    assert set(rows) == {"Kirkuk", "Total"} and tuple(rows["Kirkuk"][:4]) == (3, 3, 5, 0)
    assert result["PAGES"] == 3  # the title page, trends and main incidents, Kirkuk's page


def test_a_bulletin_of_a_team_store_on_postgis(pg_store, tmp_path, qgis_new_project):
    from incident_tracker.plugin.core.bulletin import BulletinOptions, build_bulletin, export_pdf

    for (lon, lat), day, killed, wounded, abducted, verification in INCIDENTS[:4]:
        pg_store.add_incident({"event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
                               "longitude": lon, "latitude": lat, "location": f"Place {day}", "geo_precision": 1,
                               "fatalities": killed, "wounded": wounded, "abducted": abducted,
                               "verification": verification},
                              [{"outlet": "Outlet", "url": f"https://example.org/{day}"}])
    layout, incidents = build_bulletin(pg_store, BulletinOptions(START, END), QgsProject.instance())
    assert incidents == 3
    assert layout.itemById("map").layers()[0].featureCount() == 3  # the map's incidents: the period's
    export_pdf(layout, str(tmp_path / "team.pdf"))
    assert re.search(r"Incidents: 3\s+Killed: 3\s+Wounded: 5\s+Abducted: 0", pdf_text(tmp_path / "team.pdf", page=1))


def test_the_title_map_shows_its_period_in_a_label_that_follows_the_map_s_range(provider, store_path, tmp_path,
                                                                                qgis_new_project):
    from qgis.core import QgsDateTimeRange, QgsLayoutItemLabel, QgsProject
    from qgis.PyQt.QtCore import QDateTime, QTime

    from incident_tracker.plugin.core.layout_period import PERIOD_LABEL_PROPERTY

    result = run_bulletin(store_path, tmp_path / "bulletin.pdf")
    text = pdf_text(result["OUTPUT"], page=1)
    assert "Shown: 1 May 2024 – 31 May 2024" in text
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    label = next(item for item in layout.items() if isinstance(item, QgsLayoutItemLabel)
                 and item.customProperty(PERIOD_LABEL_PROPERTY) == "map")
    title_map = layout.itemById("map")
    day = QDateTime(QDate(2024, 5, 14), QTime(0, 0))
    title_map.setTemporalRange(QgsDateTimeRange(day, day.addDays(1)))
    assert label.currentText() == "Shown: 14 May 2024"
    title_map.setIsTemporal(False)
    assert label.currentText() == ""
