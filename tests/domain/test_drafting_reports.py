"""Drafting incidents from whole reports (issue 8): one test per report of drafting_reports.py."""

import json
from datetime import date

import pytest

from incident_tracker.plugin.domain import taxonomy
from incident_tracker.plugin.domain.drafting import draft_incidents
from incident_tracker.plugin.domain.place_names import Place, PlaceIndex
from incident_tracker.plugin.domain.schema import INCIDENT_FIELD_NAMES, SOURCE_FIELD_NAMES

import drafting_reports as reports


def values(draft):
    return draft.values()


def assert_snippets_point_into(text, draft):
    for name, suggestion in draft.fields.items():
        assert text[suggestion.start:suggestion.end] == suggestion.snippet, name
        assert suggestion.snippet, name


def test_dara_attack_and_the_earlier_abduction_are_two_drafts():
    drafts = draft_incidents(reports.DARA, reports.DARA_PUBLISHED, "Kurdistan 24", "https://example.org/dara")
    assert [d.secondary for d in drafts] == [False, True]
    attack, abduction = drafts
    v = values(attack)
    # "late Saturday" in a Sunday paper: the Saturday night, which may run past midnight
    assert (v["event_date"], v["time_precision"], v["date_start"], v["date_end"]) == \
        ("2020-06-13", 1, "2020-06-13", "2020-06-14")
    assert attack.fields["event_date"].snippet == "late Saturday"
    assert (v["event_type"], v["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert v["disorder_type"] == "Political violence" and v["civilian_targeting"] is True
    assert (v["actor1"], v["attribution"], v["actor2"]) == ("Islamic State (Iraq)", "suspected", "Civilians (Iraq)")
    assert v["target_community"] == "Kakai"
    # the total beats the earlier partial count ("two persons dead")
    assert (v["fatalities"], v["wounded"]) == (7, 7)
    assert attack.fields["fatalities"].snippet == "seven dead"
    assert "abducted" not in v  # the abduction belongs to the other draft
    # Dara is not in the built-in list: placed at Khanaqin town, honestly "near"
    assert (v["location"], v["geo_precision"], v["admin1"], v["admin2"]) == \
        ("Dara (near Khanaqin)", 2, "Diyala", "Khanaqin")
    assert (v["longitude"], v["latitude"]) == (45.39, 34.35)
    assert attack.source == {
        "published": "2020-06-14", "outlet": "Kurdistan 24", "url": "https://example.org/dara",
        "fatalities_reported": 7, "wounded_reported": 7, "excerpt": attack.source["excerpt"]}
    assert "Mekhas" not in attack.source["excerpt"]
    assert "7 killed, 7 wounded" in v["notes"]

    w = values(abduction)
    assert (w["event_date"], w["time_precision"], w["date_start"], w["date_end"]) == \
        ("2020-05-05", 3, "2020-05-01", "2020-05-10")
    assert (w["event_type"], w["sub_event_type"]) == ("Violence against civilians", "Abduction/forced disappearance")
    assert (w["actor1"], w["attribution"]) == ("Unidentified Armed Group (Iraq)", "unknown")
    # "Their bodies were found days later": the two abducted were found dead (as KirkukNow reports the Mekhas
    # farmers killed), so as many dead as the abducted counted before
    assert (w["abducted"], w["fatalities"]) == (2, 2)
    assert w["target_community"] == "Kakai"
    assert w["location"] == "Mekhas (near Khanaqin)" and w["geo_precision"] == 2
    assert abduction.source["abducted_reported"] == 2
    for draft in drafts:
        assert_snippets_point_into(reports.DARA, draft)


def test_dara_as_kirkuknow_tells_it_with_a_running_toll_and_a_dated_abduction():
    attack, abduction = draft_incidents(reports.DARA_KIRKUKNOW, reports.DARA_PUBLISHED, "KirkukNow")
    v = values(attack)
    assert (v["event_date"], v["time_precision"]) == ("2020-06-14", 1)  # "1:30 a.m. on Sunday"
    assert "date_start" not in v
    assert (v["fatalities"], v["wounded"]) == (7, 5)
    assert attack.fields["fatalities"].snippet == "death toll rose to 7"
    assert v["actor1"] == "Islamic State (Iraq)" and "attribution" not in v  # stated, neither suspected nor claimed
    assert v["target_community"] == "Kakai"  # "Kaka'i family"
    w = values(abduction)
    assert (w["event_date"], w["time_precision"], w["abducted"]) == ("2020-05-10", 1, 2)
    assert w["location"].startswith("Mikhas")


def test_spelling_variants_match_the_lead_s_place_index():
    index = PlaceIndex()
    index.add(Place("Khanaqin", 45.40, 34.30, "district", "Diyala"), "خانقين")
    index.add(Place("Mekhas", 45.37, 34.36, "incident", "Khanaqin, Diyala"))
    index.add(Place("Dara", 45.38, 34.35, "gazetteer", "Khanaqin, Diyala"))
    attack, abduction = draft_incidents(reports.DARA_KIRKUKNOW, reports.DARA_PUBLISHED, places=index)
    v, w = values(attack), values(abduction)
    # Dara is known to the gazetteer: exact place
    assert (v["location"], v["geo_precision"], v["longitude"], v["latitude"]) == ("Dara", 1, 45.38, 34.35)
    assert (v["admin1"], v["admin2"]) == ("Diyala", "Khanaqin")
    # "Mikhas" in the text is the store's "Mekhas"
    assert (w["location"], w["geo_precision"], w["longitude"]) == ("Mekhas", 1, 45.37)
    assert abduction.fields["location"].snippet == "Mikhas"


def test_only_the_district_known_gives_geo_precision_3():
    index = PlaceIndex([Place("Khanaqin", 45.40, 34.30, "district", "Diyala")])
    text = "Two shepherds were wounded on Sunday when a landmine exploded in Khanaqeen district, police said."
    (draft,) = draft_incidents(text, date(2021, 2, 15), places=index)
    v = values(draft)
    assert (v["location"], v["geo_precision"], v["admin2"], v["admin1"]) == \
        ("Khanaqin district", 3, "Khanaqin", "Diyala")
    assert (v["sub_event_type"], v["wounded"]) == ("Remote explosive/landmine/IED", 2)


def test_sinjar_yazidi_abduction():
    (draft,) = draft_incidents(reports.SINJAR, reports.SINJAR_PUBLISHED, "Rudaw")
    v = values(draft)
    assert (v["event_date"], v["time_precision"]) == ("2021-03-15", 1)
    assert v["sub_event_type"] == "Abduction/forced disappearance" and v["civilian_targeting"] is True
    assert (v["actor1"], v["attribution"]) == ("Islamic State (Iraq)", "suspected")
    assert (v["target_community"], v["abducted"]) == ("Yazidi", 3)
    assert "fatalities" not in v and "wounded" not in v  # "their fate remains unknown"
    # Shingal is Sinjar; "the outskirts of" makes it "near"
    assert (v["location"], v["geo_precision"], v["admin1"], v["admin2"]) == ("Sinjar", 2, "Ninewa", "Sinjar")
    assert draft.fields["location"].snippet == "Shingal"


def test_tuz_khurmatu_turkmen_rocket_attack():
    (draft,) = draft_incidents(reports.TUZ, reports.TUZ_PUBLISHED, "Shafaq News")
    v = values(draft)
    assert (v["event_date"], v["time_precision"]) == ("2022-04-05", 1)  # yesterday
    assert (v["event_type"], v["sub_event_type"]) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (v["fatalities"], v["wounded"], v["target_community"]) == (2, 3, "Turkmen")
    assert "actor1" not in v and "attribution" not in v  # "no party has claimed responsibility"
    assert (v["location"], v["admin1"], v["admin2"]) == ("Tuz Khurmatu", "Salah Al-Din", "Tooz Khurmato")


def test_kirkuk_ied_without_figures_proposes_no_figures():
    (draft,) = draft_incidents(reports.KIRKUK_IED, reports.KIRKUK_PUBLISHED, "KirkukNow")
    v = values(draft)
    assert (v["event_type"], v["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (v["event_date"], v["date_end"]) == ("2022-09-01", "2022-09-02")  # Thursday evening
    for name in ("fatalities", "wounded", "abducted", "actor1", "actor2", "attribution", "target_community",
                 "civilian_targeting"):
        assert name not in v, name
    assert not any(k.endswith("_reported") for k in draft.source)
    assert v["location"] == "Kirkuk"


def test_arabic_names_in_an_english_report():
    (draft,) = draft_incidents(reports.ARABIC, reports.ARABIC_PUBLISHED, "Shafaq News")
    v = values(draft)
    assert v["actor1"] == "Islamic State (Iraq)" and draft.fields["actor1"].snippet == "داعش"
    assert (v["location"], v["geo_precision"]) == ("Khanaqin", 2)  # "near خانقين"
    assert draft.fields["location"].snippet == "خانقين"
    assert (v["event_date"], v["wounded"], v["target_community"]) == ("2021-05-10", 2, "Kakai")
    assert "fatalities" not in v


def test_makhmour_battle():
    (draft,) = draft_incidents(reports.MAKHMOUR, reports.MAKHMOUR_PUBLISHED)
    v = values(draft)
    assert (v["event_type"], v["sub_event_type"]) == ("Battles", "Armed clash")
    assert "civilian_targeting" not in v
    assert v["actor1"] == "Islamic State (Iraq)"
    assert v["actor2"] == "Military Forces of Iraq: Kurdistan Regional Government Peshmerga"
    assert (v["fatalities"], v["wounded"]) == (2, 4)  # "two hours" is no figure
    assert (v["event_date"], v["date_end"]) == ("2021-09-07", "2021-09-08")
    # the place of the clash is the Qarachogh mountains, placed at Makhmur (issue 15; was "Makhmur")
    assert (v["location"], v["geo_precision"], v["admin1"]) == ("Qarachogh (near Makhmur)", 2, "Erbil")


def test_jalawla_vague_numbers_follow_acled_and_the_claim_is_read():
    (draft,) = draft_incidents(reports.JALAWLA, reports.JALAWLA_PUBLISHED)
    v = values(draft)
    assert v["sub_event_type"] == "Suicide bomb"
    assert (v["fatalities"], v["wounded"]) == (3, 12)
    assert "ACLED" in draft.fields["fatalities"].note and "ACLED" in draft.fields["wounded"].note
    assert (v["actor1"], v["attribution"]) == ("Islamic State (Iraq)", "claimed")
    assert (v["event_date"], v["admin2"]) == ("2019-11-15", "Khanaqin")


def test_a_text_without_an_incident_gives_no_draft():
    assert draft_incidents(reports.STATEMENT, date(2022, 4, 6)) == []
    assert draft_incidents("", date(2022, 4, 6)) == []


def test_fields_are_store_fields_with_valid_vocabulary_and_json_shape():
    every = [d for text, published in ((reports.DARA, reports.DARA_PUBLISHED), (reports.TUZ, reports.TUZ_PUBLISHED),
                                       (reports.JALAWLA, reports.JALAWLA_PUBLISHED),
                                       (reports.MAKHMOUR, reports.MAKHMOUR_PUBLISHED))
             for d in draft_incidents(text, published, "Outlet", "https://example.org")]
    for draft in every:
        assert set(draft.fields) <= set(INCIDENT_FIELD_NAMES) | {"longitude", "latitude"}  # the point
        assert set(draft.source) <= set(SOURCE_FIELD_NAMES)
        v = draft.values()
        assert v["sub_event_type"] in taxonomy.sub_event_types(v["event_type"])
        if "attribution" in v:
            assert v["attribution"] in taxonomy.codes("attribution")
        if "target_community" in v:
            assert v["target_community"] in taxonomy.codes("target_communities")
        shape = json.loads(json.dumps(draft.to_json()))
        assert set(shape) == {"secondary", "start", "end", "fields", "source"}
        for entry in shape["fields"].values():
            assert {"value", "snippet", "start", "end"} <= set(entry)


def test_publication_date_may_be_iso_text_and_is_required():
    assert draft_incidents(reports.TUZ, "2022-04-06")[0].value("event_date") == "2022-04-05"
    with pytest.raises(ValueError):
        draft_incidents(reports.TUZ, None)


def test_the_seed_story_retold_gives_dara_and_mekhas_each_with_its_own_figures():
    attack, abduction = draft_incidents(reports.DARA_RETOLD, reports.DARA_PUBLISHED, "Kurdistan 24")
    v = values(attack)
    assert (v["event_date"], v["date_end"], v["time_precision"]) == ("2020-06-13", "2020-06-14", 1)
    assert (v["fatalities"], v["wounded"]) == (7, 7)
    # "two people died ... four more villagers and one Iraqi officer lost their lives": 6 civilians, 1 officer
    assert (v["killed_civilians"], v["killed_security_forces"]) == (6, 1)
    assert (v["actor1"], v["attribution"], v["target_community"]) == ("Islamic State (Iraq)", "suspected", "Kakai")
    # the village of the attack, not the first place named (the headline's Khanaqin) nor Mekhas
    assert v["location"].startswith("Dara") and (v["admin1"], v["admin2"]) == ("Diyala", "Khanaqin")
    assert "abducted" not in v
    w = values(abduction)
    assert abduction.secondary
    assert (w["time_precision"], w["date_start"], w["date_end"]) == (3, "2020-05-01", "2020-05-10")
    assert w["abducted"] == 2 and "fatalities" not in w and "wounded" not in w
    assert w["location"].startswith("Mekhas")


def test_the_seed_story_in_arabic():
    attack, abduction = draft_incidents(reports.DARA_ARABIC, reports.DARA_PUBLISHED, "Kurdistan 24")
    v = values(attack)
    assert (v["event_date"], v["date_end"]) == ("2020-06-13", "2020-06-14")  # ليلة السبت على الأحد
    assert (v["fatalities"], v["wounded"]) == (7, 7)
    assert (v["actor1"], v["attribution"], v["target_community"]) == ("Islamic State (Iraq)", "suspected", "Kakai")
    assert (v["location"], v["geo_precision"], v["admin2"]) == ("دارا (قرب خانقين)", 2, "Khanaqin")
    assert (v["event_type"], v["sub_event_type"]) == ("Violence against civilians", "Attack")
    w = values(abduction)
    assert (w["date_start"], w["date_end"], w["abducted"]) == ("2020-05-01", "2020-05-10", 2)  # أوائل أيار/مايو
    assert w["location"].startswith("ميخاس") and "fatalities" not in w
    # snippets are the report's own words, diacritics included
    for draft in (attack, abduction):
        assert_snippets_point_into(reports.DARA_ARABIC, draft)
    assert abduction.fields["abducted"].snippet.startswith("اختطفوا مزارعَين")
    assert "ميخاس" in abduction.source["excerpt"] and "مزارعَين" in abduction.source["excerpt"]


def test_a_bulletin_gives_one_draft_per_dated_line():
    drafts = draft_incidents(reports.BULLETIN, reports.BULLETIN_PUBLISHED, "INSO")
    got = [(d.value("event_date"), d.value("fatalities"), d.value("wounded"), d.value("abducted"), d.value("admin2"))
           for d in drafts]
    assert got == [("2024-03-14", 1, 2, None, "Daquq"), ("2024-03-15", None, None, 2, "Al-Hawiga"),
                   ("2024-03-16", 0, 0, None, "Tooz Khurmato")]
    assert drafts[2].value("attribution") == "suspected"  # "suspected ISIS elements"


def test_a_place_the_event_is_placed_against_is_not_the_place_of_the_event():
    text = "Three policemen were wounded on Saturday when an IED hit their patrol in al-Rashad sub-district, " \
           "southwest of Kirkuk."
    (draft,) = draft_incidents(text, date(2023, 5, 14))
    v = values(draft)
    assert (v["location"], v["geo_precision"], v["admin2"]) == ("Al-Rashad sub-district", 3, "Daquq")
    arabic = "أصيب ثلاثة من عناصر الشرطة بانفجار عبوة ناسفة في ناحية الرشاد جنوب غربي كركوك، مساء السبت."
    (draft,) = draft_incidents(arabic, date(2023, 5, 14))
    assert (draft.value("location"), draft.value("wounded")) == ("Al-Rashad sub-district", 3)


def test_statistics_over_a_period_tell_no_incident():
    text = ("UNAMI civilian casualty update: between 1 and 31 May, UNAMI documented 12 civilian casualties "
            "(5 killed, 7 injured) in Ninewa, Kirkuk and Diyala.")
    assert draft_incidents(text, date(2023, 6, 10)) == []


def test_the_same_area_takes_the_place_of_the_main_incident():
    text = ("أُصيب اثنان من عناصر البيشمركة في انفجار عبوة ناسفة في قضاء مخمور، أمس الأربعاء. وكانت خلية لداعش قد "
            "هاجمت في تشرين الثاني الماضي نقطة للبيشمركة في المنطقة نفسها، ما أسفر عن مقتل ثلاثة عناصر.")
    main, earlier = draft_incidents(text, date(2020, 12, 24))
    assert (main.value("wounded"), main.value("location")) == (2, "Makhmour district")
    assert (earlier.value("fatalities"), earlier.value("location"), earlier.value("actor1")) == \
        (3, "Makhmour district", "Islamic State (Iraq)")
    assert earlier.value("date_start") == "2020-11-01" and earlier.fields["location"].snippet == "المنطقة نفسها"


def test_the_development_corpus_holds_its_figures():
    """A regression guard on the development part only (the held-aside part is never tuned against)."""
    evaluation = load_eval()
    reports_ = evaluation.load("development.json")
    draft, names = evaluation._package()
    counts, _, _ = evaluation.evaluate(reports_, draft, names)
    for language in ("en", "ar"):
        for name, (hits, proposed, expected) in counts[language].items():
            assert hits >= 0.9 * proposed and hits >= 0.9 * expected, (language, name, hits, proposed, expected)


def load_eval():
    import importlib.util

    from support import ROOT
    spec = importlib.util.spec_from_file_location("drafting_eval", ROOT / "bench" / "drafting_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
