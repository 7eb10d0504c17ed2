"""Point 6 of issue 16: the Temporal Controller steps through the incidents a day (week, month) at a
time, and the map says which period it shows."""

from qgis.PyQt.QtWidgets import QAbstractButton, QDockWidget, QLabel, QWidget


def _temporal_panel(person):
    docks = [d for d in person.iface.mainWindow().findChildren(QDockWidget)
             if d.findChild(QWidget, "mNavigationAnimated") is not None]
    panel = docks[0]
    panel.show()
    person.wait(200)
    return panel


def act_animate_the_sample(person):
    panel = _temporal_panel(person)
    person.click(panel.findChild(QAbstractButton, "mNavigationAnimated"))
    navigation = person.canvas.temporalController()
    seen = {"frames": navigation.totalFrameCount(),
            "step": navigation.frameDuration().days()}
    person.click(panel.findChild(QAbstractButton, "mRewindButton"))
    for _ in range(35):  # to the Dara attack, 35 days after the first incident
        person.click(panel.findChild(QAbstractButton, "mNextButton"), )
    person.wait(800)
    label = person.canvas.findChild(QLabel, "IncidentTrackerPeriod")
    seen["label"] = label.text() if label is not None and label.isVisible() else None
    person.screenshot(person.iface.mainWindow(), "temporal")
    person.click(panel.findChild(QAbstractButton, "mNavigationOff"))
    seen["label_after_off"] = label.isVisible() if label is not None else None
    return seen


def test_the_step_fits_the_data(desktop):
    seen = desktop.act("act_animate_the_sample")
    assert seen["step"] == 1 and seen["frames"] <= 40  # the sample: 10 May to 14 June 2020, a day a frame


def test_the_map_says_which_period_it_shows(desktop):
    seen = desktop.act("act_animate_the_sample")
    assert seen["label"] == "Shown: 14 June 2020"
    assert seen["label_after_off"] is False
