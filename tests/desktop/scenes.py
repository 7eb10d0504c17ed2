"""Scenes the screenshot modules play in the desktop (typed and clicked, as a person does)."""

from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt.QtCore import Qt

# The disputed belt from Sinjar to Khanaqin (EPSG:4326).
BELT = QgsRectangle(41.0, 33.6, 46.6, 37.2)


def show_the_belt(person):
    main = person.iface.mainWindow()
    main.showNormal()
    main.resize(1600, 1000)
    person.wait(300)
    dock = person.dock()
    main.resizeDocks([dock], [540], Qt.Orientation.Horizontal)
    person.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    person.canvas.setExtent(BELT)
    person.canvas.refreshAllLayers()
    person.wait(1500)
    return dock


def add_source(person, form, outlet, url=None, **figures):
    """Add… in the dock's Sources, then the outlet, URL and figures typed into the source dialog."""
    def fill(dialog):
        person.click_into(dialog.outlet)
        person.type(outlet)
        if url:
            person.click_into(dialog.url)
            person.type(url)
        for name, value in figures.items():
            person.click_into(getattr(dialog, name))
            person.select_all_and_type(str(value))
        person.click_ok(dialog)

    person.when_dialog(fill)
    person.click(form.add_source_button)


def type_the_dara_attack(person, location):
    """The Dara attack of 13–14 June 2020 (Kurdistan 24, KirkukNow), typed into the dock."""
    dock = show_the_belt(person)
    form = dock.form
    person.click_into(form.coordinates)
    person.type("34.348, 45.391")
    person.key(Qt.Key.Key_Tab)
    person.click_into(form.location)
    person.type(location)
    person.choose(form.geo_precision, 2)
    person.click_into(form.event_date)
    person.type("2020-06-14")
    person.key(Qt.Key.Key_Tab)
    person.choose(form.event_type, "Violence against civilians")
    person.choose(form.sub_event_type, "Attack")
    add_source(person, form, "Kurdistan 24", "https://www.kurdistan24.net/en/story/22600",
               fatalities=7, wounded=7)
    add_source(person, form, "KirkukNow", "https://kirkuknow.com/en/news/62501", fatalities=7, wounded=5)
    person.scroll_to(form.event_date)
    person.wait(1000)
    return dock
