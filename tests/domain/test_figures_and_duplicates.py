import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_tracker.plugin.domain import figures
from incident_tracker.plugin.domain.duplicates import DuplicateIndex, distance_km, is_likely_duplicate
from incident_tracker.plugin.domain.gpkg_geometry import decode_point, encode_point, envelope

K24 = {"outlet": "Kurdistan 24", "fatalities_reported": 7, "wounded_reported": 7}
KNOW = {"outlet": "KirkukNow", "fatalities_reported": 7, "wounded_reported": 5}


def test_best_figure_is_the_lowest_reported_and_range_spans_sources():
    result = figures.reconcile({}, [K24, dict(KNOW, fatalities_reported=6)])
    assert (result["fatalities"], result["fatalities_low"], result["fatalities_high"]) == (6, 6, 7)
    assert result["wounded"] == 5
    assert result["fatalities_manual"] is False


def test_an_analysts_best_figure_is_kept():
    result = figures.reconcile({"fatalities": 7, "fatalities_manual": True}, [K24, dict(KNOW, fatalities_reported=6)])
    assert result["fatalities"] == 7 and result["fatalities_low"] == 6


def test_no_reported_figure_stays_unknown_not_zero():
    result = figures.reconcile({}, [{"outlet": "Rudaw"}])
    assert result.get("fatalities") is None and result.get("wounded") is None


def test_duplicate_rule_day_distance_and_type():
    a = {"event_type": "Battles", "event_date": "2020-06-14", "longitude": 45.391, "latitude": 34.348}
    assert is_likely_duplicate(a, dict(a, event_date="2020-06-13", longitude=45.43))
    assert not is_likely_duplicate(a, dict(a, event_date="2020-06-12"))
    assert not is_likely_duplicate(a, dict(a, longitude=45.45))  # about 5.4 km east
    assert not is_likely_duplicate(a, dict(a, event_type="Riots"))


def test_distance_khanaqin_to_kirkuk_is_about_160_km():
    assert 150 < distance_km(45.391, 34.348, 44.392, 35.468) < 165


def test_duplicate_index_finds_neighbours_across_midnight():
    index = DuplicateIndex()
    index.add({"uuid": "a", "event_type": "Battles", "event_date": "2020-06-14", "longitude": 45.39, "latitude": 34.35})
    assert index.find({"event_type": "Battles", "event_date": "2020-06-15", "longitude": 45.40, "latitude": 34.35}) == ["a"]
    assert index.find({"event_type": "Battles", "event_date": "2020-06-16", "longitude": 45.40, "latitude": 34.35}) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Battles", "Riots"]), st.integers(0, 3),
                          st.floats(44.0, 44.1), st.floats(34.9, 35.1)), min_size=2, max_size=40))
def test_duplicate_index_finds_what_the_pairwise_rule_finds(rows):
    # latitudes around 35.0, a band edge of the index: neighbours across it must still be found
    incidents = [{"uuid": str(n), "event_type": kind, "event_date": f"2020-06-{10 + day}", "longitude": lon,
                  "latitude": lat} for n, (kind, day, lon, lat) in enumerate(rows)]
    index = DuplicateIndex()
    for incident in incidents[:-1]:
        index.add(incident)
    last = incidents[-1]
    expected = {i["uuid"] for i in incidents[:-1] if is_likely_duplicate(i, last)}
    assert set(index.find(last)) == expected


@pytest.mark.parametrize("uuid", ["01a231f2-1d7f-712d-ad48-67cd3e65efa3", "17b5bef0-39db-4ee3-b9b5-9b5ebcd8f441",
                                  "00000000-0000-0000-0000-000000000001", "17B5BEF0-39DB-4EE3-B9B5-9B5EBCD8F441",
                                  "-7b5bef0-39db-4ee3-b9b5-9b5ebcd8f44-", "dara-1", "", None])
def test_the_duplicate_index_gives_back_each_uuid_as_it_was_given(uuid):
    index = DuplicateIndex()
    index.add({"uuid": uuid, "event_type": "Battles", "event_date": "2020-06-14", "longitude": 45.39, "latitude": 34.35})
    assert index.find({"event_type": "Battles", "event_date": "2020-06-14", "longitude": 45.39,
                       "latitude": 34.35}) == [uuid]


def test_gpkg_point_blob_round_trip_and_envelope():
    blob = encode_point(45.391, 34.348)
    assert decode_point(blob) == (45.391, 34.348)
    assert envelope(blob) == (45.391, 45.391, 34.348, 34.348)
    assert decode_point(b"not a geometry") is None
