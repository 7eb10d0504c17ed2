"""Drafting in the dock: paste a report, get highlighted suggestions, confirm, save. The drafting runs in
QGIS's task manager: QGIS keeps running while a long text is read, and Cancel or closing stops it."""

import json
import threading

import pytest

import incident_tracker

from drafting_reports import DARA, DARA_PUBLISHED
from support import TEST_DATA


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


def pasted(dock, text=DARA):
    """The dialog filled as an analyst does, with Draft clicked."""
    dialog = filled(dock, text)
    dialog.accept()
    return dialog


def filled(dock, text=DARA):
    from qgis.PyQt.QtCore import QDate

    from incident_tracker.plugin.gui.draft_dialog import DraftDialog

    dialog = DraftDialog(dock, dock.form.places)
    dialog.text.setPlainText(text)
    dialog.published.setDate(QDate(DARA_PUBLISHED.year, DARA_PUBLISHED.month, DARA_PUBLISHED.day))
    dialog.outlet.setText("Kurdistan 24")
    dialog.url.setText("https://www.kurdistan24.net/en/story/22600")
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


# --- in the background ------------------------------------------------------------------------------------
def long_report(characters=20000):
    """Reports of the development corpus pasted one after the other (Arabic first), ~20,000 characters:
    the size of a week of news, seconds of drafting."""
    reports = json.loads((TEST_DATA / "drafting_corpus" / "development.json").read_text(encoding="utf-8"))
    texts, length = [], 0
    for report in sorted(reports["reports"], key=lambda r: r["language"] != "ar"):
        if length >= characters:
            break
        texts.append(report["text"])
        length += len(report["text"]) + 2
    return "\n\n".join(texts)


def wait_until(condition, guard_ms=120000):
    """Let the event loop run until ``condition()`` (the guard against a hang is not a measure)."""
    from qgis.PyQt.QtTest import QTest

    waited = 0
    while not condition() and waited < guard_ms:
        QTest.qWait(20)
        waited += 20
    return condition()


@pytest.fixture
def held_drafting(monkeypatch):
    """The rules held until ``release.set()`` (then they draft the report as usual): a drafting that is
    surely still running when the test acts, whatever the machine's speed."""
    from incident_tracker.plugin.core import draft_task

    release = threading.Event()
    release.returned = []  # what the rules gave back, canceled or not
    release.started = threading.Event()  # the task's thread is in the rules
    rules = draft_task.draft_incidents

    def held(*arguments, **options):
        release.started.set()
        release.wait(120)
        release.returned.append(rules(*arguments, **options))
        return release.returned[-1]

    monkeypatch.setattr(draft_task, "draft_incidents", held)
    yield release
    release.set()
    assert wait_until(lambda: not draft_task.RUNNING)  # no thread left to the next test


def click(button):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def cancel_button(dialog):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Cancel)


def test_qgis_keeps_running_while_a_long_report_is_drafted_and_the_drafts_arrive(dock):
    from qgis.PyQt.QtCore import QTimer

    dialog = filled(dock, long_report())
    dialog.show()
    click(dialog.draft_button)
    # Draft returned at once: the drafting is running, the dialog says so and holds the text still
    assert dialog.drafting() and dialog.drafts == []
    assert not dialog.draft_button.isEnabled() and dialog.text.isReadOnly() and dialog.busy.isVisible()
    assert "Drafting" in dialog.message.text()
    ticks_while_drafting = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks_while_drafting.append(dialog.drafting()))
    timer.start(10)
    assert wait_until(lambda: dialog.result() == dialog.DialogCode.Accepted)
    timer.stop()
    assert ticks_while_drafting.count(True) > 0  # the event loop ran during the drafting
    assert len(dialog.drafts) > 10 and not dialog.drafting()
    assert len(dock.draft_from_text(dialog)) == len(dialog.drafts) == dock.draft_choice.count()


def test_cancel_while_drafting_stops_it_keeps_the_text_and_proposes_nothing(dock, held_drafting):
    from incident_tracker.plugin.core import draft_task

    dialog = filled(dock)
    dialog.show()
    click(dialog.draft_button)
    assert dialog.drafting()
    click(cancel_button(dialog))
    assert not dialog.drafting() and dialog.isVisible()  # the dialog stays, with the text to shorten
    assert dialog.draft_button.isEnabled() and not dialog.text.isReadOnly() and not dialog.busy.isVisible()
    assert dialog.text.toPlainText() == DARA and "canceled" in dialog.message.text()
    held_drafting.set()  # the rules end after all: their drafts are thrown away
    assert wait_until(lambda: not draft_task.RUNNING)
    assert dialog.drafts == [] and dialog.result() != dialog.DialogCode.Accepted and dialog.isVisible()
    click(cancel_button(dialog))  # a second Cancel closes
    assert not dialog.isVisible() and dock.draft_choice.count() == 0


def test_a_canceled_drafting_stops_its_rules_instead_of_reading_on(dock, held_drafting):
    from incident_tracker.plugin.core import draft_task

    dialog = filled(dock, long_report())
    dialog.show()
    click(dialog.draft_button)
    assert wait_until(held_drafting.started.is_set)
    click(cancel_button(dialog))
    held_drafting.set()
    assert wait_until(lambda: not draft_task.RUNNING)
    assert held_drafting.returned == [[]]  # the rules stopped at their first step: nothing drafted in the thread


def test_closing_the_dialog_while_drafting_from_the_dock_proposes_nothing(dock, held_drafting):
    from qgis.PyQt.QtCore import QTimer

    from incident_tracker.plugin.core import draft_task

    dialog = filled(dock)
    seen = {}

    def close_while_drafting():
        click(dialog.draft_button)
        seen["drafting"] = dialog.drafting()
        dialog.close()

    QTimer.singleShot(0, close_while_drafting)
    assert dock.draft_from_text(dialog) == []  # exec() returned: closed, not accepted
    assert seen["drafting"] and not dialog.isVisible()
    held_drafting.set()
    assert wait_until(lambda: not draft_task.RUNNING)
    assert dialog.drafts == [] and dock.draft_choice.count() == 0 and not dock.confirm_button.isVisible()


def test_canceled_in_qgis_task_manager_the_dialog_is_usable_again(dock, held_drafting):
    from qgis.core import QgsApplication

    dialog = filled(dock)
    dialog.show()
    click(dialog.draft_button)
    QgsApplication.taskManager().cancelAll()
    assert not dialog.drafting() and dialog.draft_button.isEnabled() and "canceled" in dialog.message.text()


def test_a_failing_drafting_is_told_and_logged_and_the_dialog_stays_usable(dock, monkeypatch):
    from qgis.core import QgsApplication

    from incident_tracker.plugin.core import draft_task, log

    def failing(*arguments, **options):
        raise RuntimeError("the rules tripped over something")

    monkeypatch.setattr(draft_task, "draft_incidents", failing)
    logged = []

    def received(message, tag, level):
        if tag == log.TAG:
            logged.append(message)

    QgsApplication.messageLog().messageReceived.connect(received)
    try:
        dialog = filled(dock)
        dialog.show()
        click(dialog.draft_button)
        assert wait_until(lambda: not dialog.drafting())
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(received)
    assert "failed" in dialog.message.text() and "the rules tripped over something" in dialog.message.text()
    assert any("the rules tripped over something" in m and "Traceback" in m for m in logged), logged
    assert dialog.isVisible() and dialog.draft_button.isEnabled() and not dialog.text.isReadOnly()
    assert dialog.drafts == [] and dialog.result() != dialog.DialogCode.Accepted
