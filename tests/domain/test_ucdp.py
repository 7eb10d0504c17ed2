import pytest

from incident_tracker.plugin.domain import ucdp
from incident_tracker.plugin.domain.import_cells import RowError
from incident_tracker.plugin.domain.import_formats import detect_format


def kirkuk(**changes):
    row = {"id": "900002", "relid": "IRQ-SYN-900002", "year": "2017", "type_of_violence": "1",
           "side_a": "Government of Iraq", "side_b": "IS", "source_article": "Reuters News;BBC Monitoring Middle East",
           "source_office": "Reuters;BBC", "source_date": "2017-10-17;2017-10-18",
           "source_headline": "Iraqi forces battle IS;Fighting south-west of Kirkuk", "where_prec": "2",
           "where_coordinates": "Kirkuk city", "where_description": "near the Hawija road",
           "adm_1": "Kirkuk governorate", "adm_2": "Daquq district", "latitude": "35.4681", "longitude": "44.3922",
           "country": "Iraq", "event_clarity": "1", "date_prec": "3", "date_start": "2017-10-10 00:00:00.000",
           "date_end": "2017-10-16 00:00:00.000", "deaths_a": "3", "deaths_b": "12", "deaths_civilians": "1",
           "deaths_unknown": "0", "best": "16", "high": "20", "low": "12"}
    row.update(changes)
    return row


def test_a_full_row_maps_to_the_store_fields():
    incident, sources = ucdp.map_row(kirkuk())
    assert incident["ucdp_id"] == "900002"
    assert (incident["event_date"], incident["date_start"], incident["date_end"]) == (
        "2017-10-10", "2017-10-10", "2017-10-16")
    assert incident["time_precision"] == 2 and incident["geo_precision"] == 2
    assert (incident["event_type"], incident["sub_event_type"]) == ("Battles", "Armed clash")
    assert (incident["actor1"], incident["actor2"]) == ("Government of Iraq", "IS")
    assert (incident["fatalities"], incident["fatalities_low"], incident["fatalities_high"]) == (16, 12, 20)
    assert incident["killed_civilians"] == 1 and incident["fatalities_manual"] is True
    assert (incident["admin1"], incident["admin2"], incident["location"]) == ("Kirkuk", "Daquq", "Kirkuk city")
    assert incident["notes"] == "Iraqi forces battle IS;Fighting south-west of Kirkuk"
    assert sources == [
        {"outlet": "Reuters News", "published": "2017-10-17", "title": "Iraqi forces battle IS"},
        {"outlet": "BBC Monitoring Middle East", "published": "2017-10-18", "title": "Fighting south-west of Kirkuk"}]


def test_one_sided_violence_is_an_attack_on_civilians():
    incident, _ = ucdp.map_row(kirkuk(type_of_violence="3", side_b="Civilians"))
    assert (incident["event_type"], incident["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert incident["civilian_targeting"] is True


@pytest.mark.parametrize("date_prec, expected", [("1", 1), ("2", 2), ("3", 2), ("4", 3), ("5", 3)])
def test_date_precision(date_prec, expected):
    assert ucdp.map_row(kirkuk(date_prec=date_prec))[0]["time_precision"] == expected


@pytest.mark.parametrize("where_prec, expected", [("1", 1), ("2", 2), ("3", 3), ("4", 3), ("6", 3), ("7", 3)])
def test_location_precision(where_prec, expected):
    assert ucdp.map_row(kirkuk(where_prec=where_prec))[0]["geo_precision"] == expected


def test_articles_written_outlet_date_headline_are_split():
    _, sources = ucdp.map_row(kirkuk(source_article="Agence France Presse,2017-03-02,Gunmen kill four;Xinhua",
                                     source_date="2017-03-03", source_headline=""))
    assert sources == [{"outlet": "Agence France Presse", "published": "2017-03-02", "title": "Gunmen kill four"},
                       {"outlet": "Xinhua", "published": "2017-03-03", "title": None}]


def test_without_headline_the_notes_are_the_place_description_and_bad_dates_are_dropped():
    incident, sources = ucdp.map_row(kirkuk(source_headline="", source_date="unknown"))
    assert incident["notes"] == "near the Hawija road"
    assert [s["published"] for s in sources] == [None, None]


@pytest.mark.parametrize("changes, field", [
    ({"type_of_violence": "4"}, "type_of_violence"),
    ({"type_of_violence": ""}, "type_of_violence"),
    ({"latitude": "n/a"}, "latitude"),
    ({"best": "-1"}, "best"),
    ({"date_start": ""}, "date_start"),
    ({"id": ""}, "id"),
])
def test_bad_values_are_row_errors_naming_the_column(changes, field):
    with pytest.raises(RowError) as raised:
        ucdp.map_row(kirkuk(**changes))
    assert field in str(raised.value)


def test_format_detection_from_the_header():
    assert detect_format(list(kirkuk())) == "ucdp"
