"""A spreadsheet's rows (ACLED's XLSX exports, read by OGR in plugin/core) as the rows a CSV gives.

The first row with a value is the header (:func:`import_columns.table_header`); ``line`` is the row
number the spreadsheet shows. Cells come as OGR gives them as text (dates ``2020/06/14``, made ISO by
:func:`cell_text.sheet_cell_text`). A value in a column without a header skips its row: it would
otherwise be lost.
"""

from .cell_text import Cleaning, sheet_cell_text
from .i18n import message_template
from .import_cells import RowError
from .import_columns import Table, TableFormatError, hashtag_notice, is_hashtag_row, table_header


def _t(text):
    return message_template("import", text)


class SheetRows(Table):
    """``(line, row)`` pairs of a sheet given as ``(row number, [cell text or None])`` pairs."""

    def __init__(self, path, numbered_cells, total=None):
        self.path = str(path)
        self.cleaning = Cleaning()
        self.notices = []
        self._cells = iter(numbered_cells)
        self._total = total
        self._read = 0
        for number, cells in self._cells:
            if any(c and c.strip() for c in cells):
                break
        else:
            raise TableFormatError(_t("{path}: the first sheet is empty.").format(path=self.path))
        names = [self.cleaning.text(c or "") for c in cells]
        self.header, skip_first, self._width = table_header(names, self.path)
        self.header_line = number
        self._first = 1 if skip_first else 0

    @property
    def cleaned_lines(self):
        return self.cleaning.cells

    def fraction_read(self):
        return min(1.0, self._read / self._total) if self._total else 0.0

    def __iter__(self):
        header, first, width = self.header, self._first, self._width
        hashtags_possible = True  # the first row under the header only
        for number, cells in self._cells:
            self._read = number
            if hashtags_possible:
                hashtags_possible = False
                if is_hashtag_row(cells):
                    self.notices.append(hashtag_notice(self.path, number))
                    continue
            beyond = [i for i, c in enumerate(cells[width:], start=width + 1) if c and c.strip()]
            if beyond:
                yield number, RowError(_t("a value in column {column}, which has no name in the header row"),
                                       column=beyond[0])
                continue
            texts = [sheet_cell_text(c, self.cleaning) for c in cells[first:width]]
            if not any(t.strip() for t in texts):
                continue  # an empty row
            yield number, dict(zip(header, texts))
