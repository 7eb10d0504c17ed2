"""Downloading the boundaries and building the disputed zones in the background (a QgsTask).

QGIS's task manager shows the progress (downloads to 50 %, the build to 100 %) and its cancel button;
a canceled or failed task leaves no cached download and no half-built zones (see
:func:`.boundary_download.download_boundaries` and :func:`.zones_builder.build_zones`).
"""

from qgis.core import QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from . import log


def tr(text):
    return QCoreApplication.translate("zones_task", text)


class BuildZonesTask(QgsTask):
    """Download ``urls`` (districts, sub-districts; cached ones are not downloaded again) and build the
    zones into ``output``. When it ends, ``on_finished(task)`` is called on the main thread: ``report``
    holds the build report, or ``error`` the reason (None when canceled)."""

    def __init__(self, urls, output, on_finished=None, cache_directory=None):
        super().__init__(tr("Building the disputed zones"), QgsTask.Flag.CanCancel)
        self.urls = list(urls)
        self.output = output
        self.on_finished = on_finished
        self.cache_directory = cache_directory
        self.feedback = QgsFeedback()
        self.report = None
        self.error = None
        self._share = (0.0, 0.0)  # (start, width) of the running step in the task's progress
        self.feedback.progressChanged.connect(self._step_progress)

    def _step_progress(self, value):
        start, width = self._share
        self.setProgress(start + width * value / 100.0)

    def _step(self, start, width):
        self._share = (start, width)
        self.setProgress(start)
        return self.feedback

    def cancel(self):
        self.feedback.cancel()  # stops the running download or build
        super().cancel()

    def run(self):
        from .boundaries import BoundaryError
        from .boundary_download import DownloadError, download_boundaries
        from .zones_builder import build_zones

        try:
            share = 50.0 / len(self.urls)
            paths = [download_boundaries(url, self._step(n * share, share), self.cache_directory)
                     for n, url in enumerate(self.urls)]
            self.report = build_zones(paths[0], paths[1] if len(paths) > 1 else None, self.output,
                                      self._step(50, 50))
            return not self.isCanceled()
        except (DownloadError, BoundaryError, OSError, RuntimeError) as error:
            self.error = None if self.isCanceled() else str(error)
            return False

    def finished(self, result):
        if self.error:
            log.warning(tr("The disputed zones could not be built: {error}").format(error=self.error))
        if self.on_finished is not None:
            self.on_finished(self)
