"""Messages raised in English keep what is needed to show them in the user's language (plugin/domain/i18n)."""

import pickle

from incident_tracker.plugin.domain.i18n import QT_TRANSLATE_NOOP, Message, join, message_template

ARABIC = {("store", "Could not open {path}: {error}"): "تعذر فتح {path}: {error}",
          ("import", "{field} is empty"): "{field} فارغ",
          ("import", "line {line}: {reason}"): "السطر {line}: {reason}",
          ("store", "The store is closed."): "المخزن مغلق."}

def arabic(context, text):
    return ARABIC.get((context, text), text)

def test_a_formatted_message_is_the_english_text_and_translates_with_its_parameters():
    message = message_template("import", "{field} is empty").format(field="event_date")
    assert message == "event_date is empty" and isinstance(message, str)
    assert message.translated(arabic) == "event_date فارغ"

def test_str_of_an_error_raised_with_a_message_is_that_message():
    error = ValueError(message_template("import", "{field} is empty").format(field="id"))
    assert isinstance(str(error), Message)
    assert str(error).translated(arabic) == "id فارغ"

def test_messages_and_errors_given_as_parameters_are_translated_too():
    inner = ValueError(message_template("import", "{field} is empty").format(field="id"))
    outer = message_template("store", "Could not open {path}: {error}").format(path="a.gpkg", error=inner)
    assert outer == "Could not open a.gpkg: id is empty"
    assert outer.translated(arabic) == "تعذر فتح a.gpkg: id فارغ"
    line = message_template("import", "line {line}: {reason}").format(line=4, reason=str(inner))
    assert line.translated(arabic) == "السطر 4: id فارغ"

def test_joined_and_added_messages_keep_each_part():
    closed = message_template("store", "The store is closed.")
    empty = message_template("import", "{field} is empty").format(field="id")
    assert (closed + " " + empty).translated(arabic) == "المخزن مغلق. id فارغ"
    assert ("x: " + closed).translated(arabic) == "x: المخزن مغلق."
    joined = join("; ", [closed, "plain text", empty])
    assert joined == "The store is closed.; plain text; id is empty"
    assert joined.translated(arabic) == "المخزن مغلق.; plain text; id فارغ"
    message = message_template("store", "Could not open {path}: ")
    message += message_template("import", "{field} is empty")
    assert message.format(path="a", field="b").translated(arabic) == "Could not open a: b فارغ"

def test_a_translation_with_wrong_placeholders_falls_back_to_english():
    broken = {("import", "{field} is empty"): "{champ} فارغ"}
    message = message_template("import", "{field} is empty").format(field="id")
    assert message.translated(lambda c, t: broken.get((c, t), t)) == "id is empty"

def test_messages_survive_pickling():
    message = message_template("import", "{field} is empty").format(field="id")
    copy = pickle.loads(pickle.dumps(message))
    assert copy == message and copy.translated(arabic) == "id فارغ"


def test_a_text_marked_as_data_stays_a_plain_string():
    # Qt stores a str subclass in a QVariant as a Python object, not a text: labels and statuses written
    # into layers must stay plain strings.
    assert type(QT_TRANSLATE_NOOP("zones", "federal Iraq")) is str
    assert type(message_template("store", "The store is closed.")) is not str


def test_import_coordinate_and_validation_errors_are_messages_in_their_context():
    import pytest

    from incident_tracker.plugin.domain import coordinates, import_cells, validation, values

    def contexts(message):
        assert isinstance(message, Message)
        return [part[0] for part in message.parts if isinstance(part, tuple)]

    with pytest.raises(import_cells.RowError) as row_error:
        import_cells.whole_number({"fatalities": "-3"}, "fatalities")
    assert contexts(str(row_error.value)) == ["import"]
    assert contexts(str(row_error.value).parts[0][3]["reason"]) == ["values"]
    with pytest.raises(ValueError) as value_error:
        values.parse_date("14/13/2020", "event_date")
    assert contexts(str(value_error.value)) == ["import"]  # dates: one rule set (domain/dates.py)
    with pytest.raises(coordinates.CoordinateError) as coordinate_error:
        coordinates.parse_coordinates("34.348 N, 185.391 E")
    assert contexts(str(coordinate_error.value)) == ["coordinates"]
    problem = validation.validate({"event_type": "Massacre", "event_date": "2020-06-14"}, [],
                                  require_source=False)[0]
    assert contexts(problem.message) == ["validation"] and contexts(str(problem)) == ["validation"]
