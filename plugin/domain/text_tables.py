"""The reader for a text file to import: an API answer saved as JSON, else a CSV export."""

from .csv_reading import CsvFile
from .json_reading import JsonFile, looks_like_json


def open_text_table(path):
    """:class:`JsonFile` or :class:`CsvFile` for ``path``; raises ``ValueError`` when it is neither."""
    return JsonFile(path) if looks_like_json(path) else CsvFile(path)
