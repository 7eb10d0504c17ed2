from datetime import date

from incident_tracker.plugin.domain.temporal import DAY, MONTH, WEEK, animation_step


def test_a_day_a_frame_up_to_a_quarter_a_week_up_to_three_years_then_a_month():
    assert animation_step(date(2020, 5, 10), date(2020, 6, 14)) == DAY
    assert animation_step(date(2020, 1, 1), date(2020, 4, 1)) == DAY  # 92 days
    assert animation_step(date(2020, 1, 1), date(2020, 4, 2)) == WEEK
    assert animation_step(date(2020, 1, 1), date(2022, 12, 31)) == WEEK
    assert animation_step(date(2014, 6, 1), date(2020, 6, 14)) == MONTH  # the 52,536 hourly frames of issue 16
    assert animation_step(date(2020, 6, 14), date(2020, 6, 14)) == DAY
