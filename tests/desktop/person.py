"""What a person does in the QGIS desktop, for the scenarios that run inside it (see driver.py).

Everything goes through real input events: key clicks into the widget that has the focus, mouse
clicks on widgets and on the map canvas's viewport. Nothing here sets a widget's value directly.
"""

import os

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)
from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from qgis.PyQt.QtGui import QKeyEvent, QMouseEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QScrollArea

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def modal_dialog():
    """The modal dialog open now (without a window manager, Qt may not count it as active)."""
    dialog = QApplication.activeModalWidget()
    if dialog is not None and dialog.isVisible():
        return dialog
    return next((w for w in reversed(QApplication.topLevelWidgets())
                 if w.isVisible() and isinstance(w, QDialog) and w.isModal()), None)


class Person:
    def __init__(self, iface, out_dir):
        self.iface = iface
        self.out_dir = out_dir
        self.canvas = iface.mapCanvas()
        self.log = []  # (tag, level, message) from QGIS's message log
        self.answers = []  # what the person answers to the next message boxes: "yes"/"no"
        self.asked = []  # the text of every message box the person answered
        QgsApplication.messageLog().messageReceived.connect(
            lambda message, tag, level: self.log.append((tag, int(level), message)))

    # --- the plugin --------------------------------------------------------------------------------
    @property
    def plugin(self):
        from qgis.utils import plugins

        return plugins["incident_tracker"]

    def action(self, name):
        """The plugin's menu action ``name`` (as in IncidentTracker_<name>)."""
        for action in self.plugin.actions:
            if action.objectName() == f"IncidentTracker_{name}":
                return action
        raise LookupError(name)

    def dock(self):
        """Open the incident dock the way a person does: from its menu entry."""
        if self.plugin.dock is None or not self.plugin.dock.isVisible():
            self.action("dock").trigger()
        self.wait()
        return self.plugin.dock

    # --- input -------------------------------------------------------------------------------------
    @staticmethod
    def wait(ms=50):
        QTest.qWait(ms)

    def click(self, widget, pos=None, button=Qt.MouseButton.LeftButton, double=False):
        self.scroll_to(widget)
        widget.window().activateWindow()
        pos = pos if pos is not None else widget.rect().center()
        if double:  # as a mouse sends it: press, release, then the double-click and its release
            QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos)
            QTest.mouseDClick(widget, button, Qt.KeyboardModifier.NoModifier, pos)
            QTest.mouseRelease(widget, button, Qt.KeyboardModifier.NoModifier, pos)
        else:
            QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos)
        self.wait()

    @staticmethod
    def scroll_to(widget):
        """Scroll the scroll areas holding ``widget`` (if any) until it shows, as a person would."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()

    def type(self, text):
        """Key clicks into whatever widget has the keyboard focus now: QTest's for printable ASCII and
        Return for a new line; other characters (Arabic, dashes) as the key events a keyboard layout
        or input method sends, each carrying its text (QTest's ASCII table does not know them)."""
        widget = QApplication.focusWidget()
        if widget is None:
            raise AssertionError("no widget has the focus to type into")
        for char in text:
            if char == "\n":
                QTest.keyClick(widget, Qt.Key.Key_Return)
            elif " " <= char <= "~":
                QTest.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        self.wait()

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget(), key, modifier)
        self.wait()

    def click_into(self, widget):
        """One click into a text field (a date's text field), near its start."""
        widget = getattr(widget, "editor", widget)
        self.click(widget, QPoint(8, widget.height() // 2))

    def paste(self, text):
        """Paste ``text`` (copied from elsewhere) into the widget that has the focus, with Ctrl+V."""
        QApplication.clipboard().setText(text)
        self.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    def select_all_and_type(self, text):
        self.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)

    def choose(self, combo, data):
        """Open a drop-down list with a click, go to the item whose data is ``data`` with the arrow
        keys and take it with Return."""
        index = combo.findData(data)
        if index < 0:
            raise LookupError(f"{data!r} is not in the list")
        self.click(combo)
        view = combo.view()
        self.wait(200)
        current = view.currentIndex().row() if view.currentIndex().isValid() else combo.currentIndex()
        key = Qt.Key.Key_Down if index > current else Qt.Key.Key_Up
        for _ in range(abs(index - current)):
            QTest.keyClick(view, key)
        QTest.keyClick(view, Qt.Key.Key_Return)
        self.wait()

    def map_position(self, longitude, latitude):
        transform = QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
        point = self.canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(longitude, latitude)))
        return QPoint(round(point.x()), round(point.y()))

    def click_map(self, longitude, latitude, double=False):
        self.click(self.canvas.viewport(), self.map_position(longitude, latitude), double=double)

    def drag(self, widget, start, end, steps=10):
        """Press the left button at ``start``, move to ``end`` holding it, release (a rubber band on the
        map). QTest's mouseMove carries no pressed button, so the moves are sent as a mouse sends them."""
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mousePress(widget, left, none, start)
        for step in range(1, steps + 1):
            pos = start + (end - start) * step / steps
            QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), Qt.MouseButton.NoButton,
                                                       left, none))
            self.wait(20)
        QTest.mouseRelease(widget, left, none, end)
        self.wait()

    # --- modal dialogs -----------------------------------------------------------------------------
    def when_dialog(self, handle, timeout_ms=10000):
        """Run ``handle(dialog)`` on the next modal dialog to open (exec() blocks the caller meanwhile)."""
        waited = [0]

        def poll():
            dialog = modal_dialog()
            if dialog is not None:
                self.wait(100)
                try:
                    handle(dialog)
                finally:
                    if dialog.isVisible() and isinstance(dialog, QDialog):
                        dialog.reject()
                return
            waited[0] += 100
            if waited[0] < timeout_ms:
                QTimer.singleShot(100, poll)

        QTimer.singleShot(100, poll)

    def click_ok(self, dialog):
        """Click the OK (accept) button of a dialog's button box."""
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                    self.click(button)
                    return
        raise LookupError(f"no OK button in {dialog.windowTitle()}")

    def wait_for_result(self, dialog, timeout_ms=120000):
        """Let QGIS run until ``dialog`` is done (accepted or rejected: work it started in the background,
        such as drafting, has ended); its result. The timeout is a guard against a hang, not a measure."""
        from qgis.PyQt.QtCore import QEventLoop

        if dialog.isVisible():
            loop = QEventLoop()
            dialog.finished.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        return dialog.result()

    def answer(self, reply, timeout_ms=10000):
        """Answer the next message box with ``reply`` ("yes" or "no"), remembering its text."""

        def handle(box):
            self.asked.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
            if isinstance(box, QMessageBox):
                wanted = QMessageBox.StandardButton.Yes if reply == "yes" else QMessageBox.StandardButton.No
                button = box.button(wanted)
                if button is not None:
                    self.click(button)

        self.when_dialog(handle, timeout_ms)

    # --- evidence ----------------------------------------------------------------------------------
    def screenshot(self, widget, name):
        self.wait(200)
        path = os.path.join(self.out_dir, f"{name}.png")
        widget.grab().save(path)
        return path

    def logged(self, level=None):
        return [m for tag, lvl, m in self.log if tag == "Incident Tracker" and (level is None or lvl >= level)]
