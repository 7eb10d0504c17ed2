"""The event taxonomy (ACLED codebook) and the plugin's controlled vocabularies.

The data lives in ``resources/taxonomy.json`` with its source; this module only reads it.
"""

from .resources import load_json


def _data():
    return load_json("taxonomy.json")


def event_types():
    return list(_data()["event_types"])


def sub_event_types(event_type):
    entry = _data()["event_types"].get(event_type)
    return list(entry["sub_event_types"]) if entry else []


def all_sub_event_types():
    return [s for e in event_types() for s in sub_event_types(e)]


def event_type_of(sub_event_type):
    for event_type in event_types():
        if sub_event_type in sub_event_types(event_type):
            return event_type
    return None


def disorder_type_for(event_type, sub_event_type=None):
    data = _data()
    if sub_event_type and sub_event_type in data["sub_event_disorder_overrides"]:
        return data["sub_event_disorder_overrides"][sub_event_type]
    entry = data["event_types"].get(event_type)
    return entry["disorder_type"] if entry else None


def disorder_types():
    return list(_data()["disorder_types"])


def vocabulary(name):
    """A controlled vocabulary: a list of values, or a {code: meaning} dict as in the JSON."""
    return _data()[name]


def codes(name):
    """The allowed values of a vocabulary, as strings."""
    values = _data()[name]
    return list(values) if isinstance(values, (list, dict)) else []
