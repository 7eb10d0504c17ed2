"""Drafting incidents from a report's text in the background (a QgsTask), so that QGIS does not freeze
while a long text (a UN report, a week of news: 20,000 characters of Arabic take seconds) is read.

A canceled task tells its ``on_finished`` at once and throws its result away; the rules
(:func:`..domain.drafting.draft_incidents`) ask the task between their steps and stop at the next one, so its
thread ends soon after (the grouping of a very long text into incidents is one step).
"""

import traceback

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from ..domain.drafting import draft_incidents
from . import log

# The tasks running, kept from Python's garbage collector until QGIS's task manager has finished them.
RUNNING = set()


def tr(text):
    return QCoreApplication.translate("draft_task", text)


class DraftTask(QgsTask):
    """Draft the incidents of ``text`` (see :func:`.draft_incidents` for the arguments). When it ends,
    ``on_finished(task)`` is called on the main thread: ``drafts`` holds the drafts, or ``error`` what went
    wrong (logged with its traceback); when the task is canceled (``isCanceled()``, no drafts), at once."""

    def __init__(self, text, published, outlet=None, url=None, places=None, on_finished=None):
        super().__init__(tr("Drafting incidents from a report"), QgsTask.Flag.CanCancel)
        self.arguments = (text, published, outlet, url, places)
        self.on_finished = on_finished
        self.drafts = None
        self.error = None
        self._traceback = None

    def run(self):
        try:
            self.drafts = draft_incidents(*self.arguments, canceled=self.isCanceled)
        except Exception as error:  # noqa: BLE001 - any fault of the rules is told and logged, not lost in a thread
            self.error = error
            self._traceback = traceback.format_exc()
            return False
        return not self.isCanceled()

    def cancel(self):
        """Stop waiting for the rules: ``on_finished`` is told now (the rules stop at their next step)."""
        on_finished, self.on_finished = self.on_finished, None
        super().cancel()
        if on_finished is not None:
            on_finished(self)

    def finished(self, result):
        RUNNING.discard(self)
        if self.error is not None:
            log.error(tr("Drafting from a report failed: {error}").format(error=self._traceback))
        if self.isCanceled():
            self.drafts = None
            return
        if self.on_finished is not None:
            self.on_finished(self)


def start(text, published, outlet=None, url=None, places=None, on_finished=None):
    """Draft in QGIS's task manager; the task (:class:`DraftTask`)."""
    from qgis.core import QgsApplication

    task = DraftTask(text, published, outlet, url, places, on_finished)
    RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task
