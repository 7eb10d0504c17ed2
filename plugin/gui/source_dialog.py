"""A dialog to add or edit one source citation."""

from qgis.PyQt.QtCore import QCoreApplication, QDate
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from ..core.translation import translated
from ..domain import taxonomy, validation
from .widgets import NullableDateEdit, NullableSpinBox, set_combo_value


def tr(text):
    return QCoreApplication.translate("SourceDialog", text)


class SourceDialog(QDialog):
    """Edit a source dict; ``source()`` gives the edited dict after ``accept``."""

    def __init__(self, parent=None, source=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Source"))
        self.setMinimumWidth(460)
        layout = QFormLayout(self)
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText(tr("e.g. Kurdistan 24, KirkukNow, Rudaw, Shafaq News"))
        self.title = QLineEdit()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.published = NullableDateEdit()
        self.accessed = NullableDateEdit()
        self.accessed.set_date(QDate.currentDate())
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, name in (("en", tr("English")), ("ar", tr("Arabic")), ("ckb", tr("Kurdish (Sorani)")),
                           ("kmr", tr("Kurdish (Kurmanji)")), ("tr", tr("Turkish"))):
            self.language.addItem(name, code)
        self.source_type = QComboBox()
        self.source_type.addItem("", None)
        for value in taxonomy.codes("source_types"):
            self.source_type.addItem(QCoreApplication.translate("taxonomy", value), value)
        self.reliability = self._coded_combo("reliability")
        self.credibility = self._coded_combo("credibility")
        self.fatalities = NullableSpinBox()
        self.wounded = NullableSpinBox()
        self.abducted = NullableSpinBox()
        self.excerpt = QPlainTextEdit()
        self.excerpt.setMaximumHeight(80)
        self.archive_url = QLineEdit()
        self.archive_url.setPlaceholderText("https://web.archive.org/…")
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        rows = ((tr("Outlet*"), self.outlet), (tr("Title"), self.title), (tr("URL"), self.url),
                (tr("Published"), self.published), (tr("Accessed"), self.accessed), (tr("Language"), self.language),
                (tr("Type"), self.source_type), (tr("Reliability"), self.reliability),
                (tr("Credibility"), self.credibility), (tr("Killed, as this source reports"), self.fatalities),
                (tr("Wounded, as this source reports"), self.wounded),
                (tr("Abducted, as this source reports"), self.abducted), (tr("Excerpt"), self.excerpt),
                (tr("Archive URL"), self.archive_url))
        for label, widget in rows:
            layout.addRow(label, widget)
        layout.addRow(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        if source:
            self.set_source(source)

    def _coded_combo(self, vocabulary):
        combo = QComboBox()
        combo.addItem("", None)
        for code, meaning in taxonomy.vocabulary(vocabulary).items():
            combo.addItem(f"{code} – {QCoreApplication.translate('taxonomy', meaning)}", code)
        return combo

    def set_source(self, source):
        self.outlet.setText(source.get("outlet") or "")
        self.title.setText(source.get("title") or "")
        self.url.setText(source.get("url") or "")
        self.published.set_iso(source.get("published"))
        self.accessed.set_iso(source.get("accessed"))
        language = source.get("language")
        if language:
            index = self.language.findData(language)
            if index >= 0:
                self.language.setCurrentIndex(index)
            else:
                self.language.setEditText(language)
        set_combo_value(self.source_type, source.get("source_type"))
        set_combo_value(self.reliability, source.get("reliability"))
        set_combo_value(self.credibility, source.get("credibility"))
        self.fatalities.set_number(source.get("fatalities_reported"))
        self.wounded.set_number(source.get("wounded_reported"))
        self.abducted.set_number(source.get("abducted_reported"))
        self.excerpt.setPlainText(source.get("excerpt") or "")
        self.archive_url.setText(source.get("archive_url") or "")
        self._uuid = source.get("uuid")

    def source(self):
        language = self.language.currentData() if self.language.currentText() == self.language.itemText(
            self.language.currentIndex()) else self.language.currentText()
        values = {
            "outlet": self.outlet.text().strip(),
            "title": self.title.text().strip() or None,
            "url": self.url.text().strip() or None,
            "published": self.published.typed(),
            "accessed": self.accessed.typed(),
            "language": language or None,
            "source_type": self.source_type.currentData(),
            "reliability": self.reliability.currentData(),
            "credibility": self.credibility.currentData(),
            "fatalities_reported": self.fatalities.number(),
            "wounded_reported": self.wounded.number(),
            "abducted_reported": self.abducted.number(),
            "excerpt": self.excerpt.toPlainText().strip() or None,
            "archive_url": self.archive_url.text().strip() or None,
        }
        if getattr(self, "_uuid", None):
            values["uuid"] = self._uuid
        return values

    def accept(self):
        problems = validation.check_sources([self.source()])
        if problems:
            self.problems.setText("\n".join(translated(p.message) for p in problems))
            return
        super().accept()
