"""Situation bulletins: a print layout of a period's incidents in the disputed zones, and its PDF.

Page 1: the map of the period's incidents over the zones (with the boundaries' attribution), the
period's totals and a table per zone against the previous period of the same length. Page 2:
incidents per week or month, trend alerts, the main incidents with their sources. Then one page per
disputed zone with incidents: its map, who held it, its figures and its incidents. The layout is
kept in the project's layout manager (named after the period and language), so the analyst can
adjust it and export it again. Arabic and Sorani bulletins run right to left.
"""

import os
import re
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDateTimeRange,
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QDateTime, QTime

from ..domain import exports
from ..domain import zones_definition as zd
from ..domain.bulletin_figures import Change, main_incidents, previous_period, series, totals, zone_figures
from ..domain.control_periods import control_periods, period_on
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.layer_filter import subset_sql
from ..domain.trends import TRENDFINDER_MARGIN, trend_alerts
from ..domain.zone_statistics import OUTSIDE_LABEL
from ..domain.zone_tables import ATTRIBUTION, GROUPS_LAYER, SUBDISTRICTS_LAYER
from .bulletin_language import BulletinError, Language
from .compat import text_render_always_text
from .export_files import AtomicOutput, opened_store
from .layout_items import ACCENT_COLOUR, CONTENT_WIDTH, MARGIN, Sheet

MAP_CRS = "EPSG:32638"  # WGS 84 / UTM zone 38N: Iraq's disputed territories lie within it
LAYOUT_PROPERTY = "incident_tracker/bulletin"
ROW_HEIGHT = 5.2  # mm: a table row of 8 pt text with its margins
FIGURE_HEADERS = (QT_TRANSLATE_NOOP("BulletinBuilder", "Incidents"), QT_TRANSLATE_NOOP("BulletinBuilder", "Killed"),
                  QT_TRANSLATE_NOOP("BulletinBuilder", "Wounded"), QT_TRANSLATE_NOOP("BulletinBuilder", "Abducted"))


@dataclass
class BulletinOptions:
    start: str
    end: str
    language: str = "en"
    zones: tuple = ()
    verification: tuple = ()
    main_incidents: int = 10
    title: str = None
    margin: float = TRENDFINDER_MARGIN


@dataclass
class BulletinData:
    incidents: list  # every incident kept by the zone and verification filters up to the end date
    sources: dict  # incident uuid: [source]
    store_name: str
    zones_gpkg: str = None
    incidents_uri: tuple = None  # (uri, provider) of the store's incidents layer


def bulletin_data(store, options):
    """What the bulletin shows, read from ``store`` (a store or its location)."""
    from .stores import zones_path

    store, opened = opened_store(store)
    try:
        incidents, sources = store.all_rows()
        zones = zones_path(store)
        data = BulletinData([], {}, store.display_name, zones if os.path.isfile(zones) else None,
                            (store.layer_uri("incidents"), store.layer_provider))
    finally:
        if opened:
            store.close()
    incidents, sources = exports.select(incidents, sources, None, options.end, options.zones, options.verification)
    data.incidents = incidents
    data.sources = exports.sources_by_incident(sources)
    return data


def _blocking_labels():
    """Labelling that draws nothing and keeps other layers' labels off the features ("Blocking")."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.drawLabels = False
    settings.obstacleSettings().setIsObstacle(True)
    settings.obstacleSettings().setFactor(2.0)
    return QgsVectorLayerSimpleLabeling(settings)


def _short_url(url):
    """The address without its scheme and "www." (narrower table cells; still a working address)."""
    return re.sub(r"^(https?://)?(www\.)?", "", url or "")


def _sources_text(sources):
    return "\n".join(f"{s.get('outlet') or ''} {_short_url(s.get('url'))}".strip() for s in sources) or "–"


class BulletinBuilder:
    def __init__(self, data, options, project):
        self.data, self.options, self.project = data, options, project
        self.language = Language(options.language)
        self.tr = self.language.tr
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()  # one A4 page (landscape)
        self.layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.setName(layout_name(options))
        self.layout.setCustomProperty(LAYOUT_PROPERTY, options.language)
        self.sheet = Sheet(self.layout, self.language.right_to_left)
        self.previous = previous_period(options.start, options.end)
        self.period_incidents = [i for i in data.incidents if options.start <= str(i["event_date"])[:10]]
        self.crs = QgsCoordinateReferenceSystem(MAP_CRS)
        self.layers = {}
        self.chart_on_title_page = False

    # --- layers --------------------------------------------------------------------------------
    def map_layers(self):
        """The period's incidents over the zones, added to the project so that the saved layout keeps them."""
        from qgis.core import QgsVectorLayer

        from .layers import make_temporal, style_incidents
        from .zone_layers import region_renderer, zone_layer

        name = self.layout.name()
        uri, provider = self.data.incidents_uri
        incidents = QgsVectorLayer(uri, f"{name}: " + self.tr("Incidents"), provider)
        incidents.setSubsetString(subset_sql(self.options.start, self.options.end, self.options.zones,
                                             self.options.verification))
        style_incidents(incidents)
        make_temporal(incidents)  # the maps' range is the period (label_period_of): a narrower one shows less
        self.relabel(incidents, lambda value: self.tr(value, "taxonomy") if value else self.tr("Other", "layers"))
        incidents.setLabeling(_blocking_labels())  # zone names are placed off the incidents
        incidents.setLabelsEnabled(True)
        layers = [incidents]
        if self.data.zones_gpkg:
            for table in (GROUPS_LAYER, SUBDISTRICTS_LAYER):
                layer = zone_layer(self.data.zones_gpkg, table, self.options.language)
                if layer is not None:
                    # hatching would write thousands of clipped lines per map into the PDF: the zone
                    # groups outlined over lightly filled sub-districts instead
                    layer.setRenderer(region_renderer("outlined" if table == GROUPS_LAYER else "filled"))
                    layer.setName(f"{name}: {layer.name()}")
                    self.relabel(layer, lambda value: self.tr(zd.STATUS_OF_REGION.get(value, value or ""), "zones"))
                    layers.append(layer)
                    self.layers[table] = layer
        # in a group of their own at the bottom of the layer tree, unticked: the layout's maps keep their
        # layers whatever is ticked, and the analyst finds them there to restyle them
        root = self.project.layerTreeRoot()
        group = root.insertGroup(len(root.children()), name)
        group.setItemVisibilityChecked(False)
        for layer in layers:
            layer.setCustomProperty(LAYOUT_PROPERTY, name)
            self.project.addMapLayer(layer, False)
            group.addLayer(layer)
        return layers

    @staticmethod
    def relabel(layer, label_of):
        """Legend labels of a categorised layer in the bulletin's language (the styles use the UI's)."""
        renderer = layer.renderer()
        while not hasattr(renderer, "categories") and getattr(renderer, "embeddedRenderer", None):
            renderer = renderer.embeddedRenderer()  # inside the point displacement that separates shared points
        for index, category in enumerate(getattr(renderer, "categories", list)()):
            renderer.updateCategoryLabel(index, label_of(category.value()))

    def extent(self, zone=None):
        """The extent (map CRS) of ``zone`` (an area's English name), else of the disputed zones or the
        filtered zones, else of the incidents."""
        layer = self.layers.get(SUBDISTRICTS_LAYER)
        box = QgsRectangle()
        if layer is not None:
            names = [zone] if zone else list(self.options.zones)
            if names:
                values = ", ".join(QgsExpression.quotedValue(n) for n in names)
                expression = " OR ".join(f'"{c}" IN ({values})' for c in ("zone_name_en", "zone_group", "admin2",
                                                                          "admin1"))
            else:
                expression = "\"region\" IN ('disputed', 'claimed')"
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
                box.combineExtentWith(feature.geometry().boundingBox())
            source_crs = layer.crs()
        if box.isEmpty():
            points = [i for i in (self.period_incidents if not zone else self.zone_incidents(zone))
                      if i.get("longitude") is not None]
            for incident in points:
                box.combineExtentWith(QgsRectangle(incident["longitude"], incident["latitude"],
                                                   incident["longitude"], incident["latitude"]))
            source_crs = QgsCoordinateReferenceSystem("EPSG:4326")
            box.grow(0.2)
        transform = QgsCoordinateTransform(source_crs, self.crs, self.project)
        box = transform.transformBoundingBox(box)
        box.scale(1.08)
        return box

    def attribution(self):
        """The boundaries' attribution, when the maps show boundaries."""
        return ATTRIBUTION + ". " if self.layers else ""

    def zone_incidents(self, zone):
        return [i for i in self.period_incidents if i.get("disputed_zone") == zone]

    # --- pages ---------------------------------------------------------------------------------
    def build(self):
        layers = self.map_layers()
        rows = zone_figures(self.data.incidents, self.options.start, self.options.end)
        self.title_page(layers, rows)
        self.trend_page()
        for row in rows:
            if row.zone != OUTSIDE_LABEL and row.current.incidents:
                self.zone_page(layers, row)
        return self.layout

    def period_text(self):
        ltr = self.language.ltr
        return self.tr("{start} to {end}, compared with {previous_start} to {previous_end}").format(
            start=ltr(self.options.start), end=ltr(self.options.end), previous_start=ltr(self.previous[0]),
            previous_end=ltr(self.previous[1]))

    def filters_text(self):
        parts = [self.tr("Incidents of {store}").format(store=self.data.store_name)]
        if self.options.zones:
            parts.append(self.tr("zones: {zones}").format(zones=", ".join(self.language.zone(z)
                                                                          for z in self.options.zones)))
        if self.options.verification:
            parts.append(self.tr("verification: {statuses}").format(
                statuses=", ".join(self.tr(v, "taxonomy") for v in self.options.verification)))
        return " · ".join(parts)

    def figures_text(self, tally):
        return "   ".join(f"{self.tr(h)}: {v}" for h, v in zip(FIGURE_HEADERS, tally.as_tuple()))

    def title_page(self, layers, rows):
        s = self.sheet
        title = self.options.title or self.tr("Security incidents in the disputed territories")
        s.label(0, title, MARGIN, 10, CONTENT_WIDTH, 10, 16, bold=True, colour=ACCENT_COLOUR, item_id="title")
        s.label(0, self.period_text(), MARGIN, 20, CONTENT_WIDTH, 6, 9.5, item_id="period")
        s.label(0, self.filters_text(), MARGIN, 26, CONTENT_WIDTH, 6, 8)
        title_map = s.map(0, layers, self.extent(), self.crs, MARGIN, 33, CONTENT_WIDTH, 108, item_id="map")
        self.label_period_of(0, title_map, 33)
        s.legend(0, title_map, [layers[0], layers[-1]], MARGIN + 1.5, 33 + 108 - 1.5, 45, 40)
        s.label(0, self.attribution() + self.tr("Incidents coloured by event type, sized by the number killed."),
                MARGIN, 142, CONTENT_WIDTH, 5, 6.5, item_id="attribution")
        current, previous = totals(rows)
        s.label(0, self.figures_text(current), MARGIN, 149, CONTENT_WIDTH, 7, 11, bold=True, item_id="totals")
        s.label(0, self.tr("By zone"), MARGIN, 158, CONTENT_WIDTH, 6, 10, bold=True, colour=ACCENT_COLOUR)
        headers = ([self.tr("Zone")] + [self.tr(h) for h in FIGURE_HEADERS]
                   + [self.tr("Previous period"), self.tr("Change")])
        table_rows = [[self.language.zone(r.zone), *r.current.as_tuple(), r.previous.incidents,
                       self.language.ltr(r.change.text())]
                      for r in rows]
        table_rows.append([self.tr("Total"), *current.as_tuple(), previous.incidents,
                           self.language.ltr(Change(current.incidents, previous.incidents).text())])
        table_height = 6 + ROW_HEIGHT * (len(table_rows) + 1)
        s.table(0, headers, table_rows, MARGIN, 165, CONTENT_WIDTH, max(table_height, 30),
                widths=[46, 18, 16, 18, 18, 26, 28], item_id="zones_table")
        # the chart joins the title page when the zone table leaves room for it
        self.chart_on_title_page = 165 + table_height + 4 + 70 <= 287
        if self.chart_on_title_page:
            self.chart(0, 165 + table_height + 4)

    def label_period_of(self, page, map_item, top):
        """The map's temporal range is the bulletin's period (what its incidents are filtered by), and a
        label over the map's top corner reads it: it follows the range if the analyst changes it."""
        start = QDateTime(QDate.fromString(self.options.start, "yyyy-MM-dd"), QTime(0, 0))
        end = QDateTime(QDate.fromString(self.options.end, "yyyy-MM-dd").addDays(1), QTime(0, 0))
        map_item.setIsTemporal(True)
        map_item.setTemporalRange(QgsDateTimeRange(start, end))
        self.sheet.period_label(page, map_item, self.options.language, self.tr("Shown: {period}", "PeriodLabel"),
                                MARGIN + 1.5, top + 1.5, 80, 5.5)

    def chart(self, page, top):
        """Incidents per week (or month) of the period: heading and bars, 70 mm high."""
        step, bins = series(self.period_incidents, self.options.start, self.options.end)
        heading = self.tr("Incidents per week") if step == "week" else self.tr("Incidents per month")
        self.sheet.label(page, heading, MARGIN, top, CONTENT_WIDTH, 7, 11, bold=True, colour=ACCENT_COLOUR)
        labels = [bin_label(step, b) for b in bins]
        self.sheet.bar_chart(page, list(zip(labels, [b.incidents for b in bins])), MARGIN, top + 8, CONTENT_WIDTH, 58)

    def trend_page(self):
        s = self.sheet
        page = s.new_page()
        top = 10
        if not self.chart_on_title_page:
            self.chart(page, top)
            top += 70
        s.label(page, self.tr("Trend alerts"), MARGIN, top, CONTENT_WIDTH, 7, 11, bold=True, colour=ACCENT_COLOUR)
        s.label(page, self.trend_text(), MARGIN, top + 7, CONTENT_WIDTH, 22, 8.5, item_id="trends")
        s.label(page, self.tr("Main incidents"), MARGIN, top + 30, CONTENT_WIDTH, 7, 11, bold=True,
                colour=ACCENT_COLOUR)
        chosen = main_incidents(self.period_incidents, self.options.start, self.options.end,
                                self.options.main_incidents)
        self.incident_table(page, chosen, top + 38, 285 - top - 38, with_zone=True, item_id="main_incidents")

    def trend_text(self):
        rule = self.tr("Zones whose last four weeks (to {end}) exceed the mean per four weeks of the 52 weeks before "
                  "by more than {margin}% (ACLED Trendfinder's margin).").format(
            end=self.language.ltr(self.options.end), margin=round(self.options.margin * 100))
        alerts = trend_alerts(self.data.incidents, self.options.end, self.options.margin)
        if not alerts:
            return rule + "\n" + self.tr("No zone is above that level.")
        lines = [self.tr("{zone}: {recent} incidents against a mean of {mean}").format(
            zone=self.language.zone(a.zone), recent=a.recent, mean=f"{a.baseline:.1f}") for a in alerts]
        return rule + "\n" + "\n".join(lines)

    def incident_table(self, page, incidents, top, height, with_zone, item_id=None):
        headers = [self.tr("Date"), self.tr("Place")] + ([self.tr("Zone")] if with_zone else []) + [
            self.tr("Event type"), self.tr("Killed"), self.tr("Wounded"), self.tr("Abducted"), self.tr("Sources")]
        rows = []
        for incident in incidents:
            zone = [self.language.zone(incident.get("disputed_zone") or OUTSIDE_LABEL)] if with_zone else []
            rows.append([self.language.ltr(str(incident["event_date"])[:10]), incident.get("location") or ""] + zone + [
                self.tr(incident.get("event_type") or "", "taxonomy"), incident.get("fatalities") or 0,
                incident.get("wounded") or 0, incident.get("abducted") or 0,
                self.language.ltr(_sources_text(self.data.sources.get(incident.get("uuid"), ())))])
        widths = [17, 28] + ([22] if with_zone else []) + [24, 11, 13, 13, 42 + (0 if with_zone else 24)]  # + margins
        if not rows:
            rows = [[self.tr("No incidents in this period")] + [""] * (len(headers) - 1)]
        self.sheet.table(page, headers, rows, MARGIN, top, CONTENT_WIDTH, height, widths=widths, size=7,
                         item_id=item_id)

    def zone_page(self, layers, row):
        s = self.sheet
        page = s.new_page()
        name = self.language.zone(row.zone)
        group = self.language.zone(row.zone_group) if row.zone_group else ""
        s.label(page, name + (f" ({group})" if group and group != name else ""), MARGIN, 10, CONTENT_WIDTH, 9, 14,
                bold=True, colour=ACCENT_COLOUR, item_id=f"zone_page:{row.zone}")
        held = period_on(control_periods(self.language.definition), row.zone, self.options.end)
        if held is not None:
            since = self.tr("since {date}").format(date=self.language.ltr(held.start)) if held.start else ""
            cited = "; ".join(self.language.definition.sources[s_id]["publisher"] for s_id in held.sources)
            sources = f"\n{self.tr('Sources')}: {self.language.ltr(cited)}" if cited else ""
            s.label(page, self.tr("Held by: {holder}").format(holder=self.language.holder(held.controlled_by)) +
                    (f" {since}" if since else "") + sources, MARGIN, 19, CONTENT_WIDTH, 8, 8)
        s.label(page, self.period_text(), MARGIN, 27, CONTENT_WIDTH, 5, 8)
        zone_map = s.map(page, layers, self.extent(row.zone), self.crs, MARGIN, 33, CONTENT_WIDTH, 109,
                         item_id=f"zone_map:{row.zone}")
        self.label_period_of(page, zone_map, 33)
        s.label(page, self.attribution(), MARGIN, 143, CONTENT_WIDTH, 5, 6.5)
        headers = ["", self.tr("This period"), self.tr("Previous period"), self.tr("Change")]
        figures = [[self.tr(h), now, before, self.language.ltr(Change(now, before).text())] for h, now, before in
                   zip(FIGURE_HEADERS, row.current.as_tuple(), row.previous.as_tuple())]
        s.table(page, headers, figures, MARGIN, 150, 110, 30, widths=[28, 24, 26, 24], item_id=f"zone_table:{row.zone}")
        step, bins = series(self.zone_incidents(row.zone), self.options.start, self.options.end)
        per = self.tr("Incidents per week") if step == "week" else self.tr("Incidents per month")
        counts = self.language.ltr(" · ".join(f"{bin_label(step, b)}: {b.incidents}" for b in bins))
        s.label(page, f"{per}:\n{counts}", MARGIN + 114, 150, CONTENT_WIDTH - 114, 30, 7.5)
        incidents = main_incidents(self.zone_incidents(row.zone), self.options.start, self.options.end, 14)
        self.incident_table(page, incidents, 184, 100, with_zone=False)


def bin_label(step, series_bin):
    """A week by its first day (MM-DD), a month as YYYY-MM."""
    return series_bin.start[5:] if step == "week" else series_bin.start[:7]


def layout_name(options):
    return f"Bulletin {options.start} – {options.end} ({options.language})"


def build_bulletin(store, options, project):
    """(print layout, incidents of the period): the layout is added to ``project``'s layout manager
    (replacing one of the same name, and its layers)."""
    data = bulletin_data(store, options)
    builder = BulletinBuilder(data, options, project)
    manager = project.layoutManager()
    name = builder.layout.name()
    old = manager.layoutByName(name)
    if old is not None:
        manager.removeLayout(old)
    project.removeMapLayers([layer.id() for layer in project.mapLayers().values()
                             if layer.customProperty(LAYOUT_PROPERTY) == name])
    old_group = project.layerTreeRoot().findGroup(name)
    if old_group is not None:
        project.layerTreeRoot().removeChildNode(old_group)
    layout = builder.build()
    manager.addLayout(layout)
    return layout, len(builder.period_incidents)


def export_pdf(layout, path):
    """Export ``layout`` to ``path`` (text kept as text); the file appears only once complete."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = text_render_always_text()
    settings.rasterizeWholeImage = False
    with AtomicOutput(path) as temporary:
        result = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise BulletinError(QCoreApplication.translate("BulletinBuilder", "The PDF could not be written to {path}.")
                                .format(path=path))
    return path
