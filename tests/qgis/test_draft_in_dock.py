"""Drafting in the dock: paste a report, get highlighted suggestions, confirm, save."""

import pytest

import incident_tracker

from drafting_reports import DARA, DARA_PUBLISHED


@pytest.fixture
def dock(qgis_iface, qgis_new_project, store):
    plugin = incident_tracker.classFactory(qgis_iface)
    plugin.initGui()
    plugin.set_store(store.path)
    dock = plugin.toggle_dock(True)
    dock.asked = []
    dock.answer = True
    dock.confirm = lambda text: dock.asked.append(text) or dock.answer
    yield dock
    plugin.unload()


def pasted(dock):
    from qgis.PyQt.QtCore import QDate

    from incident_tracker.plugin.gui.draft_dialog import DraftDialog

    dialog = DraftDialog(dock, dock.form.places)
    dialog.text.setPlainText(DARA)
    dialog.published.setDate(QDate(DARA_PUBLISHED.year, DARA_PUBLISHED.month, DARA_PUBLISHED.day))
    dialog.outlet.setText("Kurdistan 24")
    dialog.url.setText("https://www.kurdistan24.net/en/story/22600")
    dialog.accept()
    return dialog


def test_a_pasted_report_fills_the_dock_with_highlighted_suggestions(dock, store):
    drafts = dock.draft_from_text(pasted(dock))
    assert len(drafts) == 2 and dock.draft_choice.count() == 2  # the attack, and the earlier abduction
    form = dock.form
    incident, sources = form.values()
    assert incident["event_date"] == "2020-06-13" and incident["date_end"] == "2020-06-14"
    assert incident["event_type"] == "Violence against civilians"
    assert incident["attribution"] == "suspected" and incident["target_community"] == "Kakai"
    assert sources[0]["outlet"] == "Kurdistan 24" and sources[0]["fatalities_reported"] == 7
    assert "event_type" in form.suggested and form.event_type.styleSheet()
    assert "Suggested from the report" in form.event_type.toolTip()
    assert store.count() == 0  # nothing saved without the analyst


def test_editing_a_suggested_field_confirms_it(dock):
    dock.draft_from_text(pasted(dock))
    dock.form.actor1.textEdited.emit("Islamic State (Iraq)")
    assert "actor1" not in dock.form.suggested and dock.form.actor1.styleSheet() == ""


def test_saving_unconfirmed_suggestions_asks_first(dock, store):
    dock.draft_from_text(pasted(dock))
    dock.answer = False
    assert dock.save() is None and store.count() == 0
    assert "not confirmed yet" in dock.asked[-1]
    dock.answer = True
    uuid = dock.save()
    assert uuid and store.get_incident(uuid)["target_community"] == "Kakai"
    assert [s["outlet"] for s in store.sources_of(uuid)] == ["Kurdistan 24"]


def test_the_earlier_abduction_is_its_own_draft(dock):
    dock.draft_from_text(pasted(dock))
    dock._draft_chosen(1)
    incident, _ = dock.form.values()
    assert incident["sub_event_type"] == "Abduction/forced disappearance"
    assert incident["event_date"].startswith("2020-05")
