""""Draft from text": paste a report, give its date and outlet; the plugin proposes incidents.

The drafting runs in QGIS's task manager (:mod:`..core.draft_task`): while it runs the dialog stays
responsive, the text is read-only and Draft is disabled; Cancel stops the drafting (the dialog stays open
with the text, a second Cancel closes it), closing the dialog stops it too. The dialog is accepted only once
the drafts are in, so ``exec()`` then ``drafts`` is the one way to draft.
"""

from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
)

from ..core import draft_task
from ..core.translation import translated
from .widgets import NullableDateEdit


def tr(text):
    return QCoreApplication.translate("DraftDialog", text)


class DraftDialog(QDialog):
    """``drafts`` holds the proposed incidents after ``accept``."""

    def __init__(self, parent=None, places=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Draft incidents from a report"))
        self.resize(620, 520)
        self.places = places if places is not None and len(places) else None  # None: the built-in places
        self.drafts = []
        self.task = None  # the drafting running, if any
        layout = QFormLayout(self)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(tr("Paste the report's text here (English or Arabic)."))
        self.published = NullableDateEdit()
        self.published.setDate(QDate.currentDate())
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText(tr("e.g. Kurdistan 24"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addRow(tr("Report"), self.text)
        layout.addRow(tr("Published*"), self.published)
        layout.addRow(tr("Outlet"), self.outlet)
        layout.addRow(tr("URL"), self.url)
        layout.addRow(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no measure of how far the rules are: a busy indicator
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addRow(self.busy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.draft_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.draft_button.setText(tr("Draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def drafting(self):
        """Whether a drafting is running."""
        return self.task is not None

    def accept(self):
        """Draft: start the drafting in the background; the dialog is accepted when drafts are in."""
        if self.drafting():
            return
        text = self.text.toPlainText().strip()
        published = self.published.iso()
        if not text or not published or self.published.has_problem():
            self.message.setText(tr("Paste a report and give its publication date."))
            return
        self.drafts = []
        self.task = draft_task.start(text, published, self.outlet.text().strip() or None,
                                     self.url.text().strip() or None, self.places, self._drafted)
        self._show_drafting(True)
        self.message.setText(tr("Drafting… Cancel stops it and keeps the text."))

    def reject(self):
        """Cancel: stop the drafting running (the dialog stays open with the text), else close."""
        if self.drafting():
            self.task.cancel()  # tells _drafted at once
            return
        super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if self.drafting():  # closing the window stops the drafting, then closes
            self.task.cancel()
        super().closeEvent(event)

    def _show_drafting(self, running):
        self.draft_button.setEnabled(not running)
        self.text.setReadOnly(running)
        for field in (self.published, self.outlet, self.url):
            field.setEnabled(not running)
        self.busy.setVisible(running)

    def _drafted(self, task):
        """The drafting ended (on the main thread): accepted with its drafts, or told why not."""
        if task is not self.task:
            return
        self.task = None
        self._show_drafting(False)
        if task.isCanceled():  # by Cancel, by closing, or in QGIS's task manager
            self.message.setText(tr("Drafting canceled: nothing proposed."))
            return
        if task.error is not None:
            self.message.setText(tr("The drafting failed ({error}); the details are in the message log, tab "
                                    "“Incident Tracker”.").format(error=translated(task.error)))
            return
        self.drafts = task.drafts or []
        if not self.drafts:
            self.message.setText(tr("No incident found in this text: nothing proposed."))
            return
        self.message.clear()
        super().accept()
