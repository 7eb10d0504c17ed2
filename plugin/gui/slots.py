"""One way for every slot the plugin connects to fail: logged and told, never a dead widget.

An exception escaping a Qt slot is lost to the user (PyQt prints it, QGIS may show a Python error
once) and leaves the dialog half-updated. ``@reported`` catches it, writes the traceback to QGIS's
message log (tab "Incident Tracker") and tells the user in the message bar; the widget stays usable.
"""

import functools
import inspect
import traceback

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log


def tr(text):
    return QCoreApplication.translate("slots", text)


def _positional_count(function):
    """How many positional arguments ``function`` takes (None: any number)."""
    parameters = inspect.signature(function).parameters.values()
    if any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return None
    return sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))


def tell_user(text):
    from qgis.utils import iface

    if iface is not None and iface.messageBar() is not None:
        iface.messageBar().pushMessage(tr("Incident Tracker"), text, level=Qgis.MessageLevel.Critical, duration=0)


def reported(slot):
    """Decorate a slot (function or method): extra signal arguments it does not take are dropped, as
    PyQt does for an undecorated slot; an exception is logged with its traceback and shown to the user."""
    accepts = _positional_count(slot)

    @functools.wraps(slot)
    def wrapper(*args, **kwargs):
        if accepts is not None:
            args = args[:accepts]
        try:
            return slot(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - the point: no exception leaves a slot unseen
            log.error(f"{slot.__qualname__}: {traceback.format_exc()}")
            tell_user(tr("Something went wrong ({error}); the details are in the message log, tab "
                         "“Incident Tracker”.").format(error=error))
            return None

    return wrapper
