"""The language of a bulletin: its texts from the plugin's translations whatever QGIS's own language,
zone and holder names from the zones definition, and its direction (Arabic and Sorani right to left)."""

import os

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..domain import zones_definition as zd
from ..domain.control_periods import HOLDER_LABELS
from ..domain.zone_statistics import OUTSIDE_LABEL
from .store import StoreError

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "i18n")
LANGUAGES = ("en", "ar", "ckb")
RIGHT_TO_LEFT = ("ar", "ckb")
CONTEXT = "BulletinBuilder"  # the class whose tr() calls pylupdate reads (core/bulletin.py)


class BulletinError(StoreError):
    pass


class Language:
    """Translates the bulletin's texts into ``language`` whatever the UI's language."""

    def __init__(self, language):
        if language not in LANGUAGES:
            raise BulletinError(QCoreApplication.translate("BulletinBuilder", "Unknown bulletin language: {language}")
                                .format(language=language))
        self.code = language
        self.translator = None
        if language != "en":
            self.translator = QTranslator()
            if not self.translator.load(os.path.join(I18N_DIR, f"incident_tracker_{language}.qm")):
                raise BulletinError(QCoreApplication.translate(
                    "BulletinBuilder", "The {language} translation of the plugin is missing.")
                    .format(language=language))
        self.definition = zd.load_definition()
        self.areas = {a.name_en: a for a in self.definition.areas}
        self.groups = {g.name_en: g for g in self.definition.groups.values()}

    @property
    def right_to_left(self):
        return self.code in RIGHT_TO_LEFT

    def tr(self, text, context=CONTEXT):
        if self.translator is None or not text:
            return text
        return self.translator.translate(context, text) or text

    def zone(self, name):
        if name == OUTSIDE_LABEL:
            return self.tr(name, "zones")
        item = self.areas.get(name) or self.groups.get(name)
        return item.name(self.code) if item else (name or "")

    def holder(self, holder):
        return self.tr(HOLDER_LABELS.get(holder, holder), "zones")

    def ltr(self, text):
        """``text`` (a date, a signed figure, an address) kept left to right inside right-to-left text:
        without it the bidirectional algorithm shows 2024-05-01 as 01-05-2024 and +2 as 2+."""
        text = str(text)
        return f"\u202a{text}\u202c" if self.right_to_left and text else text
