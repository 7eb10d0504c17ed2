"""Point 8 of issue 16: the statistics dialog opened from the menu keeps following its period after
the garbage collector ran; an error inside one of its slots reaches the message log and the user."""

import gc

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QLineEdit, QTableWidget

TITLE = "Incidents by disputed zone"


def _dialog_on_screen():
    """The statistics window as a person finds it: by its title, whatever Python still knows of it."""
    return next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == TITLE)


def _incidents_shown(dialog):
    table = dialog.findChild(QTableWidget)
    return sum(int(table.item(row, 2).text()) for row in range(table.rowCount()))


def _type_start(person, dialog, text):
    start = dialog.findChild(QLineEdit, "period_start")
    person.click_into(start)
    person.select_all_and_type(text)
    person.key(Qt.Key.Key_Tab)


def act_left_to_the_event_loop_then_used(person):
    person.dock()
    person.action("statistics").trigger()
    for _ in range(3):  # what a long session does sooner or later
        person.wait(200)
        gc.collect()
    dialog = _dialog_on_screen()
    seen = {"before": _incidents_shown(dialog)}
    _type_start(person, dialog, "2020-06-01")
    seen["after"] = _incidents_shown(dialog)
    return seen


def act_error_in_a_slot_is_logged_and_told(person):
    dialog = _dialog_on_screen()
    store = person.plugin.store
    original = store.query

    def broken(*args, **kwargs):
        raise RuntimeError("the store went away")

    store.query = broken
    person.iface.messageBar().clearWidgets()
    try:
        _type_start(person, dialog, "2020-05-01")
    finally:
        store.query = original
    bar = [item.text() for item in person.iface.messageBar().items()]
    _type_start(person, dialog, "2020-01-01")
    return {"log": person.logged(), "bar": bar, "still_works": _incidents_shown(dialog), "open": dialog.isVisible()}


def test_statistics_follow_the_period_after_garbage_collection(desktop):
    seen = desktop.act("act_left_to_the_event_loop_then_used")
    assert seen == {"before": 2, "after": 1}


def test_an_error_in_a_slot_reaches_the_log_and_the_user_and_the_dialog_lives(desktop):
    seen = desktop.act("act_error_in_a_slot_is_logged_and_told")
    assert any("the store went away" in message for message in seen["log"])
    assert any("message log" in text for text in seen["bar"])
    assert seen["open"] and seen["still_works"] == 2
    assert desktop.uncaught("act_error_in_a_slot_is_logged_and_told") == []
