"""Review of incidents: verification statuses, the review queue's order, merges and history entries.

Statuses follow the review workflows analysts know from incident systems (Ushahidi's review queue,
UCDP's candidate and vetted events): an incident comes in ``unverified``, goes ``in review``, and ends
``verified``, ``disputed`` (sources contradict each other and it stays open) or ``rejected`` (kept,
never deleted, and out of public exports). Stores written before these statuses used ``partially
verified``; it reads as ``in review``.
"""

import json
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP
from .schema import FIGURE_FIELDS, INCIDENT_FIELD_NAMES, SOURCE_FIGURE_FIELDS

UNVERIFIED, IN_REVIEW, VERIFIED, DISPUTED, REJECTED = "unverified", "in review", "verified", "disputed", "rejected"
STATUSES = (UNVERIFIED, IN_REVIEW, VERIFIED, DISPUTED, REJECTED)
LEGACY_STATUSES = {"partially verified": IN_REVIEW}
CLOSED = (VERIFIED, REJECTED)  # no longer in the review queue
DEFAULT_PUBLIC_STATUSES = (VERIFIED,)
DEFAULT_FIGURE_MARGIN = 2  # sources disagreeing by more than this many people need a look

# Why an incident is in the queue, most urgent first.
LIKELY_DUPLICATE, FIGURES_DISAGREE, SINGLE_SOURCE, AWAITING = range(4)
REASONS = {
    LIKELY_DUPLICATE: QT_TRANSLATE_NOOP("review", "Likely duplicate"),
    FIGURES_DISAGREE: QT_TRANSLATE_NOOP("review", "Sources disagree on the figures"),
    SINGLE_SOURCE: QT_TRANSLATE_NOOP("review", "Unverified, one source"),
    AWAITING: QT_TRANSLATE_NOOP("review", "Awaiting review"),
}

# History actions (one row of the store's history each).
ADD, UPDATE, DELETE, STATUS, MERGE, RESTORE = "add", "update", "delete", "status", "merge", "restore"
SOURCE_ADD, SOURCE_UPDATE, SOURCE_DELETE = "source add", "source update", "source delete"
ACTIONS = {
    ADD: QT_TRANSLATE_NOOP("review", "Added"),
    UPDATE: QT_TRANSLATE_NOOP("review", "Changed"),
    DELETE: QT_TRANSLATE_NOOP("review", "Deleted"),
    STATUS: QT_TRANSLATE_NOOP("review", "Status changed"),
    MERGE: QT_TRANSLATE_NOOP("review", "Merged"),
    RESTORE: QT_TRANSLATE_NOOP("review", "Restored"),
    SOURCE_ADD: QT_TRANSLATE_NOOP("review", "Source added"),
    SOURCE_UPDATE: QT_TRANSLATE_NOOP("review", "Source changed"),
    SOURCE_DELETE: QT_TRANSLATE_NOOP("review", "Source removed"),
}
# Fields that every write changes; a history entry does not list them as changes.
BOOKKEEPING_FIELDS = ("updated_at", "row_version")


def status_of(incident):
    value = incident.get("verification") or UNVERIFIED
    return LEGACY_STATUSES.get(value, value)


def with_statuses(incidents, statuses=None):
    """The incidents of the given review ``statuses`` (all when None); merged records never."""
    wanted = None if statuses is None else set(statuses)
    return [i for i in incidents if not i.get("merged_into") and (wanted is None or status_of(i) in wanted)]


def figure_spread(sources):
    """{figure: (lowest, highest)} of the figures at least two sources report."""
    spread = {}
    for name in SOURCE_FIGURE_FIELDS:
        values = [s[name] for s in sources if s.get(name) is not None]
        if len(values) >= 2:
            spread[name] = (min(values), max(values))
    return spread


def figures_disagree(sources, margin=DEFAULT_FIGURE_MARGIN):
    return any(high - low > margin for low, high in figure_spread(sources).values())


def review_reason(incident, sources, margin=DEFAULT_FIGURE_MARGIN):
    """Why ``incident`` needs a look (one of the reason codes), or None when it does not."""
    if incident.get("merged_into") or status_of(incident) in CLOSED:
        return None
    if incident.get("likely_duplicate_of"):
        return LIKELY_DUPLICATE
    if figures_disagree(sources, margin):
        return FIGURES_DISAGREE
    if status_of(incident) == UNVERIFIED and len(sources) <= 1:
        return SINGLE_SOURCE
    return AWAITING


@dataclass(frozen=True)
class QueueEntry:
    uuid: str
    reason: int
    incident: dict


def review_queue(incidents, sources_by_incident, margin=DEFAULT_FIGURE_MARGIN):
    """The incidents that need a look, most urgent reason first, and within a reason the ones waiting
    longest (created first) first; ties by event date, then uuid, so the order is stable."""
    entries = []
    for incident in incidents:
        reason = review_reason(incident, sources_by_incident.get(incident["uuid"], []), margin)
        if reason is not None:
            entries.append(QueueEntry(incident["uuid"], reason, incident))
    entries.sort(key=lambda e: (e.reason, str(e.incident.get("created_at") or ""),
                                str(e.incident.get("event_date") or ""), e.uuid))
    return entries


# --- merging -----------------------------------------------------------------------------------------
MERGE_EXCLUDED_FIELDS = ("uuid", "event_id_cnty", "ucdp_id", "created_at", "updated_at", "created_by", "row_version",
                         "likely_duplicate_of", "merged_into", "fatalities_low", "fatalities_high")


def mergeable_fields(survivor, other):
    """The fields where the two incidents differ and the analyst has a choice, in schema order."""
    names = [n for n in INCIDENT_FIELD_NAMES if n not in MERGE_EXCLUDED_FIELDS] + ["longitude", "latitude"]
    return [n for n in names if survivor.get(n) != other.get(n)]


def merged_incident(survivor, other, taken_from_other=()):
    """The survivor's record with the fields named in ``taken_from_other`` taken from ``other``.

    The place moves as a whole (longitude and latitude together). Figures the analyst did not set are
    left for the store to reconcile from all the sources; the duplicate flag between the two is gone.
    """
    taken = set(taken_from_other)
    if taken & {"longitude", "latitude"}:
        taken |= {"longitude", "latitude"}
    result = dict(survivor)
    choosable = set(INCIDENT_FIELD_NAMES) - set(MERGE_EXCLUDED_FIELDS) | {"longitude", "latitude"}
    for name in taken:
        if name not in choosable:
            raise ValueError(name)
        result[name] = other.get(name)
    if not result.get("fatalities_manual"):
        result["fatalities"] = None
    for name in FIGURE_FIELDS:
        if name.startswith("fatalities"):
            continue
        if name not in taken and survivor.get(name) is None:
            result[name] = other.get(name)
    result["likely_duplicate_of"] = without_duplicate(survivor.get("likely_duplicate_of"), other["uuid"])
    return result


def without_duplicate(flag, uuid):
    """The ``likely_duplicate_of`` text without ``uuid`` (None when nothing is left)."""
    kept = [u for u in (flag or "").split(";") if u and u != uuid]
    return ";".join(kept) or None


# --- history -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


def changes(before, after):
    """What a history entry changed, field by field (bookkeeping fields left out)."""
    before = before or {}
    after = after or {}
    names = [n for n in dict.fromkeys(list(before) + list(after)) if n not in BOOKKEEPING_FIELDS]
    return [Change(n, before.get(n), after.get(n)) for n in names if before.get(n) != after.get(n)]


def decoded(text):
    """A history row's JSON image as a dict (None for no image)."""
    if text in (None, ""):
        return None
    return text if isinstance(text, dict) else json.loads(text)
