"""The disputed zones definition shipped in resources/disputed_zones.json."""

import copy
import json

import pytest

from incident_tracker.plugin.domain import zones_definition as zd
from incident_tracker.plugin.domain.resources import resource_path

UNAMI_DISTRICTS = {  # the 14 districts named in UNAMI's press release of 22 April 2009, by COD-AB P-code
    "IQG15Q07": "Sinjar", "IQG15Q08": "Telafar", "IQG15Q09": "Tilkaef", "IQG15Q06": "Al-Shikhan",
    "IQG15Q01": "Aqra", "IQG15Q03": "Al-Hamdaniya", "IQG11Q04": "Makhmour", "IQG13Q01": "Al-Hawiga",
    "IQG13Q03": "Dibis", "IQG13Q02": "Daquq", "IQG13Q04": "Kirkuk", "IQG16Q07": "Tooz Khurmato",
    "IQG10Q06": "Kifri", "IQG10Q05": "Khanaqin",
}


@pytest.fixture(scope="module")
def definition():
    return zd.load_definition()


def raw():
    with open(resource_path(zd.DEFINITION_FILE), encoding="utf-8") as f:
        return json.load(f)


def test_the_14_unami_districts_and_mandali_are_disputed(definition):
    unami = {a.admin2_pcode: a.name_en for a in definition.areas if a.level == zd.DISTRICT and a.status == zd.UNAMI_2009}
    assert unami == UNAMI_DISTRICTS
    mandali = definition.area_for("IQG10Q03", "IQG10Q03N01")
    assert mandali.name_en == "Mandali" and mandali.status == zd.UNAMI_2009
    assert mandali.group == "khanaqin_mandali"


def test_claimed_areas_outside_the_unami_list_are_marked(definition):
    claimed = {a.name_en for a in definition.areas if a.status == zd.CLAIMED}
    assert claimed == {"Bashiqa", "Badra"}
    bashiqa = definition.area_for("IQG15Q05", "IQG15Q05N03")
    assert bashiqa.status_label == zd.STATUS_CLAIMED
    # the rest of Al-Mosul and Baladruz districts is not disputed
    assert definition.area_for("IQG15Q05", "IQG15Q05N01") is None
    assert definition.area_for("IQG10Q03", "IQG10Q03N02") is None


def test_every_known_holder_has_a_source_and_unsourced_ones_say_unknown(definition):
    for area in definition.areas:
        assert [c.period for c in area.control] == list(zd.PERIODS)
        for claim in area.control:
            if claim.holder == zd.UNKNOWN:
                continue
            assert claim.sources, (area.id, claim.period)
            assert "http" in claim.source_text(definition)
        if area.status == zd.UNAMI_2009:
            assert "UNAMI" in definition.cite(area.status_source)


def test_kirkuk_control_history(definition):
    kirkuk = definition.area_for("IQG13Q04")
    assert kirkuk.claim("2014_2017").holder == "KRG"
    assert kirkuk.claim("after_2017").holder == "federal"
    assert "Reuters" in kirkuk.claim("2014_2017").source_text(definition)


def test_kurdistan_region_and_regions(definition):
    assert definition.region_of("IQG11", "IQG11Q02", "IQG11Q02N02")[0] == zd.REGION_KURDISTAN  # Erbil
    assert definition.region_of("IQG11", "IQG11Q04", "IQG11Q04N02")[0] == zd.REGION_DISPUTED  # Makhmour
    assert definition.region_of("IQG08", "IQG08Q03", None)[0] == zd.REGION_FEDERAL  # Baghdad
    assert definition.region_of(admin1_name="Duhok")[0] == zd.REGION_KURDISTAN


def test_names_fall_back_to_english_when_unknown(definition):
    sinjar = definition.area_for("IQG15Q07")
    assert sinjar.name("ckb") == "شنگال"
    assert sinjar.name("ar") == "سنجار"
    aqra = definition.area_for("IQG15Q01")
    assert aqra.name_ckb == zd.UNKNOWN and aqra.name("ckb") == "Aqra"
    assert definition.groups["khanaqin_mandali"].name("en") == "Khanaqin–Mandali"
    assert definition.groups["nineveh_plains"].name("ar") == "سهل نينوى"  # the Arabic map's zone label


@pytest.mark.parametrize("change, message", [
    (lambda d: d["areas"][0]["control"]["after_2017"].update(sources=[]), "has no source"),
    (lambda d: d["areas"][0].update(group="nowhere"), "unknown group"),
    (lambda d: d["areas"][0]["control"]["after_2017"].update(sources=["made_up"]), "unknown source"),
    (lambda d: d["areas"][0]["control"].pop("before_2014"), "no holder"),
    (lambda d: d["areas"].append(copy.deepcopy(d["areas"][0])), "duplicate id"),
])
def test_malformed_definitions_are_refused_with_the_place(change, message):
    data = raw()
    change(data)
    with pytest.raises(zd.DefinitionError, match=message):
        zd.parse_definition(data)


def test_name_matching_fallback_reports_what_it_cannot_match(definition):
    districts = [(i, name, None) for i, name in enumerate(
        ["Sinjar", "Tal Afar", "Til Kaef", "Sheikhan", "Akre", "Hamdaniya", "Makhmur", "Hawija", "Dibis",
         "Daquq", "Kirkuk", "Tuz Khurmatu", "Kifri", "Khanaqin", "Mosul", "Baladruz"])]
    subdistricts = [("a", "Mandali", "Baladruz"), ("b", "Bashiqa", "Mosul"), ("c", "Mandali", "Elsewhere")]
    result = zd.match_by_name(definition, districts, subdistricts)
    assert result.unmatched == ["badra"]
    assert result.matched["mandali"] == "a"
    assert result.matched["bashiqa"] == "b"
    assert result.matched["telafar"] == 1 and result.matched["al_hawiga"] == 7


def test_normalise_name():
    assert zd.normalise_name("Al-Hawiga") == "hawiga"
    assert zd.normalise_name("  Tooz  Khurmato ") == "tooz khurmato"
