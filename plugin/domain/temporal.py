"""The Temporal Controller's step for a store's period: frames a person can step through.

QGIS starts at one hour a frame whatever the data: six years of incidents are then 52,000 frames.
A day a frame suits up to three months, a week up to three years, a month beyond.
"""

DAY, WEEK, MONTH = "day", "week", "month"
LONGEST_IN_DAYS = 92  # about a quarter
LONGEST_IN_WEEKS = 3 * 366


def animation_step(first, last):
    """The step ("day", "week" or "month") for incidents from date ``first`` to date ``last``."""
    span = (last - first).days + 1
    if span <= LONGEST_IN_DAYS:
        return DAY
    if span <= LONGEST_IN_WEEKS:
        return WEEK
    return MONTH
