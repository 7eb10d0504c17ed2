"""Copying a whole store into another (GeoPackage → PostGIS and back), losslessly.

Incidents keep their uuid, figures, row version and created/updated times; sources keep theirs and
their order. The target must be empty: a copy never merges into existing incidents.
"""

from dataclasses import dataclass

from ..domain.i18n import message_template
from .store import StoreError


@dataclass
class CopyResult:
    incidents: int
    sources: int


def copy_store(source, target):
    """Copy every incident and source of ``source`` into the empty store ``target``, in one transaction."""
    if target.count():
        raise StoreError(message_template("store", "The target store already holds incidents; copy into a new, "
                                                   "empty store."))
    incidents, sources = source.all_rows()
    target.write_rows(incidents, sources, source.all_history())
    return CopyResult(len(incidents), len(sources))
