"""The built-in towns that drafting places a report at, checked against the reference boundaries (COD-AB): each
lies in the district its entry names, and Sidakan, which has no GeoNames source here, lies in Bradost sub-district
and is shown with it."""
import json

import pytest
from shapely.geometry import Point, shape

from incident_tracker.plugin.domain.drafting.places import Gazetteer, find_places
from incident_tracker.plugin.domain.drafting.text import split_sentences

from support import ROOT, SHARED_DATA

ADM2 = SHARED_DATA / "irq_admbnda_adm2_cso_20190603.geojson"
ADM3 = SHARED_DATA / "irq_admbnda_adm3_cso_20190603.geojson"
needs_boundaries = pytest.mark.skipif(not ADM2.exists(), reason=f"reference boundaries not found in {SHARED_DATA}")
TOWNS = json.loads((ROOT / "resources" / "drafting" / "places.json").read_text(encoding="utf-8"))["places"]


def _units(path, level):
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"][f"ADM{level}_EN"]: (f["properties"], shape(f["geometry"])) for f in features}


@needs_boundaries
@pytest.mark.parametrize("town", TOWNS, ids=[t["name"] for t in TOWNS])
def test_a_built_in_town_lies_in_the_district_it_names(town):
    districts = {(p["ADM1_EN"], name): polygon for name, (p, polygon) in _units(ADM2, 2).items()}
    polygon = districts[(town["admin1"], town["admin2"])]
    # town centres are rounded to 0.01 degree: within about 2 km of the district
    assert polygon.buffer(0.02).contains(Point(town["longitude"], town["latitude"])), town["name"]


@needs_boundaries
def test_sidakan_lies_in_bradost_sub_district_and_is_shown_with_it():
    properties, bradost = _units(ADM3, 3)["Bradost"]
    sentence = split_sentences("Turkish drones struck a village near Sidakan.")[0]
    (match,) = find_places(Gazetteer.built_in(), sentence)
    place = match.known.place
    assert (place.name, place.detail, properties["ADM3_PCODE"]) == ("Sidakan", "Bradost", "IQG11Q05N06")
    assert bradost.contains(Point(place.longitude, place.latitude))
