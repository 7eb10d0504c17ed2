"""incidenttracker:draftfromtext through processing.run."""

import json

import pytest

REPORT = (
    "Suspected ISIS militants attacked the home of a Kakai family in the village of Dara late Saturday, "
    "killing two members of the family. In the ensuing clash with Iraqi security forces, four more villagers "
    "and an officer were killed, raising the total casualty count to seven dead and seven wounded.\n"
    "In early May, gunmen abducted two farmers from nearby Mekhas, near Khanaqin."
)


def run(provider, **parameters):
    import processing

    return processing.run("incidenttracker:draftfromtext", parameters)


def test_drafts_as_json_with_snippets(provider):
    result = run(provider, TEXT=REPORT, PUBLISHED="2020-06-14", OUTLET="Kurdistan 24",
                 URL="https://example.org/22600")
    drafts = json.loads(result["DRAFTS"])
    assert [d["secondary"] for d in drafts] == [False, True]
    attack = drafts[0]["fields"]
    assert attack["event_date"] == {"value": "2020-06-13", "snippet": "late Saturday",
                                    "start": REPORT.index("late Saturday"),
                                    "end": REPORT.index("late Saturday") + len("late Saturday")}
    assert attack["fatalities"]["value"] == 7 and attack["wounded"]["value"] == 7
    assert attack["actor1"]["value"] == "Islamic State (Iraq)" and attack["attribution"]["value"] == "suspected"
    assert attack["sub_event_type"]["value"] == "Attack"
    assert drafts[0]["source"]["outlet"] == "Kurdistan 24"
    assert drafts[0]["source"]["url"] == "https://example.org/22600"
    abduction = drafts[1]["fields"]
    assert abduction["abducted"]["value"] == 2 and abduction["time_precision"]["value"] == 3
    assert "fatalities" not in abduction


def test_no_figures_when_the_report_gives_none(provider):
    text = "A roadside bomb exploded near a police patrol in Kirkuk on Thursday, a security source said."
    drafts = json.loads(run(provider, TEXT=text, PUBLISHED="2022-09-02")["DRAFTS"])
    (draft,) = drafts
    assert draft["fields"]["sub_event_type"]["value"] == "Remote explosive/landmine/IED"
    assert draft["fields"]["event_date"]["value"] == "2022-09-01"
    for name in ("fatalities", "wounded", "abducted"):
        assert name not in draft["fields"]
        assert name + "_reported" not in draft["source"]


def test_canceled_drafting_is_an_error_and_proposes_nothing(provider):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="canceled"):
        processing.run("incidenttracker:draftfromtext", {"TEXT": REPORT, "PUBLISHED": "2020-06-14"}, feedback=feedback)


def test_bad_publication_date_is_an_error(provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run(provider, TEXT=REPORT, PUBLISHED="14/06/2020x")


def test_an_arabic_report(provider):
    text = ("أفاد مصدر أمني، اليوم الأحد، بمقتل مدنيين اثنين وإصابة ثالث بهجوم نفذه مسلحون مجهولون على قرية "
            "في ناحية جلولاء مساء أمس.\nوفي حادث منفصل، أُصيب جندي بانفجار عبوة ناسفة في قضاء خانقين يوم الجمعة.")
    drafts = json.loads(run(provider, TEXT=text, PUBLISHED="2021-08-22")["DRAFTS"])
    attack, blast = (d["fields"] for d in drafts)
    assert (attack["event_date"]["value"], attack["fatalities"]["value"], attack["wounded"]["value"]) == \
        ("2021-08-21", 2, 1)
    assert attack["actor1"]["value"] == "Unidentified Armed Group (Iraq)"
    assert (blast["event_date"]["value"], blast["wounded"]["value"], blast["admin2"]["value"]) == \
        ("2021-08-20", 1, "Khanaqin")
    assert text[blast["wounded"]["start"]:blast["wounded"]["end"]] == blast["wounded"]["snippet"]
