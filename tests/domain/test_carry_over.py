from incident_tracker.plugin.domain.carry_over import carry_over


def test_next_report_keeps_date_place_and_citations_but_not_figures_or_identity():
    incident = {"uuid": "u1", "event_date": "2020-06-14", "time_precision": 1, "location": "Dara",
                "longitude": 45.391, "latitude": 34.348, "admin2": "Khanaqin", "fatalities": 7,
                "event_type": "Violence against civilians", "row_version": 3}
    sources = [{"uuid": "s1", "outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600",
                "fatalities_reported": 7, "excerpt": "late Saturday"}]
    new_incident, new_sources = carry_over(incident, sources)
    assert new_incident == {"event_date": "2020-06-14", "time_precision": 1, "location": "Dara",
                            "longitude": 45.391, "latitude": 34.348, "admin2": "Khanaqin"}
    assert new_sources == [{"outlet": "Kurdistan 24", "url": "https://www.kurdistan24.net/en/story/22600"}]
