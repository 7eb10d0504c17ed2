"""incidenttracker:importincidents: ACLED or UCDP GED exports (CSV, API JSON, XLSX) into an incident store."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import log
from ..core.store import ImportCanceled, StoreError
from ..core.stores import open_store_with_zones
from ..core.translation import translated
from ..domain.import_formats import FORMATS, LABELS
from .algorithm import IncidentTrackerAlgorithm

SCREENFUL = 50  # skipped rows listed in the algorithm's log; the rest go to QGIS's message log
LOGGED_TOGETHER = 1000  # skipped rows per message in QGIS's message log


class ImportIncidentsAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "importincidents", "store"
    INPUT = "INPUT"
    FORMAT = "FORMAT"
    STORE = "STORE"
    STORE_DESTINATIONS = (STORE,)  # the store imported into
    IMPORTED = "IMPORTED"
    SKIPPED = "SKIPPED"
    DUPLICATES = "DUPLICATES"
    ALREADY_PRESENT = "ALREADY_PRESENT"

    def displayName(self):
        return self.tr("Import incidents (ACLED, UCDP GED)")

    def shortHelpString(self):
        return self.tr(
            "Imports an ACLED export (CSV, XLSX, or an API answer saved as JSON) or a UCDP GED file (CSV, or an "
            "API answer saved as JSON) into an incident store (created when the file does not exist). The whole "
            "file is imported in one transaction: canceling leaves the store unchanged. Rows that cannot be "
            "imported (bad values, points outside Iraq) are skipped and listed with their line number, the most "
            "common reasons counted; when every row is skipped the algorithm fails. Incidents already in the "
            "store (same ACLED or UCDP ID) are not imported again; likely duplicates (same event type, one day "
            "and 5 km apart) are imported and flagged for review.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("ACLED or UCDP file (CSV, JSON, XLSX)"),
            fileFilter=self.tr("ACLED or UCDP files (*.csv *.txt *.json *.xlsx);;All files (*)")))
        labels = [QCoreApplication.translate("import", LABELS[f]) for f in FORMATS]
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, self.tr("Format"), labels, defaultValue=0))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.STORE, self.tr("Incident store (new or existing GeoPackage)"), self.tr("GeoPackage (*.gpkg)"),
            optional=True))
        self.add_team_store_parameters()
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Incidents imported")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, self.tr("Rows skipped")))
        self.addOutput(QgsProcessingOutputNumber(self.DUPLICATES, self.tr("Likely duplicates flagged")))
        self.addOutput(QgsProcessingOutputNumber(self.ALREADY_PRESENT, self.tr("Already in the store")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..core.importer import import_file

        path = self.parameterAsFile(parameters, self.INPUT, context)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        connection, schema = self.team_store_choice(parameters, context)
        store_path = None if connection else self.parameterAsFileOutput(parameters, self.STORE, context)
        if not connection and not store_path:
            raise QgsProcessingException(self.tr("Choose a store: a GeoPackage file or a PostgreSQL connection."))
        try:
            existed = connection or os.path.exists(store_path)
            store = open_store_with_zones(connection or store_path, schema)
            if not existed and store.kind == "gpkg":
                feedback.pushInfo(self.tr("Created {path}").format(path=store_path))
            if store.zone_lookup is None:
                feedback.pushInfo(self.tr("The store has no disputed zones yet: governorate, district and zone "
                                          "fields keep the file's values (build the zones first to fill them)."))
        except StoreError as error:
            raise QgsProcessingException(translated(error)) from None
        try:
            report = import_file(store, path, fmt, progress=feedback.setProgress, is_canceled=feedback.isCanceled)
            if store.text_index_pending and not report.failed:
                # A large store of an earlier version: its search table is filled here, in Processing's
                # thread, rather than left to the next opening in QGIS (a cancel leaves it resumable).
                feedback.pushInfo(self.tr("Indexing the store's incidents for the dock's search…"))
                store.fill_text_index(progress=feedback.setProgress, canceled=feedback.isCanceled)
        except ImportCanceled:
            raise QgsProcessingException(self.tr("The import was canceled; the store is unchanged.")) from None
        except (StoreError, ValueError, OSError) as error:
            raise QgsProcessingException(translated(error)) from None
        finally:
            store.close()
        for notice in report.notices:
            feedback.pushInfo(translated(notice))
        self._report_skipped(report, os.path.basename(path), feedback)
        if report.failed:
            raise QgsProcessingException(translated(report.failure()))
        feedback.pushInfo(translated(report.summary()))
        return {self.STORE: store_path or store.location, self.IMPORTED: report.imported,
                self.SKIPPED: len(report.skipped),
                self.DUPLICATES: report.likely_duplicates, self.ALREADY_PRESENT: report.already_present}

    def _report_skipped(self, report, file_name, feedback):
        """The first screenful of skipped rows in the algorithm's log, every other one in QGIS's message log
        (tab Incident Tracker), and the most common reasons, counted."""
        if not report.skipped:
            return
        lines = [self.tr("{file}, line {line}: {reason}").format(file=file_name, line=line, reason=translated(reason))
                 for _, line, reason in report.skipped]
        for text in lines[:SCREENFUL]:
            feedback.reportError(text, fatalError=False)
        rest = lines[SCREENFUL:]
        if rest:
            for start in range(0, len(rest), LOGGED_TOGETHER):
                log.warning("\n".join(rest[start:start + LOGGED_TOGETHER]))
            feedback.reportError(self.tr("… and {count} more rows skipped: they are listed in the Log Messages "
                                         "panel (View ▸ Panels), tab Incident Tracker.").format(count=len(rest)),
                                 fatalError=False)
        feedback.reportError(self.tr("Rows skipped: {count}. Most common reasons: {reasons}").format(
            count=len(report.skipped), reasons=translated(report.reasons_text())), fatalError=False)
