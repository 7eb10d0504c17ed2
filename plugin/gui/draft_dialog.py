""""Draft from text": paste a report, give its date and outlet; the plugin proposes incidents."""

from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from ..domain.drafting import draft_incidents
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self):
        text = self.text.toPlainText().strip()
        published = self.published.iso()
        if not text or not published or self.published.has_problem():
            self.message.setText(tr("Paste a report and give its publication date."))
            return
        self.drafts = draft_incidents(text, published, self.outlet.text().strip() or None,
                                      self.url.text().strip() or None, self.places)
        if not self.drafts:
            self.message.setText(tr("No incident found in this text: nothing proposed."))
            return
        super().accept()
