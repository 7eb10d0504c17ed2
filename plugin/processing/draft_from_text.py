"""incidenttracker:draftfromtext: proposed incidents from a report's text, as JSON."""

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
)

from ..core.translation import translated
from ..domain.values import parse_date
from .algorithm import IncidentTrackerAlgorithm


class DraftFromTextAlgorithm(IncidentTrackerAlgorithm):
    NAME, GROUP_ID = "draftfromtext", "incidents"
    TEXT = "TEXT"
    PUBLISHED = "PUBLISHED"
    OUTLET = "OUTLET"
    URL = "URL"
    DRAFTS = "DRAFTS"

    def displayName(self):
        return self.tr("Draft incidents from report text")

    def shortHelpString(self):
        return self.tr(
            "Proposes incidents from the text of a report in English or Arabic: date and date precision resolved "
            "against the publication date, event and sub-event type, perpetrator and attribution, target community, "
            "place, killed (with the civilian / security forces split when the text gives it), wounded and abducted. "
            "Each incident the text tells (an earlier abduction, a separate attack, a line of a bulletin) is proposed "
            "as its own draft with its own figures. Rules and word lists only; nothing is downloaded and nothing is "
            "saved.\n\n"
            "Output DRAFTS: JSON, a list of drafts; each has 'fields' (store field name -> value, the snippet of "
            "text it came from and its character offsets), 'source' (a source record for the report) and "
            "'secondary'. A field the text does not support is absent: an unknown figure is never 0.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(self.TEXT, self.tr("Report text"), multiLine=True))
        self.addParameter(QgsProcessingParameterString(self.PUBLISHED, self.tr("Publication date (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterString(self.OUTLET, self.tr("Outlet"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.URL, self.tr("URL"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.DRAFTS, self.tr("Drafts (JSON)")))

    def processAlgorithm(self, parameters, context, feedback):
        from ..domain.drafting import draft_incidents

        text = self.parameterAsString(parameters, self.TEXT, context)
        if not text or not text.strip():
            raise QgsProcessingException(self.tr("The report text is empty."))
        try:
            published = parse_date(self.parameterAsString(parameters, self.PUBLISHED, context), "PUBLISHED")
        except ValueError as error:
            raise QgsProcessingException(translated(error)) from None
        if published is None:
            raise QgsProcessingException(self.tr("The publication date is needed (YYYY-MM-DD)."))
        outlet = self.parameterAsString(parameters, self.OUTLET, context) or None
        url = self.parameterAsString(parameters, self.URL, context) or None
        drafts = draft_incidents(text, published, outlet, url, canceled=feedback.isCanceled if feedback else None)
        if feedback and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Drafting canceled: nothing proposed."))
        feedback.pushInfo(self.tr("{count} draft(s) proposed").format(count=len(drafts)))
        return {self.DRAFTS: json.dumps([d.to_json() for d in drafts], ensure_ascii=False)}
