"""Point 7 of issue 16, and the dock in Arabic: a project made in English opened in an Arabic QGIS."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

LANGUAGE = "ar"


def _legend_labels(layer):
    renderer = layer.renderer()
    renderer = getattr(renderer, "embeddedRenderer", lambda: renderer)() or renderer
    return [c.label() for c in renderer.categories()]


def act_layers_legend_and_labels(person):
    project = QgsProject.instance()
    layers = {layer.customProperty("incident_tracker/table") or layer.source().split("layername=")[-1]: layer
              for layer in project.mapLayers().values()}
    incidents = layers["incidents"]
    groups = layers["zone_groups"]
    return {"incidents": incidents.name(), "sources": layers["sources"].name(),
            "legend": _legend_labels(incidents), "zone_groups": groups.name(),
            "zone_legend": _legend_labels(groups),
            "zone_labels": groups.labeling().settings().fieldName if groups.labeling() else None,
            "alias": incidents.attributeDisplayName(incidents.fields().indexOf("fatalities")),
            "group": project.layerTreeRoot().children()[0].name(),
            "zones_group": project.layerTreeRoot().children()[-1].name()}


def act_dock_in_arabic(person):
    dock = person.dock()
    form = dock.form
    person.click_into(form.event_date)
    person.type("٢٠٢٠-٠٦-١٤")  # Arabic-Indic digits, as an Arabic keyboard types them
    person.key(Qt.Key.Key_Tab)
    seen = {"direction": dock.layoutDirection() == Qt.LayoutDirection.RightToLeft, "date": form.event_date.iso(),
            "empty_end_date": form.date_end.editor.text()}
    person.screenshot(person.iface.mainWindow(), "screenshot-dock-ar")
    return seen


def act_zone_filter_list(person):
    dock = person.dock()
    bar = dock.tabs.tabBar()
    person.click(bar, bar.tabRect(dock.tabs.indexOf(dock.incident_list)).center())
    combo = dock.incident_list.zone
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    person.choose(combo, "Khanaqin–Mandali")
    person.wait(300)
    return {"items": items, "rows": dock.incident_list.table.model().rowCount()}


def test_the_zone_filter_list_is_arabic_and_still_filters(desktop):
    seen = desktop.act("act_zone_filter_list")
    assert ["خانقين", "Khanaqin"] in seen["items"] and ["خانقين–مندلي", "Khanaqin–Mandali"] in seen["items"]
    assert seen["rows"] == 2


def test_layer_legend_and_form_names_are_arabic(desktop):
    seen = desktop.act("act_layers_legend_and_labels")
    assert seen["incidents"] == "الحوادث" and seen["sources"] == "المصادر"
    assert any(label.startswith("عنف ضد المدنيين") for label in seen["legend"])
    assert seen["alias"] == "القتلى (أفضل تقدير)"
    assert seen["group"].startswith("متتبع الحوادث")
    assert seen["zone_groups"] == "مجموعات المناطق المتنازع عليها"
    assert seen["zones_group"] == "مناطق الحدود المتنازع عليها"
    assert all(label and label.isascii() is False for label in seen["zone_legend"])


def test_zone_labels_on_the_map_are_in_arabic_where_known(desktop):
    assert "zone_group_ar" in desktop.act("act_layers_legend_and_labels")["zone_labels"]


def test_the_dock_is_right_to_left_and_takes_arabic_digits(desktop):
    seen = desktop.act("act_dock_in_arabic")
    assert seen["direction"] and seen["date"] == "2020-06-14"
    assert seen["empty_end_date"] == ""


def test_opening_the_english_project_in_arabic_raises_no_error(desktop):
    assert desktop.said_at_start() == []
