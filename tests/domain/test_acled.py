import pytest

from incident_tracker.plugin.domain import acled
from incident_tracker.plugin.domain.import_cells import RowError
from incident_tracker.plugin.domain.import_formats import UnknownFormatError, detect_format, resolve_format


def khanaqin(**changes):
    row = {"event_id_cnty": "IRQ90001", "event_date": "2020-06-14", "year": "2020", "time_precision": "1",
           "disorder_type": "Political violence", "event_type": "Violence against civilians",
           "sub_event_type": "Attack", "actor1": "Unidentified Armed Group (Iraq)", "assoc_actor_1": "",
           "inter1": "3", "actor2": "Civilians (Iraq)", "assoc_actor_2": "Kakai Religious Group (Iraq)",
           "inter2": "7", "interaction": "37", "civilian_targeting": "Civilian targeting", "iso": "368",
           "region": "Middle East", "country": "Iraq", "admin1": "Diyala", "admin2": "Khanaqin",
           "admin3": "Khanaqin", "location": "Khanaqin", "latitude": "34.3476", "longitude": "45.3916",
           "geo_precision": "1", "source": "Kurdistan 24; KirkukNow", "source_scale": "Subnational-National",
           "notes": "Gunmen attacked Kakai farmers near Khanaqin.", "fatalities": "2", "tags": "",
           "timestamp": "1700000000"}
    row.update(changes)
    return row


def test_a_full_row_maps_to_the_store_fields():
    incident, sources = acled.map_row(khanaqin())
    assert incident["event_id_cnty"] == "IRQ90001"
    assert incident["event_date"] == "2020-06-14"
    assert (incident["event_type"], incident["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (incident["inter1"], incident["inter2"]) == ("Political militias", "Civilians")
    assert incident["civilian_targeting"] is True
    assert (incident["longitude"], incident["latitude"]) == (45.3916, 34.3476)
    assert (incident["admin1"], incident["admin2"], incident["location"]) == ("Diyala", "Khanaqin", "Khanaqin")
    assert incident["fatalities"] == 2 and incident["fatalities_manual"] is True
    assert incident["tags"] is None
    assert sources == [{"outlet": "Kurdistan 24"}, {"outlet": "KirkukNow"}]


@pytest.mark.parametrize("value, expected", [("1", "State forces"), ("8", "External/Other forces"),
                                             ("State forces", "State forces"), ("0", None), ("", None)])
def test_actor_types_as_codes_or_text(value, expected):
    incident, _ = acled.map_row(khanaqin(inter1=value))
    assert incident["inter1"] == expected


def test_an_unknown_actor_code_is_a_row_error():
    with pytest.raises(RowError, match="inter2"):
        acled.map_row(khanaqin(inter2="9"))


def test_dates_in_acled_long_form_and_spelling_of_types_are_normalised():
    incident, _ = acled.map_row(khanaqin(event_date="14 June 2020", event_type="violence against civilians",
                                         sub_event_type="ATTACK"))
    assert incident["event_date"] == "2020-06-14"
    assert (incident["event_type"], incident["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_empty_civilian_targeting_is_no_and_a_missing_column_is_unknown():
    assert acled.map_row(khanaqin(civilian_targeting=""))[0]["civilian_targeting"] is False
    row = khanaqin()
    del row["civilian_targeting"], row["tags"], row["timestamp"], row["admin3"]
    incident, _ = acled.map_row(row)
    assert incident["civilian_targeting"] is None and incident["admin3"] is None


def test_arabic_text_is_kept_as_written():
    row = khanaqin(actor1="تنظيم الدولة الإسلامية", location="خانقين", notes="هجوم مسلح قرب خانقين",
                   source="كركوك ناو; Rudaw")
    incident, sources = acled.map_row(row)
    assert incident["actor1"] == "تنظيم الدولة الإسلامية"
    assert incident["location"] == "خانقين" and incident["notes"] == "هجوم مسلح قرب خانقين"
    assert sources == [{"outlet": "كركوك ناو"}, {"outlet": "Rudaw"}]


@pytest.mark.parametrize("changes, field", [
    ({"latitude": "35.13.97"}, "latitude"),
    ({"longitude": ""}, "longitude"),
    ({"fatalities": "-3"}, "fatalities"),
    ({"fatalities": "two"}, "fatalities"),
    ({"event_date": "2020-13-40"}, "event_date"),
    ({"event_date": ""}, "event_date"),
    ({"event_type": ""}, "event_type"),
    ({"time_precision": "4"}, "time_precision"),
    ({"notes": "x" * (10 * 1024 * 1024)}, "notes"),
])
def test_bad_values_are_row_errors_naming_the_column(changes, field):
    with pytest.raises(RowError) as raised:
        acled.map_row(khanaqin(**changes))
    assert field in str(raised.value)


def test_the_same_outlet_twice_gives_one_source():
    _, sources = acled.map_row(khanaqin(source="Rudaw;Rudaw; ;Shafaq News"))
    assert sources == [{"outlet": "Rudaw"}, {"outlet": "Shafaq News"}]


def test_format_detection_from_the_header():
    assert detect_format(list(khanaqin())) == "acled"
    assert resolve_format(list(khanaqin()), "ACLED") == "acled"
    with pytest.raises(UnknownFormatError, match="event_date"):
        detect_format(["id", "name", "value"])
    with pytest.raises(UnknownFormatError, match="type_of_violence"):
        resolve_format(list(khanaqin()), "ucdp")


# --- ACLED's event types before 2019 (resources/acled_event_types_2019.json) ---------------------

def old_row(event_type, **changes):
    row = khanaqin(event_type=event_type, **changes)
    del row["sub_event_type"], row["disorder_type"], row["civilian_targeting"]  # a 2016 export has none
    return row


@pytest.mark.parametrize("old, new, sub", [
    ("Battle-No change of territory", "Battles", "Armed clash"),
    ("Battle-Non-state actor overtakes territory", "Battles", "Non-state actor overtakes territory"),
    ("Battle-Government regains territory", "Battles", "Government regains territory"),
    ("Headquarters or base established", "Strategic developments", "Headquarters or base established"),
    ("Non-violent transfer of territory", "Strategic developments", "Non-violent transfer of territory"),
    ("Strategic development", "Strategic developments", None),
    ("Remote violence", "Explosions/Remote violence", None),
])
def test_old_event_types_map_to_todays_and_keep_the_original(old, new, sub):
    incident, _ = acled.map_row(old_row(old))
    assert (incident["event_type"], incident["sub_event_type"], incident["source_event_type"]) == (new, sub, old)


def test_old_violence_against_civilians_keeps_its_name_without_a_sub_event_type():
    incident, _ = acled.map_row(old_row("Violence against civilians"))
    assert (incident["event_type"], incident["sub_event_type"], incident["source_event_type"]) == (
        "Violence against civilians", None, None)


@pytest.mark.parametrize("spelling", ["Battle - No change of territory", "battle-no change of territory",
                                      "BATTLE-NO CHANGE OF TERRITORY", " Battle-No  change of territory "])
def test_old_event_types_in_other_spacing_and_case(spelling):
    incident, _ = acled.map_row(old_row(spelling))
    assert incident["event_type"] == "Battles" and incident["source_event_type"] == "Battle-No change of territory"


@pytest.mark.parametrize("inter1, inter2, expected", [("5", "0", "Riots"), ("6", "1", "Protests"), ("1", "5", "Riots"),
                                                      ("5", "6", "Riots"), ("Protesters", "", "Protests")])
def test_riots_protests_split_by_the_actor_types(inter1, inter2, expected):
    incident, _ = acled.map_row(old_row("Riots/Protests", inter1=inter1, inter2=inter2))
    assert (incident["event_type"], incident["sub_event_type"], incident["source_event_type"]) == (
        expected, None, "Riots/Protests")


@pytest.mark.parametrize("inter1, inter2", [("3", "7"), ("", ""), ("1", "0")])
def test_riots_protests_without_rioters_or_protesters_is_refused(inter1, inter2):
    with pytest.raises(RowError, match="Riots or Protests by its actors' types"):
        acled.map_row(old_row("Riots/Protests", inter1=inter1, inter2=inter2))


def test_a_sub_event_type_given_with_an_old_type_is_kept():
    incident, _ = acled.map_row(dict(old_row("Remote violence"), sub_event_type="Air/drone strike"))
    assert incident["sub_event_type"] == "Air/drone strike"


def test_every_old_type_maps_into_the_taxonomy():
    from incident_tracker.plugin.domain import taxonomy
    from incident_tracker.plugin.domain.resources import load_json

    data = load_json("acled_event_types_2019.json")
    assert "Codebook" in data["source"] and "2019" in data["source"]
    for entry in data["old_event_types"].values():
        types = [entry["event_type"]] if "event_type" in entry else list(entry["by_actor_type"].values())
        for event_type in types:
            assert event_type in taxonomy.event_types()
            assert entry["sub_event_type"] is None or entry["sub_event_type"] in taxonomy.sub_event_types(event_type)


def test_current_types_have_no_source_event_type():
    incident, _ = acled.map_row(khanaqin())
    assert incident["source_event_type"] is None


def test_the_files_admin_names_are_kept_as_the_sources():
    incident, _ = acled.map_row(khanaqin(admin1="Diyala", admin2="Khanaqin", admin3="Jalawla"))
    assert (incident["source_admin1"], incident["source_admin2"], incident["source_admin3"]) == (
        "Diyala", "Khanaqin", "Jalawla")


@pytest.mark.parametrize("value", ["\u00b2", "\u2460", "9" * 5000, str(2 ** 63), "NaN", "inf", "1e400", "-1", "9",
                                   "2.5", "--"])
def test_actor_types_that_are_no_code_are_refused(value):
    with pytest.raises(RowError, match="inter1") as raised:
        acled.map_row(khanaqin(inter1=value))
    assert len(str(raised.value)) < 200


@pytest.mark.parametrize("value, expected", [("Rebel group", "Rebel groups"), ("political militia", "Political militias"),
                                             ("Identity militia", "Identity militias"), ("Rioters", "Rioters"),
                                             ("Militia (ethnic)", "Militia (ethnic)")])
def test_actor_types_named_in_words_are_kept(value, expected):
    incident, _ = acled.map_row(khanaqin(inter1=value))
    assert incident["inter1"] == expected
