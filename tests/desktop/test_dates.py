"""Point 1 of issue 16: dates typed with real key clicks, in every date field, come out as typed."""

from qgis.PyQt.QtCore import Qt

TYPED = "2021-09-12"


def _type_date(person, widget, text=TYPED, select_all=False):
    """One click into the field, (select what is there,) type, Tab away; what the field holds."""
    person.click_into(widget)
    if select_all:
        person.select_all_and_type(text)
    else:
        person.type(text)
    person.key(Qt.Key.Key_Tab)
    hint = getattr(widget, "hint", None)  # (the QgsDateEdit the plugin had before had none)
    return {"iso": widget.iso(), "hint": hint.text() if hint is not None and hint.isVisible() else ""}


def act_event_and_end_date(person):
    form = person.dock().form
    return {"event_date": _type_date(person, form.event_date), "date_end": _type_date(person, form.date_end)}


def act_retype_over_a_date(person):
    form = person.dock().form
    return _type_date(person, form.event_date, "2020-06-14", select_all=True)


def act_date_survives_leaving_and_coming_back(person):
    form = person.dock().form
    _type_date(person, form.event_date, TYPED, select_all=True)
    person.click_into(form.location)
    person.type("Dara")
    person.click_into(form.event_date)
    person.click_into(form.location)
    return form.event_date.iso()


def act_source_dialog_dates(person):
    form = person.dock().form
    form.clear()
    seen = {}

    def fill(dialog):
        person.click_into(dialog.outlet)
        person.type("Rudaw")
        seen["published"] = _type_date(person, dialog.published)
        seen["accessed"] = _type_date(person, dialog.accessed, "2021-09-13", select_all=True)
        person.click_ok(dialog)

    person.when_dialog(fill)
    person.click(form.add_source_button)
    seen["stored"] = {k: form.sources[-1].get(k) for k in ("published", "accessed")} if form.sources else None
    return seen


def act_draft_dialog_date(person):
    dock = person.dock()
    seen = {}

    def fill(dialog):
        seen["published"] = _type_date(person, dialog.published, TYPED, select_all=True)
        dialog.reject()

    person.when_dialog(fill)
    person.click(dock.draft_button)
    return seen


def act_unlikely_year_warned(person):
    form = person.dock().form
    return _type_date(person, form.event_date, "1921-09-12", select_all=True)


def act_not_a_date_is_said_and_kept(person):
    dock = person.dock()
    form = dock.form
    seen = _type_date(person, form.event_date, "2021-13-45", select_all=True)
    seen["text"] = getattr(form.event_date, "editor", form.event_date).text()
    person.click(dock.save_button)
    label = form.problem_labels["event_date"]
    seen["problem"] = label.text() if label.isVisible() else ""
    return seen


def act_statistics_and_list_filters(person):
    dock = person.dock()
    dock.tabs.setCurrentIndex(1)
    seen = {"list_start": _type_date(person, dock.incident_list.start, "2020-06-01")}
    seen["list_rows"] = dock.incident_list.table.model().rowCount()
    dock.tabs.setCurrentIndex(0)
    person.action("statistics").trigger()
    person.wait(200)
    from qgis.PyQt.QtWidgets import QApplication

    dialog = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "ZoneStatisticsDialog" and w.isVisible())
    seen["statistics_end"] = _type_date(person, dialog.end, "2020-05-31")
    seen["statistics_incidents"] = sum(s.total.incidents for s in dialog.statistics.values())
    dialog.close()
    return seen


def test_one_click_into_an_empty_date_and_typing_gives_that_date(desktop):
    seen = desktop.act("act_event_and_end_date")
    assert seen["event_date"]["iso"] == TYPED
    assert seen["date_end"]["iso"] == TYPED


def test_the_date_read_is_spelled_out_so_a_day_month_swap_shows(desktop):
    hint = desktop.act("act_event_and_end_date")["event_date"]["hint"]
    assert "September" in hint and "2021" in hint


def test_typing_over_a_date_replaces_it(desktop):
    assert desktop.act("act_retype_over_a_date")["iso"] == "2020-06-14"


def test_a_typed_date_is_not_reset_when_the_person_moves_on(desktop):
    assert desktop.act("act_date_survives_leaving_and_coming_back") == TYPED


def test_source_dialog_dates_typed(desktop):
    seen = desktop.act("act_source_dialog_dates")
    assert seen["published"]["iso"] == TYPED
    assert seen["accessed"]["iso"] == "2021-09-13"
    assert seen["stored"] == {"published": TYPED, "accessed": "2021-09-13"}


def test_draft_dialog_date_typed(desktop):
    assert desktop.act("act_draft_dialog_date")["published"]["iso"] == TYPED


def test_a_year_long_ago_gets_a_warning(desktop):
    seen = desktop.act("act_unlikely_year_warned")
    assert seen["iso"] == "1921-09-12"
    assert "is the year right" in seen["hint"]


def test_a_text_that_is_not_a_date_is_kept_and_said(desktop):
    seen = desktop.act("act_not_a_date_is_said_and_kept")
    assert seen["iso"] is None and seen["text"] == "2021-13-45"
    assert "Not a date" in seen["hint"]
    assert "Not a valid date: 2021-13-45" in seen["problem"]


def test_filter_dates_typed(desktop):
    seen = desktop.act("act_statistics_and_list_filters")
    assert seen["list_start"]["iso"] == "2020-06-01" and seen["list_rows"] == 1
    assert seen["statistics_end"]["iso"] == "2020-05-31" and seen["statistics_incidents"] == 1
