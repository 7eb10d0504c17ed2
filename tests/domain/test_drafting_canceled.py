"""Drafting asks a canceled-callable between its steps (the dock drafts in a background task the user can cancel)."""

import pytest

from incident_tracker.plugin.domain.drafting import draft_incidents

TWO_INCIDENTS = ("Two soldiers were killed in a roadside bomb blast near Hawija on Monday. In a separate incident, "
                 "gunmen abducted a shepherd near Daquq on Tuesday.")


def test_a_drafting_canceled_before_it_starts_proposes_nothing():
    assert len(draft_incidents(TWO_INCIDENTS, "2024-03-07")) == 2
    assert draft_incidents(TWO_INCIDENTS, "2024-03-07", canceled=lambda: True) == []


@pytest.mark.parametrize("answers_before_cancel", [1, 2])
def test_a_drafting_canceled_midway_stops_and_keeps_no_partial_drafts(answers_before_cancel):
    asked = []

    def canceled():
        asked.append(True)
        return len(asked) > answers_before_cancel

    assert draft_incidents(TWO_INCIDENTS, "2024-03-07", canceled=canceled) == []
    assert len(asked) == answers_before_cancel + 1  # asked again after each step, stopped at the first true


def test_a_drafting_never_canceled_is_asked_between_its_steps_and_drafts_as_usual():
    asked = []
    drafts = draft_incidents(TWO_INCIDENTS, "2024-03-07", canceled=lambda: asked.append(True) or False)
    assert len(drafts) == 2 and len(asked) == 3  # before the incidents are drafted, then before each
