"""Opening a file to import, by what its bytes are: an XLSX spreadsheet (read by GDAL/OGR), an API
answer saved as JSON, or a CSV export. Each gives ``header`` and ``(line, row)`` pairs alike
(plugin/domain: csv_reading, json_reading, sheet_rows), so one mapping serves them all."""

from ..domain.i18n import message_template
from ..domain.import_columns import TableFormatError
from ..domain.import_formats import detect_format
from ..domain.sheet_rows import SheetRows
from ..domain.text_tables import open_text_table

_ZIP = b"PK\x03\x04"  # XLSX is a ZIP archive
# Every row read as it is (the header row too, so that a name given twice or an empty one is seen),
# every cell as text (no guessing of column types from the first rows).
_XLSX_OPTIONS = {"OGR_XLSX_HEADERS": "DISABLE", "OGR_XLSX_FIELD_TYPES": "STRING"}


def _t(text):
    return message_template("import", text)


def open_table(path):
    """The reader for the file at ``path``; raises ``ValueError`` (:class:`TableFormatError`) when it
    cannot be read as a table."""
    path = str(path)
    with open(path, "rb") as f:
        head = f.read(4)
    if head == _ZIP:
        return XlsxFile(path)
    return open_text_table(path)


class XlsxFile(SheetRows):
    """The first sheet of an XLSX workbook whose header is an ACLED or UCDP one (else the first sheet
    with rows, for its error to be told)."""

    def __init__(self, path):
        from osgeo import gdal

        self._gdal = gdal
        self._saved = {key: gdal.GetThreadLocalConfigOption(key, None) for key in _XLSX_OPTIONS}
        for key, value in _XLSX_OPTIONS.items():
            gdal.SetThreadLocalConfigOption(key, value)
        try:
            self._dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLSX"])
        except RuntimeError:
            self._dataset = None
        try:
            if self._dataset is None:
                raise TableFormatError(_t("{path} is a ZIP archive but not an XLSX spreadsheet GDAL can read.").format(
                    path=path))
            layers = [self._dataset.GetLayer(i) for i in range(self._dataset.GetLayerCount())]
            layers = [layer for layer in layers if layer.GetFeatureCount() > 0]
            if not layers:
                raise TableFormatError(_t("{path}: the first sheet is empty.").format(path=path))
            layer = next((layer for layer in layers if _is_an_export(path, layer)), layers[0])
            super().__init__(path, _cells(layer), total=layer.GetFeatureCount() + 1)
        except Exception:
            self.close()
            raise

    def close(self):
        self._dataset = None
        for key, value in self._saved.items():
            self._gdal.SetThreadLocalConfigOption(key, value)
        self._saved = {}


def _is_an_export(path, layer):
    try:
        detect_format(SheetRows(path, _cells(layer)).header)
        return True
    except ValueError:
        return False


def _cells(layer):
    count = layer.GetLayerDefn().GetFieldCount()
    layer.ResetReading()
    for feature in layer:
        yield feature.GetFID(), [feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else None
                                 for i in range(count)]
