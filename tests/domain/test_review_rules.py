"""The review rules without a store: statuses, the queue's order, merged records, changes between images."""

import pytest

from incident_tracker.plugin.domain import review


def incident(uuid, **fields):
    return dict({"uuid": uuid, "verification": "unverified", "created_at": "2026-01-01T00:00:00.000Z",
                 "event_date": "2020-06-14"}, **fields)


def test_the_old_partially_verified_status_reads_as_in_review():
    assert review.status_of({"verification": "partially verified"}) == review.IN_REVIEW
    assert review.status_of({}) == review.UNVERIFIED


def test_figures_disagree_only_beyond_the_margin():
    sources = [{"fatalities_reported": 7, "wounded_reported": 7}, {"fatalities_reported": 7, "wounded_reported": 5}]
    assert review.figure_spread(sources) == {"fatalities_reported": (7, 7), "wounded_reported": (5, 7)}
    assert not review.figures_disagree(sources, margin=2)
    assert review.figures_disagree(sources, margin=1)
    assert not review.figures_disagree([{"fatalities_reported": 3}, {"fatalities_reported": None}], margin=0)


def test_the_queue_orders_by_reason_then_by_waiting_time():
    incidents = [
        incident("a", created_at="2026-01-03T00:00:00.000Z"),
        incident("b", likely_duplicate_of="x", created_at="2026-01-05T00:00:00.000Z"),
        incident("c", created_at="2026-01-01T00:00:00.000Z"),
        incident("d", verification="verified", likely_duplicate_of="x"),
        incident("e", merged_into="a", likely_duplicate_of="a"),
        incident("f", verification="rejected"),
        incident("g", verification="in review"),
        incident("h", likely_duplicate_of="x", created_at="2026-01-02T00:00:00.000Z"),
    ]
    sources = {"a": [{"fatalities_reported": 1}], "c": [{"fatalities_reported": 1}],
               "g": [{"fatalities_reported": 1}, {"fatalities_reported": 9}]}
    queue = review.review_queue(incidents, sources, margin=2)
    assert [(e.uuid, e.reason) for e in queue] == [
        ("h", review.LIKELY_DUPLICATE), ("b", review.LIKELY_DUPLICATE), ("g", review.FIGURES_DISAGREE),
        ("c", review.SINGLE_SOURCE), ("a", review.SINGLE_SOURCE)]


def test_a_merge_takes_what_the_analyst_picks_and_the_place_as_a_whole():
    survivor = incident("s", location="Dara", longitude=45.39, latitude=34.35, notes=None, wounded=None,
                        fatalities=7, fatalities_manual=False, likely_duplicate_of="o;z")
    other = incident("o", location="Dara village", longitude=45.40, latitude=34.36, notes="ACLED notes", wounded=5,
                     event_id_cnty="IRQ1")
    merged = review.merged_incident(survivor, other, ["latitude", "notes"])
    assert (merged["location"], merged["longitude"], merged["latitude"]) == ("Dara", 45.40, 34.36)
    assert (merged["notes"], merged["wounded"], merged["fatalities"]) == ("ACLED notes", 5, None)
    assert merged["likely_duplicate_of"] == "z" and merged["uuid"] == "s" and "event_id_cnty" not in merged
    assert set(review.mergeable_fields(survivor, other)) >= {"location", "longitude", "latitude", "notes"}
    with pytest.raises(ValueError):
        review.merged_incident(survivor, other, ["uuid"])


def test_changes_leave_out_bookkeeping_fields():
    before = {"notes": None, "row_version": 1, "updated_at": "a", "location": "Dara"}
    after = {"notes": "x", "row_version": 2, "updated_at": "b", "location": "Dara"}
    assert review.changes(before, after) == [review.Change("notes", None, "x")]
    assert review.changes(None, {"notes": "x"}) == [review.Change("notes", None, "x")]
    assert review.decoded('{"a": 1}') == {"a": 1} and review.decoded(None) is None


def test_a_public_export_keeps_verified_incidents_unless_told_otherwise_and_never_merged_records():
    from incident_tracker.plugin.domain import exports

    incidents = [incident("v", verification="verified"), incident("u"), incident("r", verification="rejected"),
                 incident("m", verification="verified", merged_into="v")]
    sources = [{"incident_uuid": u, "outlet": "x"} for u in "vurm"]
    assert [i["uuid"] for i in exports.select(incidents, sources, public=True)[0]] == ["v"]
    assert [i["uuid"] for i in exports.select(incidents, sources, verification=["unverified", "verified"],
                                              public=True)[0]] == ["v", "u"]
    assert [i["uuid"] for i in exports.select(incidents, sources)[0]] == ["v", "u", "r", "m"]
