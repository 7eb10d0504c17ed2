"""Point 5 of issue 16: what is hard to see in the desktop."""

from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPoint
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QLabel, QScrollArea

KHANAQIN = (45.391, 34.348)
# On the hatching of the Khanaqin–Mandali zone, away from the incidents' own symbols.
ON_HATCHING = (45.2, 34.7)


def _not_reddish(image, centre, radius=14):
    """Pixels around ``centre`` whose colour no one would take for the zones' red/orange hatching."""
    count = 0
    for x in range(centre.x() - radius, centre.x() + radius):
        for y in range(centre.y() - radius, centre.y() + radius):
            colour = QColor(image.pixel(x, y))
            hue, saturation = colour.hslHue(), colour.hslSaturation()
            if saturation > 80 and 45 <= hue <= 300:  # yellow, green, blue, violet
                count += 1
    return count


def act_picked_point_stands_out_on_the_hatching(person):
    dock = person.dock()
    dock.iface.mapCanvas().zoomScale(500000)
    person.canvas.setCenter(person.canvas.getCoordinateTransform().toMapCoordinates(
        person.map_position(*ON_HATCHING)))
    person.canvas.refreshAllLayers()
    person.wait(1500)
    person.click(dock.form.pick_button)
    person.click_map(*ON_HATCHING)
    person.wait(500)
    image = person.canvas.grab().toImage()
    person.screenshot(person.canvas, "picked_point")
    centre = person.map_position(*ON_HATCHING)
    return {"point": dock.form.point, "pick_pressed": dock.form.pick_button.isChecked(),
            "distinct_pixels": _not_reddish(image, centre)}


def act_another_map_tool_unpresses_pick(person):
    dock = person.dock()
    if not dock.form.pick_button.isChecked():
        person.click(dock.form.pick_button)
    pressed = dock.form.pick_button.isChecked()
    person.iface.actionPan().trigger()
    person.wait()
    return {"pressed_before": pressed, "pressed_after": dock.form.pick_button.isChecked()}


def _icon_bytes(action):
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    action.icon().pixmap(32, 32).toImage().save(buffer, "PNG")
    return bytes(data)


def act_menu_entries(person):
    menu_titles = [action.text() for action in person.plugin.actions]
    icons = {action.objectName(): _icon_bytes(action) for action in person.plugin.actions}
    vector_menu = person.iface.vectorMenu()
    paths = []
    for top in vector_menu.actions():
        if top.menu() is not None and "Incident Tracker" in top.text().replace("&", ""):
            paths = [a.text() for a in top.menu().actions()]
    return {"titles": menu_titles, "distinct_icons": len(set(icons.values())), "actions": len(icons),
            "vector_menu": paths}


def act_help_about(person):
    seen = {}

    def look(dialog):
        seen["title"] = dialog.windowTitle()
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        person.screenshot(dialog, "about")

    person.when_dialog(look)
    person.action("about").trigger()
    return seen


def act_processing_output_field_in_view(person):
    seen = {}

    def look(dialog):
        labels = [label for label in dialog.findChildren(QLabel) if "GeoPackage to share" in label.text()]
        area = next(a for a in dialog.findChildren(QScrollArea) if a.isVisible() and labels
                    and a.isAncestorOf(labels[0]))
        top = labels[0].mapTo(area.viewport(), QPoint(0, 0)).y()
        seen.update(label_top=top, viewport_height=area.viewport().height())
        person.screenshot(dialog, "export_dialog")

    person.when_dialog(look)
    person.action("export_gpkg").trigger()
    return seen


def act_every_processing_dialog_shows_its_outputs(person):
    """Each of the plugin's algorithms, opened as from the Processing Toolbox: where its outputs'
    fields are, against the visible height of its parameters panel."""
    import processing
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("incidenttracker")
    seen = {}
    for algorithm in provider.algorithms():
        outputs = [p.description() for p in algorithm.destinationParameterDefinitions()]

        def look(dialog, outputs=outputs, name=algorithm.id()):
            tops = []
            for label in dialog.findChildren(QLabel):
                if label.isVisible() and any(text and text in label.text() for text in outputs):
                    area = next(a for a in dialog.findChildren(QScrollArea) if a.isAncestorOf(label))
                    tops.append((label.mapTo(area.viewport(), QPoint(0, 0)).y(), area.viewport().height()))
            seen[name] = tops

        if outputs:
            person.when_dialog(look)
            processing.execAlgorithmDialog(algorithm.id(), {})
    return seen


def act_draft_chooser_fits_and_goes_away(person):
    dock = person.dock()
    width = dock.width()
    from drafting_reports import DARA, DARA_PUBLISHED  # the Kurdistan 24 report: an attack, an earlier abduction


    def fill(dialog):
        person.click_into(dialog.text)
        person.type(DARA)
        person.click_into(dialog.published)
        person.select_all_and_type(DARA_PUBLISHED.isoformat())
        person.click_into(dialog.outlet)
        person.type("Kurdistan 24")
        person.click_ok(dialog)
        person.wait_for_result(dialog)  # the drafting runs in the background

    person.when_dialog(fill)
    person.click(dock.draft_button)
    person.wait(300)
    seen = {"drafts": dock.draft_choice.count(), "chooser_shown": dock.draft_choice.isVisible(),
            "widened_by": dock.width() - width}
    person.click(dock.new_button)
    seen["chooser_after_new"] = dock.draft_choice.isVisible()
    return seen


def act_long_report_drafted_in_the_background_then_canceled(person):
    """A week of news pasted (~20,000 characters of the development corpus), Draft, then Cancel."""
    import json

    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from support import TEST_DATA

    reports = json.loads((TEST_DATA / "drafting_corpus" / "development.json").read_text(encoding="utf-8"))
    texts = [r["text"] for r in reports["reports"] if r["language"] == "ar"]
    report = "\n\n".join(texts[:next(n for n in range(len(texts)) if sum(map(len, texts[:n])) > 20000)])
    dock = person.dock()
    seen = {}

    def drafting_tasks():
        return [t.description() for t in QgsApplication.taskManager().activeTasks() if "Drafting" in t.description()]

    def fill(dialog):
        person.click_into(dialog.text)
        person.paste(report)
        person.click_into(dialog.published)
        person.select_all_and_type("2024-01-01")
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(dialog.drafting()))
        timer.start(20)
        person.click_ok(dialog)
        person.wait(300)
        timer.stop()
        seen["ticks_while_drafting"] = ticks.count(True)
        seen["task_listed"] = drafting_tasks()
        seen["while"] = {"draft_enabled": dialog.draft_button.isEnabled(), "read_only": dialog.text.isReadOnly(),
                         "busy_shown": dialog.busy.isVisible(), "message": dialog.message.text()}
        person.click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))
        seen["after_cancel"] = {"open": dialog.isVisible(), "text_kept": dialog.text.toPlainText() == report,
                                "draft_enabled": dialog.draft_button.isEnabled(), "message": dialog.message.text()}
        person.click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))
        seen["closed"] = not dialog.isVisible()

    person.when_dialog(fill)
    person.click(dock.draft_button)
    waited = 0
    while drafting_tasks() and waited < 120000:  # the rules end in their thread; the next act starts after
        person.wait(100)
        waited += 100
    seen["proposed"] = dock.draft_choice.count()
    return seen


def test_the_picked_point_is_seen_on_the_red_hatching(desktop):
    seen = desktop.act("act_picked_point_stands_out_on_the_hatching")
    assert seen["point"] is not None and abs(seen["point"][0] - ON_HATCHING[0]) < 0.01
    assert seen["distinct_pixels"] > 60


def test_choosing_another_map_tool_unpresses_pick(desktop):
    assert desktop.act("act_another_map_tool_unpresses_pick") == {"pressed_before": True, "pressed_after": False}


def test_each_menu_entry_has_its_own_icon_under_vector_incident_tracker(desktop):
    seen = desktop.act("act_menu_entries")
    assert seen["distinct_icons"] == seen["actions"]
    assert seen["vector_menu"] == seen["titles"]


def test_help_about(desktop):
    seen = desktop.act("act_help_about")
    assert "Incident Tracker" in seen["title"]
    assert "README" in seen["text"] and "Version" in seen["text"]


def test_processing_dialog_shows_its_output_field(desktop):
    seen = desktop.act("act_processing_output_field_in_view")
    assert 0 <= seen["label_top"] < seen["viewport_height"] - 20


def test_every_processing_dialog_opens_with_its_output_fields_in_view(desktop):
    seen = desktop.act("act_every_processing_dialog_shows_its_outputs")
    assert seen, "no algorithm with an output"
    for name, tops in seen.items():
        assert tops, f"{name}: no output field found"
        assert all(top < height - 20 for top, height in tops), f"{name}: {tops}"


def test_the_draft_chooser_does_not_widen_the_dock_and_goes_away_after_new(desktop):
    seen = desktop.act("act_draft_chooser_fits_and_goes_away")
    assert seen["drafts"] >= 2 and seen["chooser_shown"]
    assert seen["widened_by"] <= 10
    assert seen["chooser_after_new"] is False


def test_a_long_report_drafts_in_the_background_and_cancel_keeps_the_text(desktop):
    seen = desktop.act("act_long_report_drafted_in_the_background_then_canceled")
    assert seen["ticks_while_drafting"] > 0  # QGIS answered while the rules ran
    assert seen["task_listed"] == ["Drafting incidents from a report"]  # in QGIS's task manager
    assert seen["while"]["draft_enabled"] is False and seen["while"]["read_only"] and seen["while"]["busy_shown"]
    assert "Drafting" in seen["while"]["message"]
    after = seen["after_cancel"]
    assert after["open"] and after["text_kept"] and after["draft_enabled"] and "canceled" in after["message"]
    assert seen["closed"] and seen["proposed"] == 0
