"""Arabic and Sorani: built translations, a right-to-left dock, place names in the UI's language."""

import plugin_texts
import pytest
from qgis.PyQt.QtCore import QSettings, Qt, QTranslator

import incident_tracker

from support import ROOT
from test_dock import assert_form_fits


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


@pytest.mark.parametrize("language", ["ar", "ckb"])
def test_every_message_in_the_source_has_its_translation(language):
    # Read from the Python source, not from what pylupdate extracted: a message it cannot see fails here.
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / f"incident_tracker_{language}.qm"))
    marked = plugin_texts.plugin_marked_texts()
    assert len(marked) > 500  # the scan finds the plugin's texts (store, import, coordinates, dock...)
    untranslated = sorted({f"{where} [{context}] {text}" for context, text, where in marked
                           if not translation(translator, context, text).strip()})
    assert untranslated == []


def translation(translator, context, text):
    try:
        return translator.translate(context, text)
    except UnicodeEncodeError:  # PyQt5 passes str to this char* as ASCII
        return translator.translate(context.encode(), text.encode())


def test_no_message_shown_to_a_user_is_left_unmarked():
    # English given to an exception, QgsProcessingException, feedback, the message bar, a message box,
    # the log or a label, without QT_TRANSLATE_NOOP / tr() / a module's _msg or _t helper.
    assert plugin_texts.plugin_unmarked_texts() == []


def test_messages_are_made_to_be_translated_where_they_are_shown():
    # QT_TRANSLATE_NOOP gives a plain str (for data); a message raised or shown is made with message_template.
    assert plugin_texts.plugin_data_marked_messages() == []
    source = ("def _t(text):\n"
              "    return QT_TRANSLATE_NOOP('import', text)\n"
              "def check(value):\n"
              "    raise ValueError(QT_TRANSLATE_NOOP('values', '{value} is negative').format(value=value))\n")
    assert [what for what, _ in plugin_texts.data_marked_messages(source)] == [
        "def _t", "QT_TRANSLATE_NOOP('values', '{value} is negative').format(va"]


def test_the_source_scan_finds_a_message_that_escapes_extraction():
    source = (
        "from qgis.core import QgsProcessingException\n"
        "from ..domain.i18n import message_template\n"
        "def _msg(text):\n"
        "    return message_template(\"store\", text)\n"
        "def _say(feedback, text):\n"
        "    feedback.pushInfo(text)\n"
        "class Algorithm:\n"
        "    def run(self, feedback, path):\n"
        "        _say(feedback, 'Reading the file')\n"
        "        if not path:\n"
        "            raise ValueError(f'{path}: not a file')\n"
        "        try:\n"
        "            return open(path)\n"
        "        except OSError as error:\n"
        "            feedback.reportError(str(error))\n"
        "        raise QgsProcessingException(self.tr('Nothing to do in {path}').format(path=path))\n"
        "def fail(path):\n"
        "    raise StoreError(_msg('The store {path} is closed.').format(path=path))\n")
    assert [(c, t) for c, t, _ in plugin_texts.marked_texts(source)] == [
        ("Algorithm", "Nothing to do in {path}"), ("store", "The store {path} is closed.")]
    assert sorted(t for t, _ in plugin_texts.unmarked_texts(source)) == [": not a file", "Reading the file",
                                                                        "str(error)"]


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


@pytest.fixture
def arabic_plugin(arabic_ui, qgis_iface, qgis_new_project, qgis_processing):
    plugin = incident_tracker.classFactory(qgis_iface)  # installs the translator of the UI language
    plugin.initGui()  # and the Processing provider
    yield plugin
    plugin.unload()


def test_a_store_error_raised_in_english_reaches_processing_in_arabic(arabic_plugin, tmp_path):
    import sqlite3

    import processing
    from qgis.core import QgsProcessingException

    not_a_store = tmp_path / "notes.gpkg"
    with sqlite3.connect(not_a_store) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("incidenttracker:importincidents",
                       {"INPUT": str(ROOT / "tests" / "data" / "import" / "acled_iraq_sample.csv"), "FORMAT": 0,
                        "STORE": str(not_a_store)})
    assert "ليس مخزناً لمتتبع الحوادث" in str(raised.value) and "is not" not in str(raised.value)


def test_import_row_errors_and_the_summary_are_reported_in_arabic(arabic_plugin, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors, self.infos = [], []

        def reportError(self, error, fatalError=False):  # noqa: N802, N803 - Qt's names
            self.errors.append(error)

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.infos.append(info)

    feedback = Feedback()
    processing.run("incidenttracker:importincidents",
                   {"INPUT": str(ROOT / "tests" / "data" / "import" / "acled_iraq_sample.csv"), "FORMAT": 0,
                    "STORE": str(tmp_path / "store.gpkg")}, feedback=feedback)
    # Line 8: a latitude that is not a number (values), 9: an unknown event type (validation), 10: negative.
    assert feedback.errors[:3] == ["acled_iraq_sample.csv، السطر 8: latitude: '35.13.97' ليس عدداً",
                                   "acled_iraq_sample.csv، السطر 9: event_type: نوع حدث غير معروف: Massacre",
                                   "acled_iraq_sample.csv، السطر 10: fatalities: -3 سالب"]
    # then the reasons grouped and counted, without the rows' values, in Arabic too
    assert feedback.errors[3:] == ["الصفوف المتخطّاة: 3. الأسباب الأكثر تكراراً: 1 × latitude: '…' ليس عدداً (أولها في "
                                   "السطر 8)؛ 1 × event_type: نوع حدث غير معروف: … (أولها في السطر 9)؛ 1 × fatalities: "
                                   "… سالب (أولها في السطر 10)"]
    summary = next(info for info in feedback.infos if info.startswith("استُورد"))
    assert summary.startswith("استُورد 14؛ تُخطّي 3 (السطر 8: latitude: '35.13.97' ليس عدداً؛")
    assert not any(word in summary for word in ("Imported", "skipped", "line", "is not", "flagged"))


def test_a_coordinate_error_is_shown_in_arabic_in_the_dock(arabic_plugin, store):
    arabic_plugin.set_store(store.path)
    dock = arabic_plugin.toggle_dock(True)
    dock.form.coordinates.setText("34.348 N, 185.391 E")
    dock.form.coordinates.editingFinished.emit()
    label = dock.form.problem_labels["location"]
    assert not label.isHidden()
    assert label.text() == "يجب أن يكون خط الطول بين 180° غرباً و180° شرقاً، لا 185.391."
    dock.form.coordinates.setText("Dara village")
    dock.form.coordinates.editingFinished.emit()
    assert label.text().startswith("لا يمكن أن يكون «D» جزءاً من الإحداثيات. المتوقع:")


def test_a_project_whose_store_is_gone_says_why_in_arabic(arabic_plugin, qgis_iface, tmp_path):
    from qgis.core import Qgis, QgsProject

    from incident_tracker.plugin.gui.plugin import PROJECT_KEY, PROJECT_SCOPE

    gone = tmp_path / "gone.gpkg"
    QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, str(gone))
    arabic_plugin._project_read()
    qgis_iface.messageBar().clear_messages()
    assert arabic_plugin.context() == (None, None)
    assert qgis_iface.messageBar().get_messages(Qgis.Critical) == [f"متتبع الحوادث:{gone} غير موجود."]
