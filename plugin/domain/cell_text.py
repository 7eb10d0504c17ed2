"""One cell of a JSON record or a spreadsheet as the text a CSV file would have held."""

import re

from .i18n import message_template
from .import_cells import RowError
from .text_cleaning import has_controls, without_controls
from .text_encoding import UNDECODABLE

# How OGR writes a spreadsheet's date and date-time cells as text: 2020/06/14, 2020/06/14 10:30:00.
_OGR_DATE = re.compile(r"(\d{4})/(\d{2})/(\d{2})(?: (\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?")


def _t(text):
    return message_template("import", text)


class Cleaning:
    """Counts the cells that had control characters removed."""

    def __init__(self):
        self.cells = 0

    def text(self, value):
        if has_controls(value):
            self.cells += 1
            return without_controls(value)
        return value


def json_value_text(value, name, cleaning):
    """A JSON value as text: strings as given, true/false, null as empty (numbers arrive as written:
    the reader parses them with ``parse_int=str``)."""
    if isinstance(value, str):
        if UNDECODABLE in value:
            raise RowError(_t("{field}: the text is not valid in the file's encoding (a damaged byte)"), field=name)
        return cleaning.text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    raise RowError(_t("{field}: a list or an object where one value is expected"), field=name)


def sheet_cell_text(value, cleaning):
    """A spreadsheet cell as OGR gives it (text or None): dates as ISO (2020-06-14)."""
    if value is None:
        return ""
    match = _OGR_DATE.fullmatch(value)
    if match:
        year, month, day, time = match.groups()
        return f"{year}-{month}-{day}" + (f"T{time}" if time else "")
    return cleaning.text(value)
