"""The sample incidents say what their sources say."""

from incident_tracker.plugin.domain.resources import load_json


def sample(location_start):
    return next(e for e in load_json("sample_incidents.json")["incidents"]
                if e["incident"]["location"].startswith(location_start))


def test_mekhas_is_attributed_as_kurdistan_24_reports_and_kirkuknow_reports_two_killed():
    mekhas = sample("Mekhas")
    # Kurdistan 24, story 22600: "suspected Islamic State fighters"
    assert (mekhas["incident"]["actor1"], mekhas["incident"]["attribution"]) == ("Islamic State (Iraq)", "suspected")
    kirkuknow = next(s for s in mekhas["sources"] if s["url"].endswith("/62501"))
    # KirkukNow 62501: the village "was raided and two persons were killed" (no abduction reported)
    assert kirkuknow["fatalities_reported"] == 2 and kirkuknow.get("abducted_reported") is None
