"""Validation of an incident and its sources before they are written.

``validate(incident, sources, today)`` returns a list of :class:`Problem`; an empty list means the
incident may be saved. Problems of kind ``CONFIRM`` (a point outside Iraq, a likely duplicate) may be
overridden by an explicit confirmation; ``ERROR`` problems may not.

Messages are English templates marked for translation; ``problem.message`` (and ``str(problem)``) is a
:class:`~.i18n.Message` the GUI shows with ``core.translation.translated``.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from . import taxonomy
from .i18n import QT_TRANSLATE_NOOP, message_template
from .schema import FIGURE_FIELDS, SOURCE_FIGURE_FIELDS
from .values import parse_date, parse_whole_number

ERROR, CONFIRM = "error", "confirm"

# Iraq's bounding box from OCHA COD-AB adm0 (irq_admbnda_adm0_cso_itos_20190603), rounded outwards.
IRAQ_BBOX = (38.79, 29.06, 48.63, 37.38)
# A single incident with more victims than this is almost certainly a typing or parsing error.
ABSURD_FIGURE = 10000
EARLIEST_DATE = date(1900, 1, 1)


@dataclass(frozen=True)
class Problem:
    field: str
    template: str
    params: dict = field(default_factory=dict)
    kind: str = ERROR

    @property
    def message(self):
        return message_template("validation", self.template).format(**self.params)

    def __str__(self):
        return self.field + ": " + self.message


@lru_cache(maxsize=None)
def _codes(vocabulary):
    return frozenset(taxonomy.codes(vocabulary))


@lru_cache(maxsize=None)
def _event_types():
    return frozenset(taxonomy.event_types())


@lru_cache(maxsize=None)
def _sub_event_types(event_type):
    return frozenset(taxonomy.sub_event_types(event_type))


@lru_cache(maxsize=None)
def _disorder_types():
    return frozenset(taxonomy.disorder_types())


def _date(value, name):
    """parse_date, with a fast path for ISO date text (what imports and forms give)."""
    if value is None:
        return None
    if type(value) is str and len(value) == 10 and value[4] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    return parse_date(value, name)


def inside_iraq_bbox(longitude, latitude):
    west, south, east, north = IRAQ_BBOX
    return west <= longitude <= east and south <= latitude <= north


def validate(incident, sources=(), today=None, require_source=True, inside_iraq=inside_iraq_bbox):
    """All problems with ``incident`` (a dict of store fields plus longitude/latitude) and ``sources``."""
    today = today or date.today()
    problems = []
    problems += _check_dates(incident, today)
    problems += _check_taxonomy(incident)
    problems += _check_figures(incident)
    problems += _check_point(incident, inside_iraq)
    problems += check_sources(sources, today, require_source)
    return problems


def errors_only(problems):
    return [p for p in problems if p.kind == ERROR]


def _check_dates(incident, today):
    problems = []
    parsed = {}
    for name in ("event_date", "date_start", "date_end"):
        try:
            parsed[name] = _date(incident.get(name), name)
        except ValueError:
            problems.append(
                Problem(
                    name, QT_TRANSLATE_NOOP("validation", "Not a valid date: {value}"), {"value": incident.get(name)}
                )
            )
            parsed[name] = None
    if parsed["event_date"] is None and not any(p.field == "event_date" for p in problems):
        problems.append(Problem("event_date", QT_TRANSLATE_NOOP("validation", "The event date is required.")))
    for name, value in parsed.items():
        if value is None:
            continue
        if value > today:
            problems.append(
                Problem(
                    name,
                    QT_TRANSLATE_NOOP("validation", "The date {value} is in the future."),
                    {"value": value.isoformat()},
                )
            )
        elif value < EARLIEST_DATE:
            problems.append(
                Problem(
                    name,
                    QT_TRANSLATE_NOOP("validation", "The date {value} is before 1900."),
                    {"value": value.isoformat()},
                )
            )
    start, end = parsed["date_start"], parsed["date_end"]
    if start and end and end < start:
        problems.append(
            Problem("date_end", QT_TRANSLATE_NOOP("validation", "The end date is before the start date."))
        )
    for name, vocabulary in (("time_precision", "time_precision"), ("geo_precision", "geo_precision")):
        value = incident.get(name)
        if value is not None and str(value) not in _codes(vocabulary):
            problems.append(
                Problem(
                    name,
                    QT_TRANSLATE_NOOP("validation", "Precision must be 1, 2 or 3, not {value}."),
                    {"value": value},
                )
            )
    return problems


def _check_taxonomy(incident):
    problems = []
    event_type = incident.get("event_type")
    sub_event_type = incident.get("sub_event_type")
    if not event_type:
        problems.append(Problem("event_type", QT_TRANSLATE_NOOP("validation", "The event type is required.")))
    elif event_type not in _event_types():
        problems.append(
            Problem(
                "event_type", QT_TRANSLATE_NOOP("validation", "Unknown event type: {value}"), {"value": event_type}
            )
        )
    elif sub_event_type and sub_event_type not in _sub_event_types(event_type):
        problems.append(
            Problem(
                "sub_event_type",
                QT_TRANSLATE_NOOP("validation", "'{sub}' is not a kind of '{event}'."),
                {"sub": sub_event_type, "event": event_type},
            )
        )
    disorder = incident.get("disorder_type")
    if disorder and disorder not in _disorder_types():
        problems.append(
            Problem(
                "disorder_type",
                QT_TRANSLATE_NOOP("validation", "Unknown disorder type: {value}"),
                {"value": disorder},
            )
        )
    for name, vocabulary in (
        ("attribution", "attribution"),
        ("target_community", "target_communities"),
        ("verification", "verification_status"),
    ):
        value = incident.get(name)
        if value and value not in _codes(vocabulary):
            problems.append(
                Problem(name, QT_TRANSLATE_NOOP("validation", "Not an allowed value: {value}"), {"value": value})
            )
    return problems


def _check_figures(incident):
    problems = []
    for name in FIGURE_FIELDS:
        problem = _figure_problem(name, incident.get(name))
        if problem:
            problems.append(problem)
    low, high = incident.get("fatalities_low"), incident.get("fatalities_high")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        problems.append(
            Problem("fatalities_high", QT_TRANSLATE_NOOP("validation", "The high figure is below the low figure."))
        )
    return problems


def _figure_problem(name, value):
    if value is None or (type(value) is int and 0 <= value <= ABSURD_FIGURE):
        return None
    try:
        number = parse_whole_number(value, name)
    except ValueError:
        return Problem(
            name,
            QT_TRANSLATE_NOOP("validation", "Figures must be whole numbers, not negative: {value}"),
            {"value": value},
        )
    if number is not None and number > ABSURD_FIGURE:
        return Problem(
            name,
            QT_TRANSLATE_NOOP("validation", "{value} is not a plausible figure for one incident."),
            {"value": number},
        )
    return None


def _check_point(incident, inside_iraq):
    lon, lat = incident.get("longitude"), incident.get("latitude")
    if lon is None or lat is None:
        return [Problem("location", QT_TRANSLATE_NOOP("validation", "The incident has no location."))]
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        return [
            Problem(
                "location",
                QT_TRANSLATE_NOOP("validation", "Coordinates are not numbers: {lon}, {lat}"),
                {"lon": lon, "lat": lat},
            )
        ]
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return [Problem("location", QT_TRANSLATE_NOOP("validation", "Coordinates are not finite numbers."))]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return [
            Problem(
                "location",
                QT_TRANSLATE_NOOP("validation", "Coordinates out of range: {lon}, {lat}"),
                {"lon": lon, "lat": lat},
            )
        ]
    if lon == 0 and lat == 0:
        return [
            Problem("location", QT_TRANSLATE_NOOP("validation", "The point is at 0, 0: the coordinates are missing."))
        ]
    if not inside_iraq(lon, lat):
        if inside_iraq(lat, lon):
            return [
                Problem(
                    "location",
                    QT_TRANSLATE_NOOP(
                        "validation", "The point is outside Iraq; latitude and longitude look swapped."
                    ),
                    kind=CONFIRM,
                )
            ]
        return [Problem("location", QT_TRANSLATE_NOOP("validation", "The point is outside Iraq."), kind=CONFIRM)]
    return []


def check_sources(sources, today=None, require_source=True):
    """Problems with the sources alone (fields named ``sources[N].name``, N from 1)."""
    today = today or date.today()
    problems = []
    if require_source and not any((s.get("outlet") or "").strip() for s in sources):
        problems.append(
            Problem("sources", QT_TRANSLATE_NOOP("validation", "At least one source with an outlet is required."))
        )
    for index, source in enumerate(sources, start=1):
        where = f"sources[{index}]"
        if not (source.get("outlet") or "").strip():
            problems.append(
                Problem(
                    f"{where}.outlet",
                    QT_TRANSLATE_NOOP("validation", "Source {index} has no outlet."),
                    {"index": index},
                )
            )
        for name in ("url", "archive_url"):
            url = source.get(name)
            if url and not is_well_formed_url(url):
                problems.append(
                    Problem(
                        f"{where}.{name}",
                        QT_TRANSLATE_NOOP("validation", "Not a well-formed web address: {value}"),
                        {"value": url},
                    )
                )
        for name in ("published", "accessed"):
            try:
                value = _date(source.get(name), name)
            except ValueError:
                problems.append(
                    Problem(
                        f"{where}.{name}",
                        QT_TRANSLATE_NOOP("validation", "Not a valid date: {value}"),
                        {"value": source.get(name)},
                    )
                )
                continue
            if value and value > today:
                problems.append(
                    Problem(
                        f"{where}.{name}",
                        QT_TRANSLATE_NOOP("validation", "The date {value} is in the future."),
                        {"value": value.isoformat()},
                    )
                )
        for name, vocabulary in (
            ("reliability", "reliability"),
            ("credibility", "credibility"),
            ("source_type", "source_types"),
        ):
            value = source.get(name)
            if value and str(value) not in _codes(vocabulary):
                problems.append(
                    Problem(
                        f"{where}.{name}",
                        QT_TRANSLATE_NOOP("validation", "Not an allowed value: {value}"),
                        {"value": value},
                    )
                )
        for name in SOURCE_FIGURE_FIELDS:
            problem = _figure_problem(f"{where}.{name}", source.get(name))
            if problem:
                problems.append(problem)
    return problems


def is_well_formed_url(url):
    try:
        parsed = urlparse(str(url).strip())
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in str(url).strip()
