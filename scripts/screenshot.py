"""Run inside QGIS (``qgis --code scripts/screenshot.py``): save a screenshot of the main window and quit.

Environment: SCREENSHOT (output PNG), SCREENSHOT_DELAY_MS (default 12000), SCREENSHOT_SETUP (optional
Python file run in QGIS first, with ``iface`` available, e.g. to open the dock).
"""

import os

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

_setup = os.environ.get("SCREENSHOT_SETUP")


def _run_setup():
    if _setup:
        with open(_setup, encoding="utf-8") as f:
            exec(compile(f.read(), _setup, "exec"), {"iface": iface})  # noqa: S102 - our own script


def _shoot():
    iface.mapCanvas().refreshAllLayers()
    QApplication.processEvents()
    iface.mainWindow().grab().save(os.environ.get("SCREENSHOT", "/tmp/qgis.png"))
    QApplication.quit()


delay = int(os.environ.get("SCREENSHOT_DELAY_MS", "12000"))
QTimer.singleShot(max(delay - 6000, 1000), _run_setup)
QTimer.singleShot(delay, _shoot)
