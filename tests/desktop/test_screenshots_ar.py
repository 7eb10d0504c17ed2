"""The README's screenshot of the dock in Arabic, the Dara attack typed in (``make screenshots``)."""

from scenes import type_the_dara_attack

LANGUAGE = "ar"


def act_dock_in_arabic(person):
    dock = type_the_dara_attack(person, "قرية دارا")
    person.screenshot(person.iface.mainWindow(), "screenshot-dock-ar")
    return {"location": dock.form.location.text(), "date": dock.form.event_date.iso()}


def test_screenshot_of_the_dock_in_arabic(desktop):
    assert desktop.act("act_dock_in_arabic") == {"location": "قرية دارا", "date": "2020-06-14"}
