"""The "Incidents" locator filter: type ``inc dara`` in QGIS's locator bar to find incidents."""

from qgis.core import QgsLocatorFilter, QgsLocatorResult
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log
from ..core.store import StoreError
from ..core.stores import open_store
from ..core.translation import translated

MAX_RESULTS = 30


def tr(text):
    return QCoreApplication.translate("IncidentLocatorFilter", text)


class IncidentLocatorFilter(QgsLocatorFilter):
    """``store_location()`` gives the active store's location (or None); ``open_incident(uuid)`` shows one."""

    def __init__(self, store_location, open_incident):
        super().__init__()
        self.store_location = store_location
        self.open_incident = open_incident

    def clone(self):
        return IncidentLocatorFilter(self.store_location, self.open_incident)

    def name(self):
        return "incident-tracker-incidents"

    def displayName(self):  # noqa: N802
        return tr("Incidents")

    def prefix(self):
        return "inc"

    def fetchResults(self, text, context, feedback):  # noqa: N802
        location = self.store_location()
        if not location or len(text.strip()) < 2:
            return
        try:
            store = open_store(location)  # its own connection: this runs in a worker thread
        except StoreError as error:
            log.warning(tr("Incident search could not open the store: {error}").format(error=translated(error)))
            return
        try:
            for incident in store.query(text=text.strip(), limit=MAX_RESULTS):
                if feedback.isCanceled():
                    return
                result = QgsLocatorResult()
                result.filter = self
                result.displayString = f"{incident['event_date']} {incident.get('location') or ''}"
                result.description = " – ".join(x for x in (incident.get("event_type"), incident.get("admin2"),
                                                              incident.get("disputed_zone")) if x)
                result.userData = incident["uuid"]
                self.resultFetched.emit(result)
        except StoreError as error:  # a locked or damaged store: no results, and why in the log
            log.warning(tr("Incident search failed: {error}").format(error=translated(error)))
        finally:
            store.close()

    def triggerResult(self, result):  # noqa: N802
        self.open_incident(result.userData)
