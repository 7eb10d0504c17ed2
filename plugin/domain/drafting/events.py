"""Event and sub-event type from cue phrases (resources/drafting/events.json, ACLED taxonomy)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import taxonomy
from ..i18n import message_template
from .arabic import fold
from .text import data


@dataclass(frozen=True)
class EventMatch:
    event_type: str
    sub_event_type: str
    priority: int
    start: int
    end: int
    civilian_targeting: bool = False


@lru_cache(maxsize=None)
def _rules():
    rules = []
    for rule in data("events.json")["rules"]:
        if taxonomy.event_type_of(rule["sub_event_type"]) != rule["event_type"]:  # the taxonomy's own spelling
            raise ValueError(message_template("drafting", "resources/drafting/events.json: {rule} does not follow "
                                                          "the taxonomy").format(rule=rule))
        needs = re.compile(rule["needs"], re.I) if rule.get("needs") else None
        rules.append((re.compile(rule["pattern"], re.I), needs, rule))
    return rules


def earlier_markers():
    return data("events.json")["earlier_markers"]


def sentence_events(text, start, end):
    """Event cues in text[start:end], best first (lowest priority, then earliest)."""
    chunk = fold(text[start:end])  # Arabic letter variants folded, offsets kept
    found = []
    for pattern, needs, rule in _rules():
        if needs is not None and not needs.search(chunk):
            continue
        match = pattern.search(chunk)
        if match:
            found.append(EventMatch(rule["event_type"], rule["sub_event_type"], rule["priority"],
                                    start + match.start(), start + match.end(),
                                    bool(rule.get("civilian_targeting"))))
    return sorted(found, key=lambda m: (m.priority, m.start))
