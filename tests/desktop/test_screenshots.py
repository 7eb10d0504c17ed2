"""The README's screenshot of the dock in English, the Dara attack typed in (``make screenshots``)."""

from scenes import type_the_dara_attack


def act_dock_in_english(person):
    dock = type_the_dara_attack(person, "Dara village")
    person.screenshot(person.iface.mainWindow(), "screenshot-dock-en")
    form = dock.form
    return {"values": form.values()[0], "sources": len(form.sources), "wounded_range": form.wounded_range.text()}


def test_screenshot_of_the_dock_typed_in(desktop):
    seen = desktop.act("act_dock_in_english")
    assert seen["values"]["event_date"] == "2020-06-14" and seen["values"]["geo_precision"] == 2
    assert seen["values"]["sub_event_type"] == "Attack" and seen["sources"] == 2
    assert seen["wounded_range"] == "5 to 7 wounded"
