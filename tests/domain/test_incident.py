"""Preparing incidents for the store: identifiers, defaults and typed values."""

import time
import uuid

from incident_tracker.plugin.domain.incident import new_uuid, prepare


def test_new_ids_are_unique_rfc_uuids_that_sort_by_creation_time():
    first = [new_uuid() for _ in range(2000)]
    time.sleep(0.003)
    later = new_uuid()
    assert len(set(first)) == len(first)
    parsed = uuid.UUID(later)
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == later
    assert later > max(first)  # a store's uuid indexes grow at their end


def test_prepare_types_values_fills_defaults_and_keeps_only_store_fields():
    row, sources = prepare({"event_date": "14 June 2020", "event_type": "Battles", "location": "  Dara ",
                            "fatalities": "7", "civilian_targeting": "yes", "not_a_field": "x",
                            "longitude": "45.391", "latitude": 34.348},
                           [{"outlet": " KirkukNow ", "fatalities_reported": "5", "unknown": 1}])
    assert row["event_date"] == "2020-06-14" and row["location"] == "Dara"
    assert row["fatalities"] == 5 and row["fatalities_high"] == 5  # the source's figure is the best one
    assert row["civilian_targeting"] is True and "not_a_field" not in row
    assert (row["time_precision"], row["geo_precision"], row["row_version"]) == (1, 1, 1)
    assert (row["longitude"], row["latitude"]) == (45.391, 34.348)
    assert sources == [{"outlet": "KirkukNow", "fatalities_reported": 5, "uuid": sources[0]["uuid"],
                        "incident_uuid": row["uuid"], "created_at": row["created_at"]}]
