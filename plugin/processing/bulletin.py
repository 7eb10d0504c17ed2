"""incidenttracker:bulletin: the situation bulletin of a period as a print layout (kept in the project) and a PDF."""

from datetime import date, timedelta

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
)

from ..core.bulletin import BulletinOptions, build_bulletin, export_pdf
from ..core.bulletin_language import LANGUAGES
from ..core.compat import processing_no_threading
from ..core.store import StoreError
from ..core.translation import translated
from ..domain.i18n import QT_TRANSLATE_NOOP
from .export_geopackage import ExportAlgorithmBase

LANGUAGE_LABELS = (QT_TRANSLATE_NOOP("BulletinAlgorithm", "English"),
                   QT_TRANSLATE_NOOP("BulletinAlgorithm", "Arabic"),
                   QT_TRANSLATE_NOOP("BulletinAlgorithm", "Sorani (Central Kurdish)"))
DEFAULT_DAYS = 30


class BulletinAlgorithm(ExportAlgorithmBase):
    NAME = "bulletin"
    ZONE_NAMES, VERIFICATION = "ZONES", "STATUS"
    LANGUAGE, TITLE, LAYOUT, PAGES = "LANGUAGE", "TITLE", "LAYOUT", "PAGES"

    def displayName(self):
        return self.tr("Situation bulletin (PDF)")

    def shortHelpString(self):
        return self.tr(
            "Builds the situation bulletin of a period (START to END; by default the 30 days to END, END "
            "by default today) as a print layout kept in the project, and exports it as a PDF whose "
            "figures are text: a map of the period's incidents over the disputed zones, a table per zone "
            "against the previous period of the same length, incidents per week or month, trend alerts "
            "(last four weeks more than 25% above the mean of the 52 weeks before, as ACLED's "
            "Trendfinder), the main incidents with their sources, and a page per zone with incidents. "
            "ZONES and STATUS keep only some zones and verification statuses. Arabic and Sorani "
            "bulletins run right to left.")

    def flags(self):
        # The layout and its map items belong to the project, on the main thread.
        return super().flags() | processing_no_threading()

    def initAlgorithm(self, config=None):
        self.add_filter_parameters()
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Language"), [self.tr(label) for label in LANGUAGE_LABELS], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Bulletin (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr("Print layout")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))

    def processAlgorithm(self, parameters, context, feedback):
        filters = self.filters(parameters, context)
        end = filters.end or date.today().isoformat()
        start = filters.start or (date.fromisoformat(end) - timedelta(days=DEFAULT_DAYS - 1)).isoformat()
        if start > end:
            raise QgsProcessingException(self.tr("The period ends before it starts."))
        options = BulletinOptions(start, end, LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
                                  filters.zones, filters.verification,
                                  title=self.parameterAsString(parameters, self.TITLE, context) or None)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        project = context.project() or QgsProject.instance()
        try:
            layout, incidents = build_bulletin(self.store_location(parameters, context), options, project)
            feedback.setProgress(50)
            if feedback.isCanceled():  # the layout stays in the project; no PDF is written
                return {self.LAYOUT: layout.name()}
            export_pdf(layout, output)
            feedback.setProgress(100)
        except (StoreError, OSError, ValueError) as error:
            raise QgsProcessingException(translated(error)) from None
        pages = layout.pageCollection().pageCount()
        feedback.pushInfo(self.tr("{pages} pages written to {path}; the layout is {layout} in the project's "
                                  "layouts.").format(pages=pages, path=output, layout=layout.name()))
        return {self.OUTPUT: output, self.LAYOUT: layout.name(), self.PAGES: pages, self.INCIDENTS: incidents}
