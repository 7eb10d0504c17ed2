"""Runs inside the QGIS desktop (``qgis --code driver.py``): the ``act_*`` functions of one test module.

HARNESS_MODULE names the test module, HARNESS_OUT the folder for results.json and screenshots. Each
act gets a :class:`person.Person` and returns what it saw (JSON); an exception is recorded with its
traceback. A watchdog closes a modal dialog left open by an act, so one stuck act cannot hang the run.
Python errors QGIS would show as "Python error" are recorded too. QGIS is left with ``os._exit``.
"""

import importlib.util
import inspect
import json
import os
import sys
import time
import traceback

from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

OUT = os.environ["HARNESS_OUT"]
MODULE = os.environ["HARNESS_MODULE"]
ACT_SECONDS = 30
sys.path[:0] = [os.path.dirname(os.path.abspath(MODULE)), os.path.dirname(os.path.dirname(os.path.abspath(MODULE)))]

results = {"acts": {}, "uncaught": [], "watchdog": []}
current = {"name": None, "started": 0.0}
_previous_hook = sys.excepthook


def _record_uncaught(kind, value, trace):
    results["uncaught"].append({"act": current["name"],
                                "error": "".join(traceback.format_exception(kind, value, trace))})


def _watchdog():
    """An act stuck past ACT_SECONDS: its modal dialog is closed; past twice that, QGIS is left."""
    if not current["name"]:
        return
    elapsed = time.monotonic() - current["started"]
    if elapsed > 2 * ACT_SECONDS:
        results["acts"][current["name"]] = {"ok": False, "error": f"stuck for {elapsed:.0f} s; QGIS left"}
        _write()
        os._exit(3)
    if elapsed > ACT_SECONDS:
        from person import modal_dialog

        dialog = modal_dialog() or QApplication.activePopupWidget()
        if dialog is not None:
            results["watchdog"].append({"act": current["name"], "closed": dialog.windowTitle()})
            dialog.close()


def _write():
    with open(os.path.join(OUT, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1, default=str)


def run():
    from person import Person

    sys.excepthook = _record_uncaught
    spec = importlib.util.spec_from_file_location("desktop_scenario", MODULE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    only = set(filter(None, os.environ.get("HARNESS_ONLY", "").split(",")))  # while writing a test
    acts = sorted((f for name, f in vars(module).items() if name.startswith("act_") and inspect.isfunction(f)
                   and (not only or name in only)), key=lambda f: f.__code__.co_firstlineno)
    person = Person(iface, OUT)
    # What the plugin said while QGIS started and read the project, before any act (QGIS's own
    # messages, such as a font it could not download, are not the plugin's).
    ours = {QCoreApplication.translate(context, "Incident Tracker") for context in ("slots", "IncidentTracker")}
    results["message_bar_at_start"] = [item.text() for item in iface.messageBar().items() if item.title() in ours]
    iface.mainWindow().showMaximized()
    person.wait(300)
    for act in acts:
        current.update(name=act.__name__, started=time.monotonic())
        try:
            results["acts"][act.__name__] = {"ok": True, "value": act(person)}
        except Exception:  # noqa: BLE001 - recorded for the test to report
            results["acts"][act.__name__] = {"ok": False, "error": traceback.format_exc()}
        results["acts"][act.__name__]["log"] = person.logged()
        person.log.clear()
        _write()
    current["name"] = None
    results["finished"] = True
    _write()
    sys.excepthook = _previous_hook
    os._exit(0)


_timer = QTimer()
_timer.timeout.connect(_watchdog)
_timer.start(1000)
QTimer.singleShot(500, run)
