"""Arabic and Sorani: built translations, a right-to-left dock, place names in the UI's language."""

import pytest
from qgis.PyQt.QtCore import QSettings, Qt, QTranslator

import incident_tracker
from test_dock import assert_form_fits
from support import ROOT


@pytest.mark.parametrize("language, save, killed", [("ar", "حفظ", "القتلى (أفضل تقدير)"),
                                                     ("ckb", "پاشەکەوتکردن", "کوژراوان (باشترین خەمڵاندن)")])
def test_the_built_translations_hold_the_dock_texts(language, save, killed):
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / f"incident_tracker_{language}.qm"))
    assert translator.translate("IncidentDock", "Save") == save
    assert translator.translate("schema", "Killed (best)") == killed  # the form's labels are the schema's
    assert translator.translate("taxonomy", "Violence against civilians")
    assert translator.translate("validation", "The point is outside Iraq.")


@pytest.fixture
def arabic_ui():
    settings = QSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "ar_IQ")
    yield
    settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
    settings.setValue("locale/userLocale", saved[1] or "en_US")


def test_in_arabic_the_dock_is_translated_and_right_to_left(arabic_ui, qgis_iface, qgis_new_project, store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.set_store(store.path)
        dock = plugin.toggle_dock(True)
        assert dock.layoutDirection() == Qt.RightToLeft
        assert dock.save_button.text() == "حفظ"
        assert dock.form.event_type.itemText(dock.form.event_type.findData("Battles")) == "معارك"
        dock.form.set_zones({"admin2": "Khanaqin", "admin2_ar": "خانقين", "disputed_zone": "Khanaqin",
                             "disputed_zone_ar": "خانقين", "zone_group": "Khanaqin–Mandali"})
        assert dock.form.zone_fields["admin2"].text() == "خانقين"
        assert_form_fits(dock, width=380)
    finally:
        plugin.unload()
    from qgis.PyQt.QtCore import QCoreApplication

    assert QCoreApplication.translate("IncidentDock", "Save") == "Save"  # unload removed the translator


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_every_text_of_the_plugin_has_its_translation(language):
    # Processing names and help, import and export messages included: none falls back to English.
    import xml.etree.ElementTree as ElementTree

    messages = ElementTree.parse(ROOT / "i18n" / f"incident_tracker_{language}.ts").getroot().iter("message")
    untranslated = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"
                    or not (m.findtext("translation") or "").strip()]
    assert untranslated == []


def test_processing_algorithms_speak_arabic(arabic_ui, qgis_iface, qgis_new_project):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()  # installs the translator of the UI language
    try:
        from incident_tracker.plugin.processing.import_incidents import ImportIncidentsAlgorithm

        algorithm = ImportIncidentsAlgorithm()
        assert algorithm.displayName() == "استيراد الحوادث (ACLED، UCDP GED)"
        assert "ACLED" in algorithm.shortHelpString() and "Imports" not in algorithm.shortHelpString()
    finally:
        plugin.unload()
