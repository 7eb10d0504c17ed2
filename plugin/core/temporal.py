"""The project's time settings fitted to its incidents: range, and a step of a day, week or month."""

from datetime import date

from qgis.core import QgsAggregateCalculator, QgsDateTimeRange, QgsInterval
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..domain.schema import INCIDENTS_TABLE
from ..domain.temporal import DAY, MONTH, WEEK, animation_step
from .compat import temporal_unit
from .layers import GROUP_PROPERTY, TABLE_PROPERTY

UNIT_NAMES = {DAY: "Days", WEEK: "Weeks", MONTH: "Months"}


def _incident_layers(project):
    return [layer for layer in project.mapLayers().values()
            if layer.customProperty(GROUP_PROPERTY) and layer.customProperty(TABLE_PROPERTY) == INCIDENTS_TABLE]


def _dated_range(layer):
    """(first, last) dates of the incidents of ``layer`` (start or event date to end or event date)."""
    dates = []
    for function, expression in ((QgsAggregateCalculator.Min, 'coalesce("date_start", "event_date")'),
                                 (QgsAggregateCalculator.Max, 'coalesce("date_end", "event_date")')):
        value, found = layer.aggregate(function, f"to_date({expression})")
        if isinstance(value, QDateTime):  # what the aggregate gives depends on the QGIS version
            value = value.date()
        if not found or not isinstance(value, QDate) or not value.isValid():
            return None
        dates.append(date(value.year(), value.month(), value.day()))
    return tuple(dates)


def step_is_default(project):
    """True while the project has QGIS's own step (one hour): nobody chose one."""
    settings = project.timeSettings()
    return settings.timeStep() == 1 and settings.timeStepUnit() == temporal_unit("Hours")


def fit_time_settings(project, navigation=None):
    """Set the project's temporal range to its incidents' and its step to a day, week or month (and
    the Temporal Controller's, ``navigation``, when given); returns the step's name, or None when the
    project has no dated incidents."""
    ranges = [r for r in (_dated_range(layer) for layer in _incident_layers(project)) if r]
    if not ranges:
        return None
    first, last = min(r[0] for r in ranges), max(r[1] for r in ranges)
    step = animation_step(first, last)
    unit = temporal_unit(UNIT_NAMES[step])
    period = QgsDateTimeRange(QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)),
                              QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0)).addDays(1))
    settings = project.timeSettings()
    settings.setTemporalRange(period)
    settings.setTimeStepUnit(unit)
    settings.setTimeStep(1)
    if navigation is not None:
        navigation.setTemporalExtents(period)
        navigation.setFrameDuration(QgsInterval(1, unit))
    return step
